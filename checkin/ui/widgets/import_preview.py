"""The import preview: the sheet's columns as found, a field chooser above each, the first rows below.

Row 0 holds one combo box per column ("what this column is"); the rows below show each row as it
will be imported (names split, values cleaned), numbered as in the spreadsheet.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem, QWidget

from checkin.io.column_mapping import FIELDS
from checkin.io.import_report import ImportPlan, RowDraft
from checkin.ui.import_words import EXTRA, field_name, translated

PREVIEW_ROWS = 100  # enough to judge a mapping; the problems list covers every row


def cell_text(draft: RowDraft, label: str, field: str | None) -> str:
    if field is None:
        return draft.extra.get(label, "")
    if field == "full_name":
        return draft.values.get("display_name") or " ".join(
            part for part in (draft.values.get("given_name"), draft.values.get("family_name")) if part)
    if field == "order_code":  # what the order comes to: the group of the people it registered together
        return draft.values.get("group", "")
    if field == "order_email":  # the address the person is reached at, the buyer's where they gave none
        return draft.values.get("email", "")
    if field == "status":
        return str(draft.values.get("status", ""))
    if field == "registered_at":
        return draft.registered_at.strftime("%Y-%m-%d %H:%M") if draft.registered_at else ""
    if field == "external_code":
        return ", ".join(draft.external_codes)
    return draft.values.get(field, "")


class ImportPreview(QTableWidget):
    mapping_changed = Signal(str, object)  # column label, field name or None (an extra field)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.combos: dict[str, QComboBox] = {}

    def set_plan(self, plan: ImportPlan) -> None:
        field_of = {label: field for field, label in plan.mapping.items()}
        rows = plan.rows[:PREVIEW_ROWS]
        self.clear()
        self.combos = {}
        self.setColumnCount(len(plan.header))
        self.setRowCount(len(rows) + 1)
        self.setHorizontalHeaderLabels(plan.header)
        self.setVerticalHeaderLabels([self.tr("Import as"), *(str(draft.row) for draft in rows)])
        for column, label in enumerate(plan.header):
            combo = self._chooser(field_of.get(label))
            combo.setObjectName(f"map:{label}")
            combo.currentIndexChanged.connect(
                lambda _=0, label=label, combo=combo: self.mapping_changed.emit(label, combo.currentData()))
            self.setCellWidget(0, column, combo)
            self.combos[label] = combo
            for row, draft in enumerate(rows, start=1):
                self.setItem(row, column, QTableWidgetItem(cell_text(draft, label, field_of.get(label))))
        self.resizeColumnsToContents()
        for column in range(self.columnCount()):
            self.setColumnWidth(column, min(max(self.columnWidth(column), 150), 320))

    @staticmethod
    def _chooser(current: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(translated(EXTRA), None)
        for field in FIELDS:
            combo.addItem(field_name(field), field)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        return combo

    def choose(self, label: str, field: str | None) -> None:
        """What a click in the column's combo box does (tests call it by column label)."""
        combo = self.combos[label]
        combo.setCurrentIndex(combo.findData(field) if field else 0)
