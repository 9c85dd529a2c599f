"""Ask for the address of a shared event on a PostgreSQL server (several desks on one event)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin.store import SERVER_SCHEMES

EXAMPLE = "postgresql://desk@server.local/geneva2026"


class ConnectServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        intro = QLabel(self.tr("Address of the shared event on the PostgreSQL server, for example %1")
                       .replace("%1", EXAMPLE))
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setMinimumWidth(460)
        # The password stays out of the recent events list, so it must live somewhere else.
        note = QLabel(self.tr("Keep the password out of the address: put it in the file ~/.pgpass "
                              "(one line: host:port:event:user:password). The desk remembers the address "
                              "without its password."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.url, note, self.problem, buttons):
            layout.addWidget(widget)

    def address(self) -> str:
        return self.url.text().strip()

    def accept(self) -> None:
        if not self.address().startswith(SERVER_SCHEMES):
            self.problem.setText(self.tr("The address must start with postgresql://"))
            self.problem.show()
            self.url.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        return dialog.address() if dialog.exec() == QDialog.DialogCode.Accepted else None
