""""53 of 304 arrived · 251 expected": the desk's one-line count, always in view at the check-in."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from checkin.core.stats import compute_stats
from checkin.ui.context import AppContext

# Counted from the desk's own memory (no query), a moment after the outcome is painted.
DELAY_MS = 150


class ArrivalsLine(QLabel):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("ArrivalsLine")
        self.setStyleSheet("#ArrivalsLine { font-size: 13pt; font-weight: 600; color: palette(window-text); }")
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        context.signals.changed.connect(self._timer.start)
        context.signals.opened.connect(self.refresh)

    def refresh(self) -> None:
        session = self.context.session
        if session is None:
            self.clear()
            return
        stats = compute_stats(session.attendees(), self.context.presence)
        expected = max(stats.registered - stats.checked_in, 0)
        number = QLocale().toString
        self.setText(self.tr("%1 of %2 arrived · %3 expected").replace("%1", number(stats.checked_in))
                     .replace("%2", number(stats.registered)).replace("%3", number(expected)))
