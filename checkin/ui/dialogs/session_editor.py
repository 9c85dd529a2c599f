"""Add or change one session of the programme: its times, title, room and people with their roles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.core.models import Attendee
from checkin.core.programme import ProgrammeSession, Role, SessionPerson
from checkin.ui.day_words import role_text

ROLES = (Role.SPEAKER, Role.MODERATOR, Role.PANELLIST)


def _label(attendee: Attendee) -> str:
    return attendee.name + (f" — {attendee.organisation}" if attendee.organisation else "")


class SessionEditor(QDialog):
    def __init__(self, day: date, zone: ZoneInfo, attendees: Sequence[Attendee], session: ProgrammeSession | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session") if session is None else session.title)
        self.setMinimumWidth(640)
        self.day, self.zone, self.original = day, zone, session
        self.by_id = {a.id: a for a in attendees if a.id is not None}
        self.by_label = {_label(a): a for a in attendees if a.id is not None}
        self.starts = QTimeEdit()
        self.ends = QTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.has_end = QCheckBox(self.tr("ends at"))
        self.title = QLineEdit()
        self.room = QLineEdit()
        self.people = QTableWidget(0, 3)
        self.people.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role"), self.tr("In person")])
        self.people.horizontalHeader().setStretchLastSection(False)
        self.people.setColumnWidth(0, 360)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Type a name to add a person"))
        completer = QCompleter(sorted(self.by_label))
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.find.setCompleter(completer)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_found)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.people.removeRow(self.people.currentRow()))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(self.has_end)
        times.addWidget(self.ends)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Starts at"), times)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Room"), self.room)
        finder = QHBoxLayout()
        finder.addWidget(self.find, 1)
        finder.addWidget(add)
        finder.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people)
        layout.addLayout(finder)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill(session)

    def _fill(self, session: ProgrammeSession | None) -> None:
        if session is None:
            self.starts.setTime(QTime(9, 0))
            self.ends.setTime(QTime(10, 0))
            self.has_end.setChecked(True)
            return
        start = session.starts_at.astimezone(self.zone)
        self.starts.setTime(QTime(start.hour, start.minute))
        self.has_end.setChecked(session.ends_at is not None)
        if session.ends_at is not None:
            end = session.ends_at.astimezone(self.zone)
            self.ends.setTime(QTime(end.hour, end.minute))
        self.title.setText(session.title)
        self.room.setText(session.room)
        for person in session.people:
            attendee = self.by_id.get(person.attendee_id)
            if attendee is not None:
                self.add_person(attendee, person.role, person.in_person)

    def add_person(self, attendee: Attendee, role: Role = Role.SPEAKER, in_person: bool = True) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        name = QLabel(_label(attendee))
        name.setProperty("attendee_id", attendee.id)
        roles = QComboBox()
        for value in ROLES:
            roles.addItem(role_text(value), value.value)
        roles.setCurrentIndex(ROLES.index(role))
        here = QCheckBox()
        here.setChecked(in_person)
        self.people.setCellWidget(row, 0, name)
        self.people.setCellWidget(row, 1, roles)
        self.people.setCellWidget(row, 2, here)

    def _add_found(self) -> None:
        attendee = self.by_label.get(self.find.text().strip())
        if attendee is None:
            self.problem.setText(self.tr("Choose a person from the list as you type."))
            return
        self.add_person(attendee)
        self.find.clear()
        self.problem.clear()

    def value(self) -> ProgrammeSession | None:
        title = " ".join(self.title.text().split())
        if not title:
            self.problem.setText(self.tr("Give the session a title."))
            return None

        def moment(edit: QTimeEdit) -> datetime:
            return datetime(self.day.year, self.day.month, self.day.day, edit.time().hour(), edit.time().minute(),
                            tzinfo=self.zone)

        starts = moment(self.starts)
        ends = moment(self.ends) if self.has_end.isChecked() else None
        if ends is not None and ends <= starts:
            self.problem.setText(self.tr("The session must end after it starts."))
            return None
        people = []
        for row in range(self.people.rowCount()):
            attendee_id = self.people.cellWidget(row, 0).property("attendee_id")
            role = Role(self.people.cellWidget(row, 1).currentData())
            people.append(SessionPerson(int(attendee_id), role, self.people.cellWidget(row, 2).isChecked()))
        session_id = self.original.id if self.original is not None else None
        return ProgrammeSession(session_id, starts, title, ends, " ".join(self.room.text().split()), tuple(people))

    def accept(self) -> None:
        if self.value() is not None:
            super().accept()

    @classmethod
    def ask(cls, day: date, zone: ZoneInfo, attendees: Sequence[Attendee], session: ProgrammeSession | None,
            parent: QWidget | None = None) -> ProgrammeSession | None:
        dialog = cls(day, zone, attendees, session, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
