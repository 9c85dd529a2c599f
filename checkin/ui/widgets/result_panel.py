"""The outcome of the last scan, made for a glance from a metre away: the name is the largest thing, the
organisation one line, then what to do next (the programme's day adds the role and needs below it).

Green, yellow and red carry their own text colour (readable in light and dark mode alike); the waiting
state takes the palette's colours.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from checkin.core.models import Attendee
from checkin.core.outcomes import CheckInResult, Outcome, UndoOutcome, UndoResult
from checkin.ui.models.attendee_table import local_time
from checkin.ui.widgets.elided_label import ElidedLabel

GREEN, YELLOW, RED, NEUTRAL = "green", "yellow", "red", "neutral"
# Background and text of each answer; None: the palette's (the waiting state, in light or dark mode).
_STYLES = {
    GREEN: ("#1e7b34", "#ffffff"),
    YELLOW: ("#f2c12e", "#1d1d1d"),
    RED: ("#b3261e", "#ffffff"),
    NEUTRAL: (None, None),
}
SOUND_OF = {GREEN: "ok", YELLOW: "again", RED: "refused"}
NAME_PT, NAME_MIN_PT = 28.0, 18.0


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.colour = NEUTRAL
        self.headline = QLabel()
        self.headline.setObjectName("ResultHeadline")
        self.headline.setWordWrap(True)
        # The largest thing on the desk: shrinks to fit a long name before cutting it.
        self.name = ElidedLabel(point_size=NAME_PT, min_point_size=NAME_MIN_PT, bold=True)
        self.name.setObjectName("ResultName")
        self.organisation = ElidedLabel()
        self.organisation.setObjectName("ResultOrganisation")
        self.detail = QLabel()
        self.detail.setObjectName("ResultDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 12, 22, 12)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.name)
        layout.addWidget(self.organisation)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setMinimumHeight(150)
        self.show_ready()

    # -- what the desk says --------------------------------------------------------
    def show_ready(self) -> str:
        return self._show(NEUTRAL, self.tr("Ready to scan"), detail=self.tr(
            "Scan a badge, or type a name and press Enter."))

    def show_next(self) -> str:
        """After an outcome has been read: the desk is ready for the next person."""
        return self._show(NEUTRAL, self.tr("Next, please"), detail=self.tr(
            "Scan a badge, or type a name and press Enter."))

    def show_check_in(self, result: CheckInResult) -> str:
        """Show an outcome; returns its colour (green, yellow or red)."""
        person = result.attendee
        outcome = result.outcome
        if outcome is Outcome.CHECKED_IN and person is not None:
            return self._show(GREEN, self.tr("Welcome"), person.category, person=person)
        if outcome is Outcome.ALREADY_CHECKED_IN:
            entry = result.first_entry
            when = local_time(entry.corrected_time) if entry else "?"  # a skewed desk's time, corrected
            desk = entry.desk if entry and entry.desk else self.tr("another desk")
            return self._show(YELLOW, self.tr("Already arrived at %1 (%2)").replace("%1", when).replace("%2", desk),
                              person=person, detail=self.tr("Let them through. Ctrl+Z takes their arrival back if this "
                                                     "was a mistake."))
        headline, detail = self._refusal(outcome, result.code)
        return self._show(RED, headline, detail, person=person)

    def _refusal(self, outcome: Outcome, code: str) -> tuple[str, str]:
        shown = code if len(code) <= 40 else code[:37] + "…"
        if outcome is Outcome.UNKNOWN_CODE:
            return (self.tr("Unknown code %1").replace("%1", shown),
                    self.tr("Search the person by name, or register them as a walk-in (Ctrl+N)."))
        if outcome is Outcome.OTHER_EVENT:
            return (self.tr("Badge of another event"),
                    self.tr("This code belongs to a different event. Search the person by name."))
        if outcome is Outcome.CANCELLED:
            return (self.tr("Registration cancelled"), self.tr("Ask them to see the organisers' desk."))
        if outcome is Outcome.WAITLISTED:
            return (self.tr("On the waiting list"),
                    self.tr("Ctrl+Enter admits them from the waiting list (with a reason), if the organisers "
                            "agree."))
        if outcome is Outcome.TAKEN_BACK:
            return (self.tr("Not checked in: taken back"),
                    self.tr("An undo later in the log takes back this check-in. Check them in again now."))
        if outcome is Outcome.AMBIGUOUS:
            return (self.tr("This code matches several people"),
                    self.tr("Search the person by name and check them in from the list."))
        return (self.tr("This is not a code"),
                self.tr("The scanner sent something unreadable. Scan again, or search by name."))

    def show_undo(self, result: UndoResult) -> str:
        person = result.attendee
        if result.outcome is UndoOutcome.UNDONE:
            return self._show(NEUTRAL, self.tr("Arrival taken back (check-in undone)"), person=person,
                              detail=self.tr("They count as expected again."))
        return self._show(NEUTRAL, self.tr("Nothing to undo"), person=person,
                          detail=self.tr("%1 was not checked in.").replace("%1", person.name if person else ""))

    def show_nothing_to_undo(self, reason: str) -> str:
        return self._show(NEUTRAL, self.tr("Nothing to undo"), detail=reason)

    def show_problem(self, headline: str, detail: str) -> str:
        return self._show(RED, headline, detail=detail)

    def show_message(self, headline: str, detail: str = "") -> str:
        return self._show(NEUTRAL, headline, detail=detail)

    def says(self) -> str:
        """Every line shown, in reading order."""
        parts = [self.headline.text(), self.name.full_text if self.name.isVisibleTo(self) else "",
                 self.organisation.full_text if self.organisation.isVisibleTo(self) else "", self.detail.text()]
        return " ".join(part for part in parts if part)

    # -- drawing ---------------------------------------------------------------------
    def _show(self, colour: str, headline: str, detail: str = "", person: Attendee | None = None) -> str:
        self.colour = colour
        background, foreground = _STYLES[colour]
        back = background or "palette(alternate-base)"
        fore = foreground or "palette(window-text)"
        self.setStyleSheet(
            f"#ResultPanel {{ background: {back}; border-radius: 10px; }}"
            f"#ResultPanel QLabel {{ color: {fore}; background: transparent; }}"
            "#ResultHeadline { font-size: 15pt; font-weight: 600; }"
            "#ResultOrganisation { font-size: 14pt; }"
            "#ResultDetail { font-size: 12pt; }")
        self.headline.setText(headline)
        self.name.set_full_text(person.name if person else "")
        self.name.setVisible(person is not None)
        self.organisation.set_full_text(person.organisation if person else "")
        self.organisation.setVisible(bool(person and person.organisation))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        return colour

