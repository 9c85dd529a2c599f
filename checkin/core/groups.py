"""People who came together: a mission's delegation, an assistant and her ambassador, a buyer's guests.

A group is the `Attendee.group` they share. The desk shows "Permanent Mission of Senegal — 3 registered,
1 arrived" and checks several members in at once, each with a record of their own. A badge fetched by a
colleague is a collection ("collected by Awa Ndiaye at 08:51"), never that person's presence.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from checkin.core.folding import fold
from checkin.core.models import Attendee, PresenceState, Status
from checkin.core.outcomes import CheckInResult

if TYPE_CHECKING:
    from checkin.core.session import EventSession

MAX_GROUP_NAME = 200


@dataclass(frozen=True)
class BadgeCollection:
    """Someone's badge handed to another person; it says nothing about whether they came."""

    attendee_id: int
    collected_by: str
    collected_at: datetime
    desk: str = ""
    uuid: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass(frozen=True)
class GroupSummary:
    name: str
    members: tuple[Attendee, ...]
    registered: int  # members with a confirmed place
    arrived: int

    @property
    def expected(self) -> int:
        return self.registered - self.arrived


def _sort_key(attendee: Attendee) -> tuple[str, str]:
    return fold(attendee.family_name or attendee.name), fold(attendee.given_name)


def members(attendees: Iterable[Attendee], group: str) -> list[Attendee]:
    """Everyone in the group (cancelled ones too, so the desk can say so), by family name."""
    if not group:
        return []
    wanted = fold(group.strip())
    return sorted((a for a in attendees if a.group and fold(a.group.strip()) == wanted), key=_sort_key)


def summary(attendees: Iterable[Attendee], group: str, presence: Mapping[int, PresenceState]) -> GroupSummary:
    found = members(attendees, group)
    registered = [a for a in found if a.status is Status.REGISTERED]
    arrived = sum(1 for a in found if _inside(a, presence))
    return GroupSummary(found[0].group if found else group, tuple(found), len(registered), arrived)


def summaries(attendees: Iterable[Attendee], presence: Mapping[int, PresenceState]) -> list[GroupSummary]:
    """Every group of more than one person, by name."""
    by_group: dict[str, list[Attendee]] = {}
    for attendee in attendees:
        if attendee.group:
            by_group.setdefault(fold(attendee.group.strip()), []).append(attendee)
    found = [summary(people, people[0].group, presence) for people in by_group.values() if len(people) > 1]
    return sorted(found, key=lambda g: fold(g.name))


def _inside(attendee: Attendee, presence: Mapping[int, PresenceState]) -> bool:
    state = presence.get(attendee.id) if attendee.id is not None else None
    return state is not None and state.checked_in


def check_in_members(session: EventSession, chosen: Sequence[Attendee],
                     door_time: datetime | None = None) -> list[CheckInResult]:
    """Each chosen member checked in with their own record (the same door time for all of them)."""
    when = door_time or session.clock()
    return [session.check_in_attendee(attendee, door_time=when) for attendee in chosen]


def make_group(session: EventSession, chosen: Sequence[Attendee], name: str) -> list[Attendee]:
    """Put people into one group at the desk (a name already used joins that group)."""
    name = " ".join(name.split())[:MAX_GROUP_NAME]
    if not name:
        raise ValueError("a group needs a name")
    existing = members(session.attendees(), name)
    if existing:
        name = existing[0].group  # the spelling already on file
    changed = [a.with_changes(group=name) for a in chosen if a.group != name]
    session.update_attendees(changed)
    return changed


def collect_badge(session: EventSession, attendee: Attendee, collected_by: str,
                  when: datetime | None = None) -> BadgeCollection:
    """Note that a colleague took this person's badge; their presence is not touched."""
    assert attendee.id is not None
    by = " ".join(collected_by.split())[:MAX_GROUP_NAME]
    if not by:
        raise ValueError("say who collected the badge")
    collection = BadgeCollection(attendee.id, by, when or session.clock(), session.desk)
    session.store.add_collection(collection)
    return collection
