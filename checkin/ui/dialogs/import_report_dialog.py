"""The report of the last import, viewable again after the wizard closed (Event ▸ Last import report)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from checkin.io.import_report import ImportReport
from checkin.ui.import_words import fill, report_lines
from checkin.ui.widgets.import_problems import ProblemsTable


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Last import report"))
        self.resize(820, 520)
        plan = report.plan
        source = QLabel(fill(self.tr("%1 (sheet “%2”, header on row %3)"), plan.path, plan.sheet, plan.header_row))
        source.setWordWrap(True)
        self.summary = QLabel("\n".join(report_lines(report)))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.problems = ProblemsTable()
        self.problems.set_problems(report.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.summary)
        if not report.problems:
            layout.addWidget(QLabel(self.tr("No problems: every row was read.")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, report: ImportReport, parent: QWidget | None = None) -> None:
        cls(report, parent).exec()
