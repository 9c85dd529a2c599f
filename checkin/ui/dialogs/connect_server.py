"""Ask for the address of a shared event on a PostgreSQL server (several desks on one event), and its password.

The password goes to the system keyring (Windows Credential Manager, macOS Keychain, the desktop's
secret service), never into the address the desk remembers; the desk finds it there at every start.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin.store import SERVER_SCHEMES
from checkin.store.passwords import password_for, password_in, save_password

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
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password (leave empty if the server asks for none)"))
        self.url.editingFinished.connect(self._fill_saved_password)
        note = QLabel(self.tr("The password is kept in this computer's keyring, not in the address: the desk "
                              "finds it there at every start, and keeps working on its own copy if the server "
                              "refuses it."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.url, self.password, note, self.problem, buttons):
            layout.addWidget(widget)

    def _fill_saved_password(self) -> None:
        if self.address().startswith(SERVER_SCHEMES) and not self.password.text():
            self.password.setText(password_for(self.address()) or "")

    def address(self) -> str:
        return self.url.text().strip()

    def answer(self) -> str:
        """The address to open: with the password in it (kept in memory only; the keyring has it too)."""
        address, password = self.address(), self.password.text() or password_in(self.address())
        if password:
            save_password(address, password)
            return with_password(address, password)
        return address

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
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url  # no user name: the server asks for no password
    userinfo, host = parts.netloc.rsplit("@", 1)
    netloc = f"{userinfo.split(':', 1)[0]}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
