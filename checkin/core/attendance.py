"""The figures of an event's attendance: show-up rates by group and arrivals over time.

Every export (workbook, CSV, PDF report, anonymised statistics) draws its numbers from here,
so the report an organiser mails and the workbook a funder opens can never disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.core.folding import fold
from checkin.core.models import Attendee, PresenceState, Status

ARRIVAL_BAND_MINUTES = 5
# Folded spellings of the imported column that says what kind of organisation someone is from.
ORGANISATION_TYPE_KEYS = ("organisation type", "organization type", "type of organisation",
                          "type of organization", "type d'organisation", "organisationstyp")


@dataclass(frozen=True)
class GroupFigures:
    """One line of a breakdown. `label` is the raw value ("" when the attendee gave none)."""

    label: str
    registered: int
    arrived: int

    @property
    def show_up_rate(self) -> float | None:
        return self.arrived / self.registered if self.registered else None


@dataclass(frozen=True)
class ArrivalBand:
    start: datetime  # local time of the event, tz-aware
    arrivals: int


@dataclass(frozen=True)
class AttendanceFigures:
    registered: int  # confirmed places (status registered, walk-ins included)
    arrived: int  # of those, checked in at the checkpoint
    walk_ins: int
    walk_ins_arrived: int
    waitlisted: int
    cancelled: int
    by_category: tuple[GroupFigures, ...] = ()
    by_organisation_type: tuple[GroupFigures, ...] = ()
    by_language: tuple[GroupFigures, ...] = ()
    arrivals: tuple[ArrivalBand, ...] = field(default=())

    @property
    def show_up_rate(self) -> float | None:
        return self.arrived / self.registered if self.registered else None

    @property
    def no_shows(self) -> int:
        return self.registered - self.arrived


def event_zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def organisation_type(attendee: Attendee) -> str:
    """The imported "Organisation type" column, whatever its exact spelling."""
    for key, value in attendee.extra.items():
        if fold(key) in ORGANISATION_TYPE_KEYS:
            return str(value).strip()
    return ""


def breakdown(attendees: Iterable[Attendee], presence: Mapping[int, PresenceState],
              key: Callable[[Attendee], str]) -> tuple[GroupFigures, ...]:
    """Registered and arrived per value of `key`, largest group first, the unnamed group last."""
    return _breakdown(attendees, present_ids(presence), key)


def present_ids(presence: Mapping[int, PresenceState]) -> frozenset[int]:
    return frozenset(attendee_id for attendee_id, state in presence.items() if state.checked_in)


def _breakdown(attendees: Iterable[Attendee], present: frozenset[int],
               key: Callable[[Attendee], str]) -> tuple[GroupFigures, ...]:
    registered: Counter[str] = Counter()
    arrived: Counter[str] = Counter()
    for attendee in attendees:
        if attendee.status is not Status.REGISTERED:
            continue
        label = key(attendee).strip()
        registered[label] += 1
        if attendee.id in present:
            arrived[label] += 1
    order = sorted(registered, key=lambda label: (label == "", -registered[label], fold(label)))
    return tuple(GroupFigures(label, registered[label], arrived[label]) for label in order)


def band_start(moment: datetime, zone: tzinfo, minutes: int) -> datetime:
    local = moment.astimezone(zone)
    return local.replace(minute=local.minute - local.minute % minutes, second=0, microsecond=0)


def arrival_bands(first_entries: Iterable[datetime], zone: tzinfo,
                  minutes: int = ARRIVAL_BAND_MINUTES) -> tuple[ArrivalBand, ...]:
    """Arrivals per band of `minutes`, from the first to the last band, empty bands included.

    Empty bands stay in so that a chart's time axis is even. A gap of more than a day
    (a check-in typed in weeks later) would make thousands of empty bands, so
    only bands on days with arrivals are kept.
    """
    counts = Counter(band_start(moment, zone, minutes) for moment in first_entries)
    if not counts:
        return ()
    step = timedelta(minutes=minutes)
    bands: list[ArrivalBand] = []
    for day in sorted({start.date() for start in counts}):
        starts = [start for start in counts if start.date() == day]
        current, last = min(starts), max(starts)
        while current <= last:
            bands.append(ArrivalBand(current, counts.get(current, 0)))
            current += step  # wall-clock arithmetic, as the chart's axis reads
    return tuple(bands)


def attendance_figures(attendees: Iterable[Attendee], presence: Mapping[int, PresenceState],
                       timezone: str = "UTC", band_minutes: int = ARRIVAL_BAND_MINUTES) -> AttendanceFigures:
    people = list(attendees)
    present = present_ids(presence)
    statuses = Counter(a.status for a in people)
    confirmed = [a for a in people if a.status is Status.REGISTERED]
    walk_ins = [a for a in confirmed if a.walk_in]
    first_entries = [presence[a.id].checked_in_at for a in confirmed if a.id in present]  # type: ignore[index]
    return AttendanceFigures(
        registered=len(confirmed),
        arrived=sum(1 for a in confirmed if a.id in present),
        walk_ins=len(walk_ins),
        walk_ins_arrived=sum(1 for a in walk_ins if a.id in present),
        waitlisted=statuses[Status.WAITLISTED],
        cancelled=statuses[Status.CANCELLED],
        by_category=_breakdown(confirmed, present, lambda a: a.category),
        by_organisation_type=_breakdown(confirmed, present, organisation_type),
        by_language=_breakdown(confirmed, present, lambda a: a.language),
        arrivals=arrival_bands([t for t in first_entries if t is not None], event_zone(timezone), band_minutes),
    )
