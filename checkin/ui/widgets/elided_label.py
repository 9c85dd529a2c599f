"""A one-line label that fits its room: it may shrink its font down to a floor, then ends in "…".

The name in the outcome shrinks before it is cut (a long name stays whole on a small laptop); a long
organisation is cut at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from checkin.ui.safety import never_raises


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, point_size: float = 0.0, min_point_size: float = 0.0,
                 bold: bool = False) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.point_size = point_size  # 0: the font the style gives
        self.min_point_size = min_point_size or point_size
        self.bold = bold
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # The layout gives it the width there is; it never asks for more than that.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)
        if point_size:
            self._set_size(point_size)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._fit()

    def _set_size(self, size: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(size)
        font.setBold(self.bold)
        if font != self.font():
            self.setFont(font)

    def _fit(self) -> None:
        room = max(self.width(), 40)
        if self.point_size:
            font = QFont(self.font())
            font.setPointSizeF(self.point_size)
            needed = QFontMetricsF(font).horizontalAdvance(self.full_text)
            size = self.point_size if needed <= room else max(self.min_point_size, self.point_size * room / needed)
            self._set_size(size)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            super().setText(shown)

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @never_raises()
    def changeEvent(self, event: QEvent) -> None:  # a new font (a style sheet) elides anew
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.full_text and not self.point_size:
            self._fit()
