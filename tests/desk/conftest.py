"""Real-input desk tests: the real app on a private X display with a window manager, typed into with xdotool.

Each pytest process (each pytest-xdist worker) starts one X display for its session; each test starts its own
desk process on its own copy of the event, so tests are independent and run in parallel (`-n 2`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.desk.desk import Desk
from tests.desk.xserver import APT_PACKAGES, XServer, missing_tools


@pytest.fixture(scope="session")
def x_server() -> Iterator[XServer]:
    missing = missing_tools()
    if missing:
        reason = f"NO REAL-INPUT DESK TESTS: {', '.join(missing)} missing; install Debian's {APT_PACKAGES}"
        if os.environ.get("CI"):  # CI must run them: there a missing tool is a failure, not a skip
            pytest.fail(reason)
        pytest.skip(reason)
    server = XServer().start()
    yield server
    server.stop()


@pytest.fixture
def start_desk(x_server: XServer, tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """start_desk(event=None, settings={...}, env={...}, folder=None) → a running desk, stopped and checked after."""
    desks: list[Desk] = []

    def start(event: Path | None = None, settings: dict[str, Any] | None = None,
              env: dict[str, str] | None = None, folder: Path | None = None) -> Desk:
        """`folder` again: the same desk laptop (its settings) started anew."""
        desk = Desk(x_server, event, folder or tmp_path / f"desk-{len(desks)}", settings, env)
        desks.append(desk)
        return desk.start()

    yield start
    for desk in desks:
        desk.stop()  # raises if the desk crashed meanwhile


@pytest.fixture
def desk(start_desk: Callable[..., Desk], sample_event_path: Path) -> Desk:
    """The desk on a fresh copy of the sample event (Geneva 2018), in English."""
    return start_desk(sample_event_path)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder


def keep_screenshot(source: Path, name: str) -> None:
    """Copy a screenshot to CHECKIN_SHOTS (when set), to look at after the run."""
    target = os.environ.get("CHECKIN_SHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, Path(target) / name)
