"""The categories an import found, with how many people each has, and what each is imported as.

A category the event does not have is imported as a new one unless the organiser merges it into another
("Délégué" is "Participant"): each row's list says which. A merged category stays listed, so the choice
can be taken back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

CATEGORY, PEOPLE, IMPORT_AS = range(3)


class CategoryMerges(QTableWidget):
    merges_changed = Signal(object)  # {category found in the file: the category to import it as}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Category in the file"), self.tr("People"), self.tr("Import as")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PEOPLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IMPORT_AS, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        self._merges: dict[str, str] = {}

    def set_categories(self, found: Mapping[str, int], new: Sequence[str], known: Sequence[str],
                       merges: Mapping[str, str]) -> None:
        """`found`: category → people as the file has them once merged; `new`: those the event lacks;
        `merges`: the organiser's choices so far (their counts are in `found` under the category merged from)."""
        self._merges = dict(merges)
        rows = [*found, *(name for name in merges if name not in found)]
        self.blockSignals(True)
        self.setRowCount(len(rows))
        self.combos = {}
        for row, name in enumerate(rows):
            self.setItem(row, CATEGORY, QTableWidgetItem(name))
            self.setItem(row, PEOPLE, QTableWidgetItem(str(found.get(name, 0))))
            combo = QComboBox()
            if name in new or name in merges:
                combo.addItem(self.tr("a new category"), None)
                for target in [*known, *(other for other in new if other != name)]:
                    combo.addItem(target, target)
                combo.setCurrentIndex(max(combo.findData(merges[name]), 0) if name in merges else 0)
                combo.currentIndexChanged.connect(lambda _=0, name=name, combo=combo: self._chosen(name, combo))
            else:
                combo.addItem(name, name)
                combo.setEnabled(False)  # already one of the event's categories
            combo.setObjectName(f"category:{name}")
            self.setCellWidget(row, IMPORT_AS, combo)
            self.combos[name] = combo
        self.blockSignals(False)

    def _chosen(self, name: str, combo: QComboBox) -> None:
        target = combo.currentData()
        merges = {key: value for key, value in self._merges.items() if key != name}
        if target:
            merges[name] = target
        self._merges = merges
        self.merges_changed.emit(dict(merges))

    def choose(self, name: str, target: str | None) -> None:
        """What picking in the category's list does (tests call it by name)."""
        combo = self.combos[name]
        combo.setCurrentIndex(combo.findData(target) if target else 0)

    def lines(self) -> list[str]:
        """What the table shows, one line a category ("Délégué | 2 | Participant"), for tests."""
        return [" | ".join((self.item(row, CATEGORY).text(), self.item(row, PEOPLE).text(),
                            self.cellWidget(row, IMPORT_AS).currentText())) for row in range(self.rowCount())]
