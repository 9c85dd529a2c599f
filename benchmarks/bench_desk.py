"""The desk's figures, measured on the real widgets (offscreen):

- keystroke → result list repainted, p99, at 10k attendees (target ≤ 16 ms);
  floor: the core search alone for the same queries;
- scan → green panel painted, p99, SQLite (target ≤ 50 ms); floor: the core check-in call alone;
- cold start of `checkin demo` to ready-to-scan (target ≤ 1.5 s); floor: a bare PySide6 window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.synthetic import attendees, percentile

QUERIES = ("k", "ku", "kul", "kull", "m", "mu", "mul", "mull", "s", "sa", "san", "sant", "w", "wa", "wan", "wang",
           "p", "pe", "per", "pere", "j", "jo", "joa", "joao", "u", "un", "uni", "univ")


def _window(folder: Path, size: int):
    from PySide6.QtCore import QSettings

    from checkin.core.models import Event
    from checkin.core.session import EventSession
    from checkin.store import create_event
    from checkin.ui.app import create_app
    from checkin.ui.context import create_context
    from checkin.ui.main_window import MainWindow
    from checkin.ui.settings import Settings

    create_app()
    path = folder / "bench.checkin"
    from datetime import date

    store = create_event(path, Event(title="Bench", starts_on=date(2026, 5, 4)))
    EventSession(store).add_attendees(list(attendees(size)))
    store.close()
    context = create_context(Settings(QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)))
    context.sounds.muted = True
    window = MainWindow(context, folder)
    window.resize(1366, 740)
    window.show()
    window.open_location(str(path))
    return window


class _KeyClock:
    """What the scanner filter sees between keys: a person (0.2 s) or a scanner (4 ms)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.step = 0.2

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def _keystroke_rows(window, rounds: int) -> list[dict]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.scanner.monotonic = _KeyClock()
    view = window.checkin
    session = window.context.session
    timings, floors = [], []
    for _ in range(rounds):
        for query in QUERIES:
            view.search.clear()
            view.search.setText(query[:-1])
            QApplication.processEvents()
            started = time.perf_counter()
            QTest.keyClicks(view.search, query[-1])
            view.results.viewport().repaint()
            timings.append(time.perf_counter() - started)
            started = time.perf_counter()
            session.search(query, limit=30)
            floors.append(time.perf_counter() - started)
    view.search.clear()
    QTest.keyClick(view.search, Qt.Key.Key_Escape)
    return [{"name": "desk keystroke → list repainted p99 (10k)", "value": percentile(timings, 0.99) * 1e3,
             "unit": "ms", "floor": percentile(floors, 0.99) * 1e3, "floor_name": "core search alone p99",
             "target": "<= 16 ms"}]


def _scan_rows(window, count: int) -> list[dict]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session = window.context.session
    people = session.attendees()
    timings, floors = [], []
    clock = window.scanner.monotonic
    clock.now += 1.0  # a pause, then the scanner's pace whatever the machine
    clock.step = 0.004
    for person in people[:count]:
        QTest.keyClicks(window.checkin.search, person.code)
        started = time.perf_counter()
        QTest.keyClick(window.checkin.search, Qt.Key.Key_Return)
        window.checkin.result_panel.repaint()
        timings.append(time.perf_counter() - started)
        assert window.checkin.result_panel.colour == "green", window.checkin.result_panel.headline.text()
    for person in people[count:2 * count]:
        started = time.perf_counter()
        session.check_in(person.code)
        floors.append(time.perf_counter() - started)
    return [{"name": "desk scan → green panel p99 (SQLite)", "value": percentile(timings, 0.99) * 1e3, "unit": "ms",
             "floor": percentile(floors, 0.99) * 1e3, "floor_name": "core check_in alone p99", "target": "<= 50 ms"}]


def _cold_start_rows(rounds: int) -> list[dict]:
    root = Path(__file__).resolve().parent.parent
    bare = ("from PySide6.QtWidgets import QApplication, QMainWindow; from PySide6.QtCore import QTimer; "
            "a = QApplication([]); w = QMainWindow(); w.show(); QTimer.singleShot(0, a.quit); a.exec()")
    demo, floor = [], []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKIN_EXIT_WHEN_READY": "1",
               "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home}
        for _ in range(rounds):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "checkin", "demo"], cwd=root, env=env, check=True,
                           capture_output=True)
            demo.append(time.perf_counter() - started)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", bare], env=env, check=True, capture_output=True)
            floor.append(time.perf_counter() - started)
    return [{"name": "checkin demo cold start → ready to scan", "value": min(demo), "unit": "s",
             "floor": min(floor), "floor_name": "bare PySide6 window start", "target": "<= 1.5 s"}]


def run(quick: bool = False) -> list[dict]:
    size = 2_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as folder:
        window = _window(Path(folder), size)
        try:
            rows = _keystroke_rows(window, 1 if quick else 4)
            rows += _scan_rows(window, 30 if quick else 200)
        finally:
            window.context.close()
            window.close()
    rows += _cold_start_rows(1 if quick else 3)
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
