"""Counts of an event: who is expected, who is in, by category."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from checkin.core.models import Attendee, PresenceState, Status


@dataclass(frozen=True)
class CategoryCounts:
    registered: int = 0
    checked_in: int = 0


@dataclass(frozen=True)
class Stats:
    registered: int
    checked_in: int
    waitlisted: int
    cancelled: int
    walk_ins: int
    total: int
    by_category: dict[str, CategoryCounts] = field(default_factory=dict)


def compute_stats(attendees: Iterable[Attendee], presence: Mapping[int, PresenceState]) -> Stats:
    """`registered` counts people with a confirmed place; check-ins count anyone present."""
    statuses: Counter[Status] = Counter()
    registered_by: Counter[str] = Counter()
    in_by: Counter[str] = Counter()
    checked_in = walk_ins = total = 0
    for attendee in attendees:
        total += 1
        statuses[attendee.status] += 1
        walk_ins += attendee.walk_in
        if attendee.status is Status.REGISTERED:
            registered_by[attendee.category] += 1
        state = presence.get(attendee.id) if attendee.id is not None else None
        if state is not None and state.checked_in:
            checked_in += 1
            in_by[attendee.category] += 1
    categories = sorted(set(registered_by) | set(in_by))
    return Stats(
        registered=statuses[Status.REGISTERED], checked_in=checked_in,
        waitlisted=statuses[Status.WAITLISTED], cancelled=statuses[Status.CANCELLED],
        walk_ins=walk_ins, total=total,
        by_category={c: CategoryCounts(registered_by[c], in_by[c]) for c in categories},
    )
