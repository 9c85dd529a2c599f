"""The one helper for long work (import, batch badges, export): a QThreadPool, progress, cancel.

The work is a plain function `work(task) -> result` that calls `task.report(done, total)`
and checks `task.cancelled`; it never touches a widget. Results and errors come back to
the UI thread through signals. Raising `Cancelled` (or returning after seeing
`task.cancelled`) ends the work quietly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a work function that saw `task.cancelled`."""


class Task(QObject):
    """Public signals are emitted on the UI thread only (the worker goes through queued relays),
    so anything may connect to them, including plain Python callables."""

    progressed = Signal(int, int)  # done, total (0 = unknown)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()
    _worker_progressed = Signal(int, int)
    _worker_ended = Signal(object, object, bool)  # result, error, cancelled

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.was_cancelled = False
        self._last_report = -1.0
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progressed.connect(self._relay_progress, queued)
        self._worker_ended.connect(self._relay_end, queued)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if not self.was_cancelled:
            self.progressed.emit(done, total)

    @Slot(object, object, bool)
    def _relay_end(self, result: object, error: object, cancelled: bool) -> None:
        self.was_cancelled = cancelled
        if error is not None:
            self.failed.emit(error)
        elif not cancelled:
            self.succeeded.emit(result)
        self.finished.emit()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int | None = None) -> None:
        """Called from the worker; raises Cancelled so loops need no check of their own."""
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        # At most ~20 updates a second: a tight loop must not flood the UI thread with events.
        if now - self._last_report >= 0.05 or done == total:
            self._last_report = now
            self._worker_progressed.emit(done, total or 0)

    def run(self) -> None:
        """Runs on a worker thread."""
        result: object = None
        error: Exception | None = None
        try:
            result = self._work(self)
        except Cancelled:
            pass
        except Exception as failure:  # every failure goes to one error path on the UI thread
            log.warning("background work failed", exc_info=failure)
            error = failure
        self._worker_ended.emit(result, error, self._cancel.is_set() and error is None)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


class _ProgressDialog(QProgressDialog):
    """Progress arrives through a method of the dialog itself, so Qt drops what is still queued when the
    dialog goes with its window; a plain function would be called on the deleted dialog and raise."""

    def show_progress(self, done: int, total: int) -> None:
        self.setMaximum(total)
        self.setValue(done)


class TaskRunner(QObject):
    """Runs tasks off the UI thread; keeps them alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.pool = pool or QThreadPool()
        self.pool.setMaxThreadCount(2)
        self._running: dict[Task, _Runnable] = {}

    def start(self, work: Callable[[Task], Any], *, on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[Exception], None] | None = None,
              title: str = "", parent: QWidget | None = None) -> Task:
        task = Task(work)
        # Queued: the callbacks run on the UI thread whatever thread emits.
        if on_success:
            task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
        if on_failure:
            task.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
        task.finished.connect(lambda: self._running.pop(task, None), Qt.ConnectionType.QueuedConnection)
        if parent is not None:
            self._progress_dialog(task, title, parent)
        # The runnable stays ours until its task has finished, and goes on the UI thread: the pool neither
        # calls into a Python object the interpreter may already have let go, nor drops the task's last
        # reference (a QObject of the UI thread) from its own thread.
        runnable = _Runnable(task)
        runnable.setAutoDelete(False)
        self._running[task] = runnable
        self.pool.start(runnable)
        return task

    @staticmethod
    def _progress_dialog(task: Task, title: str, parent: QWidget) -> QProgressDialog:
        dialog = _ProgressDialog(parent)  # its Cancel button comes translated by Qt
        dialog.setLabelText(title)
        dialog.setRange(0, 0)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        queued = Qt.ConnectionType.QueuedConnection
        task.progressed.connect(dialog.show_progress, queued)
        task.finished.connect(dialog.close, queued)
        task.finished.connect(dialog.deleteLater, queued)
        task.progress_dialog = dialog  # type: ignore[attr-defined]
        return dialog

    def running(self) -> int:
        return len(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
