"""The background-work helper: progress that arrives after its dialog is gone is dropped, not raised."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from checkin.ui.tasks import TaskRunner


def test_progress_reported_after_the_window_closed_goes_nowhere(qtbot) -> None:
    window = QWidget()
    runner = TaskRunner()
    reported = threading.Event()
    go_on = threading.Event()

    def work(task) -> None:
        task.report(1, 10)
        reported.set()
        go_on.wait(10)
        task.report(10, 10)  # the dialog's window is gone by now

    task = runner.start(work, title="Badges", parent=window)
    qtbot.waitUntil(reported.is_set)
    window.deleteLater()  # the desk's window closes, taking the progress dialog with it
    qtbot.waitUntil(lambda: not _alive(task.progress_dialog))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        go_on.set()
    assert runner.wait(5000)
    qtbot.wait(50)  # let the queued progress reach the event loop: pytest-qt fails on any raised error


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
