"""Long work behind menu actions: all badges to PDF, exports. Runs on the task runner.

Reading the event and rendering happen off the UI thread (the SQLite connection allows it and
the desk keeps scanning); the import has its own wizard (dialogs/import_wizard.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from checkin.badge_people import (
    event_category_colours,
    event_fields,
    person_fields,
    select_attendees,
    sort_attendees,
)
from checkin.store.errors import StoreError
from checkin.ui.context import AppContext
from checkin.ui.dialogs.export_dialog import ExportChoice, describe_export_error
from checkin.ui.tasks import Task


class Jobs(QObject):
    exported = Signal(object)  # the Path written

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__()
        self.context = context
        self.parent = parent

    def _fail(self, title: str) -> object:
        return lambda error: QMessageBox.warning(self.parent, title, str(error))

    def batch_badges(self, out: Path | None = None) -> Task | None:
        session = self.context.session
        if session is None:
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self.parent, QCoreApplication.translate("Jobs", "Save all badges"), "badges.pdf", "PDF (*.pdf)")
            if not name:
                return None
            out = Path(name)
        # The CLI's choice: no cancelled or waitlisted people, in family-name order.
        chosen = sort_attendees(select_attendees(session.attendees()))
        colours = event_category_colours(session.store.get_setting)
        people = [person_fields(a, colours) for a in chosen]
        setup = self.context.print_setup()
        event = event_fields(session.event)

        def work(task: Task) -> Path:
            import badges

            badges.render_badges(people, out, layout=setup.layout, sheet="single", event=event,
                                 calibration=setup.calibration, progress=lambda done, total: task.report(done, total))
            return out

        def done(path: Path) -> None:
            self._mark_printed(session.store, [a.id for a in chosen if a.id is not None])
            message = QCoreApplication.translate("Jobs", "Wrote %1").replace("%1", str(path))
            self.parent.statusBar().showMessage(message, 10_000)  # type: ignore[attr-defined]

        return self.context.tasks.start(
            work, title=QCoreApplication.translate("Jobs", "Rendering badges…"), parent=self.parent,
            on_success=done, on_failure=self._fail(QCoreApplication.translate("Jobs", "The badges were not rendered")))

    def _mark_printed(self, store: object, ids: list[int]) -> None:
        """After a batch is written, as the CLI does: these people have had a badge."""
        session = self.context.session
        if session is None or session.store is not store or not ids:
            return  # the event was closed meanwhile: its file says nothing was printed
        try:
            session.store.mark_badges_printed(ids, self.context.clock())
        except StoreError as error:
            QMessageBox.warning(self.parent, QCoreApplication.translate(
                "Jobs", "The badges were written but not marked as printed"), str(error))
            return
        self.context.refresh_from_store()

    def export(self, choice: ExportChoice) -> Task | None:
        """Write the chosen export on the task runner; a done export is said in the status bar."""
        session = self.context.session
        if session is None:
            return None
        store, checkpoint, spec, out = session.store, session.checkpoint, choice.format, choice.path

        def work(task: Task) -> Path:
            # Imported here: ReportLab and openpyxl load on the first export, not at the desk's start.
            from checkin.io.atomic_write import atomic_output, check_output
            from checkin.io.attendance_data import collect_attendance
            from checkin.io.export_attendance import export_attendance
            from checkin.io.signin_sheet import write_signin_sheet

            progress = lambda done, total=None: task.report(done, total)  # noqa: E731 - raises to cancel
            task.report(0, 0)
            if spec.key == "signin":
                check_output(out)
                data = collect_attendance(store, checkpoint)
                with atomic_output(out) as temporary:
                    write_signin_sheet(data, temporary)
            else:
                export_attendance(store, out, anonymised=spec.anonymised, delimiter=spec.delimiter,
                                  checkpoint=checkpoint, progress=progress)
            return out

        def done(path: Path) -> None:
            message = QCoreApplication.translate("Jobs", "Wrote %1").replace("%1", str(path))
            self.parent.statusBar().showMessage(message, 10_000)  # type: ignore[attr-defined]
            self.exported.emit(path)

        return self.context.tasks.start(
            work, title=QCoreApplication.translate("Jobs", "Exporting…"), parent=self.parent, on_success=done,
            on_failure=lambda error: QMessageBox.warning(
                self.parent, QCoreApplication.translate("Jobs", "Nothing was exported"), describe_export_error(error)))
