"""A delegation at the desk: tick who is here and check them in together, or note who took their badges."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.core.groups import GroupSummary
from checkin.core.models import PresenceState, Status
from checkin.ui.models.attendee_table import local_time, status_text


@dataclass(frozen=True)
class GroupChoice:
    attendee_ids: tuple[int, ...]
    # Set: their badges were handed to this person, who is not them (nobody is checked in).
    collected_by: str = ""


class GroupCheckInDialog(QDialog):
    def __init__(self, summary: GroupSummary, presence: Mapping[int, PresenceState],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check in a group"))
        self.setMinimumWidth(560)
        title = QLabel(self.tr("%1 — %2 registered, %3 arrived").replace("%1", summary.name)
                       .replace("%2", str(summary.registered)).replace("%3", str(summary.arrived)))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        title.setWordWrap(True)
        self.members = QListWidget()
        for attendee in summary.members:
            state = presence.get(attendee.id) if attendee.id is not None else None
            inside = state is not None and state.checked_in
            text = attendee.name
            if inside:
                text += "  —  " + self.tr("Arrived at %1").replace("%1", local_time(state.checked_in_at))
            elif attendee.status is not Status.REGISTERED:
                text += "  —  " + status_text(attendee, state)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, attendee.id)
            can_choose = not inside and attendee.status is Status.REGISTERED
            choosable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(choosable if can_choose else Qt.ItemFlag.NoItemFlags)
            item.setCheckState(Qt.CheckState.Checked if can_choose else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.collected_by = QLineEdit()
        self.collected_by.setPlaceholderText(self.tr("leave empty when they are here themselves"))
        form = QFormLayout()
        form.addRow(self.tr("Badges collected by"), self.collected_by)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(self.tr("Check in the ticked people"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.collected_by.textChanged.connect(self._words)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.members)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _words(self) -> None:
        self.go.setText(self.tr("Note the badges as collected") if self.collected_by.text().strip()
                        else self.tr("Check in the ticked people"))

    def ticked(self) -> tuple[int, ...]:
        return tuple(self.members.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.members.count())
                     if self.members.item(row).checkState() is Qt.CheckState.Checked)

    def value(self) -> GroupChoice | None:
        if not self.ticked():
            self.problem.setText(self.tr("Tick at least one person."))
            return None
        return GroupChoice(self.ticked(), " ".join(self.collected_by.text().split()))

    def accept(self) -> None:
        if self.value() is not None:
            super().accept()

    @classmethod
    def ask(cls, summary: GroupSummary, presence: Mapping[int, PresenceState],
            parent: QWidget | None = None) -> GroupChoice | None:
        dialog = cls(summary, presence, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
