"""Events double-clicked in the Finder.

macOS does not pass a double-clicked document as an argument: it starts the app (or finds it running)
and sends it a file-open event. One may come before the window exists; it then wins over the last
event. A desk locked behind its PIN, or writing an import, keeps its event.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# How long the reason a double-clicked event did not open stays in the status bar.
MESSAGE_MS = 15_000


class FileOpenHandler(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("checkin-file-open")
        self._pending = ""
        self._window: MainWindow | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        location = event.file() or event.url().toString()
        if location:
            log.info("the system asked to open %s", location)
            self._pending = location
            if self._window is not None:
                # Not inside the filter: opening may show a message box with an event loop of its own.
                QTimer.singleShot(0, self._deliver)
        return True

    def take_pending(self) -> str:
        """The event the system asked for before there was a window ("" if none)."""
        location, self._pending = self._pending, ""
        return location

    def attach(self, window: MainWindow) -> None:
        self._window = window
        attached = id(window)
        window.destroyed.connect(lambda: self._forget(attached))
        if self._pending:
            QTimer.singleShot(0, self._deliver)

    def _forget(self, window_id: int) -> None:
        if id(self._window) == window_id:  # not a window attached since
            self._window = None

    def _deliver(self) -> None:
        window = self._window
        if window is None or not self._pending:
            return
        location = self.take_pending()
        if window.locked or window.context.writing:
            reason = "locked" if window.locked else "importing"
            log.warning("%s not opened: the desk is %s", location, reason)
            message = (self.tr("The desk is locked: unlock it, then open %1 again.") if window.locked else
                       self.tr("An import is running: open %1 again when it has finished."))
            window.statusBar().showMessage(message.replace("%1", Path(location).name), MESSAGE_MS)
        elif location != window.context.location:
            window.open_location(location)
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


def file_open_handler(app: QCoreApplication) -> FileOpenHandler:
    """The application's one handler (created on first use)."""
    return app.findChild(FileOpenHandler, "checkin-file-open") or FileOpenHandler(app)
