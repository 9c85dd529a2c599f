"""Ask for the kiosk PIN (to set it, or to unlock the desk)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class PinDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text.strip() if ok else None
