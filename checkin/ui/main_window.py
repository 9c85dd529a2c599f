"""The main window composes the pages, menus and status bar; the rules live elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from checkin.resources import resources_dir
from checkin.ui import i18n, menus
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.day_actions import DayActions
from checkin.ui.desk_actions import DeskActions
from checkin.ui.desk_lock import DeskLock
from checkin.ui.event_actions import EventFileActions
from checkin.ui.jobs import Jobs
from checkin.ui.lock_actions import KIOSK_ACTIONS, LockActions
from checkin.ui.mail_actions import MailActions
from checkin.ui.operations import DeskOperations
from checkin.ui.organiser_actions import OrganiserActions
from checkin.ui.safety import never_raises
from checkin.ui.scanner import ScannerFilter
from checkin.ui.shortcuts import ACTIONS
from checkin.ui.warm_up import WARM_UP_MS, warm_up
from checkin.ui.widgets.attendee_list import AttendeeListView
from checkin.ui.widgets.checkin_view import CheckInView
from checkin.ui.widgets.counters import CountersView
from checkin.ui.widgets.help_overlay import HelpOverlay
from checkin.ui.widgets.retention_banner import RetentionBanner
from checkin.ui.widgets.scan_notice import ScanNotice
from checkin.ui.widgets.start_page import StartPage
from checkin.ui.window_size import fit_to_screen

if TYPE_CHECKING:
    from checkin.ui.server_status import StatusLight

_EVENT_ACTIONS = {a.name for a in ACTIONS} - {"new_event", "open_event", "connect_server", "help", "quit"}
# How long a notice (people checked in at two desks while apart) stays in the status bar.
NOTICE_MS = 120_000


class MainWindow(EventFileActions, OrganiserActions, MailActions, DeskActions, LockActions, DayActions):
    def __init__(self, context: AppContext, data_dir: Path) -> None:
        super().__init__()
        self.context = context
        self.data_dir = data_dir
        self.desk_lock = DeskLock(context.settings)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "checkin.svg")))
        self.setAcceptDrops(True)  # a spreadsheet or e-mails dropped on the window open the import wizard
        fit_to_screen(self)
        self.operations = DeskOperations(context)
        self.jobs = Jobs(context, self)
        self.scanner = ScannerFilter(parent=self)
        self.scanner.scanned.connect(self.on_scan)
        QApplication.instance().installEventFilter(self.scanner)
        self.notice = ScanNotice()
        self.connection = QLabel()
        self.desk_label = QLabel()
        self.statusBar().addPermanentWidget(self.desk_label)
        self.statusBar().addPermanentWidget(self.connection)
        context.signals.connection_changed.connect(self.connection.setText)
        context.signals.opened.connect(self.show_event)
        # A shared event's status light: online, or offline with the check-ins queued.
        self.light: StatusLight | None = None
        context.signals.opened.connect(self.show_link)
        context.signals.closed.connect(self.show_link)
        context.signals.notice.connect(lambda text: self.statusBar().showMessage(text, NOTICE_MS))
        self.actions_by_name: dict = {}
        self.start_day()
        self.start_mail()
        self.build()

    # -- composition (rebuilt on a language switch) -------------------------------------
    def build(self) -> None:
        kept = self.checkin.search.text() if hasattr(self, "checkin") else ""
        self.stack = QStackedWidget()
        self.start = StartPage(self.context.settings)
        self.start.open_requested.connect(self.open_location)
        self.start.new_requested.connect(self.new_event)
        self.start.browse_requested.connect(self.browse_event)
        self.start.url_requested.connect(self.connect_url)
        self.start.sample_requested.connect(self.open_sample)
        self.checkin = CheckInView(self.context, self.operations)
        self.checkin.camera.code_read.connect(self.on_scan)  # the camera's codes take the scanner's path
        self.checkin.scanner_busy = self.scanner.in_burst
        self.checkin.notice.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.checkin.person.remove_requested.connect(self.remove_walk_in)
        self.checkin.person.preview_requested.connect(lambda _: self.preview_badge())
        self.attendees = AttendeeListView(self.context)
        self.counters = CountersView(self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checkin, self.tr("Check-in"))
        self.tabs.addTab(self.attendees, self.tr("Attendees"))
        self.tabs.addTab(self.counters, self.tr("Counters"))
        self.build_day()
        self.tabs.setStyleSheet("QTabBar::tab { padding: 6px 18px; }")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.banner = RetentionBanner()
        self.banner.purge_requested.connect(self.purge)
        self.event_page = QWidget()
        page = QVBoxLayout(self.event_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.banner)
        page.addWidget(self.tabs, 1)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.event_page)
        self.setCentralWidget(self.stack)
        self.help = HelpOverlay(self)
        self._build_actions()
        if self.light is not None and self.context.link is not None:
            self.light.show_status(self.context.link.status())  # in the new language
        if self.context.session is not None:
            self.show_event()
            self.attendees.refresh()
            self.counters.refresh()
            self.checkin.search.setText(kept)
        else:
            self._show_start()

    def _build_actions(self) -> None:
        handlers = {
            "focus_search": self.focus_search, "undo": self.checkin.undo_shown, "walk_in": self.walk_in,
            "admit": self.admit, "remove_walk_in": self._remove_shown_walk_in,
            "reprint": self.reprint, "namecard": lambda: self.reprint(namecard=True),
            "preview": self.preview_badge, "show_checkin": lambda: self.show_tab(0),
            "show_attendees": lambda: self.show_tab(1), "show_counters": lambda: self.show_tab(2),
            "lock": self.toggle_lock, "mute": self.toggle_mute, "desk_settings": self.desk_settings,
            "camera": lambda: self.checkin.camera.toggle(),
            "import": self.import_registrations, "last_import": self.show_last_import,
            "batch_badges": self.jobs.batch_badges, "export": self.export,
            "confirmations": self.send_confirmations, "purge": self.purge,
            "new_event": self.new_event, "open_event": self.browse_event, "connect_server": self.connect_url,
            "close_event": self.ask_close_event, "help": self.help.toggle, "quit": self.ask_quit,
            **self.day_handlers(), **self.mail_handlers(),
        }
        self.actions_by_name = menus.install_actions(self, handlers, self.actions_by_name)
        titles = (self.tr("&Event"), self.tr("&Desk"), self.tr("&View"), self.tr("&Help"), self.tr("&Language"))
        language = self.context.settings.get(keys.LANGUAGE) or i18n.system_language()
        menus.install_menus(self, self.actions_by_name, titles, language, self.switch_language)

    def switch_language(self, language: str) -> None:
        self.context.settings.set(keys.LANGUAGE, language)
        i18n.install(language)
        self.build()

    def show_link(self) -> None:
        """The status light while a shared event is open (the plain connection label otherwise)."""
        if self.light is not None:
            self.statusBar().removeWidget(self.light)
            self.light.deleteLater()
            self.light = None
        link = self.context.link
        if link is not None:
            from checkin.ui.server_status import StatusLight

            self.light = StatusLight(link.server)
            self.statusBar().addPermanentWidget(self.light)
        self.connection.setVisible(link is None)

    # -- pages -------------------------------------------------------------------------
    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle(self.tr("Checkin — registration desk"))
        self.enable_actions()

    def show_event(self) -> None:
        session = self.context.session
        if session is None:
            return
        self.stack.setCurrentWidget(self.event_page)
        self.setWindowTitle(f"{session.event.title} — Checkin")
        self.show_retention()
        self.desk_label.setText(self.tr("%1 · %2").replace("%1", session.desk).replace("%2", session.checkpoint))
        self.apply_privacy()
        self.focus_search()
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(WARM_UP_MS, lambda: warm_up(self.context))

    _warmed = False

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.checkin.search.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.checkin.search.setFocus()
        self.checkin.search.selectAll()

    def enable_actions(self) -> None:
        has_event = self.context.session is not None
        for name, action in self.actions_by_name.items():
            allowed = (not self.locked or name in KIOSK_ACTIONS) and (has_event or name not in _EVENT_ACTIONS)
            if name in ("show_attendees",) and self.private:
                allowed = False
            action.setEnabled(allowed)

    # -- desk actions ------------------------------------------------------------------------
    @never_raises()
    def on_scan(self, code: str) -> None:
        if self.context.session is None:
            self.start.show_message(self.tr("No event is open: open the event first (Recent events or Open "
                                            "event file…), then scan."))
            return
        if self.context.writing:  # an import is being written: this scan would join its transaction
            self.checkin.result_panel.show_problem(self.tr("An import is being saved"),
                                                   self.tr("Scan again in a moment."))
            return
        if self.day_scan(code):
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self.focus_search()
        result = self.operations.scan(code)
        if dialog is not None and result is not None:
            # The outcome behind the dialog may be hidden: say it over the dialog too; the form keeps its text.
            recent = self.checkin.recent.outcomes
            self.notice.show_over(dialog, self.checkin.result_panel.colour,
                                  recent[0].text if recent else self.checkin.result_panel.says())

    def _remove_shown_walk_in(self) -> None:
        person = self.checkin.current_attendee()
        if person is not None and person.walk_in and not self.private:
            self.remove_walk_in(person)

    def toggle_mute(self) -> None:
        muted = not self.context.settings.get(keys.MUTED)
        self.context.settings.set(keys.MUTED, muted)
        self.context.sounds.muted = muted
        self.statusBar().showMessage(self.tr("Sounds off") if muted else self.tr("Sounds on"), 3000)

    def ask_close_event(self) -> None:
        session = self.context.session
        if session is None or self.locked:
            return
        answer = QMessageBox.question(
            self, self.tr("Close event"), self.tr("Close “%1”? This desk stops checking people in until an event "
                                                  "is opened again.").replace("%1", session.event.title),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Close:
            self.close_event()
        else:
            self.focus_search()

    def close_event(self) -> None:
        self.context.close()
        self.context.settings.set(keys.LAST_EVENT, "")
        self.build()

    def ask_quit(self) -> None:
        if self.locked:
            return
        answer = QMessageBox.question(self, self.tr("Quit"), self.tr("Quit the desk? Nobody can be checked in "
                                                                     "here until it is started again."),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.quitting = True
            self.close()
        else:
            self.focus_search()

    quitting = False

    @never_raises()
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()
            return
        if event.spontaneous() and not self.quitting and self.context.session is not None:
            # The window's close button: the same question as Ctrl+Q.
            event.ignore()
            self.ask_quit()
            return
        QApplication.instance().removeEventFilter(self.scanner)
        self.notice.hide()
        self.context.tasks.wait(3000)
        self.context.close()
        super().closeEvent(event)
