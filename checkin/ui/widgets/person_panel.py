"""The side panel: who is highlighted, their notes and badge state, and a form to fix a typo.

On a locked desk or in privacy mode it shows the name, organisation, status and needs only: no e-mail, no
code, nothing to edit or print. An edit that is not saved yet is told apart, so that the next person never
throws it away silently.
"""

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
from checkin.core.models import Attendee, PresenceState, Status
from checkin.ui.models.attendee_table import local_time, status_text

_EDITABLE = ("given_name", "family_name", "organisation", "job_title", "email", "category", "group", "needs")
_PRIVATE = ("email",)  # hidden on a locked desk and in privacy mode


class PersonPanel(QFrame):
    save_requested = Signal(object)  # the edited Attendee
    reprint_requested = Signal(object)
    namecard_requested = Signal(object)
    preview_requested = Signal(object)
    remove_requested = Signal(object)  # a walk-in registered by mistake

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonPanel")
        # Palette roles, not colours: readable in dark mode as in light.
        self.setStyleSheet("#PersonPanel { background: palette(alternate-base); border-radius: 10px; }"
                           "#PersonPanel QLabel { color: palette(window-text); }"
                           "#PersonName { font-size: 16pt; font-weight: 600; }")
        self.attendee: Attendee | None = None
        self.private = False
        self.name = QLabel(self.tr("Nobody selected"))
        self.name.setObjectName("PersonName")
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.fields: dict[str, QLineEdit] = {key: QLineEdit() for key in _EDITABLE}
        self.form = QFormLayout()
        labels = (self.tr("Given name"), self.tr("Family name"), self.tr("Organisation"), self.tr("Job title"),
                  self.tr("E-mail"), self.tr("Category"), self.tr("Group"), self.tr("Needs"))
        self.labels: dict[str, QLabel] = {}
        for key, label in zip(_EDITABLE, labels):
            self.labels[key] = QLabel(label)
            self.form.addRow(self.labels[key], self.fields[key])
        self.fields["group"].setPlaceholderText(self.tr("delegation, or people who came together"))
        self.fields["needs"].setPlaceholderText(self.tr("wheelchair; interpretation FR; vegetarian"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.reprint_button = QPushButton(self.tr("Reprint badge"))
        self.namecard_button = QPushButton(self.tr("Name card"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.remove_button = QPushButton(self.tr("Remove this walk-in…"))
        self.remove_button.setToolTip(self.tr("Registered by mistake: cancel it and take its check-in back "
                                              "(nothing is deleted)."))
        for button in (self.save_button, self.reprint_button, self.namecard_button, self.preview_button,
                       self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self._save)
        self.reprint_button.clicked.connect(lambda: self.attendee and self.reprint_requested.emit(self.attendee))
        self.namecard_button.clicked.connect(lambda: self.attendee and self.namecard_requested.emit(self.attendee))
        self.preview_button.clicked.connect(lambda: self.attendee and self.preview_requested.emit(self.attendee))
        self.remove_button.clicked.connect(lambda: self.attendee and self.remove_requested.emit(self.attendee))
        for field in self.fields.values():
            field.returnPressed.connect(self._save)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.namecard_button, self.preview_button):
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_attendee(None, None)

    def set_private(self, private: bool) -> None:
        """Locked or privacy mode: nothing personal beyond the name, nothing to edit or print."""
        self.private = private
        self.show_attendee(self.attendee, self._presence)

    def show_attendee(self, attendee: Attendee | None, presence: PresenceState | None) -> None:
        self.attendee = attendee
        self._presence = presence
        editable = attendee is not None and not self.private
        for button in (self.save_button, self.reprint_button, self.namecard_button, self.preview_button):
            button.setEnabled(editable)
        self.remove_button.setVisible(editable and attendee is not None and attendee.walk_in
                                      and attendee.status is not Status.CANCELLED)
        for key, field in self.fields.items():
            field.setReadOnly(not editable)
            hidden = self.private and key in _PRIVATE
            field.setVisible(not hidden)
            self.labels[key].setVisible(not hidden)
        if attendee is None:
            self.name.setText(self.tr("Nobody selected"))
            self.facts.setText(self.tr("Search or scan to see a person here."))
            for field in self.fields.values():
                field.clear()
            return
        self.name.setText(attendee.name)
        self.show_facts(attendee, presence)
        for key, field in self.fields.items():
            field.setText("" if self.private and key in _PRIVATE else getattr(attendee, key))
            field.setCursorPosition(0)

    def show_facts(self, attendee: Attendee, presence: PresenceState | None) -> None:
        """Status, badge, code: what another desk may change. The editable fields are left alone."""
        self._presence = presence
        badge = (self.tr("Badge printed at %1").replace("%1", local_time(attendee.badge_printed_at))
                 if attendee.badge_printed_at else self.tr("Badge not printed yet"))
        lines = [status_text(attendee, presence), badge]
        if not self.private:
            lines.append(self.tr("Code: %1").replace("%1", format_for_humans(attendee.code)))
        if attendee.walk_in:
            lines.append(self.tr("Walk-in"))
        if attendee.notes and not self.private:
            lines.append(self.tr("Notes: %1").replace("%1", attendee.notes))
        self.facts.setText("\n".join(lines))

    def edited(self) -> Attendee | None:
        if self.attendee is None or self.private:
            return None
        values = {key: field.text().strip() for key, field in self.fields.items()}
        if not (values["given_name"] or values["family_name"]):
            return None
        return self.attendee.with_changes(**values)

    def has_unsaved_changes(self) -> bool:
        if self.attendee is None or self.private:
            return False
        return any(field.text().strip() != getattr(self.attendee, key).strip() for key, field in self.fields.items())

    def _save(self) -> None:
        edited = self.edited()
        if edited is not None:
            self.save_requested.emit(edited)
