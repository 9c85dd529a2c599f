"""The main window composes the pages, menus and status bar; the rules live elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from checkin.resources import resources_dir
from checkin.ui import i18n
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.day_actions import DayActions
from checkin.ui.desk_actions import DeskActions
from checkin.ui.dialogs.pin import PinDialog
from checkin.ui.event_actions import EventFileActions
from checkin.ui.jobs import Jobs
from checkin.ui.operations import DeskOperations
from checkin.ui.organiser_actions import OrganiserActions
from checkin.ui.scanner import ScannerFilter
from checkin.ui.shortcuts import ACTIONS
from checkin.ui.widgets.attendee_list import AttendeeListView
from checkin.ui.widgets.checkin_view import CheckInView
from checkin.ui.widgets.counters import CountersView
from checkin.ui.widgets.help_overlay import HelpOverlay
from checkin.ui.widgets.retention_banner import RetentionBanner
from checkin.ui.widgets.start_page import StartPage

if TYPE_CHECKING:
    from checkin.ui.server_status import StatusLight

# Actions that stay usable while the desk is locked for kiosk use.
_KIOSK_ACTIONS = {"focus_search", "undo", "lock", "help", "camera"}
_EVENT_ACTIONS = {name for name in (a.name for a in ACTIONS)} - {"new_event", "open_event", "connect_server", "help",
                                                                  "quit"}
# How long a notice (people checked in at two desks while apart) stays in the status bar.
NOTICE_MS = 120_000


class MainWindow(EventFileActions, OrganiserActions, DeskActions, DayActions):
    def __init__(self, context: AppContext, data_dir: Path) -> None:
        super().__init__()
        self.context = context
        self.data_dir = data_dir
        self.locked = False
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "checkin.svg")))
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window opens the import wizard
        self.resize(1280, 760)
        self.operations = DeskOperations(context)
        self.jobs = Jobs(context, self)
        self.scanner = ScannerFilter(parent=self)
        self.scanner.scanned.connect(self.on_scan)
        QApplication.instance().installEventFilter(self.scanner)
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
        self.start_day()
        self.build()

    # -- composition (rebuilt on a language switch) -------------------------------------
    def build(self) -> None:
        kept = self.checkin.search.text() if hasattr(self, "checkin") else ""
        self.menuBar().clear()
        self.stack = QStackedWidget()
        self.start = StartPage(self.context.settings)
        self.start.open_requested.connect(self.open_location)
        self.start.new_requested.connect(self.new_event)
        self.start.browse_requested.connect(self.browse_event)
        self.start.url_requested.connect(self.connect_url)
        self.start.sample_requested.connect(self.open_sample)
        self.checkin = CheckInView(self.context, self.operations)
        self.checkin.camera.code_read.connect(self.on_scan)  # the camera's codes take the scanner's path
        self.attendees = AttendeeListView(self.context)
        self.counters = CountersView(self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checkin, self.tr("Check-in"))
        self.tabs.addTab(self.attendees, self.tr("Attendees"))
        self.tabs.addTab(self.counters, self.tr("Counters"))
        self.build_day()
        self.tabs.setStyleSheet("QTabBar::tab { padding: 8px 18px; }")
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
        self.actions_by_name: dict[str, QAction] = {}
        handlers = {
            "focus_search": self.focus_search, "undo": self.operations.undo_last, "walk_in": self.walk_in,
            "reprint": lambda: self.operations.print_badge(self.checkin.current_attendee()),
            "namecard": lambda: self.operations.print_badge(self.checkin.current_attendee(), namecard=True),
            "preview": self.preview_badge, "show_checkin": lambda: self.tabs.setCurrentIndex(0),
            "show_attendees": lambda: self.tabs.setCurrentIndex(1),
            "show_counters": lambda: self.tabs.setCurrentIndex(2),
            "lock": self.toggle_lock, "mute": self.toggle_mute, "desk_settings": self.desk_settings,
            "camera": lambda: self.checkin.camera.toggle(),
            "import": self.import_registrations, "last_import": self.show_last_import,
            "batch_badges": self.jobs.batch_badges, "export": self.export,
            "confirmations": self.send_confirmations, "purge": self.purge,
            "new_event": self.new_event, "open_event": self.browse_event, "connect_server": self.connect_url,
            "close_event": self.close_event, "help": self.help.toggle, "quit": self.close,
            **self.day_handlers(),
        }
        for spec in ACTIONS:
            action = QAction(QCoreApplication.translate("Actions", spec.text), self)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, handler=handlers[spec.name]: handler())
            self.addAction(action)
            self.actions_by_name[spec.name] = action
        menus = ((self.tr("&Event"), ("new_event", "open_event", "connect_server", "close_event", None, "import",
                                       "last_import", "import_programme", "export",
                                       "batch_badges", "confirmations", None, "purge", None,
                                       "quit")),
                 (self.tr("&Desk"), ("focus_search", "undo", "walk_in", "group_checkin", None, "reprint", "namecard",
                                      "preview",
                                      None, "camera", "lock", "mute", "desk_settings")),
                 (self.tr("&View"), ("show_checkin", "show_attendees", "show_counters", "show_board", "show_loans")),
                 (self.tr("&Help"), ("help",)))
        for title, names in menus:
            menu = self.menuBar().addMenu(title)
            for name in names:
                menu.addSeparator() if name is None else menu.addAction(self.actions_by_name[name])
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.context.settings.get(keys.LANGUAGE) or i18n.system_language()
        for code, label in i18n.LANGUAGES.items():
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
            group.addAction(action)

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
        self._enable_actions()

    def show_event(self) -> None:
        session = self.context.session
        if session is None:
            return
        self.stack.setCurrentWidget(self.event_page)
        self.setWindowTitle(f"{session.event.title} — Checkin")
        self.show_retention()
        self.desk_label.setText(self.tr("%1 · %2").replace("%1", session.desk).replace("%2", session.checkpoint))
        self.apply_privacy()
        self._enable_actions()
        self.focus_search()

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.checkin.search.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.checkin.search.setFocus()
        self.checkin.search.selectAll()

    def _enable_actions(self) -> None:
        has_event = self.context.session is not None
        for name, action in self.actions_by_name.items():
            allowed = (not self.locked or name in _KIOSK_ACTIONS) and (has_event or name not in _EVENT_ACTIONS)
            action.setEnabled(allowed)

    def apply_privacy(self) -> None:
        hidden = self.locked or self.context.settings.get(keys.PRIVACY)
        self.tabs.setTabVisible(1, not hidden)
        self.tabs.setTabVisible(2, not self.locked)
        self.apply_day_privacy()
        self.tabs.tabBar().setVisible(not self.locked)
        self.menuBar().setVisible(not self.locked)
        self.banner.setVisible(self.banner.wanted and not self.locked)
        if hidden and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentIndex(0)

    # -- desk actions ------------------------------------------------------------------------
    def on_scan(self, code: str) -> None:
        if self.context.session is None:
            return
        if self.context.writing:  # an import is being written: this scan would join its transaction
            self.checkin.result_panel.show_problem(self.tr("An import is being saved"),
                                                   self.tr("Scan again in a moment."))
            return
        if self.day_scan(code):
            return
        if QApplication.activeModalWidget() is None:
            self.focus_search()
        self.operations.scan(code)

    def toggle_mute(self) -> None:
        muted = not self.context.settings.get(keys.MUTED)
        self.context.settings.set(keys.MUTED, muted)
        self.context.sounds.muted = muted
        self.statusBar().showMessage(self.tr("Sounds off") if muted else self.tr("Sounds on"), 3000)

    def toggle_lock(self) -> None:
        settings = self.context.settings
        if not self.locked:
            pin = settings.get(keys.PIN) or PinDialog.ask(self, self.tr("Lock the desk"),
                                                          self.tr("Choose a PIN to unlock the desk later:"))
            if not pin:
                return
            settings.set(keys.PIN, pin)
            self.locked = True
        else:
            typed = PinDialog.ask(self, self.tr("Unlock the desk"), self.tr("PIN:"))
            if typed is None:
                return
            if typed != settings.get(keys.PIN):
                self.checkin.result_panel.show_problem(self.tr("Wrong PIN"), self.tr("The desk stays locked."))
                return
            self.locked = False
        self.apply_privacy()
        self._enable_actions()
        self.focus_search()

    def close_event(self) -> None:
        self.context.close()
        self.context.settings.set(keys.LAST_EVENT, "")
        self.build()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()
            return
        QApplication.instance().removeEventFilter(self.scanner)
        self.context.tasks.wait(3000)
        self.context.close()
        super().closeEvent(event)
