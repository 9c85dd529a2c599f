"""Import registrations: choose (or drop) a file and its sheet, check the columns, see the problems, import.

A face over `checkin.io.registrations`: every change of file, sheet or column re-plans on the task
runner (nothing is written), and "Import" applies the plan there too, with a progress bar, all or
nothing. Plans that finish after a newer request are dropped, so a quick second change wins.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from checkin.io import import_report as codes
from checkin.io.column_mapping import FIELDS
from checkin.io.import_report import ImportFailure, ImportPlan, ImportReport
from checkin.ui.context import AppContext
from checkin.ui.import_words import describe_counts, describe_failure, fill, report_lines
from checkin.ui.safety import never_raises
from checkin.ui.tasks import Task
from checkin.ui.widgets.import_preview import ImportPreview
from checkin.ui.widgets.import_problems import ProblemsTable

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")


def dropped_spreadsheet(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local spreadsheet being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        path = Path(urls[0].toLocalFile())
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            return path
    return None


class ImportWizard(QDialog):
    planned = Signal(object)  # the new ImportPlan, or the ImportFailure that stopped it
    imported = Signal(object)  # ImportReport, or the exception

    def __init__(self, context: AppContext, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.sheet: str | None = None
        self.overrides: dict[str, str | None] = {}
        self.plan: ImportPlan | None = None  # None while reading, or when the file cannot be imported
        self._shown_plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Import registrations"))
        self.setAcceptDrops(True)
        self.resize(1100, 700)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Choose a spreadsheet, or drop it here"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        self.sheets = QComboBox()
        self.sheets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheets.activated.connect(lambda _: self.choose_sheet(self.sheets.currentText()))
        top = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("File:")), 0), (self.file, 1), (browse, 0),
                                (QLabel(self.tr("Sheet:")), 0), (self.sheets, 0)):
            top.addWidget(widget, stretch)
        self.cancel_missing = QCheckBox(self.tr("Cancel people who are missing from this file (uncheck for a file "
                                                "of additions); check-ins are kept"))
        self.cancel_missing.setChecked(True)
        self.cancel_missing.toggled.connect(lambda _: self.replan())
        self.header_note = QLabel()
        self.header_note.setWordWrap(True)
        self.preview = ImportPreview()
        self.preview.mapping_changed.connect(self.map_column)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.problems = ProblemsTable()
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.summary)
        below_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(below)
        splitter.setSizes([420, 220])
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button = self.buttons.addButton(self.tr("Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(lambda: self.task and self.task.cancel())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_note)
        layout.addWidget(self.cancel_missing)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._set_busy(False)
        if path is not None:
            self.load(path)

    @classmethod
    def ask(cls, context: AppContext, path: Path | None = None, parent: QWidget | None = None) -> ImportReport | None:
        """Run the wizard; the report of the import it made, or None when nothing was imported."""
        dialog = cls(context, path, parent)
        dialog.exec()
        return dialog.report

    # -- choosing --------------------------------------------------------------------------
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import registrations"), str(self.path.parent if self.path else ""),
            self.tr("Spreadsheets (%1)").replace("%1", " ".join(f"*{s}" for s in SPREADSHEET_SUFFIXES)))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> Task | None:
        self.path, self.sheet, self.overrides, self.report = Path(path), None, {}, None
        self.file.setText(str(path))
        return self.replan()

    def choose_sheet(self, sheet: str) -> Task | None:
        if sheet and sheet != self.sheet:
            self.sheet, self.overrides = sheet, {}
            return self.replan()
        return None

    def map_column(self, label: str, field: str | None) -> Task | None:
        """Read `label` as `field` (None: keep it as an extra field); every other choice stays."""
        shown = self.plan or self._shown_plan  # after a refused choice, the table shows the last good plan
        if shown is None or shown.mapping.get(field or "") == label:
            return None
        wanted = {f: column for f, column in shown.mapping.items() if column != label and f != field}
        if field:
            wanted[field] = label
        self.overrides = {f: wanted.get(f) for f in FIELDS}
        return self.replan()

    # -- planning (nothing written) --------------------------------------------------------
    def replan(self) -> Task | None:
        session = self.context.session
        if session is None or self.path is None:
            return None
        self._generation += 1
        generation, path, sheet, overrides = self._generation, self.path, self.sheet, dict(self.overrides)
        cancel_missing = self.cancel_missing.isChecked()
        self.plan = None
        self._set_busy(True)
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        from checkin.io.registrations import plan_import  # the spreadsheet readers load on first use

        return self.context.tasks.start(
            lambda task: plan_import(session, path, sheet, overrides or None, cancel_missing=cancel_missing,
                                     progress=lambda done, total: task.report(done, total)),
            on_success=lambda plan: self._planned(generation, plan),
            on_failure=lambda error: self._planned(generation, error))

    def _planned(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer file, sheet or column choice is being read
        self._set_busy(False)
        if isinstance(result, ImportPlan):
            self.show_plan(result)
        else:
            self.show_failure(result)
        self.planned.emit(result)

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = self._shown_plan = plan
        self.sheets.clear()
        self.sheets.addItems(plan.sheet_names)
        self.sheets.setCurrentText(plan.sheet)
        self.sheets.setEnabled(len(plan.sheet_names) > 1)
        how = {"saved": self.tr("columns as in your last import of this kind of file"),
               "override": self.tr("columns as you chose them")}.get(plan.mapping_source,
                                                                    self.tr("columns recognised automatically"))
        self.header_note.setText(fill(self.tr("Sheet “%1”, header on row %2, %3 rows; %4. Change what a column "
                                              "holds with the list above it."),
                                      plan.sheet, plan.header_row, plan.total_rows, how))
        self.preview.blockSignals(True)
        self.preview.set_plan(plan)
        self.preview.blockSignals(False)
        counts = {"rows": plan.total_rows, "added": len(plan.preview.added), "updated": len(plan.preview.updated),
                  "unchanged": plan.preview.unchanged, "cancelled": len(plan.preview.cancelled),
                  "skipped": len(plan.skipped_rows)}
        problems = sorted([*plan.problems, *plan.preview.problems], key=lambda p: (p.row, p.column, p.code))
        text = describe_counts(counts, done=False)
        if problems:
            text += "\n" + self.tr("Problems below: %1; rows in red stay out.").replace("%1", str(len(problems)))
        self.summary.setText(text)
        self.problems.set_problems(problems)
        self.import_button.setEnabled(True)

    def show_failure(self, error: object) -> None:
        self.plan = None
        shown = self._shown_plan
        if isinstance(error, ImportFailure) and error.code == codes.NO_NAME_COLUMN and shown is not None \
                and shown.path == self.path:
            # A column choice left no name: keep the table (back to the last good choice) so it can be fixed.
            self.overrides = dict(shown.mapping)
            self.preview.blockSignals(True)
            self.preview.set_plan(shown)
            self.preview.blockSignals(False)
            self.summary.setText(describe_failure(error))
            self.import_button.setEnabled(False)
            return
        self._shown_plan = None
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.problems.set_problems([])
        self.header_note.clear()
        self.summary.setText(describe_failure(error) if isinstance(error, ImportFailure) else str(error))
        self.import_button.setEnabled(False)

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> Task | None:
        session, plan = self.context.session, self.plan
        if session is None or plan is None or self.task is not None:
            return None
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Importing…"))
        from checkin.io.registrations import apply_import

        self.context.writing = True
        self.task = self.context.tasks.start(
            lambda task: apply_import(session, plan, progress=lambda done, total: task.report(done, total)),
            on_success=self._imported, on_failure=self._imported)
        self.task.progressed.connect(self._show_progress)
        task = self.task
        task.finished.connect(lambda: self._import_ended(task))
        self._set_busy(True)
        return task

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _import_ended(self, task: Task) -> None:
        self.context.writing = False
        self.task = None
        self.progress.setVisible(False)
        self._set_busy(False)
        if task.was_cancelled:
            self.summary.setText(self.tr("Stopped; nothing was imported."))
            self.imported.emit(None)

    def _imported(self, result: object) -> None:
        self.context.writing = False
        if isinstance(result, ImportReport):
            self.report = result
            self.context.reload_presence()
            self.context.signals.changed.emit()
            self.context.last_import = result
            self.summary.setText("\n".join(report_lines(result)))
            self.import_button.setEnabled(False)  # the same plan twice would only say "unchanged"
        else:
            self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", str(result)))
        self.imported.emit(result)

    def reject(self) -> None:
        if self.task is None:  # an import being written finishes (or is stopped) before the window goes
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy and self.plan is not None and self.report is None)
        self.stop_button.setVisible(self.task is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(self.task is None)
        self.preview.setEnabled(not busy)

    # -- drag and drop ---------------------------------------------------------------------
    @never_raises()
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_spreadsheet(event) is not None and self.task is None:
            event.acceptProposedAction()

    @never_raises()
    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_spreadsheet(event)
        if path is not None:
            event.acceptProposedAction()
            self.load(path)
