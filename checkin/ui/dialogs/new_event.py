"""Create an event: title, date, venue and where the event file goes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from checkin.store import EVENT_SUFFIX


@dataclass(frozen=True)
class NewEvent:
    path: Path
    title: str
    starts_on: date
    venue: str


class NewEventDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(520)
        self.title = QLineEdit()
        self.starts_on = QDateEdit(QDate.currentDate())
        self.starts_on.setCalendarPopup(True)
        self.venue = QLineEdit()
        self.path = QLineEdit(str(folder / f"event{EVENT_SUFFIX}"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.starts_on)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Event file"), where)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Event file"), self.path.text(),
                                              self.tr("Events (*%1)").replace("%1", EVENT_SUFFIX))
        if path:
            self.path.setText(path if path.endswith(EVENT_SUFFIX) else path + EVENT_SUFFIX)

    def value(self) -> NewEvent | None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("Give the event a title."))
            return None
        path = Path(self.path.text().strip()).expanduser()
        if path.exists():
            self.problem.setText(self.tr("%1 already exists; choose another file.").replace("%1", str(path)))
            return None
        return NewEvent(path, self.title.text().strip(), self.starts_on.date().toPython(), self.venue.text().strip())

    def accept(self) -> None:
        if self.value() is not None:
            super().accept()

    @classmethod
    def ask(cls, folder: Path, parent: QWidget | None = None) -> NewEvent | None:
        dialog = cls(folder, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
