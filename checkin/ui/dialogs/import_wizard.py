"""Import registrations: choose (or drop) a file and its sheet, check the columns, see the problems, import.

A face over `checkin.io.registrations`: every change of file, sheet, column, header or category choice
re-plans on the task runner (nothing is written), and "Import" applies the plan there too, with a
progress bar, all or nothing. Plans that finish after a newer request are dropped, so a quick second
change wins. Below the preview: the problems, the categories found (to merge one into another), and the
people a re-import would cancel, shown first when they are many.

Registration e-mails (a mailbox, a folder of messages, .eml files) take the same door: they are read on
the task runner (progress, Stop) and the review page replaces the spreadsheet's (see MailImportPage).
"""

from __future__ import annotations

from collections.abc import Sequence
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
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.io import import_report as codes
from checkin.io.column_mapping import FIELDS, columns_of
from checkin.io.import_report import ImportFailure, ImportPlan, ImportReport, report_order
from checkin.ui.context import AppContext
from checkin.ui.dialogs.mail_import_page import MailImportPage
from checkin.ui.import_sources import (
    MAILBOX_SUFFIXES,
    MESSAGE_SUFFIXES,
    SPREADSHEET_SUFFIXES,
    ImportSource,
    dropped_source,
    source_of,
)
from checkin.ui.import_words import describe_counts, describe_failure, fill, report_lines
from checkin.ui.safety import never_raises
from checkin.ui.tasks import Task
from checkin.ui.widgets.import_cancellations import CancellationList
from checkin.ui.widgets.import_categories import CategoryMerges
from checkin.ui.widgets.import_preview import ImportPreview
from checkin.ui.widgets.import_problems import ProblemsTable


