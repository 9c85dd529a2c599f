"""A line under the outcome for printer trouble: it never replaces the outcome (a walk-in's green stays)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class PrintStatus(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrintStatus")
        self.setWordWrap(True)
        self.setStyleSheet("#PrintStatus { background: #fde7e5; color: #7a1610; border: 1px solid #b3261e; "
                           "border-radius: 6px; padding: 6px 10px; font-size: 12pt; }")
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
