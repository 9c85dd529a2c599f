"""An undo takes back the one entry it names, whatever the desks' clocks say."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind, derive_presence
from checkin.core.outcomes import Outcome, UndoOutcome
from checkin.core.session import EventSession
from checkin.store import create_event, open_event
from checkin.store.replica import ReplicaStore
from tests.cli_runner import cli

T0 = datetime(2018, 10, 18, 6, 30, tzinfo=UTC)
EVENT = Event(title="Conference", starts_on=date(2018, 10, 18), timezone="Europe/Zurich")


def entry(minutes: int, desk: str = "Desk 1") -> CheckInRecord:
    return CheckInRecord(1, RecordKind.ENTRY, T0 + timedelta(minutes=minutes), desk=desk)


def undo(minutes: int, cancels: str = "") -> CheckInRecord:
    return CheckInRecord(1, RecordKind.UNDO, T0 + timedelta(minutes=minutes), cancels=cancels)


def test_an_undo_cancels_the_entry_it_names_even_when_its_clock_is_behind() -> None:
    late = entry(10)
    assert not derive_presence([late, undo(2, cancels=late.uuid)]).checked_in


def test_an_undo_leaves_other_desks_entries_alone() -> None:
    theirs, ours = entry(1, "Desk A"), entry(5, "Desk B")
    state = derive_presence([theirs, ours, undo(6, cancels=ours.uuid)])
    assert state.checked_in and state.first_entry == theirs and state.entries == 1


def test_an_old_undo_without_a_name_keeps_its_old_meaning() -> None:
    assert not derive_presence([entry(1), entry(2), undo(3)]).checked_in
    again = entry(4)
    assert derive_presence([entry(1), undo(3), again]).first_entry == again


@pytest.fixture
def session(tmp_path: Path) -> EventSession:
    store = create_event(tmp_path / "e.checkin", EVENT)
    store.add_attendees([Attendee(None, "", given_name="Ada", family_name="Lovelace")])
    return EventSession(store, clock=lambda: T0 + timedelta(hours=1), desk="Desk 1")


def test_undo_of_a_check_in_stamped_by_a_fast_clock_really_undoes_it(session: EventSession) -> None:
    [ada] = session.attendees()
    result = session.check_in_attendee(ada, door_time=T0 + timedelta(minutes=30))
    assert result.outcome is Outcome.CHECKED_IN
    undone = session.undo(ada, door_time=T0 + timedelta(minutes=10))  # this desk's clock is behind
    assert undone.outcome is UndoOutcome.UNDONE
    assert undone.record.cancels == result.record.uuid
    assert not session.presence().get(ada.id, derive_presence([])).checked_in
    assert undone.presence is not None and not undone.presence.checked_in


def test_a_paper_day_check_in_before_an_undo_counts(session: EventSession) -> None:
    [ada] = session.attendees()
    session.check_in_attendee(ada, door_time=T0 + timedelta(minutes=20))
    session.undo(ada, door_time=T0 + timedelta(minutes=25))
    result = session.check_in_attendee(ada, door_time=T0 + timedelta(minutes=5))  # from the paper list
    assert result.outcome is Outcome.CHECKED_IN
    assert session.presence()[ada.id].checked_in


def test_undo_of_the_shown_entry_keeps_another_desks_check_in(session: EventSession) -> None:
    [ada] = session.attendees()
    theirs = CheckInRecord(ada.id, RecordKind.ENTRY, T0, desk="Desk 2")
    session.store.append_records([theirs])
    ours = CheckInRecord(ada.id, RecordKind.ENTRY, T0 + timedelta(minutes=3), desk="Desk 1")
    session.store.append_records([ours])  # both desks checked her in while apart
    result = session.undo(ada, entry=ours)
    assert result.outcome is UndoOutcome.UNDONE and result.record.cancels == ours.uuid
    state = session.presence()[ada.id]
    assert state.checked_in and state.first_entry == theirs
    assert result.presence.checked_in  # the outcome tells the desk she is still in


def test_an_offline_replica_undo_cancels_only_its_own_entry(tmp_path: Path) -> None:
    replica = ReplicaStore.open_or_create(tmp_path / "replica.checkin", EVENT)
    replica.put_attendees([Attendee(7, "C7", family_name="Hopper")])
    theirs = CheckInRecord(7, RecordKind.ENTRY, T0, desk="Desk A")  # pulled from the server before the cut
    replica.put_records([theirs])
    ours = CheckInRecord(7, RecordKind.ENTRY, T0 + timedelta(minutes=4), desk="Desk B")
    replica.put_records([ours])
    session = EventSession(replica, clock=lambda: T0 + timedelta(minutes=5), desk="Desk B")
    result = session.undo(replica.attendee(7), entry=ours)
    assert result.outcome is UndoOutcome.UNDONE
    assert replica.presence()[7].checked_in and replica.presence()[7].first_entry == theirs


def test_scan_at_a_future_time_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "e.checkin"
    store = create_event(path, EVENT)
    [ada] = store.add_attendees([Attendee(None, "", family_name="Lovelace")])
    store.close()
    future = (datetime.now(UTC) + timedelta(days=2)).isoformat(timespec="minutes")
    status, _out, err = cli(capsys, "scan", path, ada.code, "--at", future)
    assert status == 2 and "future" in err
    with open_event(path) as store:
        assert store.records() == []


def test_a_check_in_before_an_old_style_undo_says_it_does_not_count(session: EventSession) -> None:
    [ada] = session.attendees()
    session.store.append_records([CheckInRecord(ada.id, RecordKind.ENTRY, T0 + timedelta(minutes=20)),
                                  CheckInRecord(ada.id, RecordKind.UNDO, T0 + timedelta(minutes=25))])
    result = session.check_in_attendee(ada, door_time=T0 + timedelta(minutes=5))
    assert result.outcome is Outcome.TAKEN_BACK and not result.presence.checked_in
    assert len(session.store.records()) == 2  # nothing written that would not count
    assert session.check_in_attendee(ada).outcome is Outcome.CHECKED_IN  # now, after that undo: it counts


def test_the_undo_command_says_when_the_person_is_still_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    path = tmp_path / "e.checkin"
    store = create_event(path, EVENT)
    [ada] = store.add_attendees([Attendee(None, "", family_name="Lovelace")])
    store.append_records([CheckInRecord(ada.id, RecordKind.ENTRY, T0, desk="Desk 2")])
    store.close()
    status, out, _err = cli(capsys, "undo", path, ada.code)
    assert status == 0 and out.startswith("check-in undone: ")
    with open_event(path) as store:
        assert not store.presence()[ada.id].checked_in


def test_an_entry_its_undo_took_back_is_no_double_check_in(tmp_path: Path) -> None:
    replica = ReplicaStore.open_or_create(tmp_path / "replica.checkin", EVENT)
    replica.put_attendees([Attendee(7, "C7", family_name="Hopper")])
    theirs = CheckInRecord(7, RecordKind.ENTRY, T0, desk="Desk A")
    ours = CheckInRecord(7, RecordKind.ENTRY, T0 + timedelta(minutes=4), desk="Desk B")
    taken_back = CheckInRecord(7, RecordKind.UNDO, T0 + timedelta(minutes=5), desk="Desk B", cancels=ours.uuid)
    replica.put_records([theirs, ours, taken_back])
    # Doubles are found where the records meet (checkin.store.conflicts, on the server at upload).
    from checkin.store.conflicts import doubles

    assert doubles(replica.records(7, theirs.checkpoint)) == []
    assert len(doubles(replica.records(7, theirs.checkpoint)[:2])) == 1  # without the undo it is one


@pytest.mark.parametrize("scanned", ["/", "-- --", "0\x850", "x\u2028y"])
def test_a_stream_of_odd_scans_answers_each_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch, scanned: str) -> None:
    """Found by the fuzz test: punctuation alone stopped `scan -` with an IndexError, and a code holding
    a next-line character split its JSON answer over two lines."""
    import io
    import json
    import sys

    path = tmp_path / "e.checkin"
    create_event(path, EVENT).close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{scanned}\nNEXT\n"))
    status, out, err = cli(capsys, "scan", path, "-", "--json")
    assert status == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["outcome"] for a in answers][-1] == "unknown_code" and len(answers) == 2
