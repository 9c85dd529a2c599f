"""The programme's day at the desk (a mixin of MainWindow): the speakers' board and items-lent tabs,
the delegation check-in, the programme's import and editing, and arrivals told to the organisers.

The window calls `build_day()` once its tabs exist and offers each scan to `day_scan()` first.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QTabWidget

from checkin.core import groups
from checkin.core.outcomes import Outcome
from checkin.core.programme import ArrivalNotice, ProgrammeSession
from checkin.io.import_report import ImportFailure
from checkin.ui.context import AppContext
from checkin.ui.day_operations import DayOperations
from checkin.ui.day_words import arrival_line
from checkin.ui.dialogs.group_checkin import GroupCheckInDialog
from checkin.ui.dialogs.programme_preview import ProgrammePreview
from checkin.ui.dialogs.session_editor import SessionEditor
from checkin.ui.import_words import describe_failure
from checkin.ui.operations import DeskOperations
from checkin.ui.programme_day import ProgrammeDay
from checkin.ui.widgets.checkin_view import CheckInView
from checkin.ui.widgets.counters import CountersView
from checkin.ui.widgets.day_counters import DayCounters
from checkin.ui.widgets.day_outcome import DayOutcome
from checkin.ui.widgets.loans_view import LoansView
from checkin.ui.widgets.speakers_board import SpeakersBoard

NOTICE_MS = 120_000


class DayActions(QMainWindow):
    context: AppContext
    operations: DeskOperations
    day: ProgrammeDay
    day_operations: DayOperations
    checkin: CheckInView
    counters: CountersView
    tabs: QTabWidget
    locked: bool

    def focus_search(self) -> None: ...  # the window's

    # -- composition --------------------------------------------------------------------------
    def start_day(self) -> None:
        """Once, before the first build: the programme at hand and its operations."""
        self.day = ProgrammeDay(self.context, self)
        self.day_operations = DayOperations(self.context, self.day, self.operations)
        self.operations.checked_in.connect(self.day.checked_in_here)
        self.day.arrival.connect(self._arrival)
        self.day_operations.group_checked_in.connect(self._group_done)

    def build_day(self) -> None:
        """After each build of the tabs: the board, the items lent, and the extras of the check-in view."""
        self.board = SpeakersBoard(self.context, self.day)
        self.loans = LoansView(self.context, self.day, self.day_operations)
        self.board_tab = self.tabs.addTab(self.board, self.tr("Speakers"))
        self.loans_tab = self.tabs.addTab(self.loans, self.tr("Items lent"))
        self.board.import_requested.connect(self.import_programme)
        self.board.add_requested.connect(lambda: self.edit_session(None))
        self.board.edit_requested.connect(self.edit_session)
        self.board.delete_requested.connect(self.delete_session)
        self.day_outcome = DayOutcome(self.context, self.day)
        self.checkin.below_result.addWidget(self.day_outcome)
        self.operations.checked_in.connect(self.day_outcome.show_result)
        self.operations.undone.connect(self.day_outcome.undone)
        self.day_outcome.group_requested.connect(self.group_checkin)
        self.day_operations.loan_done.connect(self.loans.show_result)
        self.day_counters = DayCounters(self.context, self.day)
        self.counters.layout().addWidget(self.day_counters, 4, 0, 1, 2)
        self.tabs.currentChanged.connect(self._day_tab_changed)

    def day_handlers(self) -> dict:
        return {"group_checkin": self.group_checkin, "show_board": lambda: self.tabs.setCurrentIndex(self.board_tab),
                "show_loans": self.show_loans, "import_programme": self.import_programme}

    def apply_day_privacy(self) -> None:
        for index in (self.board_tab, self.loans_tab):
            self.tabs.setTabVisible(index, not self.locked)

    def _day_tab_changed(self, index: int) -> None:
        if index == self.loans_tab:
            self.loans.field.setFocus()
        if index == self.board_tab:
            self.board.refresh()

    def show_loans(self) -> None:
        self.tabs.setCurrentIndex(self.loans_tab)
        self.loans.field.setFocus()

    def day_scan(self, code: str) -> bool:
        """A scan while the items-lent page shows is a badge or an item for it, never a check-in."""
        if QApplication.activeModalWidget() is None and self.tabs.currentIndex() == self.loans_tab:
            return self.loans.take_scan(code)
        return False

    # -- groups ------------------------------------------------------------------------------------
    def group_checkin(self, group: str | None = None) -> None:
        session = self.context.session
        if session is None:
            return
        if not group:
            current = self.checkin.current_attendee()
            group = current.group if current is not None else ""
        if not group:
            self.checkin.result_panel.show_message(
                self.tr("Not in a group"), self.tr("Select a member of the group first, or set their group in the "
                                                   "person panel."))
            return
        summary = groups.summary(session.attendees(), group, self.context.presence)
        choice = GroupCheckInDialog.ask(summary, self.context.presence, self)
        if choice is not None:
            chosen = [a for a in summary.members if a.id in choice.attendee_ids]
            if choice.collected_by:
                done = self.day_operations.collect_badges(chosen, choice.collected_by)
                if done:
                    self.checkin.result_panel.show_message(
                        self.tr("%1 badges collected by %2").replace("%1", str(len(done)))
                        .replace("%2", choice.collected_by),
                        self.tr("They are not counted as arrived."))
            else:
                self.day_operations.check_in_members(group, chosen)
        self.focus_search()

    def _group_done(self, group: str, results: list) -> None:
        new = [r.attendee.name for r in results if r.outcome is Outcome.CHECKED_IN and r.attendee]
        session = self.context.session
        summary = groups.summary(session.attendees(), group, self.context.presence) if session else None
        headline = self.tr("%1: %2 checked in").replace("%1", group).replace("%2", str(len(new)))
        detail = ", ".join(new)
        if summary is not None:
            detail += ("  ·  " if detail else "") + self.tr("%1 registered, %2 arrived").replace(
                "%1", str(summary.registered)).replace("%2", str(summary.arrived))
        self.checkin.result_panel.show_message(headline, detail)
        self.day_outcome.refresh_group()

    # -- arrivals -----------------------------------------------------------------------------------
    def _arrival(self, notice: ArrivalNotice, here: bool) -> None:
        if here or self.day.organisers_desk:
            zone = self.context.session.event.timezone if self.context.session is not None else "UTC"
            self.statusBar().showMessage(arrival_line(notice, zone), NOTICE_MS)

    # -- the programme --------------------------------------------------------------------------------
    def import_programme(self, path: Path | None = None) -> bool:
        if self.context.session is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import programme"), "",
                                                  self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"))
            if not name:
                return False
            path = Path(name)
        try:
            plan = self.day_operations.read_programme(path)
        except ImportFailure as failure:
            if failure.code == "no_programme":
                text = QCoreApplication.translate(
                    "ProgrammePreview", "No programme found: the sheet needs a header row naming a time and a title "
                                        "(Time, Session, Room, People, Role).")
            else:
                text = describe_failure(failure)
            QMessageBox.warning(self, self.tr("Import programme"), f"{path}\n\n{text}")
            return False
        if not ProgrammePreview.ask(plan, self):
            return False
        return self.day_operations.apply_programme(plan)

    def edit_session(self, session_value: ProgrammeSession | None) -> None:
        session = self.context.session
        if session is None:
            return
        try:
            zone = ZoneInfo(session.event.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        edited = SessionEditor.ask(session.event.starts_on, zone, session.attendees(), session_value, self)
        if edited is not None:
            self.day_operations.save_session(edited)

    def delete_session(self, session_value: ProgrammeSession) -> None:
        if session_value.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove session"),
                                      self.tr("Remove “%1” from the programme?").replace("%1", session_value.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.day_operations.delete_session(session_value.id)
