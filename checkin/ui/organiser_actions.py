"""The organiser's menu actions (a mixin of MainWindow): import, export, confirmations, retention and purge.

Each opens its dialog and hands the answer to a core or io call; the window only composes them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from checkin.core.purge import purge_event
from checkin.core.retention import RetentionState, retention_state
from checkin.io.leftovers import clean_leftovers
from checkin.io.mail_copy import remove_mail_copy
from checkin.store import is_server_url
from checkin.store.errors import StoreError
from checkin.ui.context import AppContext
from checkin.ui.dialogs.export_dialog import ExportDialog
from checkin.ui.dialogs.import_report_dialog import ImportReportDialog
from checkin.ui.dialogs.import_wizard import ImportWizard
from checkin.ui.import_sources import dropped_source
from checkin.ui.jobs import Jobs
from checkin.ui.safety import never_raises
from checkin.ui.tasks import Task
from checkin.ui.widgets.retention_banner import RetentionBanner


class OrganiserActions(QMainWindow):
    context: AppContext
    data_dir: Path
    jobs: Jobs
    banner: RetentionBanner

    # -- import ----------------------------------------------------------------------------
    def import_registrations(self, path: Path | list[Path] | None = None) -> None:
        """The wizard, on a spreadsheet or a mailbox (a path), on .eml files (a list), or empty."""
        if self.context.session is None:
            return
        ImportWizard.ask(self.context, path, self)

    def show_last_import(self) -> None:
        report = self.context.last_import
        if report is None:
            QMessageBox.information(self, self.tr("Last import report"),
                                    self.tr("Nothing was imported into this event since it was opened."))
            return
        ImportReportDialog.ask(report, self)  # type: ignore[arg-type]

    @never_raises()
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.context.session is not None and dropped_source(event) is not None:
            event.acceptProposedAction()

    @never_raises()
    def dropEvent(self, event: QDropEvent) -> None:
        source = dropped_source(event)
        if source is not None and self.context.session is not None:
            event.acceptProposedAction()
            paths = source.paths
            self.import_registrations(paths[0] if len(paths) == 1 else list(paths))

    # -- export ------------------------------------------------------------------------------
    def export(self) -> Task | None:
        session = self.context.session
        if session is None:
            return None
        # Beside the event file; a server event (a URL) has no folder, so the desk's data folder.
        location = None if is_server_url(session.store.location) else Path(session.store.location)
        folder = location.parent if location is not None and location.parent.is_dir() else self.data_dir
        state = self.retention()
        choice = ExportDialog.ask(session.event.title, folder, bool(state and state.purged), self)
        return self.jobs.export(choice) if choice is not None else None

    # -- confirmations ---------------------------------------------------------------------
    def send_confirmations(self) -> None:
        session = self.context.session
        if session is None:
            return
        try:
            from checkin.ui.dialogs.confirmations_dialog import ConfirmationsDialog
        except ImportError as error:  # the mail part is optional in a trimmed installation
            QMessageBox.information(self, self.tr("Send confirmations"),
                                    self.tr("Sending confirmations is not available here (%1).")
                                    .replace("%1", str(error)))
            return
        ConfirmationsDialog(session, self.context.tasks, self).exec()

    # -- retention and purge -----------------------------------------------------------------
    def retention(self) -> RetentionState | None:
        session = self.context.session
        if session is None:
            return None
        try:
            return retention_state(session.store, date.today())
        except StoreError:
            return None

    def show_retention(self) -> None:
        self.banner.show_state(self.retention())

    def ask_purge(self, title: str, passed: bool) -> bool:
        """The confirmation (tests replace it): purge removes every name, e-mail and code for good."""
        note = "" if passed else self.tr("Its retention date has not passed yet. ")
        answer = QMessageBox.warning(
            self, self.tr("Purge personal data"),
            self.tr("Remove every name, e-mail and code of “%1”? %2Only anonymised statistics stay. "
                    "This cannot be undone.").replace("%1", title).replace("%2", note),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def purge(self) -> bool:
        session, state = self.context.session, self.retention()
        if session is None or state is None or state.purged:
            return False
        if not self.ask_purge(session.event.title, state.passed):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            purge_event(session.store, datetime.now(UTC))
            clean_leftovers()  # half-written exports and printed badges of crashed runs hold names too
            remove_mail_copy(session.store.location)  # the registration e-mails fetched for the event
        except (StoreError, NotImplementedError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Nothing was purged"), str(error))
            return False
        QApplication.restoreOverrideCursor()
        self.context.refresh_from_store()
        self.show_retention()
        self.statusBar().showMessage(self.tr("Personal data purged; anonymised statistics kept."), 10_000)
        return True
