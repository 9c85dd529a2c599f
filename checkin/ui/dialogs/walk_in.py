"""Walk-ins: a short form that registers, checks in and prints in one go."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from checkin.ui.operations import WalkIn


class WalkInDialog(QDialog):
    def __init__(self, categories: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        buttons.addButton(self.tr("Register, check in and print"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        if self.value() is not None:
            super().accept()

    @classmethod
    def ask(cls, categories: Sequence[str], parent: QWidget | None = None) -> WalkIn | None:
        dialog = cls(categories, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
