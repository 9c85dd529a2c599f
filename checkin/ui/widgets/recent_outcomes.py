"""The last few outcomes at this desk, refusals included, newest first, with their times.

A volunteer who looked away sees what the desk said to the last people; an organiser sees refusals pile up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

SHOWN = 5
_DOT = {"green": "#1e7b34", "yellow": "#d9a400", "red": "#b3261e", "neutral": "#7f8c8d"}


@dataclass(frozen=True)
class OutcomeRow:
    colour: str
    text: str
    code: str
    at: datetime


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(_DOT.get(colour, _DOT["neutral"])))
    return QIcon(pixmap)


class RecentOutcomes(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes: list[OutcomeRow] = []
        self.setObjectName("RecentOutcomes")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        row = self.fontMetrics().height() + 8
        # Five rows when there is room; three on a small screen with every other pane shown.
        self.setMinimumHeight(3 * row + 6)
        self.setMaximumHeight(SHOWN * row + 6)

    def add(self, colour: str, text: str, code: str, at: datetime) -> None:
        self.outcomes.insert(0, OutcomeRow(colour, text, code, at))
        del self.outcomes[SHOWN:]
        self.clear()
        for row in self.outcomes:
            item = QListWidgetItem(_dot(row.colour), f"{row.at.astimezone():%H:%M}  {row.text}")
            item.setToolTip(row.text)
            self.addItem(item)
