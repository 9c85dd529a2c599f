"""The row-level problems of an import: sheet row, column, and what was done about it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from checkin.io.import_report import Problem
from checkin.ui.import_words import describe_problem

ROW, COLUMN, PROBLEM = range(3)
_SKIPPED = QColor("#b3261e")  # a row that stays out of the event reads red; a fixed value reads plain


class ProblemsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.setRowCount(len(problems))
        for position, problem in enumerate(problems):
            cells = (str(problem.row), problem.column, describe_problem(problem))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if problem.skipped:
                    item.setForeground(QBrush(_SKIPPED))
                self.setItem(position, column, item)

    def lines(self) -> list[str]:
        """What the table shows, one line a problem ("row 7, Email: …"), for tests and copying."""
        return [" | ".join(self.item(row, column).text() for column in range(3)) for row in range(self.rowCount())]
