"""Walk-ins: a short form that registers, checks in and prints in one go.

Before a new registration is made, the person is looked for among those already registered (the same
e-mail, or the same name and organisation): the desk offers to check that registration in instead.
Escape on a half-filled form asks before throwing it away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from checkin.core.models import Attendee
from checkin.core.walk_ins import WalkInDetails
from checkin.ui.operations import WalkIn

# Who is already registered under a walk-in's details (the desk passes the event's lookup).
Lookup = Callable[[WalkInDetails], list[Attendee]]


class WalkInDialog(QDialog):
    def __init__(self, categories: Sequence[str], parent: QWidget | None = None,
                 registered: Lookup | None = None) -> None:
        super().__init__(parent)
        self.registered = registered
        self.existing: Attendee | None = None  # chosen instead of a new registration
        self.setWindowTitle(self.tr("Walk-in registration"))
        self.setMinimumWidth(460)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organisation = QLineEdit()
        self.job_title = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        self.needs = QLineEdit()
        self.needs.setPlaceholderText(self.tr("wheelchair; interpretation FR; vegetarian (optional)"))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(list(categories) or ["Participant"])
        participant = self.category.findText("Participant")
        self.category.setCurrentIndex(max(participant, 0))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("Given name"), self.given)
        form.addRow(self.tr("Family name"), self.family)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Job title"), self.job_title)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Needs"), self.needs)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        register = buttons.addButton(self.tr("Register, check in and print"), QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter in any field registers: Cancel must never be the default button (it would ask to discard).
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        register.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> WalkIn | None:
        given, family = self.given.text().strip(), self.family.text().strip()
        email = self.email.text().strip()
        if not (given or family):
            self.problem.setText(self.tr("Type at least a given or a family name."))
            return None
        if email and ("@" not in email or " " in email):
            self.problem.setText(self.tr("“%1” is not an e-mail address; leave it empty if unknown.").replace(
                "%1", email))
            return None
        return WalkIn(given_name=given, family_name=family, organisation=self.organisation.text().strip(),
                      job_title=self.job_title.text().strip(), email=email,
                      category=self.category.currentText().strip() or "Participant",
                      needs=" ".join(self.needs.text().split()))

    def accept(self) -> None:
        value = self.value()
        if value is None:
            return
        found = self.registered(WalkInDetails(value.given_name, value.family_name, value.organisation,
                                              value.email)) if self.registered else []
        if found:
            choice = self._offer(found[0])
            if choice is None:
                return  # back to the form
            self.existing = choice or None
        super().accept()

    def _offer(self, person: Attendee) -> Attendee | bool | None:
        """The registration found: that person (check them in), False (register anyway) or None (back)."""
        who = f"{person.name} ({person.organisation})" if person.organisation else person.name
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already registered"),
                          self.tr("This person is already registered: %1. Check them in instead?").replace(
                              "%1", who), parent=self)
        check_in = box.addButton(self.tr("Check in %1").replace("%1", person.name), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Register a new person anyway"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(check_in)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is check_in:
            return person
        return False if box.clickedButton() is anyway else None

    def reject(self) -> None:
        filled = any(field.text().strip() for field in (self.given, self.family, self.organisation,
                                                         self.job_title, self.email))
        if filled:
            answer = QMessageBox.question(
                self, self.tr("Walk-in registration"), self.tr("Discard this walk-in? What you typed is lost."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    @classmethod
    def ask(cls, categories: Sequence[str], parent: QWidget | None = None,
            registered: Lookup | None = None) -> WalkIn | Attendee | None:
        """A new walk-in, a registered person to check in instead, or None."""
        dialog = cls(categories, parent, registered)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.existing or dialog.value()
