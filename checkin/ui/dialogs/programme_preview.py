"""Before a programme replaces the event's: how many sessions and people were read, and each row left out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from checkin.io import programme_sheet as sheet
from checkin.io.programme_sheet import ProgrammePlan, ProgrammeProblem


def problem_text(problem: ProgrammeProblem) -> str:
    words = {
        sheet.UNKNOWN_PERSON: QCoreApplication.translate(
            "ProgrammePreview", "Row %1: nobody on the list is “%2”; left out of the session"),
        sheet.AMBIGUOUS_PERSON: QCoreApplication.translate(
            "ProgrammePreview", "Row %1: “%2” fits several people; write their e-mail instead"),
        sheet.BAD_TIME: QCoreApplication.translate(
            "ProgrammePreview", "Row %1: the time “%2” cannot be read (write 9:10 or 9:10 – 9:20); session left out"),
        sheet.NO_SESSION: QCoreApplication.translate("ProgrammePreview", "Row %1: “%2” comes before any session"),
        sheet.UNKNOWN_ROLE: QCoreApplication.translate(
            "ProgrammePreview", "Row %1: unknown role “%2”; read as a speaker"),
    }
    return words[problem.code].replace("%1", str(problem.row)).replace("%2", problem.value)


class ProgrammePreview(QDialog):
    def __init__(self, plan: ProgrammePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import programme"))
        self.setMinimumWidth(620)
        summary = QLabel(self.tr("%1 sessions with %2 people read from %3. They replace the programme of the event.")
                         .replace("%1", str(len(plan.sessions))).replace("%2", str(plan.people))
                         .replace("%3", plan.path))
        summary.setWordWrap(True)
        problems = QListWidget()
        problems.addItems([problem_text(p) for p in plan.problems] or [self.tr("Every row was read.")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(problems)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, plan: ProgrammePlan, parent: QWidget | None = None) -> bool:
        return cls(plan, parent).exec() == QDialog.DialogCode.Accepted
