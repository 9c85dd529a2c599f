"""The desk's figures through real X events: the real app on Xvfb + openbox, keys sent with XTest, the answer
read off the screen's pixels (no hook in the app). Beside bench_desk's offscreen qtbot figures:

- scan → green panel on screen, p99, 10k attendees (target ≤ 50 ms); floor: the core check-in call alone;
- keystroke → result list repainted on screen, p99, 10k attendees (target ≤ 16 ms); floor: the core search;
- scan → badge job in the CUPS queue, p99 (target ≤ 500 ms); floor: `lp` of the same badge PDF.

Times run from the moment the X server has the last key (XSync after XTest) to the moment the pixels change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.synthetic import attendees, percentile  # noqa: E402

GREEN, RED = (0x1E, 0x7B, 0x34), (0xB3, 0x26, 0x1E)
QUEUE = "PDF"
TIMEOUT_S = 10.0


class Keyboard:
    """XTest keys on one display: capitals with Shift, as a USB scanner sends them."""

    def __init__(self, display_name: str) -> None:
        from Xlib import XK, display

        self.XK = XK
        self.display = display.Display(display_name)
        self.shift = self.display.keysym_to_keycode(XK.XK_Shift_L)

    def _code(self, name: str) -> int:
        return self.display.keysym_to_keycode(self.XK.string_to_keysym(name))

    def press(self, name: str, shift: bool = False) -> None:
        from Xlib import X
        from Xlib.ext import xtest

        code = self._code(name)
        if shift:
            xtest.fake_input(self.display, X.KeyPress, self.shift)
        xtest.fake_input(self.display, X.KeyPress, code)
        xtest.fake_input(self.display, X.KeyRelease, code)
        if shift:
            xtest.fake_input(self.display, X.KeyRelease, self.shift)
        self.display.sync()  # the server has the key: the clock starts here

    def type_code(self, code: str, gap_s: float = 0.003) -> None:
        for char in code:
            self.press(char, shift=char.isupper())
            time.sleep(gap_s)

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        from Xlib import X

        data = self.display.screen().root.get_image(x, y, 1, 1, X.ZPixmap, 0xFFFFFFFF).data
        return data[2], data[1], data[0]

    def region(self, x: int, y: int, width: int, height: int) -> bytes:
        from Xlib import X

        return self.display.screen().root.get_image(x, y, width, height, X.ZPixmap, 0xFFFFFFFF).data


def _wait(condition, what: str, desk=None) -> float:
    """Poll until `condition()`; returns the time it took (seconds)."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > TIMEOUT_S:
            raise RuntimeError(f"the desk never showed {what}: {desk.state() if desk else ''}")
    return time.perf_counter() - started


def _event(folder: Path, size: int) -> Path:
    from checkin.core.models import Event
    from checkin.core.session import EventSession
    from checkin.store import create_event

    path = folder / "bench.checkin"
    store = create_event(path, Event(title="Bench", starts_on=date(2026, 5, 4)))
    EventSession(store).add_attendees(list(attendees(size)))
    store.close()
    return path


def _scan_rows(desk, keys: Keyboard, event: Path, count: int) -> list[dict]:
    from checkin.core.session import EventSession
    from checkin.store import open_event

    store = open_event(event)
    people = [a for a in store.attendees() if a.code][: 2 * count]
    store.close()
    x, y = desk.eval("(lambda p: (p.x(), p.y()))(window.checkin.result_panel.mapToGlobal("
                     "__import__('PySide6.QtCore', fromlist=['x']).QPoint(6, 30)))")
    timings = []
    for i, person in enumerate(people[:count]):
        keys.type_code(f"QW{i:08d}Z")  # an unknown code first: the panel turns red, so green is news
        keys.press("Return")
        _wait(lambda: keys.pixel(x, y) == RED, "red", desk)
        time.sleep(0.1)  # the next person steps up
        keys.type_code(person.code)
        keys.press("Return")
        timings.append(_wait(lambda: keys.pixel(x, y) == GREEN, f"green for {person.code}", desk))
    floors = []
    store = open_event(event)
    session = EventSession(store, desk="floor")
    for person in people[count:]:
        started = time.perf_counter()
        session.check_in(person.code)
        floors.append(time.perf_counter() - started)
    store.close()
    shown = sorted(round(t * 1e3) for t in timings)
    print(f"scan → green ms: median {percentile(timings, 0.5) * 1e3:.1f}, all {shown}", file=sys.stderr)
    return [{"name": "desk scan → green on screen p99, real X (10k)", "value": percentile(timings, 0.99) * 1e3,
             "unit": "ms", "floor": percentile(floors, 0.99) * 1e3, "floor_name": "core check_in alone p99",
             "target": "<= 50 ms"}]


