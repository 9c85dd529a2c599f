"""F1: every shortcut on a translucent sheet over the window; any key or click closes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from checkin.ui.safety import never_raises
from checkin.ui.shortcuts import ACTIONS


class HelpOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HelpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#HelpOverlay { background: rgba(20, 24, 29, 248); }"
                           "#HelpOverlay QLabel { color: white; font-size: 13pt; }")
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        grid = QGridLayout()
        grid.setHorizontalSpacing(30)
        keyed = [spec for spec in ACTIONS if spec.shortcut]
        half = (len(keyed) + 1) // 2
        for i, spec in enumerate(keyed):
            keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            key_label = QLabel(keys)
            key_label.setStyleSheet("font-weight: 600;")
            column = 0 if i < half else 2
            grid.addWidget(key_label, i % half, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(QCoreApplication.translate("Actions", spec.text)), i % half, column + 1)
        grid.addWidget(QLabel(self.tr("Enter: check in the highlighted person · ↑↓: move · Esc: clear")),
                       half, 0, 1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus()

    @never_raises(False)
    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.hide()
            return True
        return super().event(event)
