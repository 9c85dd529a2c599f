"""Walk-ins already registered, a mistaken walk-in taken back, a waitlisted person admitted."""

from __future__ import annotations

import pytest

from checkin.core.models import Attendee, RecordKind, Status
from checkin.core.walk_ins import WalkInDetails, admit_from_waitlist, already_registered, remove_walk_in


def _people(session):
    return session.add_attendees([
        Attendee(id=None, code="", given_name="Ann", family_name="Alpha", organisation="OrgA",
                 email="Ann.Alpha@Example.org"),
        Attendee(id=None, code="", given_name="Sébastien", family_name="Kulling", organisation="digitalswitzerland"),
        Attendee(id=None, code="", given_name="Bea", family_name="Beta", organisation="OrgB",
                 status=Status.CANCELLED, email="bea@example.org"),
        Attendee(id=None, code="", given_name="Wait", family_name="Listed", status=Status.WAITLISTED),
    ])


def test_a_walk_in_is_found_by_email_or_by_folded_name_and_organisation(empty_session):
    ann, kulling, _bea, _wait = _people(empty_session)
    people = empty_session.attendees()
    assert already_registered(people, WalkInDetails("A.", "A.", email=" ann.alpha@example.ORG ")) == [ann]
    assert already_registered(people, WalkInDetails("sebastien", "KULLING", "DigitalSwitzerland")) == [kulling]
    assert already_registered(people, WalkInDetails("Kulling", "Sebastien", "digitalswitzerland")) == [kulling]
    # The same name elsewhere is another person; a cancelled registration is no reason to refuse a walk-in.
    assert already_registered(people, WalkInDetails("Sébastien", "Kulling", "Swisscom")) == []
    assert already_registered(people, WalkInDetails("Bea", "Beta", "OrgB", "bea@example.org")) == []
    assert already_registered(people, WalkInDetails("", "", "", "")) == []


def test_a_mistaken_walk_in_is_cancelled_and_its_check_in_undone_with_the_log_kept(empty_session):
    (walk_in,) = empty_session.add_attendees([Attendee(id=None, code="", given_name="Zed", family_name="Mistake",
                                                       walk_in=True)])
    empty_session.check_in_attendee(walk_in)
    cancelled, undone = remove_walk_in(empty_session, walk_in)
    assert cancelled.status is Status.CANCELLED
    assert undone.outcome.value == "undone"
    assert not empty_session.presence().get(walk_in.id).checked_in
    assert [r.kind for r in empty_session.store.records(walk_in.id)] == [RecordKind.ENTRY, RecordKind.UNDO]
    assert empty_session.store.attendee(walk_in.id).status is Status.CANCELLED
    assert empty_session.stats().registered == 0


def test_only_a_walk_in_can_be_removed_and_only_a_waitlisted_person_admitted(empty_session):
    ann, _kulling, _bea, wait = _people(empty_session)
    with pytest.raises(ValueError):
        remove_walk_in(empty_session, ann)
    with pytest.raises(ValueError):
        admit_from_waitlist(empty_session, ann, "no")
    admitted = admit_from_waitlist(empty_session, wait, "Admitted at Desk 1, 08:42: a place freed")
    assert admitted.status is Status.REGISTERED
    stored = empty_session.store.attendee(wait.id)
    assert stored.status is Status.REGISTERED and stored.notes.endswith("a place freed")
    assert empty_session.check_in_attendee(stored).is_new_check_in
