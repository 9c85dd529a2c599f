"""The programme of the day: sessions, the people who speak in them, and who of them has arrived.

A session's people are attendees with a role in that session (a speaker, a moderator, a panellist).
The speakers' board puts each session beside its people's presence and flags a session that starts
soon while one of them is not in the house yet; an arrival of a speaker or a VIP is a notice for the
organisers. Everything here answers with values; the desk and the command line word them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from checkin.core.models import Attendee, PresenceState

# How long before a session a missing speaker becomes a worry (the board's default; an event may set its own).
DEFAULT_WARNING_MINUTES = 20
# Event settings: the warning time in minutes, and the categories whose arrival the organisers want to hear of.
WARNING_SETTING = "programme.warning_minutes"
VIP_CATEGORIES_SETTING = "programme.vip_categories"
DEFAULT_VIP_CATEGORIES = ("VIP",)


class Role(StrEnum):
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    PANELLIST = "panellist"


@dataclass(frozen=True)
class SessionPerson:
    attendee_id: int
    role: Role = Role.SPEAKER
    # A speaker by video link is on the programme but not expected at the door.
    in_person: bool = True


@dataclass(frozen=True)
class ProgrammeSession:
    """One session of the programme; `id` is None until stored."""

    id: int | None
    starts_at: datetime
    title: str
    ends_at: datetime | None = None
    room: str = ""
    people: tuple[SessionPerson, ...] = ()

    def with_people(self, people: Iterable[SessionPerson]) -> ProgrammeSession:
        return ProgrammeSession(self.id, self.starts_at, self.title, self.ends_at, self.room, tuple(people))


@dataclass(frozen=True)
class PersonOnBoard:
    attendee: Attendee
    role: Role
    in_person: bool
    arrived_at: datetime | None

    @property
    def arrived(self) -> bool:
        return self.arrived_at is not None

    @property
    def awaited(self) -> bool:
        """Expected at the door and not through it yet."""
        return self.in_person and self.arrived_at is None


@dataclass(frozen=True)
class SessionOnBoard:
    session: ProgrammeSession
    people: tuple[PersonOnBoard, ...]
    # Starts within the warning time (or has begun and not ended) with someone awaited.
    flagged: bool
    # Ended (or, without an end, started more than an hour ago): shown, but nobody is waited for.
    over: bool = False
    missing: tuple[PersonOnBoard, ...] = field(default=())


@dataclass(frozen=True)
class ArrivalNotice:
    """A speaker or a VIP has arrived: what the organisers are told."""

    attendee: Attendee
    arrived_at: datetime
    # Their next session and role in it (None for a VIP who speaks nowhere, or whose sessions are over).
    session: ProgrammeSession | None = None
    role: Role | None = None
    vip: bool = False


def sorted_sessions(sessions: Iterable[ProgrammeSession]) -> list[ProgrammeSession]:
    return sorted(sessions, key=lambda s: (s.starts_at, s.title.casefold(), s.id or 0))


def _end_of(session: ProgrammeSession) -> datetime:
    return session.ends_at or session.starts_at + timedelta(hours=1)


def board(sessions: Iterable[ProgrammeSession], attendees: Mapping[int, Attendee],
          presence: Mapping[int, PresenceState], now: datetime,
          warning_minutes: int = DEFAULT_WARNING_MINUTES) -> list[SessionOnBoard]:
    """Each session in time order with its people and their arrival; a person not on the list is left out."""
    soon = now + timedelta(minutes=warning_minutes)
    rows = []
    for session in sorted_sessions(sessions):
        people = []
        for person in session.people:
            attendee = attendees.get(person.attendee_id)
            if attendee is None:
                continue
            state = presence.get(person.attendee_id)
            arrived_at = state.checked_in_at if state is not None and state.checked_in else None
            people.append(PersonOnBoard(attendee, person.role, person.in_person, arrived_at))
        over = _end_of(session) <= now
        missing = tuple(p for p in people if p.awaited)
        flagged = bool(missing) and not over and session.starts_at <= soon
        rows.append(SessionOnBoard(session, tuple(people), flagged, over, missing))
    return rows


def roles_of(attendee_id: int, sessions: Iterable[ProgrammeSession]) -> list[tuple[ProgrammeSession, Role]]:
    """The sessions someone has a part in, in time order, with their role in each."""
    found = []
    for session in sorted_sessions(sessions):
        for person in session.people:
            if person.attendee_id == attendee_id:
                found.append((session, person.role))
                break
    return found


def next_part(attendee_id: int, sessions: Iterable[ProgrammeSession],
              now: datetime) -> tuple[ProgrammeSession, Role] | None:
    """Their first session that has not ended yet (else their last one), with their role in it."""
    parts = roles_of(attendee_id, sessions)
    if not parts:
        return None
    for session, role in parts:
        if _end_of(session) > now:
            return session, role
    return parts[-1]


def arrival_notice(attendee: Attendee, arrived_at: datetime, sessions: Sequence[ProgrammeSession],
                   vip_categories: Iterable[str] = DEFAULT_VIP_CATEGORIES) -> ArrivalNotice | None:
    """What to tell the organisers of this arrival, or None when it is nobody they wait for."""
    if attendee.id is None:
        return None
    vip = attendee.category.casefold() in {c.casefold() for c in vip_categories}
    part = next_part(attendee.id, sessions, arrived_at)
    if part is None and not vip:
        return None
    session, role = part if part is not None else (None, None)
    return ArrivalNotice(attendee, arrived_at, session, role, vip)
