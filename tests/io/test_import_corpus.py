"""Every person of every real export imported right, with default settings (see corpus.py for the layouts)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from corpus import CORPUS, Fixture, Person
from import_support import opened_event

from checkin.core.models import Attendee
from checkin.io.registrations import import_file

ZURICH = ZoneInfo("Europe/Zurich")


def as_imported(person: Attendee, expected: Person) -> Person:
    """The attendee in the shape of the expectation (registration time only where one is expected)."""
    registered = None
    if expected.registered is not None and person.registered_at is not None:
        registered = person.registered_at.astimezone(ZURICH).replace(tzinfo=None)
    return Person(person.name, person.given_name, person.family_name, person.email, person.honorific,
                  person.organisation, person.job_title, person.category, person.status, person.group, person.needs,
                  person.external_codes, registered)


@pytest.mark.parametrize("fixture", CORPUS, ids=[fixture.name for fixture in CORPUS])
def test_every_person_of_the_export_is_imported_right(tmp_path: Path, fixture: Fixture) -> None:
    path = fixture.write(tmp_path / fixture.name)
    with opened_event(tmp_path) as session:
        report = import_file(session, path)
        people = session.store.attendees()
    if fixture.sheet:
        assert report.plan.sheet == fixture.sheet
    by_name = {person.name: person for person in people}
    assert sorted(by_name) == sorted(expected.name for expected in fixture.people), report.plan.mapping
    for expected in fixture.people:
        assert as_imported(by_name[expected.name], expected) == expected
    found = {(problem.row, problem.code) for problem in report.problems}
    assert found == set(fixture.problems), [problem.to_json() for problem in report.problems]


def test_the_corpus_covers_every_system_the_desk_meets() -> None:
    names = " ".join(fixture.name for fixture in CORPUS)
    for system in ("pretix", "indico", "eventbrite", "google-forms", "microsoft-forms", "zoom", "mailchimp",
                   "sympa", "mailman", "airtable", "alfio", "open-event"):
        assert system in names
    assert all(fixture.source for fixture in CORPUS)


def test_a_reimport_of_every_export_changes_nothing(tmp_path: Path) -> None:
    for fixture in CORPUS:
        path = fixture.write(tmp_path / fixture.name)
        with opened_event(tmp_path, name=f"{fixture.name}.checkin") as session:
            import_file(session, path)
            before = session.store.attendees()
            counts = import_file(session, path).counts()
            assert (counts["added"], counts["updated"], counts["cancelled"]) == (0, 0, 0), fixture.name
            assert session.store.attendees() == before, fixture.name