def _keystroke_rows(desk, keys: Keyboard, event: Path, rounds: int) -> list[dict]:
    from checkin.core.session import EventSession
    from checkin.store import open_event

    x, y, width, height = desk.eval(
        "(lambda v: (v.mapToGlobal(v.rect().topLeft()).x(), v.mapToGlobal(v.rect().topLeft()).y(), "
        "min(v.width(), 400), min(v.height(), 60)))(window.checkin.results.viewport())")
    letters = "kmswpjuabcdefghlnort"
    timings = []
    for _ in range(rounds):
        for letter in letters:
            for key, shift in ((letter, False), ("BackSpace", False)):  # results, then an empty list
                before = keys.region(x, y, width, height)
                time.sleep(0.12)  # a person's pace between keys
                keys.press(key, shift)
                timings.append(_wait(lambda before=before: keys.region(x, y, width, height) != before,
                                     f"the list after {key}"))
    store = open_event(event)
    session = EventSession(store)
    session.index  # noqa: B018 - built before timing, as the desk builds it on opening
    floors = []
    for _ in range(rounds):
        for letter in letters:
            started = time.perf_counter()
            session.search(letter, limit=30)
            floors.append(time.perf_counter() - started)
    store.close()
    print(f"keystroke → list ms: median {percentile(timings, 0.5) * 1e3:.1f}, p90 {percentile(timings, 0.9) * 1e3:.1f}",
          file=sys.stderr)
    return [{"name": "desk keystroke → list on screen p99, real X (10k)", "value": percentile(timings, 0.99) * 1e3,
             "unit": "ms", "floor": percentile(floors, 0.99) * 1e3, "floor_name": "core search alone p99",
             "target": "<= 16 ms"}]


def _jobs_seen() -> int:
    out = subprocess.run(["lpstat", "-W", "all", "-o", QUEUE], capture_output=True, text=True, timeout=30).stdout
    return len(out.splitlines())


def _cups_queue() -> tuple[subprocess.Popen | None, bool] | None:
    """A running scheduler with a cups-pdf queue (started and added here when missing), or None."""
    if shutil.which("cupsd") is None or not Path("/usr/lib/cups/backend/cups-pdf").exists():
        return None
    daemon = None
    if "is running" not in subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout:
        daemon = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started = time.monotonic()
        while "is running" not in subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout:
            if time.monotonic() - started > 30:
                daemon.terminate()
                return None
    added = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0
    if added and subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m",
                                 "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"], capture_output=True).returncode != 0:
        return None
    return daemon, added


def _print_rows(x_server, folder: Path, event: Path, count: int) -> list[dict]:
    from tests.desk.desk import Desk

    cups = _cups_queue()
    if cups is None:
        return [{"name": "desk scan → badge job in the CUPS queue p99", "value": None, "unit": "ms",
                 "target": "<= 500 ms", "floor_name": "no CUPS with cups-pdf here"}]
    daemon, added = cups
    desk = Desk(x_server, event, folder / "printing", settings={"badges/auto_print": True,
                                                                 "badges/printer": QUEUE}).start()
    try:
        keys = Keyboard(x_server.display)
        from checkin.store import open_event

        store = open_event(event)
        people = [a for a in store.attendees() if a.code][-count:]
        store.close()
        timings = []
        for person in people:
            seen = _jobs_seen()
            keys.type_code(person.code)
            keys.press("Return")
            timings.append(_wait(lambda seen=seen: _jobs_seen() > seen, "a badge job", desk))
        pdf = desk.eval("str(window.context.printer.render_badge(window.context.session.attendee("
                        f"{people[0].id}), window.context.session.event, window.context.print_setup()))")
        floors = []
        for _ in people:
            started = time.perf_counter()
            subprocess.run(["lp", "-d", QUEUE, "-o", "media=Custom.105x148mm", pdf], capture_output=True,
                           check=True)
            floors.append(time.perf_counter() - started)
    finally:
        desk.stop()
        if added:
            subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)
        if daemon is not None:
            daemon.terminate()
            daemon.wait(timeout=30)
    print(f"scan → CUPS job ms: {sorted(round(t * 1e3) for t in timings)}", file=sys.stderr)
    return [{"name": "desk scan → badge job in the CUPS queue p99", "value": percentile(timings, 0.99) * 1e3,
             "unit": "ms", "floor": percentile(floors, 0.99) * 1e3, "floor_name": "lp of the same badge PDF p99",
             "target": "<= 500 ms"}]


def run(quick: bool = False) -> list[dict]:
    from tests.desk.desk import Desk
    from tests.desk.xserver import XServer, missing_tools

    if missing_tools():
        return [{"name": "desk through real X", "value": None, "unit": "",
                 "floor_name": f"missing {', '.join(missing_tools())}"}]
    size = 2_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        event = _event(folder, size)
        x_server = XServer().start()
        try:
            desk = Desk(x_server, event, folder / "desk", settings={"desk/next_please_s": 0}).start()
            try:
                keys = Keyboard(x_server.display)
                rows = _keystroke_rows(desk, keys, event, 1 if quick else 3)
                rows += _scan_rows(desk, keys, event, 20 if quick else 100)
            finally:
                desk.stop()
            rows += _print_rows(x_server, folder, event, 5 if quick else 30)
        finally:
            x_server.stop()
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
