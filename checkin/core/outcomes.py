"""The answers of a check-in attempt: values the faces (CLI, desk) turn into words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checkin.core.models import Attendee, CheckInRecord, PresenceState


class Outcome(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    OTHER_EVENT = "other_event"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"
    AMBIGUOUS = "ambiguous"
    INVALID_INPUT = "invalid_input"
    # The door time given is before an undo that (written by an older version) takes back every
    # check-in before it: the entry would not count, so nothing was written.
    TAKEN_BACK = "taken_back"


class UndoOutcome(StrEnum):
    UNDONE = "undone"
    NOT_CHECKED_IN = "not_checked_in"
    UNKNOWN_CODE = "unknown_code"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class CheckInResult:
    outcome: Outcome
    attendee: Attendee | None = None
    # The record written by this attempt (only for CHECKED_IN).
    record: CheckInRecord | None = None
    # For ALREADY_CHECKED_IN: the entry that counts (time and desk of the first scan).
    first_entry: CheckInRecord | None = None
    # The code as read, after layout repair, for messages and logs.
    code: str = ""
    # For AMBIGUOUS: everyone the code could mean.
    candidates: tuple[Attendee, ...] = ()
    # The attendee's presence once the attempt is over (re-derived from the log with its record).
    presence: PresenceState | None = None

    @property
    def is_new_check_in(self) -> bool:
        return self.outcome is Outcome.CHECKED_IN


@dataclass(frozen=True)
class UndoResult:
    outcome: UndoOutcome
    attendee: Attendee | None = None
    # The (last) undo written; it names the entry it took back in `cancels`.
    record: CheckInRecord | None = None
    # The attendee's presence after the undo: still in when another desk's entry counts.
    presence: PresenceState | None = None