class ImportWizard(QDialog):
    planned = Signal(object)  # the new ImportPlan, or the ImportFailure that stopped it
    imported = Signal(object)  # ImportReport, or the exception

    def __init__(self, context: AppContext, path: Path | Sequence[Path] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.sheet: str | None = None
        self.overrides: dict[str, str | None] = {}
        self.category_merges: dict[str, str] = {}
        self._found_counts: dict[str, int] = {}  # people per category as the file has them, before merging
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
        self.file.setPlaceholderText(self.tr("Choose a spreadsheet or e-mails, or drop them here"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        browse_folder = QPushButton(self.tr("Mail folder…"))
        browse_folder.setToolTip(self.tr("A Maildir folder, or a folder of .eml files"))
        browse_folder.clicked.connect(self.browse_folder)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheets = QComboBox()
        self.sheets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheets.activated.connect(lambda _: self.choose_sheet(self.sheets.currentText()))
        top = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("File:")), 0), (self.file, 1), (browse, 0), (browse_folder, 0),
                                (self.sheet_label, 0), (self.sheets, 0)):
            top.addWidget(widget, stretch)
        self.cancel_missing = QCheckBox(self.tr("Cancel people who are missing from this file (uncheck for a file "
                                                "of additions); check-ins are kept"))
        self.cancel_missing.setChecked(True)
        self.cancel_missing.toggled.connect(lambda _: self.replan())
        self.no_header = QCheckBox(self.tr("The first row is a person, not a header (columns are then known by "
                                           "letter)"))
        self.no_header.toggled.connect(lambda _: self._header_toggled())
        self.header_note = QLabel()
        self.header_note.setWordWrap(True)
        self.preview = ImportPreview()
        self.preview.mapping_changed.connect(self.map_column)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.problems = ProblemsTable()
        self.categories = CategoryMerges()
        self.categories.merges_changed.connect(self.merge_categories)
        self.cancellations = CancellationList()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.tabs.addTab(self.cancellations, self.tr("Would be cancelled"))
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.summary)
        below_layout.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(below)
        splitter.setSizes([420, 220])
        sheet_page = QWidget()
        sheet_layout = QVBoxLayout(sheet_page)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.header_note)
        # One above the other: side by side, their French words made the window wider than a venue laptop.
        sheet_layout.addWidget(self.cancel_missing)
        sheet_layout.addWidget(self.no_header)
        sheet_layout.addWidget(splitter, 1)
        self.sheet_page = sheet_page
        self.mail = MailImportPage(context, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(sheet_page)
        self.pages.addWidget(self.mail)
        self.mail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button = self.buttons.addButton(self.tr("Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(self.stop)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._set_busy(False)
        if path is not None:
            self.load(path)

    @classmethod
    def ask(cls, context: AppContext, path: Path | Sequence[Path] | None = None,
            parent: QWidget | None = None) -> object | None:
        """Run the wizard; the report of the import it made (ImportReport, or MailImportReport for e-mails),
        or None when nothing was imported."""
        dialog = cls(context, path, parent)
        dialog.exec()
        return dialog.report or dialog.mail.report

    # -- choosing --------------------------------------------------------------------------
    def browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in (*SPREADSHEET_SUFFIXES, *MESSAGE_SUFFIXES, *MAILBOX_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import registrations"), str(self.path.parent if self.path else ""),
            ";;".join((fill(self.tr("Spreadsheets and e-mails (%1)"), patterns),
                       self.tr("All files, such as a mail program's mailbox (*)"))))
        if names:
            self.load(names[0] if len(names) == 1 else [Path(name) for name in names])

    def browse_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import registrations from a mail folder"),
                                                str(self.path.parent if self.path else ""))
        if name:
            self.load(Path(name))

    def load(self, path: Path | str | Sequence[Path]) -> Task | None:
        """Plan the import of a spreadsheet, or read e-mails for review (a mailbox, or several .eml files)."""
        paths = [Path(path)] if isinstance(path, str | Path) else [Path(p) for p in path]
        source = source_of(paths)
        if source is not None and source.is_mail:
            return self.read_mail(source)
        self._show_mail_page(False)
        path = paths[0]  # what is no spreadsheet is said so by the spreadsheet reader, in its words
        self.path, self.sheet, self.overrides, self.report = Path(path), None, {}, None
        self.category_merges, self._found_counts = {}, {}
        self.file.setText(str(path))
        return self.replan()

    def read_mail(self, source: ImportSource) -> Task | None:
        self._generation += 1  # a spreadsheet plan still being read is not shown over the e-mails
        self.path, self.plan, self._shown_plan, self.report = source.paths[0], None, None, None
        self.file.setText(source.label)
        self._show_mail_page(True)
        return self.mail.read(source)

    def _show_mail_page(self, mail: bool) -> None:
        shown, hidden = (self.mail, self.sheet_page) if mail else (self.sheet_page, self.mail)
        # A stack is as wide as its widest page: the hidden one must not push the window past the screen.
        hidden.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        shown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.pages.setCurrentWidget(shown)
        self.sheet_label.setVisible(not mail)
        self.sheets.setVisible(not mail)
        if not mail:
            self.mail.clear()

    def choose_sheet(self, sheet: str) -> Task | None:
        if sheet and sheet != self.sheet:
            self.sheet, self.overrides, self.category_merges, self._found_counts = sheet, {}, {}, {}
            return self.replan()
        return None

    def _header_toggled(self) -> Task | None:
        self.overrides = {}  # the columns are named otherwise now
        return self.replan()

    def merge_categories(self, merges: dict[str, str]) -> Task | None:
        """Import each category found as the one chosen for it ({} imports every category as found)."""
        self.category_merges = dict(merges)
        return self.replan()

    def map_column(self, label: str, field: str | None) -> Task | None:
        """Read `label` as `field` (None: keep it as an extra field); every other choice stays."""
        shown = self.plan or self._shown_plan  # after a refused choice, the table shows the last good plan
        if shown is None or shown.mapping.get(field or "") == label:
            return None
        wanted = {f: column for f, column in shown.mapping.items() if f != field}
        for f in list(wanted):  # the column leaves the field it was read as (one of several for needs)
            kept = [used for used in columns_of(wanted, f) if used != label]
            if kept:
                wanted[f] = "\n".join(kept)
            else:
                del wanted[f]
        if field:
            wanted[field] = "\n".join([*columns_of(shown.mapping, field), label]) if field == "needs" else label
        self.overrides = {f: wanted.get(f) for f in FIELDS}
        return self.replan()

    # -- planning (nothing written) --------------------------------------------------------
    def replan(self) -> Task | None:
        session = self.context.session
        if session is None or self.path is None:
            return None
        self._generation += 1
        generation, path, sheet, overrides = self._generation, self.path, self.sheet, dict(self.overrides)
        cancel_missing, no_header, merges = self.cancel_missing.isChecked(), self.no_header.isChecked(), \
            dict(self.category_merges)
        self.plan = None
        self._set_busy(True)
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        from checkin.io.registrations import plan_import  # the spreadsheet readers load on first use

        return self.context.tasks.start(
            lambda task: plan_import(session, path, sheet, overrides or None, cancel_missing=cancel_missing,
                                     progress=lambda done, total: task.report(done, total), no_header=no_header,
                                     category_merges=merges),
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
        if plan.header_row:
            note = fill(self.tr("Sheet “%1”, header on row %2, %3 rows; %4. Change what a column holds with the "
                                "list above it."), plan.sheet, plan.header_row, plan.total_rows, how)
        else:
            note = fill(self.tr("Sheet “%1”, no header: the first row is a person, %2 rows; %3. Change what a "
                                "column holds with the list above it."), plan.sheet, plan.total_rows, how)
        if plan.other_sheets:
            note += " " + fill(self.tr("Other sheets that hold a list: %1."), ", ".join(plan.other_sheets))
        self.header_note.setText(note)
        self.preview.blockSignals(True)
        self.preview.set_plan(plan)
        self.preview.blockSignals(False)
        counts = {"rows": plan.total_rows, "added": len(plan.preview.added), "updated": len(plan.preview.updated),
                  "unchanged": plan.preview.unchanged, "cancelled": len(plan.preview.cancelled),
                  "skipped": len(plan.skipped_rows)}
        problems = sorted([*plan.problems, *plan.preview.problems], key=report_order)
        text = describe_counts(counts, done=False)
        if problems:
            text += "\n" + self.tr("Problems below: %1; rows in red stay out.").replace("%1", str(len(problems)))
        self.problems.set_problems(problems)
        self._show_categories(plan)
        cancelled = plan.preview.cancelled
        self.cancellations.set_people(cancelled, plan.preview.cancelled_checked_in)
        self.tabs.setTabText(self.tabs.indexOf(self.problems), fill(self.tr("Problems (%1)"), len(problems)))
        self.tabs.setTabText(self.tabs.indexOf(self.cancellations),
                             fill(self.tr("Would be cancelled (%1)"), len(cancelled)))
        from checkin.io.registrations import cancellations_to_confirm  # loaded with the plan already

        session = self.context.session
        if session is not None and cancellations_to_confirm(plan, session.attendees()):
            text += "\n" + fill(self.tr("This file would cancel %1 people who are not in it: check the list "
                                         "below, or uncheck “Cancel people who are missing”."), len(cancelled))
            self.tabs.setCurrentWidget(self.cancellations)
        else:
            self.tabs.setCurrentWidget(self.problems)
        self.summary.setText(text)
        self.import_button.setEnabled(True)

    def _show_categories(self, plan: ImportPlan) -> None:
        for name, count in plan.categories.items():
            if name not in self.category_merges.values():
                self._found_counts[name] = count  # a target's count mixes the merged ones in: not remembered
        found = {name: self._found_counts.get(name, count) for name, count in plan.categories.items()}
        for name in self.category_merges:
            found[name] = self._found_counts.get(name, 0)
        for target in set(self.category_merges.values()):
            if target in found:
                found[target] = max(0, plan.categories.get(target, 0) - sum(
                    self._found_counts.get(name, 0) for name, chosen in self.category_merges.items()
                    if chosen == target))
                if not found[target]:
                    del found[target]
        from checkin.io.cell_values import CategoryRules
        from checkin.io.registrations import CATEGORIES_SETTING

        known = CategoryRules(self.context.session.store.get_setting(CATEGORIES_SETTING)).categories \
            if self.context.session else []
        self.categories.set_categories(found, [*plan.new_categories, *self.category_merges], known,
                                       self.category_merges)
        self.tabs.setTabText(self.tabs.indexOf(self.categories), fill(self.tr("Categories (%1)"), len(found)))

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
        self.cancellations.set_people([])
        self.header_note.clear()
        self.summary.setText(describe_failure(error) if isinstance(error, ImportFailure) else str(error))
        self.import_button.setEnabled(False)

    # -- importing -------------------------------------------------------------------------
    def start_import(self) -> Task | None:
        if self.pages.currentWidget() is self.mail:
            return self.mail.start_import()
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

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.mail.stop()

    def reject(self) -> None:
        # An import being written finishes (or is stopped) before the window goes; e-mails being read are left.
        if self.task is None and self.mail.writing is None and self.mail.may_close():
            self.mail.stop()
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        if self.pages.currentWidget() is self.mail:
            self.mail.update_buttons()
            return
        self.import_button.setEnabled(not busy and self.plan is not None and self.report is None)
        self.stop_button.setVisible(self.task is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(self.task is None)
        self.preview.setEnabled(not busy)

    # -- drag and drop ---------------------------------------------------------------------
    @never_raises()
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_source(event) is not None and self.task is None and self.mail.writing is None:
            event.acceptProposedAction()

    @never_raises()
    def dropEvent(self, event: QDropEvent) -> None:
        source = dropped_source(event)
        if source is not None and self.task is None and self.mail.writing is None:
            event.acceptProposedAction()
            self.load(list(source.paths))
