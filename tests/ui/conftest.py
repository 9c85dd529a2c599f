"""A real desk window on a fresh copy of the sample event, with settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from checkin.ui.context import AppContext, create_context
from checkin.ui.main_window import MainWindow
from checkin.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def context(qapp, settings: Settings, tmp_path: Path) -> Iterator[AppContext]:
    ctx = create_context(settings)
    ctx.sounds.muted = True
    ctx.print_to_file = str(tmp_path / "printed.pdf")
    yield ctx
    ctx.tasks.wait(10_000)
    ctx.close()


@pytest.fixture
def window(qtbot, context: AppContext, sample_event_path: Path, tmp_path: Path) -> MainWindow:
    win = MainWindow(context, tmp_path)
    qtbot.addWidget(win)
    assert win.open_location(str(sample_event_path))
    win.show()
    qtbot.waitExposed(win)
    return win


def key_gaps(win: MainWindow, seconds: float) -> None:
    """Set what the scanner filter sees between keys: 0.2 s is a person, 0.005 s a scanner."""
    now = [getattr(win.scanner, "fake_now", 0.0) + 10.0]  # time goes on, with a pause first

    def tick() -> float:
        now[0] += seconds
        win.scanner.fake_now = now[0]
        return now[0]

    win.scanner.monotonic = tick
