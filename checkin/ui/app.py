"""Start the desk: `checkin` (start screen or the last event) and `checkin demo` (a fresh sample)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from checkin import APP_DISPLAY_NAME, APP_NAME, __version__
from checkin.log_file import start_log_file
from checkin.resources import resources_dir
from checkin.ui import fonts, i18n
from checkin.ui import settings as keys
from checkin.ui.context import AppContext, create_context
from checkin.ui.data_folder import data_dir, fresh_sample
from checkin.ui.desk_log import log_desk, route_qt_messages
from checkin.ui.file_open import file_open_handler

__all__ = ["create_app", "data_dir", "fresh_sample", "open_window", "run_app"]

EXIT_WHEN_READY = "CHECKIN_EXIT_WHEN_READY"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "checkin.svg")))
    fonts.register_bundled_fonts()
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(fonts.with_fallbacks(font))
    file_open_handler(app)  # from the first event-loop turn on, macOS may send the event to open
    return app  # type: ignore[return-value]


def open_window(context: AppContext, event: str | None, demo: bool, folder: Path):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(context, folder)
    opener = file_open_handler(QApplication.instance())
    # An event given on the command line, else one the Finder started the app with, else the last one.
    location = str(fresh_sample(folder)) if demo else (
        event or opener.take_pending() or context.settings.get(keys.LAST_EVENT))
    if location:
        window.open_location(location)
    opener.attach(window)
    return window


def run_app(event: str | None, demo: bool) -> int:
    start_log_file()
    route_qt_messages()
    app = create_app()
    context = create_context()
    i18n.install(context.settings.get(keys.LANGUAGE))
    app.processEvents()  # the event the Finder started the app with may be waiting already
    window = open_window(context, event, demo, data_dir())
    log_desk(window)
    window.show()
    if os.environ.get(EXIT_WHEN_READY):
        # The cold-start benchmark: quit once the first event-loop turn has painted the window.
        QTimer.singleShot(0, app.quit)
    return app.exec()
