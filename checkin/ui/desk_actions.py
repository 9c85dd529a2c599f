"""Desk dialogs behind menu actions (a mixin of MainWindow): walk-in, badge preview, desk settings."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMessageBox

from checkin.store.errors import StoreError
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.dialogs.badge_preview import BadgePreviewDialog
from checkin.ui.dialogs.desk_settings import DeskSettingsDialog, save_setup
from checkin.ui.dialogs.walk_in import WalkInDialog
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
        data = WalkInDialog.ask(categories, self)
        if data is not None:
            self.operations.walk_in(data)
        self.focus_search()

    def preview_badge(self) -> None:
        attendee = self.checkin.current_attendee()
        if attendee is None or self.context.session is None:
            return
        try:
            pdf = self.context.printer.render_badge(attendee, self.context.session.event, self.context.print_setup())
        except PrintError as error:
            QMessageBox.warning(self, self.tr("Badge preview"), str(error))
            return
        BadgePreviewDialog.ask(pdf, self)

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

