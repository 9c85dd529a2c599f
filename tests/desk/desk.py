"""Drive the real desk app through real X key events, and read back what it shows and what it wrote.

    x = XServer().start()
    desk = Desk(x, event_path, folder).start()
    desk.scan(code)                        # xdotool types it at 5 ms a key (capitals with Shift) + Return
    desk.wait_until(lambda: desk.colour() == "green", "the scan turns green")
    desk.key("ctrl+n"); desk.type("Ann"); desk.key("Return")
    desk.sync()                            # every key typed so far has been handled
    presence(event_path)                   # what the event file says, read by another process
    desk.grab(path)                        # a screenshot, window frame and dialogs included
    desk.stop()                            # fails if the desk crashed or does not quit

No pytest in here: the benchmarks and the screenshot scripts use it too. Waits poll with a deadline and
never sleep blindly; a desk process that dies is reported at once with the end of its stderr.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checkin.core.models import Attendee, CheckInRecord, PresenceState
from tests.desk.xserver import XServer

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("desk_app.py")
# xdotool's --delay: it waits half of it after each press and each release, so keys come every delay/2 ms.
SCANNER_DELAY_MS = 5  # a USB scanner's pace (a key every 1-20 ms)
PERSON_DELAY_MS = 200  # a key every 100 ms: a fast typist
# Between a person's last key and a scan: the hand going from the keyboard to the scanner's trigger.
REACH_S = 0.25
POLL_S = 0.02


class DeskCrashed(AssertionError):
    pass


class Desk:
    """One desk process on `event` (None: the start page), with settings and data in `folder`."""

    def __init__(self, x: XServer, event: Path | None, folder: Path, settings: dict[str, Any] | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.x = x
        self.event = event
        self.folder = Path(folder)
        self.settings = {"ui/language": "en", **(settings or {})}
        self.extra_env = env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self._socket: socket.socket | None = None
        self._buffer = b""
        self._marks = 0
        self._last_key = 0.0
        self.log = self.folder / "desk-stderr.log"

    # -- life ------------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> Desk:
        self.folder.mkdir(parents=True, exist_ok=True)
        # A short path: a Unix socket's name is limited to about 100 bytes.
        self.socket_path = tempfile.mktemp(prefix="desk-", suffix=".sock", dir="/tmp")
        env = {**self.x.env, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(self.folder / "config"),
               "XDG_DATA_HOME": str(self.folder / "data"), "XDG_CACHE_HOME": str(self.folder / "cache"),
               "PYTHONPATH": str(ROOT), "QT_ACCESSIBILITY": "0", **self.extra_env}
        for key in ("QT_QPA_PLATFORMTHEME", "QT_STYLE_OVERRIDE"):
            env.pop(key, None)
        args = [sys.executable, str(DRIVER), *([str(self.event)] if self.event else []), "--probe", self.socket_path]
        for key, value in self.settings.items():
            args += ["--set", f"{key}={json.dumps(value)}"]
        self.process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                        stderr=self.log.open("wb"))
        deadline = time.monotonic() + timeout
        while self._socket is None:
            self._check_alive()
            try:
                connection = socket.socket(socket.AF_UNIX)
                connection.connect(self.socket_path)
                self._socket = connection
            except (FileNotFoundError, ConnectionRefusedError):
                connection.close()
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the desk did not start within {timeout} s: {self.stderr_tail()}") from None
                time.sleep(POLL_S)
        self.wait_until(lambda: self.eval("window is not None and window.isActiveWindow()"),
                        "the desk window is shown and active", timeout=deadline - time.monotonic())
        return self

    def stop(self, timeout: float = 30) -> int:
        """Quit the app (modal dialogs too) and return its exit status; a crash fails the caller."""
        if self.process is None:
            return 0
        try:
            if self.process.poll() is None:
                self.run("window.context.tasks.wait(5000); window.context.close(); app.exit(0)")
            code = self.process.wait(timeout=timeout)
        except (OSError, TimeoutError, subprocess.TimeoutExpired, DeskCrashed):
            self.process.kill()
            code = self.process.wait()
        finally:
            if self._socket is not None:
                self._socket.close()
            self._socket = None
        if code < 0:
            raise DeskCrashed(f"the desk died with signal {-code}: {self.stderr_tail()}")
        return code

    def stderr_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _check_alive(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            code = self.process.returncode
            what = f"signal {-code}" if code < 0 else f"exit status {code}"
            raise DeskCrashed(f"the desk process ended ({what}):\n{self.stderr_tail()}")

    # -- the probe -------------------------------------------------------------------------
    def ask(self, request: dict[str, Any], timeout: float = 30) -> Any:
        self._check_alive()
        assert self._socket is not None, "the desk is not running"
        self._socket.sendall(json.dumps(request).encode() + b"\n")
        self._socket.settimeout(POLL_S * 5)
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            try:
                chunk = self._socket.recv(65536)
            except TimeoutError:
                self._check_alive()
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the desk did not answer {request} within {timeout} s") from None
                continue
            if not chunk:
                self._check_alive()
                raise DeskCrashed(f"the desk closed its probe: {self.stderr_tail()}")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"in the desk: {answer['error']}")
        return answer["ok"]

    def eval(self, expr: str) -> Any:
        """Evaluate `expr` in the desk (names: window, app, QApplication, Qt, describe)."""
        return self.ask({"op": "eval", "expr": expr})

    def run(self, code: str) -> None:
        self.ask({"op": "exec", "code": code})

    def grab(self, path: Path, what: str = "window") -> list[int]:
        """A PNG of the main window (frame included), the modal dialog in front, or the whole screen."""
        return self.ask({"op": "grab", "path": str(path), "what": what})

    # -- the keyboard ----------------------------------------------------------------------
    def scan(self, code: str, end: str = "Return", delay_ms: int = SCANNER_DELAY_MS) -> None:
        """What a USB scanner in keyboard-wedge mode sends: the code, Shift with each capital, then Enter.

        One xdotool for the code and its end key: a second process could start later than a scanner's pace
        on a busy machine, and the scanner's Enter never comes late."""
        ends = {"Return": "\r", "Tab": "\t", "": ""}  # xdotool types "\n" as Linefeed, "\r" as Return
        time.sleep(max(0.0, self._last_key + REACH_S - time.monotonic()))  # a hand's move, not a wait
        self.x.xdotool("type", "--delay", str(delay_ms), "--", code + ends[end])
        self._last_key = time.monotonic()

    def type(self, text: str, delay_ms: int = PERSON_DELAY_MS) -> None:
        """A person typing (slowly enough that no scanner is recognised)."""
        self.x.xdotool("type", "--delay", str(delay_ms), "--", text)
        self._last_key = time.monotonic()

    def key(self, *names: str) -> None:
        """Key presses by X name: "Return", "Escape", "ctrl+z", "Tab", "Down"…"""
        self.x.xdotool("key", "--delay", "40", *names)
        self._last_key = time.monotonic()

    def click(self, widget_expr: str, button: int = 1) -> None:
        """A real mouse click in the middle of the widget that `widget_expr` names in the desk."""
        x, y = self.eval(f"(lambda w: (lambda p: (p.x(), p.y()))(w.mapToGlobal(w.rect().center())))({widget_expr})")
        self.x.xdotool("mousemove", "--sync", str(x), str(y))
        self.x.xdotool("click", str(button))

    def sync(self, timeout: float = 30) -> None:
        """Wait until every key sent so far has been handled (a Pause key is the mark; the desk never sees it)."""
        self._marks = self.ask({"op": "marks"})
        self.x.xdotool("key", "Pause")
        wanted = self._marks + 1
        self.wait_until(lambda: self.ask({"op": "marks"}) >= wanted, "the desk handles the keys typed",
                        timeout=timeout)

    # -- waiting ---------------------------------------------------------------------------
    def wait_until(self, condition: Callable[[], Any], what: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + max(timeout, 0.1)
        while True:
            value = condition()
            if value:
                return value
            self._check_alive()
            if time.monotonic() > deadline:
                shot = self.folder / f"timeout-{int(time.time() * 1000)}.png"
                try:
                    self.grab(shot, "screen")
                except Exception:  # the timeout is the message; a failed screenshot must not hide it
                    shot = Path("(no screenshot)")
                raise AssertionError(f"timed out after {timeout:.0f} s waiting until {what}; "
                                     f"desk state: {self.state()}; screen: {shot}")
            time.sleep(POLL_S)

    # -- what the desk shows -----------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The facts most tests look at, read in one go (None where the desk has no such thing)."""
        return self.eval("__import__('tests.desk.probe', fromlist=['x']).snapshot(window)")

    def says(self) -> str:
        """Every line the outcome panel shows, joined by spaces."""
        return self.state()["says"] or ""

    def colour(self) -> str:
        return self.eval("window.checkin.result_panel.colour")

    def modal(self) -> dict[str, str] | None:
        return self.eval("describe(QApplication.activeModalWidget())")

    def wait_modal(self, title_part: str = "", kind: str = "", timeout: float = 15) -> dict[str, str]:
        """A dialog (of class `kind`) is open and has the keyboard (the window manager gave it the focus)."""
        return self.wait_until(
            lambda: (m := self.modal()) is not None and title_part in m["title"] and kind in ("", m["class"])
            and self.eval("QApplication.activeWindow() is QApplication.activeModalWidget()") and m,
            f"a dialog {kind or ''} {title_part!r} is open and active", timeout=timeout)

    def wait_no_modal(self, timeout: float = 15) -> None:
        self.wait_until(lambda: self.modal() is None, "no dialog is open", timeout=timeout)


# -- what the event file says (read by this process, as another desk or the organiser would) ----------
def read_event(path: Path, reader: Callable[[Any], Any]) -> Any:
    from checkin.store import open_event

    store = open_event(path)
    try:
        return reader(store)
    finally:
        store.close()


def presence(path: Path, checkpoint: str = "Entrance") -> dict[int, PresenceState]:
    return read_event(path, lambda store: store.presence(checkpoint))


def checked_in_ids(path: Path, checkpoint: str = "Entrance") -> set[int]:
    return {i for i, state in presence(path, checkpoint).items() if state.checked_in}


def records(path: Path) -> list[CheckInRecord]:
    return read_event(path, lambda store: store.records())


def attendees(path: Path) -> list[Attendee]:
    return read_event(path, lambda store: store.attendees())


def find(path: Path, family_name: str) -> Attendee:
    matches = [a for a in attendees(path) if a.family_name == family_name]
    assert len(matches) == 1, f"{len(matches)} people called {family_name} in {path}"
    return matches[0]


def wait_for_file(condition: Callable[[], Any], what: str, timeout: float = 15,
                  desk: Desk | None = None) -> Any:
    """Poll the event file (through `condition`) until it says what is expected."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if desk is not None:
            desk._check_alive()
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting until {what}")
        time.sleep(POLL_S * 5)
