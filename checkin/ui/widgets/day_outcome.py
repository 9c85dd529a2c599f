"""Under the outcome: what the volunteer must not miss about the person just checked in.

Their part in the programme in the highlight colour ("Speaker — 9:10 Opening address; tell the
organiser"), their needs as large icons with words (wheelchair, hearing loop, interpretation FR,
vegetarian), and their delegation ("Permanent Mission of Senegal — 3 registered, 1 arrived") with the
way to check the others in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checkin.core import groups
from checkin.core.models import Attendee
from checkin.core.needs import needs_of
from checkin.core.outcomes import CheckInResult, Outcome
from checkin.ui.context import AppContext
from checkin.ui.day_words import need_icon_name, need_pixmap, need_text, notice_text
from checkin.ui.programme_day import ProgrammeDay

ICON_SIZE = 30
_SHOWN_FOR = (Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN)


class NeedChip(QFrame):
    """One need: its icon and its words, big enough to read across the desk."""

    def __init__(self, icon_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NeedChip")
        self.setStyleSheet("#NeedChip { background: #fff4d6; border: 2px solid #e0a800; border-radius: 8px; }"
                           "#NeedChip QLabel { color: #14181d; font-size: 15pt; font-weight: 600; }")
        self.icon = QLabel()
        self.icon.setPixmap(need_pixmap(icon_name, ICON_SIZE))
        self.text = QLabel(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 12, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)


class DayOutcome(QFrame):
    group_requested = Signal(str)  # the group's name

    def __init__(self, context: AppContext, day: ProgrammeDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day = day
        self.attendee: Attendee | None = None
        self.role = QLabel()
        self.role.setObjectName("ProgrammeRole")
        self.role.setWordWrap(True)
        highlight = self.palette().color(QPalette.ColorRole.Highlight).name()
        on_highlight = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        self.role.setStyleSheet(f"#ProgrammeRole {{ background: {highlight}; color: {on_highlight}; "
                                "font-size: 17pt; font-weight: 600; padding: 8px 14px; border-radius: 8px; }")
        self.needs = QHBoxLayout()
        self.needs.setSpacing(8)
        self.group = QLabel()
        self.group.setObjectName("GroupLine")
        self.group.setStyleSheet("#GroupLine { font-size: 14pt; }")
        self.group_button = QPushButton(self.tr("Check in the group… (Ctrl+G)"))
        self.group_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.group_button.clicked.connect(lambda: self.attendee and self.group_requested.emit(self.attendee.group))
        group_row = QHBoxLayout()
        group_row.addWidget(self.group, 1)
        group_row.addWidget(self.group_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.role)
        layout.addLayout(self.needs)
        layout.addLayout(group_row)
        self.clear()

    def clear(self) -> None:
        self.attendee = None
        self.role.hide()
        self._set_needs([])
        self.group.hide()
        self.group_button.hide()
        self.hide()

    def undone(self, _result: object) -> None:
        self.clear()

    def show_result(self, result: CheckInResult) -> None:
        if result.outcome not in _SHOWN_FOR or result.attendee is None:
            self.clear()
            return
        self.show_attendee(result.attendee, result if result.outcome is Outcome.CHECKED_IN else None)

    def show_attendee(self, attendee: Attendee, result: CheckInResult | None = None) -> None:
        self.attendee = attendee
        notice = self.day.notice_for(attendee, result)
        self.role.setText(notice_text(notice, self._zone()) if notice is not None else "")
        self.role.setVisible(notice is not None)
        self._set_needs(needs_of(attendee.needs))
        self.refresh_group()
        self.setVisible(notice is not None or bool(self.chips) or bool(attendee.group))

    def _zone(self) -> str:
        return self.context.session.event.timezone if self.context.session is not None else "UTC"

    def refresh_group(self) -> None:
        session = self.context.session
        attendee = self.attendee
        if session is None or attendee is None or not attendee.group:
            self.group.hide()
            self.group_button.hide()
            return
        summary = groups.summary(session.attendees(), attendee.group, self.context.presence)
        self.group.setText(self.tr("%1 — %2 registered, %3 arrived").replace("%1", summary.name)
                           .replace("%2", str(summary.registered)).replace("%3", str(summary.arrived)))
        self.group.show()
        self.group_button.setVisible(len(summary.members) > 1)

    def _set_needs(self, needs: list) -> None:
        while self.needs.count():
            item = self.needs.takeAt(0)
            if item.widget():
                item.widget().setParent(None)
        self.chips = [NeedChip(need_icon_name(need), need_text(need)) for need in needs]
        for chip in self.chips:
            self.needs.addWidget(chip)
        if self.chips:
            self.needs.addStretch(1)
