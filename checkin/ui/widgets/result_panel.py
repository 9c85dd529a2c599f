"""The outcome of the last scan or check-in, in large type, coloured, with what to do next."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from checkin.core.outcomes import CheckInResult, Outcome, UndoOutcome, UndoResult
from checkin.ui.models.attendee_table import local_time

GREEN, YELLOW, RED, NEUTRAL = "green", "yellow", "red", "neutral"
_STYLES = {
    GREEN: ("#1e7b34", "#ffffff"),
    YELLOW: ("#f2c12e", "#1d1d1d"),
    RED: ("#b3261e", "#ffffff"),
    NEUTRAL: ("#eef1f4", "#39424e"),
}
SOUND_OF = {GREEN: "ok", YELLOW: "again", RED: "refused"}


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.colour = NEUTRAL
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setObjectName("ResultHeadline")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("ResultDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.setMinimumHeight(120)
        self.show_ready()

    # -- what the desk says --------------------------------------------------------
    def show_ready(self) -> None:
        self._show(NEUTRAL, self.tr("Ready to scan"),
                   self.tr("Scan a badge, or type a name and press Enter."))

    def show_check_in(self, result: CheckInResult) -> str:
        """Show an outcome; returns its colour (green, yellow or red)."""
        person = result.attendee
        name = person.name if person else ""
        outcome = result.outcome
        if outcome is Outcome.CHECKED_IN and person is not None:
            headline = self.tr("Welcome, %1").replace("%1", name)
            if person.organisation:
                headline += f" — {person.organisation}"
            return self._show(GREEN, headline, person.category)
        if outcome is Outcome.ALREADY_CHECKED_IN:
            entry = result.first_entry
            when = local_time(entry.door_time) if entry else "?"
            desk = entry.desk if entry and entry.desk else self.tr("another desk")
            return self._show(YELLOW, self.tr("%1 is already checked in").replace("%1", name),
                              self.tr("Checked in at %1 at %2. Let them through; press Ctrl+Z only if this "
                                      "was a mistake.").replace("%1", when).replace("%2", desk))
        return self._show(RED, *self._refusal(outcome, name, result.code))

    def _refusal(self, outcome: Outcome, name: str, code: str) -> tuple[str, str]:
        shown = code if len(code) <= 40 else code[:37] + "…"
        if outcome is Outcome.UNKNOWN_CODE:
            return (self.tr("Unknown code %1").replace("%1", shown),
                    self.tr("Search the person by name, or register them as a walk-in (Ctrl+N)."))
        if outcome is Outcome.OTHER_EVENT:
            return (self.tr("Badge of another event"),
                    self.tr("This code belongs to a different event. Search the person by name."))
        if outcome is Outcome.CANCELLED:
            return (self.tr("%1: registration cancelled").replace("%1", name),
                    self.tr("Ask them to see the organisers' desk."))
        if outcome is Outcome.WAITLISTED:
            return (self.tr("%1 is on the waiting list").replace("%1", name),
                    self.tr("Check with the organisers whether a place is free."))
        if outcome is Outcome.TAKEN_BACK:
            return (self.tr("%1: not checked in").replace("%1", name),
                    self.tr("An undo later in the log takes back this check-in. Check them in again now."))
        if outcome is Outcome.AMBIGUOUS:
            return (self.tr("This code matches several people"),
                    self.tr("Search the person by name and check them in from the list."))
        return (self.tr("This is not a code"),
                self.tr("The scanner sent something unreadable. Scan again, or search by name."))

    def show_undo(self, result: UndoResult) -> str:
        name = result.attendee.name if result.attendee else ""
        if result.outcome is UndoOutcome.UNDONE:
            return self._show(NEUTRAL, self.tr("Check-in of %1 undone").replace("%1", name),
                              self.tr("They count as expected again."))
        return self._show(NEUTRAL, self.tr("Nothing to undo"), self.tr("%1 was not checked in.").replace("%1", name))

    def show_problem(self, headline: str, detail: str) -> str:
        return self._show(RED, headline, detail)

    def show_message(self, headline: str, detail: str = "") -> str:
        return self._show(NEUTRAL, headline, detail)

    def _show(self, colour: str, headline: str, detail: str) -> str:
        self.colour = colour
        background, foreground = _STYLES[colour]
        self.setStyleSheet(
            f"#ResultPanel {{ background: {background}; border-radius: 10px; }}"
            f"#ResultPanel QLabel {{ color: {foreground}; background: transparent; }}"
            "#ResultHeadline { font-size: 22pt; font-weight: 600; }"
            "#ResultDetail { font-size: 13pt; }")
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        return colour
