"""The side panel: who is highlighted, their notes and badge state, and a form to fix a typo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.codes import format_for_humans
from checkin.core.models import Attendee, PresenceState
from checkin.ui.models.attendee_table import local_time, status_text

_EDITABLE = ("given_name", "family_name", "organisation", "job_title", "email", "category", "group", "needs")


class PersonPanel(QFrame):
    save_requested = Signal(object)  # the edited Attendee
    reprint_requested = Signal(object)
    namecard_requested = Signal(object)
    preview_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonPanel")
        self.setStyleSheet("#PersonPanel { background: #f6f8fa; border-radius: 10px; }"
                           "#PersonName { font-size: 16pt; font-weight: 600; }")
        self.attendee: Attendee | None = None
        self.name = QLabel(self.tr("Nobody selected"))
        self.name.setObjectName("PersonName")
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.fields: dict[str, QLineEdit] = {key: QLineEdit() for key in _EDITABLE}
        form = QFormLayout()
        labels = (self.tr("Given name"), self.tr("Family name"), self.tr("Organisation"), self.tr("Job title"),
                  self.tr("E-mail"), self.tr("Category"), self.tr("Group"), self.tr("Needs"))
        for key, label in zip(_EDITABLE, labels):
            self.fields[key].setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            form.addRow(label, self.fields[key])
        self.fields["group"].setPlaceholderText(self.tr("delegation, or people who came together"))
        self.fields["needs"].setPlaceholderText(self.tr("wheelchair; interpretation FR; vegetarian"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.reprint_button = QPushButton(self.tr("Reprint badge"))
        self.namecard_button = QPushButton(self.tr("Name card"))
        self.preview_button = QPushButton(self.tr("Preview"))
        for button in (self.save_button, self.reprint_button, self.namecard_button, self.preview_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(lambda: self.edited() and self.save_requested.emit(self.edited()))
        self.reprint_button.clicked.connect(lambda: self.attendee and self.reprint_requested.emit(self.attendee))
        self.namecard_button.clicked.connect(lambda: self.attendee and self.namecard_requested.emit(self.attendee))
        self.preview_button.clicked.connect(lambda: self.attendee and self.preview_requested.emit(self.attendee))
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.namecard_button, self.preview_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(form)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_attendee(None, None)

    def show_attendee(self, attendee: Attendee | None, presence: PresenceState | None) -> None:
        self.attendee = attendee
        for button in (self.save_button, self.reprint_button, self.namecard_button, self.preview_button):
            button.setEnabled(attendee is not None)
        if attendee is None:
            self.name.setText(self.tr("Nobody selected"))
            self.facts.setText(self.tr("Search or scan to see a person here."))
            for field in self.fields.values():
                field.clear()
            return
        self.name.setText(attendee.name)
        self.show_facts(attendee, presence)
        for key, field in self.fields.items():
            field.setText(getattr(attendee, key))
            field.setCursorPosition(0)

    def show_facts(self, attendee: Attendee, presence: PresenceState | None) -> None:
        """Status, badge, code: what another desk may change. The editable fields are left alone."""
        badge = (self.tr("Badge printed at %1").replace("%1", local_time(attendee.badge_printed_at))
                 if attendee.badge_printed_at else self.tr("Badge not printed yet"))
        lines = [status_text(attendee, presence), badge, self.tr("Code: %1").replace("%1", format_for_humans(
            attendee.code))]
        if attendee.walk_in:
            lines.append(self.tr("Walk-in"))
        if attendee.notes:
            lines.append(self.tr("Notes: %1").replace("%1", attendee.notes))
        self.facts.setText("\n".join(lines))

    def edited(self) -> Attendee | None:
        if self.attendee is None:
            return None
        values = {key: field.text().strip() for key, field in self.fields.items()}
        if not (values["given_name"] or values["family_name"]):
            return None
        return self.attendee.with_changes(**values)
