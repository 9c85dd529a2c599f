"""Walk-ins at the desk: a form a scan cannot fill, people already registered found, mistakes taken back,
and waitlisted people admitted with a reason that is kept."""

from __future__ import annotations

from checkin.core.models import RecordKind, Status
from tests.desk.desk import attendees, checked_in_ids, find, records


def _walk_in_form(desk, *fields: str) -> None:
    desk.key("ctrl+n")
    desk.wait_modal()
    for i, text in enumerate(fields):
        if i:
            desk.key("Tab")
        if text:
            desk.type(text)


def test_a_walk_in_typed_around_a_scan_is_registered_as_typed(desk, sample_event_path):
    desk.run(f"window.context.print_to_file = {str(desk.folder / 'printed.pdf')!r}")
    kulling = find(sample_event_path, "Kulling")
    _walk_in_form(desk, "Amina")
    desk.scan(kulling.code)
    desk.wait_until(lambda: kulling.id in checked_in_ids(sample_event_path), "the scan checks Kulling in")
    desk.key("Tab")
    desk.type("Diallo")
    desk.key("Return")
    desk.wait_until(lambda: any(a.walk_in for a in attendees(sample_event_path)), "the walk-in is registered")
    (walk_in,) = [a for a in attendees(sample_event_path) if a.walk_in]
    assert (walk_in.given_name, walk_in.family_name) == ("Amina", "Diallo")
    assert walk_in.id in checked_in_ids(sample_event_path)


def test_a_mistaken_walk_in_is_removed_and_its_records_kept(desk, sample_event_path):
    desk.run(f"window.context.print_to_file = {str(desk.folder / 'printed.pdf')!r}")
    _walk_in_form(desk, "Zed", "Mistake")
    desk.key("Return")
    desk.wait_until(lambda: desk.colour() == "green", "the walk-in is checked in")
    walk_in = find(sample_event_path, "Mistake")
    desk.click("window.checkin.person.remove_button")
    desk.wait_modal(kind="QMessageBox")
    desk.key("Return")
    desk.wait_until(lambda: find(sample_event_path, "Mistake").status is Status.CANCELLED, "the walk-in is cancelled")
    assert walk_in.id not in checked_in_ids(sample_event_path)
    kinds = [r.kind for r in records(sample_event_path) if r.attendee_id == walk_in.id]
    assert kinds == [RecordKind.ENTRY, RecordKind.UNDO], "nothing of the log is deleted"
    stats = desk.eval("window.context.session.stats().registered")
    assert stats == 300, "the removed walk-in no longer counts as registered"


def test_a_walk_in_already_registered_by_name_and_organisation_is_checked_in_instead(desk, sample_event_path):
    before = len(attendees(sample_event_path))
    _walk_in_form(desk, "sebastien", "KULLING", "digitalswitzerland")
    desk.key("Return")
    desk.wait_until(lambda: "already registered" in (desk.eval(
        "getattr(QApplication.activeModalWidget(), 'text', lambda: '')()") or ""), "the form offers the registration")
    assert "Sébastien Kulling" in desk.eval("QApplication.activeModalWidget().text()")
    desk.key("Return")  # check him in instead
    kulling = find(sample_event_path, "Kulling")
    desk.wait_until(lambda: kulling.id in checked_in_ids(sample_event_path), "the registered person is checked in")
    assert len(attendees(sample_event_path)) == before


def test_a_walk_in_with_a_registered_email_is_offered_the_registration(desk, sample_event_path):
    kurbalija = find(sample_event_path, "Kurbalija")
    _walk_in_form(desk, "J.", "K.", "", "", kurbalija.email.upper())
    desk.key("Return")
    desk.wait_until(lambda: "Jovan Kurbalija" in (desk.eval(
        "getattr(QApplication.activeModalWidget(), 'text', lambda: '')()") or ""), "the form offers Kurbalija")


def test_a_waitlisted_person_is_admitted_at_the_desk_with_a_reason(desk, sample_event_path):
    waitlisted = next(a for a in attendees(sample_event_path) if a.family_name == "Schneider"
                      and a.status is Status.WAITLISTED)
    desk.scan(waitlisted.code)
    desk.wait_until(lambda: desk.colour() == "red", "the waitlisted person is refused")
    desk.key("ctrl+Return")
    desk.wait_modal()
    desk.type("Place freed by a cancellation")
    desk.key("Return")
    desk.wait_until(lambda: waitlisted.id in checked_in_ids(sample_event_path), "admitted and checked in")
    admitted = next(a for a in attendees(sample_event_path) if a.id == waitlisted.id)
    assert admitted.status is Status.REGISTERED
    assert "Place freed by a cancellation" in admitted.notes
    assert desk.colour() == "green"
