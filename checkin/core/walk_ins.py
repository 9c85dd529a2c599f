"""Walk-ins at the desk: is the person already registered, and taking back one registered by mistake."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checkin.core.folding import fold, fold_unique
from checkin.core.models import Attendee, Status
from checkin.core.outcomes import UndoResult
from checkin.core.session import EventSession


@dataclass(frozen=True)
class WalkInDetails:
    given_name: str
    family_name: str
    organisation: str = ""
    email: str = ""


def _name_key(given: str, family: str) -> tuple[str, ...]:
    # Word by word and in any order: "KULLING Sébastien" typed into the given-name field is still him.
    return tuple(sorted(" ".join(fold(part) for part in (given, family) if part).split()))


def already_registered(people: Iterable[Attendee], walk_in: WalkInDetails) -> list[Attendee]:
    """People who are this walk-in: the same e-mail, or the same name and organisation (folded).

    Cancelled people are left out: registering them again at the desk is what a walk-in is for.
    """
    email = fold_unique(walk_in.email.strip())
    name = _name_key(walk_in.given_name, walk_in.family_name)
    organisation = fold(walk_in.organisation.strip())
    found = []
    for person in people:
        if person.status is Status.CANCELLED:
            continue
        same_email = bool(email) and fold_unique(person.email.strip()) == email
        same_name = bool(name) and bool(organisation) and _name_key(person.given_name, person.family_name) == name \
            and fold(person.organisation.strip()) == organisation
        if same_email or same_name:
            found.append(person)
    return found


def remove_walk_in(session: EventSession, walk_in: Attendee) -> tuple[Attendee, UndoResult]:
    """Take back a walk-in registered by mistake: its check-in undone, the person cancelled.

    Nothing is deleted: the log keeps the entry and the undo, the person stays in the list as cancelled, so
    the counts and the export tell the morning as it happened.
    """
    if not walk_in.walk_in:
        raise ValueError(f"{walk_in.name} was registered before the event, not at the desk")
    undone = session.undo(walk_in)
    cancelled = walk_in.with_changes(status=Status.CANCELLED)
    session.update_attendees([cancelled])
    return cancelled, undone


def admit_from_waitlist(session: EventSession, person: Attendee, note: str) -> Attendee:
    """Give a waitlisted person a place at the desk; `note` (the reason, as the desk words it) joins their notes."""
    if person.status is not Status.WAITLISTED:
        raise ValueError(f"{person.name} is not on the waiting list")
    notes = f"{person.notes}\n{note}" if person.notes else note
    admitted = person.with_changes(status=Status.REGISTERED, notes=notes)
    session.update_attendees([admitted])
    return admitted
