"""The programme's day under real hands: the desk app on Xvfb with a window manager, driven by real X key
events (xdotool types a badge as a USB scanner does, capitals with Shift), the event file read back after.

A delegation checked in through the real modal dialog, and a receiver lent and returned with the scanner.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.models import Status
from checkin.store import open_event

NEEDED = ("Xvfb", "openbox", "xdotool")
PATIENCE = 30.0  # a bound on waiting for the desk, never a measured time

pytestmark = pytest.mark.skipif(any(shutil.which(tool) is None for tool in NEEDED) and not os.environ.get("CI"),
                                reason="needs Xvfb, openbox and xdotool (scripts/setup.sh test installs them)")


class Desk:
    """The desk app as a process on its own X display."""

    def __init__(self, event: Path, home: Path) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten",
                                      "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = f":{pipe.readline().strip()}"
        self.env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(home),
                    "XDG_DATA_HOME": str(home), "HOME": str(home), "LANG": "en_GB.UTF-8"}
        self.wm = subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.app = subprocess.Popen([sys.executable, "-m", "checkin", "desk", str(event)], env=self.env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.window = self._xdotool("search", "--sync", "--onlyvisible", "--name", "Checkin").split()[0]
        self._xdotool("windowactivate", "--sync", self.window)

    def _xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True, text=True,
                              timeout=PATIENCE).stdout

    def wait_window(self, title: str) -> None:
        dialog = self._xdotool("search", "--sync", "--onlyvisible", "--name", title).split()[0]
        self._xdotool("windowactivate", "--sync", dialog)

    def keys(self, *keys: str) -> None:
        self._xdotool("key", "--clearmodifiers", *keys)

    def scan(self, code: str) -> None:
        """As a USB scanner: the characters a few milliseconds apart, then Return."""
        self._xdotool("type", "--delay", "5", code)
        self._xdotool("key", "Return")

    def type(self, text: str) -> None:
        """As a person: a key every 120 ms."""
        self._xdotool("type", "--delay", "120", text)

    def close(self) -> str:
        self.keys("ctrl+q")
        self.wait_window("Quit")  # the desk asks before quitting
        self.keys("alt+y")
        try:
            _, err = self.app.communicate(timeout=PATIENCE)
        finally:
            for process in (self.app, self.wm, self.xvfb):
                if process.poll() is None:
                    process.terminate()
                    process.wait(timeout=PATIENCE)
        return err.decode(errors="replace") if err else ""


@pytest.fixture
def desk(sample_event_path: Path, tmp_path: Path) -> Iterator[Desk]:
    running = Desk(sample_event_path, tmp_path / "home")
    yield running
    if running.app.poll() is None:
        running.close()


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)  # polling another process's file: nothing to wait on but time
    raise AssertionError(f"never {what}")


def test_a_delegation_and_a_receiver_under_real_keys(desk: Desk, sample_event_path: Path) -> None:
    with open_event(sample_event_path) as store:
        spain = sorted((a for a in store.attendees() if a.group == "Permanent Mission of Spain"
                        and a.status is Status.REGISTERED), key=lambda a: a.id)
        kulling = next(a for a in store.attendees() if a.family_name == "Kulling")
    # A delegate's badge, then Ctrl+G and Enter in the real dialog: everyone ticked is checked in.
    desk.scan(spain[0].code)
    desk.keys("ctrl+g")
    desk.wait_window("Check in a group")
    desk.keys("Return")

    def arrived() -> int:
        with open_event(sample_event_path) as store:
            return len({r.attendee_id for r in store.records()})

    wait_for(lambda: arrived() == len(spain), "checked the delegation in")
    # Ctrl+5, Kulling's badge from the scanner, the receiver's number by hand: lent.
    desk.keys("ctrl+5")
    desk.scan(kulling.code)
    desk.type("r042")
    desk.keys("Return")

    def loans() -> list:
        with open_event(sample_event_path) as store:
            return store.loans()

    wait_for(lambda: len(loans()) == 1, "lent the receiver")
    assert loans()[0].attendee_id == kulling.id and loans()[0].item == "R042"
    # At closing the receiver is scanned back alone.
    desk.scan("R042")
    wait_for(lambda: loans()[0].returned_at is not None, "took the receiver back")
    with open_event(sample_event_path) as store:
        assert kulling.id not in store.presence()  # the badge scanned at the loans page checked nobody in
    assert "Traceback" not in desk.close()
