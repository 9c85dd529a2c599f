"""What the desk tells its log (checkin.log_file): Qt's own messages, the events it opens, and each
failure it shows a volunteer (a badge not printed, the event file out of reach)."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from checkin.store import is_server_url

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow

log = logging.getLogger("checkin.desk")
qt_log = logging.getLogger("checkin.qt")
_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


def route_qt_messages() -> None:
    """Qt's warnings (a printer it cannot open, a plugin it cannot load) into the log, and still to
    the console when there is one."""

    def handle(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)
        if sys.stderr is not None:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handle)


def log_desk(window: MainWindow) -> None:
    context = window.context

    def opened() -> None:
        location = context.location
        if is_server_url(location):
            from checkin.store.postgres_connection import redact

            location = redact(location)
        log.info("opened %s", location)

    context.signals.opened.connect(opened)
    context.signals.closed.connect(lambda: log.info("closed the event"))
    window.operations.failed.connect(lambda what, detail: log.warning("%s failed: %s", what, detail))
    if context.session is not None:
        opened()  # opened before the window was there to listen
