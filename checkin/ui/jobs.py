"""Long work behind menu actions: import, all badges to PDF, export. Runs on the task runner.

Reading and rendering happen off the UI thread; the event file is only
written on the UI thread (its connection belongs there), after the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from checkin.ui.context import AppContext
from checkin.ui.printing import event_fields, person_fields
from checkin.ui.tasks import Task


class Jobs:
    def __init__(self, context: AppContext, parent: QWidget) -> None:
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
        people = [person_fields(a) for a in session.attendees()]
        setup = self.context.print_setup()
        event = event_fields(session.event)

        def work(task: Task) -> Path:
            import badges

            badges.render_badges(people, out, layout=setup.layout, sheet="single", event=event,
                                 calibration=setup.calibration, progress=lambda done, total: task.report(done, total))
            return out

        return self.context.tasks.start(
            work, title=QCoreApplication.translate("Jobs", "Rendering badges…"), parent=self.parent,
            on_failure=self._fail(QCoreApplication.translate("Jobs", "The badges were not rendered")))

    def export(self, out: Path | None = None) -> Task | None:
        session = self.context.session
        if session is None:
            return None
        try:
            from checkin.io.attendance_data import collect_attendance
            from checkin.io.export_xlsx import write_attendance_xlsx
        except ImportError:
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self.parent, QCoreApplication.translate("Jobs", "Export attendance"),
                                                  "attendance.xlsx", "Excel (*.xlsx)")
            if not name:
                return None
            out = Path(name)
        data = collect_attendance(session.store, session.checkpoint)
        return self.context.tasks.start(
            lambda task: write_attendance_xlsx(data, out, progress=lambda d, t=None: task.report(d, t)),
            title=QCoreApplication.translate("Jobs", "Exporting attendance…"), parent=self.parent,
            on_failure=self._fail(QCoreApplication.translate("Jobs", "The attendance was not exported")))

    def import_registrations(self, source: Path | None = None) -> Task | None:
        session = self.context.session
        if session is None:
            return None
        from checkin.io.merge import merge
        from checkin.io.registrations import parse_rows, read_sheet

        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent, QCoreApplication.translate("Jobs", "Import registrations"), "",
                                                  QCoreApplication.translate("Jobs", "Spreadsheets (*.xlsx *.csv)"))
            if not name:
                return None
            source = Path(name)
        timezone = session.event.timezone

        def finish(parsed: object) -> None:
            counts = merge(session, parsed.rows)  # type: ignore[attr-defined]
            self.context.refresh_from_store()
            QMessageBox.information(self.parent, QCoreApplication.translate("Jobs", "Import finished"), str(counts))

        return self.context.tasks.start(
            lambda task: parse_rows(read_sheet(source), timezone),
            title=QCoreApplication.translate("Jobs", "Reading the spreadsheet…"),
            parent=self.parent, on_success=finish,
            on_failure=self._fail(QCoreApplication.translate("Jobs", "The spreadsheet was not imported")))
