"""Value objects of an event: the event itself, its attendees and the check-in log."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

DEFAULT_CHECKPOINT = "Entrance"


class Status(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class RecordKind(StrEnum):
    ENTRY = "entry"
    UNDO = "undo"


@dataclass(frozen=True)
class Event:
    title: str
    starts_on: date
    ends_on: date | None = None
    venue: str = ""
    languages: tuple[str, ...] = ("en",)
    capacity: int | None = None
    registration_deadline: date | None = None
    timezone: str = "UTC"
    # Random tag that every code of this event starts with, so a badge of
    # another event is recognised as such instead of being "unknown".
    code_prefix: str = ""
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)

    def with_changes(self, **changes: Any) -> Event:
        return replace(self, **changes)


@dataclass(frozen=True)
class Attendee:
    id: int | None
    code: str
    given_name: str = ""
    family_name: str = ""
    honorific: str = ""
    display_name: str = ""
    job_title: str = ""
    organisation: str = ""
    email: str = ""
    category: str = "Participant"
    language: str = ""
    registered_at: datetime | None = None
    status: Status = Status.REGISTERED
    notes: str = ""
    external_codes: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)
    badge_printed_at: datetime | None = None
    # Registered at the desk on the day rather than in the spreadsheet.
    walk_in: bool = False
    # The people who registered together (a mission's delegation, an assistant and her ambassador,
    # a buyer of several tickets) share one group name; "" means on their own.
    group: str = ""
    # What the desk must not miss: access, interpretation language, diet ("; " between needs).
    needs: str = ""

    @property
    def name(self) -> str:
        """The name to show: the display name if set, else given + family."""
        if self.display_name:
            return self.display_name
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    def with_changes(self, **changes: Any) -> Attendee:
        """A copy with some fields changed."""
        return self.with_fields(changes)

    def with_fields(self, changes: Mapping[str, Any], **more: Any) -> Attendee:
        """with_changes() from a mapping of field names (and more fields by keyword).

        Imports copy tens of thousands of attendees; dataclasses.replace() re-runs __init__ over
        every field and cost a third of storing a 10k list, so the fields are copied directly.
        """
        if not (changes.keys() <= _ATTENDEE_FIELDS and more.keys() <= _ATTENDEE_FIELDS):
            unknown = (changes.keys() | more.keys()) - _ATTENDEE_FIELDS
            raise TypeError(f"Attendee has no field {sorted(unknown)[0]!r}")
        # A copy of this one's dict given to the clone: filling the clone's own empty dict grew it step
        # by step, twice the time.
        fields = self.__dict__.copy()
        fields.update(changes)
        if more:
            fields.update(more)
        return _attendee_of(fields)

    def numbered(self, attendee_id: int, code: str) -> Attendee:
        """A copy with its id and code, as the store gives them to each person of an import: with_fields()
        without checking the names of the fields it is given, known here."""
        fields = self.__dict__.copy()
        fields["id"], fields["code"] = attendee_id, code
        return _attendee_of(fields)


def _attendee_of(fields: dict[str, Any]) -> Attendee:
    """An attendee holding `fields` (every field, checked by the caller) as its own dict, without __init__."""
    clone = object.__new__(Attendee)
    object.__setattr__(clone, "__dict__", fields)
    return clone


_ATTENDEE_FIELDS = frozenset(f.name for f in fields(Attendee))


@dataclass(frozen=True)
class CheckInRecord:
    """One line of the append-only log. `uuid` makes replays idempotent."""

    attendee_id: int
    kind: RecordKind
    door_time: datetime
    checkpoint: str = DEFAULT_CHECKPOINT
    desk: str = ""
    uuid: str = field(default_factory=lambda: uuid.uuid4().hex)
    # For an undo: the uuid of the entry it takes back ("" for an entry).
    cancels: str = ""
    # How far the desk's clock was ahead of the server's when it wrote this (seconds; None: never measured).
    clock_offset: float | None = None

    @property
    def corrected_time(self) -> datetime:
        """The door time on the server's clock: what reports and "already checked in at" show."""
        return self.door_time - timedelta(seconds=self.clock_offset or 0.0)


@dataclass(frozen=True)
class PresenceState:
    """What the log says about one attendee at one checkpoint."""

    checked_in: bool
    first_entry: CheckInRecord | None = None
    entries: int = 0
    # The entries that count (not taken back), earliest first.
    live: tuple[CheckInRecord, ...] = ()
    # Door-time order key of the last undo that names no entry (written before undos named one):
    # it still takes back every entry before it, so an entry stamped earlier cannot count.
    cleared_until: tuple[datetime, str] | None = None

    @property
    def checked_in_at(self) -> datetime | None:
        return self.first_entry.corrected_time if self.first_entry else None

    def accepts(self, record: CheckInRecord) -> bool:
        """Whether appending `record` changes anything: the rule every store writes by.

        An entry is written when the person is not in and nothing already in the log takes it
        back; an undo when the entry it names counts (an undo naming none: when the person is in).
        """
        if record.kind is RecordKind.UNDO:
            if record.cancels:
                return any(entry.uuid == record.cancels for entry in self.live)
            return self.checked_in
        if self.checked_in:
            return False
        return self.cleared_until is None or (record.door_time, record.uuid) > self.cleared_until

    def after(self, record: CheckInRecord) -> PresenceState:
        """The state once `record` (which this state accepts) is in the log."""
        if record.kind is RecordKind.UNDO:
            remaining = [e for e in self.live if e.uuid != record.cancels] if record.cancels else []
            return _state(remaining, self.cleared_until)
        return _state(sorted([*self.live, record], key=_order), self.cleared_until)


def _order(record: CheckInRecord) -> tuple[datetime, str]:
    return (record.door_time, record.uuid)


def _state(live: list[CheckInRecord], cleared_until: tuple[datetime, str] | None) -> PresenceState:
    if not live:
        return PresenceState(checked_in=False, cleared_until=cleared_until)
    return PresenceState(checked_in=True, first_entry=live[0], entries=len(live), live=tuple(live),
                         cleared_until=cleared_until)


def derive_presence(records: list[CheckInRecord]) -> PresenceState:
    """Replay the log of one attendee at one checkpoint.

    An undo takes back the entry it names, whatever the desks' clocks say (door times come
    from each laptop). An undo that names none (written before undos named their entry) keeps
    its old meaning: it takes back every entry before it in door-time order (then uuid, so
    every desk derives the same answer from the same set). The earliest entry still counting
    is the check-in that counts.
    """
    ordered = sorted(records, key=_order)
    cancelled = {r.cancels for r in ordered if r.kind is RecordKind.UNDO and r.cancels}
    live: list[CheckInRecord] = []
    cleared_until: tuple[datetime, str] | None = None
    for record in ordered:
        if record.kind is RecordKind.UNDO:
            if not record.cancels:
                live.clear()
                cleared_until = _order(record)
        elif record.uuid not in cancelled:
            live.append(record)
    return _state(live, cleared_until)
