"""Desk dialogs behind menu actions (a mixin of MainWindow): walk-in, admission from the waiting list,
removing a mistaken walk-in, badge preview, desk settings."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox

from checkin.badge_people import event_category_colours
from checkin.core.models import Attendee
from checkin.core.outcomes import CheckInResult, Outcome
from checkin.core.walk_ins import WalkInDetails, already_registered
from checkin.store.errors import StoreError
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.dialogs.badge_preview import BadgePreviewDialog
from checkin.ui.dialogs.desk_settings import DeskSettingsDialog, save_setup
from checkin.ui.dialogs.walk_in import WalkInDialog
from checkin.ui.models.attendee_table import local_time
from checkin.ui.operations import DeskOperations
from checkin.ui.printing import PrintError
from checkin.ui.widgets.checkin_view import CheckInView


class DeskActions(QMainWindow):
    context: AppContext
    operations: DeskOperations
    checkin: CheckInView

    def focus_search(self) -> None: ...  # the window's

    def show_event(self) -> None: ...  # the window's

    def walk_in(self) -> None:
        session = self.context.session
        if session is None:
            return
        categories = sorted({a.category for a in session.attendees()})

        def registered(details: WalkInDetails) -> list[Attendee]:
            return already_registered(session.attendees(), details)

        answer = WalkInDialog.ask(categories, self, registered)
        if isinstance(answer, Attendee):
            self.operations.check_in(answer)
        elif answer is not None:
            self.operations.walk_in(answer)
        self.focus_search()

    def admit(self) -> None:
        """Ctrl+Enter after "On the waiting list": give the person a place, with the reason recorded."""
        shown = self.checkin.shown
        if not (isinstance(shown, CheckInResult) and shown.outcome is Outcome.WAITLISTED and shown.attendee):
            self.statusBar().showMessage(self.tr("Ctrl+Enter admits the waitlisted person the desk shows."), 8000)
            return
        person = shown.attendee
        reason, ok = QInputDialog.getText(
            self, self.tr("Admit from the waiting list"),
            self.tr("Admit %1 from the waiting list. Why? (kept in their notes)").replace("%1", person.name),
            QLineEdit.EchoMode.Normal)
        if not ok or not reason.strip():
            self.focus_search()
            return
        note = self.tr("Admitted from the waiting list at %1 (%2, %3): %4").replace(
            "%1", self.context.settings.get(keys.DESK_NAME)).replace("%2", self.context.clock().astimezone()
                                                                     .strftime("%Y-%m-%d")).replace(
            "%3", local_time(self.context.clock())).replace("%4", reason.strip())
        self.operations.admit(person, note)
        self.focus_search()

    def remove_walk_in(self, person: Attendee) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove this walk-in"),
            self.tr("Remove the walk-in %1? The registration is cancelled and the check-in taken back; the "
                    "log keeps both.").replace("%1", person.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.operations.remove_walk_in(person)
        self.focus_search()

    def preview_badge(self) -> None:
        attendee = self.checkin.current_attendee()
        if attendee is None or self.context.session is None or self.checkin.private:
            return
        try:
            session = self.context.session
            pdf = self.context.printer.render_badge(attendee, session.event, self.context.print_setup(),
                                                    colours=event_category_colours(session.store.get_setting))
        except PrintError as error:
            QMessageBox.warning(self, self.tr("Badge preview"), str(error))
            return
        BadgePreviewDialog.ask(pdf, self)

    def reprint(self, namecard: bool = False) -> None:
        if not self.checkin.private:
            self.operations.print_badge(self.checkin.current_attendee(), namecard=namecard)

    def desk_settings(self) -> None:
        session = self.context.session
        checkpoints = session.store.checkpoints() if session else []

        def test_page(setup: object) -> None:
            try:
                self.context.printer.print_pdf(
                    self.context.printer.test_page(session.event, self.context.print_setup()),
                    self.context.print_setup())
            except PrintError as error:
                QMessageBox.warning(self, self.tr("Test page"), str(error))

        setup = DeskSettingsDialog.ask(self.context.settings, checkpoints, test_page if session else None, self)
        if setup is not None:
            old_desk = self.context.settings.get(keys.DESK_NAME)
            save_setup(self.context.settings, setup)
            self.context.sounds.muted = setup.muted
            self.checkin.camera.restart()  # another camera or resolution takes effect now
            try:
                self.context.apply_desk_settings()
            except StoreError as error:
                # A shared event reopened under the new desk name failed: the desk keeps its old name.
                self.context.settings.set(keys.DESK_NAME, old_desk)
                QMessageBox.warning(self, self.tr("The desk was not renamed"), str(error))
            self.show_event()
