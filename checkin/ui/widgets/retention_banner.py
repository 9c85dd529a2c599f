"""A bar above the desk when the event keeps personal data past its retention date (or was purged).

It is a bar, not a pop-up: opening an event at 8:29 must never put a question between the volunteer
and the first scan. The organiser purges from the bar's button or Event ▸ Purge personal data.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from checkin.core.retention import RetentionState


class RetentionBanner(QFrame):
    purge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionBanner")
        # Its own text colour with its own background: readable whatever the palette (dark mode).
        self.setStyleSheet("#RetentionBanner { background: #fff4ce; border-bottom: 1px solid #d9b600; }"
                           "#RetentionBanner QLabel { color: #3d2f00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("Purge personal data…"))
        self.purge_button.clicked.connect(self.purge_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.purge_button)
        self.state: RetentionState | None = None
        self.hide()

    def show_state(self, state: RetentionState | None) -> None:
        self.state = state
        if state is None or not (state.purge_due or state.purged):
            self.hide()
            return
        if state.purged:
            self.text.setText(self.tr("The personal data of this event were purged; only anonymised statistics "
                                      "remain (Export… ▸ anonymised statistics)."))
        else:
            self.text.setText(self.tr("The retention date of this event (%1) has passed: its personal data "
                                      "should now be purged, keeping only anonymised statistics. Export what "
                                      "you still need first.").replace("%1", _day(state.until)))
        self.purge_button.setVisible(state.purge_due)
        self.show()

    @property
    def wanted(self) -> bool:
        return self.state is not None and (self.state.purge_due or self.state.purged)


def _day(day: date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
