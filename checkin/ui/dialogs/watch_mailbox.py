"""Ask which IMAP mailbox to watch while the desk is open, its password, and how often to look.

The address is remembered in the event (without a password: it cannot hold one); the password is kept
by the desk only while the event is open, never written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.io import imap_address
from checkin.io.imap_address import AddressError, MailboxAddress, parse_mailbox_address

EXAMPLE = "imaps://registration@conference.example/INBOX"
_ADDRESS_WORDS = {
    imap_address.NOT_IMAP: QT_TRANSLATE_NOOP("WatchMailbox", "Write the mailbox as imaps://USER@SERVER/FOLDER"),
    imap_address.NO_USER: QT_TRANSLATE_NOOP("WatchMailbox", "Name the mailbox's user, as in imaps://USER@SERVER/FOLDER"),
    imap_address.NO_HOST: QT_TRANSLATE_NOOP("WatchMailbox", "Name the mail server, as in imaps://USER@SERVER/FOLDER"),
    imap_address.BAD_PORT: QT_TRANSLATE_NOOP("WatchMailbox", "The port after the server's name must be a number "
                                                             "(993 for imaps)"),
    imap_address.PASSWORD_IN_ADDRESS: QT_TRANSLATE_NOOP("WatchMailbox", "Put the password in its own box, not in "
                                                                        "the address"),
}


@dataclass(frozen=True)
class WatchChoice:
    address: MailboxAddress
    password: str
    interval_s: int
    cafile: Path | None


class WatchMailboxDialog(QDialog):
    def __init__(self, remembered: dict[str, object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Watch the registration mailbox"))
        intro = QLabel(self.tr("While this event is open, the desk takes the new e-mails of this mailbox every few "
                               "minutes (without marking them read) and tells you when there are some to review."))
        intro.setWordWrap(True)
        self.address = QLineEdit(str(remembered.get("address") or ""))
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setMinimumWidth(460)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(1, round(float(remembered.get("interval") or 120) / 60)))  # type: ignore[arg-type]
        self.cafile = QLineEdit(str(remembered.get("cafile") or ""))
        self.cafile.setPlaceholderText(self.tr("Only for a server with a certificate of its own organisation"))
        form = QFormLayout()
        form.addRow(self.tr("&Mailbox:"), self.address)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Every:"), self.minutes)
        form.addRow(self.tr("&Certificate authority (PEM file):"), self.cafile)
        note = QLabel(self.tr("The password is kept only while the event is open; it is never saved."))
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (note, self.problem, buttons):
            layout.addWidget(widget)
        (self.password if self.address.text() else self.address).setFocus()

    def choice(self) -> WatchChoice | str:
        """The choice, or the words saying what to fix."""
        try:
            address = parse_mailbox_address(self.address.text())
        except AddressError as error:
            return QCoreApplication.translate("WatchMailbox", _ADDRESS_WORDS.get(error.code, error.code))
        if not self.password.text():
            return self.tr("Give the mailbox's password.")
        cafile = Path(self.cafile.text().strip()) if self.cafile.text().strip() else None
        if cafile is not None and not cafile.is_file():
            return self.tr("No such file: %1").replace("%1", str(cafile))
        return WatchChoice(address, self.password.text(), self.minutes.value() * 60, cafile)

    def accept(self) -> None:
        choice = self.choice()
        if isinstance(choice, str):
            self.problem.setText(choice)
            self.problem.show()
            return
        super().accept()

    @classmethod
    def ask(cls, remembered: dict[str, object], parent: QWidget | None = None) -> WatchChoice | None:
        dialog = cls(remembered, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        return choice if isinstance(choice, WatchChoice) else None
