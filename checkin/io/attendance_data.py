"""One consistent read of an event for the attendance exports, and the rows of their sheets.

The log is read before the attendees: attendees are never deleted, so every record read
belongs to someone in the list even when another desk checks people in meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from checkin.core.attendance import AttendanceFigures, attendance_figures, event_zone
from checkin.core.folding import fold
from checkin.core.models import (
    DEFAULT_CHECKPOINT,
    Attendee,
    CheckInRecord,
    Event,
    PresenceState,
    RecordKind,
    Status,
    derive_presence,
)

if TYPE_CHECKING:
    from checkin.store.base import EventStore

YES, NO = "yes", "no"
ATTENDANCE_HEADER = (
    "Family name", "Given name", "Title", "Organisation", "Job title", "E-mail", "Category", "Language",
    "Status", "Walk-in", "Checked in", "First check-in", "Desk", "Checkpoint", "Badge printed",
)
LOG_HEADER = ("Time", "Kind", "Family name", "Given name", "Organisation", "Category", "Desk", "Checkpoint",
              "Record UUID")
NO_SHOW_HEADER = ("Family name", "Given name", "Organisation", "Job title", "E-mail", "Category", "Language")
# Header cells of the attendance sheet that hold times (so writers can format them).
TIME_COLUMNS = frozenset({"First check-in", "Badge printed", "Time"})


@dataclass
class AttendanceData:
    event: Event
    zone: tzinfo
    checkpoint: str
    attendees: list[Attendee]  # alphabetical by family name, then given name
    presence: dict[int, PresenceState]
    records: list[CheckInRecord]  # every record at every checkpoint, undos included
    extra_keys: list[str]
    figures: AttendanceFigures

    @property
    def by_id(self) -> dict[int, Attendee]:
        return {a.id: a for a in self.attendees if a.id is not None}

    def local(self, moment: datetime | None) -> datetime | None:
        """A naive wall-clock time of the event: spreadsheets have no time zones."""
        return moment.astimezone(self.zone).replace(tzinfo=None) if moment else None

    def state(self, attendee: Attendee) -> PresenceState | None:
        return self.presence.get(attendee.id) if attendee.id is not None else None

    def first_entries(self) -> list[datetime]:
        return [s.checked_in_at for s in self.presence.values() if s.checked_in and s.checked_in_at]


def sort_key(attendee: Attendee) -> tuple[str, str, str]:
    family = attendee.family_name or attendee.display_name or attendee.given_name
    return fold(family), fold(attendee.given_name), fold(attendee.organisation)


def _presence(records: list[CheckInRecord]) -> PresenceState:
    # Most people have exactly one entry: no replay needed for them.
    if len(records) == 1 and records[0].kind is RecordKind.ENTRY:
        return PresenceState(checked_in=True, first_entry=records[0], entries=1)
    return derive_presence(records)


def collect_attendance(store: EventStore, checkpoint: str = DEFAULT_CHECKPOINT) -> AttendanceData:
    records = store.records()
    attendees = sorted(store.attendees(), key=sort_key)
    event = store.event()
    by_attendee: dict[int, list[CheckInRecord]] = {}
    for record in records:
        if record.checkpoint == checkpoint:
            by_attendee.setdefault(record.attendee_id, []).append(record)
    presence = {attendee_id: _presence(rs) for attendee_id, rs in by_attendee.items()}
    extra_keys: dict[str, None] = {}
    for attendee in attendees:
        for key in attendee.extra:
            extra_keys.setdefault(key, None)
    return AttendanceData(
        event=event, zone=event_zone(event.timezone), checkpoint=checkpoint, attendees=attendees,
        presence=presence, records=records, extra_keys=list(extra_keys),
        figures=attendance_figures(attendees, presence, event.timezone),
    )


def attendance_header(data: AttendanceData) -> list[str]:
    return [*ATTENDANCE_HEADER, *data.extra_keys]


def attendance_rows(data: AttendanceData) -> Iterator[list[Any]]:
    """One row per attendee, every status; times as naive local datetimes, None when empty."""
    checkpoint = data.checkpoint
    extra_keys = data.extra_keys
    for attendee in data.attendees:
        state = data.state(attendee)
        first = state.first_entry if state and state.checked_in else None
        yield [
            attendee.family_name or attendee.display_name, attendee.given_name, attendee.honorific,
            attendee.organisation, attendee.job_title, attendee.email, attendee.category, attendee.language,
            attendee.status.value, YES if attendee.walk_in else NO, YES if first else NO,
            data.local(first.corrected_time) if first else None, first.desk if first else "",
            checkpoint if first else "", data.local(attendee.badge_printed_at),
            *(str(attendee.extra.get(key, "")) for key in extra_keys),
        ]


def log_rows(data: AttendanceData) -> Iterator[list[Any]]:
    by_id = data.by_id
    unknown = Attendee(id=None, code="")
    for record in data.records:
        attendee = by_id.get(record.attendee_id, unknown)
        yield [data.local(record.corrected_time), record.kind.value, attendee.family_name or attendee.display_name,
               attendee.given_name, attendee.organisation, attendee.category, record.desk, record.checkpoint,
               record.uuid]


def no_show_rows(data: AttendanceData) -> Iterator[list[Any]]:
    for attendee in data.attendees:
        state = data.state(attendee)
        if attendee.status is Status.REGISTERED and not (state and state.checked_in):
            yield [attendee.family_name or attendee.display_name, attendee.given_name, attendee.organisation,
                   attendee.job_title, attendee.email, attendee.category, attendee.language]
