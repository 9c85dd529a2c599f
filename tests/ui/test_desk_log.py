"""The desk writes a log: a windowed program has no console (on Windows not even a stderr), so a badge
that fails to print, an event that would not open or an unexpected error would otherwise leave no trace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import checkin
from checkin.log_file import LOG_NAME, start_log_file, stop_log_file
from checkin.ui import settings as keys
from checkin.ui.desk_log import log_desk
from tests.ui.conftest import key_gaps

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _log_stopped_after():
    yield
    stop_log_file()


def test_a_badge_that_fails_to_print_leaves_a_trace(qtbot, window, tmp_path: Path):
    log = start_log_file(tmp_path / "logs", catch_uncaught=False)  # pytest-qt reports those here
    log_desk(window)
    window.context.print_to_file = ""
    window.context.settings.set(keys.PRINTER, "Badge-Printer-That-Is-Not-There")
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")
    assert window.operations.print_badge(window.checkin.current_attendee()) is False
    text = log.read_text(encoding="utf-8")
    assert "WARNING" in text and "printer" in text and "Badge-Printer-That-Is-Not-There" in text
    assert "Kulling" not in text  # no one's name: the log outlives the event's retention date


def desk_environment(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
            "QT_QPA_PLATFORM": "offscreen", "CHECKIN_EXIT_WHEN_READY": "1"}


def test_the_desk_app_logs_its_start_and_the_event_it_opened(sample_event_path: Path, tmp_path: Path):
    event = tmp_path / "Genève 2018.checkin"
    shutil.copyfile(sample_event_path, event)
    home = tmp_path / "home"
    result = subprocess.run([sys.executable, "-m", "checkin", str(event)], env=desk_environment(home), cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    text = (home / "state" / "checkin" / "log" / LOG_NAME).read_text(encoding="utf-8")
    assert f"checkin {checkin.__version__} (source) starts: Python" in text
    assert f"opened {event}" in text


def test_an_unexpected_error_in_the_desk_goes_to_the_log_even_without_a_console(tmp_path: Path):
    """Qt reports an exception raised in a slot through sys.excepthook; a windowed .exe has no stderr."""
    script = f"""
import sys
sys.stderr = None
from PySide6.QtCore import QCoreApplication, QTimer
from checkin.log_file import start_log_file
from checkin.ui.desk_log import route_qt_messages
start_log_file({str(tmp_path / "logs")!r})
route_qt_messages()
app = QCoreApplication([])
QTimer.singleShot(0, lambda: 1 / 0)
QTimer.singleShot(50, app.quit)
app.exec()
from PySide6.QtCore import qWarning
qWarning("QPrinter: the printer is out of paper")
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "Traceback" in text
    assert "QPrinter: the printer is out of paper" in text


def test_a_long_log_is_rotated_at_start_and_old_ones_kept_to_three(tmp_path: Path):
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / LOG_NAME).write_text("x" * 2_000_000, encoding="utf-8")
    for number in (1, 2, 3):
        (folder / f"{LOG_NAME}.{number}").write_text(f"old {number}", encoding="utf-8")
    log = start_log_file(folder, catch_uncaught=False)
    assert log.stat().st_size < 1000
    assert (folder / f"{LOG_NAME}.1").stat().st_size == 2_000_000
    assert (folder / f"{LOG_NAME}.3").read_text(encoding="utf-8") == "old 2"
    assert not (folder / f"{LOG_NAME}.4").exists()
