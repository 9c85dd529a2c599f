"""Re-import is a merge: check-ins and codes stay, the missing are cancelled, first come first served."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from import_support import by_email, opened_event, write_xlsx

from checkin.core.models import Attendee, Status
from checkin.core.outcomes import Outcome
from checkin.io import import_report as codes
from checkin.io.registrations import apply_import, import_file, plan_import

ZURICH = ZoneInfo("Europe/Zurich")
HEADER = ["Barcode", "First name", "Last name", "Email", "Organisation", "Job title", "Category", "Registered at"]
START = datetime(2018, 9, 3, 9, 0)


def row(n: int, **changes) -> list:
    values = {"code": f"EB-{n:04d}", "given": f"Given{n}", "family": f"Family{n}", "email": f"p{n}@example.org",
              "org": f"Org {n % 7}", "job": "Officer", "category": "Participant", "at": START + timedelta(hours=n)}
    values.update(changes)
    return [values["code"], values["given"], values["family"], values["email"], values["org"], values["job"],
            values["category"], values["at"]]


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        yield opened


def test_reimport_updates_adds_cancels_and_keeps_check_ins_and_codes(session, tmp_path: Path) -> None:
    first = write_xlsx(tmp_path / "v1.xlsx", [HEADER, *(row(n) for n in range(1, 6))])
    import_file(session, first)
    before = by_email(session)
    for n in (1, 2, 3):
        assert session.check_in(before[f"p{n}@example.org"].code).outcome is Outcome.CHECKED_IN
    records_before = session.store.records()
    # v2: 1 unchanged, 2 changes job (matched by barcode though the e-mail changed case), 3 missing,
    # 4 matched by e-mail with a new barcode, 5 unchanged, 6 new.
    second = write_xlsx(tmp_path / "v2.xlsx", [
        HEADER, row(1), row(2, job="Director", email="P2@EXAMPLE.ORG"), row(4, code="EB-9004"), row(5), row(6)])
    report = import_file(session, second)
    counts = report.counts()
    assert (counts["added"], counts["updated"], counts["unchanged"], counts["cancelled"]) == (1, 2, 2, 1)
    after = {a.id: a for a in session.store.attendees()}
    for person in before.values():
        assert after[person.id].code == person.code  # codes never change
    assert session.store.records() == records_before  # check-ins untouched
    assert after[before["p2@example.org"].id].job_title == "Director"
    assert after[before["p3@example.org"].id].status is Status.CANCELLED
    assert after[before["p4@example.org"].id].external_codes == ("EB-0004", "EB-9004")
    assert [p.code for p in report.changes.cancelled_checked_in] == [before["p3@example.org"].code]
    assert session.presence()[before["p3@example.org"].id].checked_in  # still reported as present
    # v3: person 3 comes back and is restored, with the same code and check-in.
    report = import_file(session, tmp_path / "v1.xlsx")
    assert len(report.changes.restored) == 1
    back = session.store.attendee(before["p3@example.org"].id)
    assert back.status is Status.REGISTERED and back.code == before["p3@example.org"].code
    assert session.store.records() == records_before


def test_unchanged_reimport_reports_no_changes(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "same.xlsx", [HEADER, *(row(n) for n in range(1, 50))])
    import_file(session, path)
    stored = session.store.attendees()
    report = import_file(session, path)
    counts = report.counts()
    assert (counts["added"], counts["updated"], counts["cancelled"], counts["unchanged"]) == (0, 0, 0, 49)
    assert session.store.attendees() == stored


def test_times_in_the_hours_daylight_saving_repeats_or_skips_are_not_changes(session, tmp_path: Path) -> None:
    # Geneva: 02:30 on 28 October 2018 happened twice, 02:30 on 25 March 2018 never happened. Python's == says
    # such a time differs from the same instant in UTC, as the event file gives it back.
    moments = [datetime(2018, 10, 28, 2, 30), datetime(2018, 10, 28, 2, 59), datetime(2018, 3, 25, 2, 30)]
    path = write_xlsx(tmp_path / "dst.xlsx", [HEADER, *(row(n, at=at) for n, at in enumerate(moments, start=1))])
    import_file(session, path)
    stored = session.store.attendees()
    report = import_file(session, path)
    counts = report.counts()
    assert (counts["updated"], counts["unchanged"]) == (0, 3)
    assert session.store.attendees() == stored
    # The skipped half hour is read with the winter offset, as the clock would show it after the change.
    local = [a.registered_at.astimezone(ZURICH).replace(tzinfo=None) for a in stored]
    assert local == [*moments[:2], datetime(2018, 3, 25, 3, 30)]


def test_match_by_folded_name_and_organisation_when_no_code_or_email(session, tmp_path: Path) -> None:
    header = ["Name", "Organisation", "Job title"]
    import_file(session, write_xlsx(tmp_path / "a.xlsx", [header, ["Sébastien Kulling", "digitalswitzerland", "Head"]]))
    import_file(session, write_xlsx(tmp_path / "b.xlsx", [header, ["SEBASTIEN KULLING", "DigitalSwitzerland", "CEO"]]))
    [person] = session.store.attendees()
    assert person.job_title == "CEO"


def test_walk_ins_are_never_cancelled(session, tmp_path: Path) -> None:
    [walk_in] = session.add_attendees([Attendee(id=None, code="", given_name="Wally", family_name="Walker",
                                                walk_in=True)])
    import_file(session, write_xlsx(tmp_path / "list.xlsx", [HEADER, row(1)]))
    assert session.store.attendee(walk_in.id).status is Status.REGISTERED


def test_keep_missing_does_not_cancel(session, tmp_path: Path) -> None:
    import_file(session, write_xlsx(tmp_path / "a.xlsx", [HEADER, row(1), row(2)]))
    report = import_file(session, write_xlsx(tmp_path / "b.xlsx", [HEADER, row(3)]), cancel_missing=False)
    assert report.counts()["cancelled"] == 0
    assert all(a.status is Status.REGISTERED for a in session.store.attendees())


def test_two_rows_matching_one_person_keep_the_first(session, tmp_path: Path) -> None:
    import_file(session, write_xlsx(tmp_path / "a.xlsx", [HEADER, row(1)]))
    # Row 2 is person 1 by e-mail and name, row 3 by the ticket code the event holds for her.
    report = import_file(session, write_xlsx(tmp_path / "b.xlsx", [
        HEADER, row(1, code=""), row(2, code="EB-0001", email="other@example.org")]))
    [problem] = report.problems
    assert (problem.row, problem.code, problem.other_row) == (3, codes.SAME_PERSON, 2)
    assert len(session.store.attendees()) == 1


def test_first_come_first_served_waitlist_and_late_flags(tmp_path: Path) -> None:
    with opened_event(tmp_path, capacity=3, registration_deadline=date(2018, 9, 3)) as session:
        rows = [HEADER, *(row(n, at=START + timedelta(hours=6 * n)) for n in (5, 1, 4, 2, 3))]
        rows.append(row(6, category="Speaker", at=START + timedelta(days=9)))
        report = import_file(session, write_xlsx(tmp_path / "fcfs.xlsx", rows))
        people = by_email(session)
        status = {n: people[f"p{n}@example.org"].status for n in range(1, 7)}
        # The speaker always has a seat and takes one; participants 1-2 came first, 3-5 wait.
        assert status == {1: Status.REGISTERED, 2: Status.REGISTERED, 3: Status.WAITLISTED,
                          4: Status.WAITLISTED, 5: Status.WAITLISTED, 6: Status.REGISTERED}
        # Registered after 3 September (Zurich): participants 5, 4, 3 (rows 2, 4, 6) and the speaker.
        assert sorted(report.changes.late_rows) == [2, 4, 6, 7]
        assert report.counts()["waitlisted"] == 3
        # A cancellation frees a seat: the earliest waitlisted participant (3) gets it.
        rows_without_1 = [r for r in rows if r[0] != "EB-0001"]
        import_file(session, write_xlsx(tmp_path / "fcfs2.xlsx", rows_without_1))
        people = by_email(session)
        assert people["p1@example.org"].status is Status.CANCELLED
        assert people["p3@example.org"].status is Status.REGISTERED
        assert people["p4@example.org"].status is Status.WAITLISTED


def test_a_seat_once_given_is_not_taken_by_a_reimport(tmp_path: Path) -> None:
    with opened_event(tmp_path, capacity=2) as session:
        import_file(session, write_xlsx(tmp_path / "a.xlsx", [HEADER, row(2), row(3)]))
        # An earlier registration appears later: it waits; the two seated keep their seats.
        import_file(session, write_xlsx(tmp_path / "b.xlsx", [HEADER, row(1), row(2), row(3)]))
        people = by_email(session)
        assert people["p1@example.org"].status is Status.WAITLISTED
        assert people["p2@example.org"].status is Status.REGISTERED


def test_failure_inside_apply_leaves_the_event_untouched(session, tmp_path: Path) -> None:
    import_file(session, write_xlsx(tmp_path / "a.xlsx", [HEADER, row(1), row(2)]))
    before = session.store.attendees()
    plan = plan_import(session, write_xlsx(tmp_path / "b.xlsx", [HEADER, row(2, job="Boss"), *(row(n) for n in
                                                                                            range(3, 3000))]))
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        raise codes.ImportCancelled

    with pytest.raises(codes.ImportCancelled):
        apply_import(session, plan, progress)
    assert calls
    assert session.store.attendees() == before
    # The desk's view too: the people taken in (and indexed) while the rows were written are gone.
    assert sorted(session.attendees(), key=lambda person: person.id) == before
    assert session.search("Given2999") == [] and session.search("Boss") == []


def test_plan_then_apply_gives_the_previewed_counts(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, *(row(n) for n in range(1, 20))])
    plan = plan_import(session, path)
    assert len(plan.preview.added) == 19
    report = apply_import(session, plan)
    assert report.counts()["added"] == 19
    assert session.search("Family7")[0].family_name == "Family7"  # indexed straight away
