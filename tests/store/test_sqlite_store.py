import hashlib
import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind, Status
from checkin.store import create_event, errors, open_event
from checkin.store.sqlite_schema import SCHEMA_VERSION

EVENT = Event(title="Conference", starts_on=date(2018, 10, 18), timezone="Europe/Zurich")
ZURICH = ZoneInfo("Europe/Zurich")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_event_file_is_wal_with_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    create_event(path, EVENT).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()
    store = open_event(path)
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.event().title == "Conference"
    assert len(store.event().code_prefix) == 4
    store.close()


def test_attendees_round_trip_with_codes_and_external_codes(tmp_path: Path) -> None:
    store = create_event(tmp_path / "e.checkin", EVENT)
    registered = datetime(2018, 9, 3, 7, 5, tzinfo=UTC)
    [added] = store.add_attendees([Attendee(None, "", given_name="Anh", family_name="Nguyen",
                                            organisation="IOM", email="anh@example.org",
                                            registered_at=registered, external_codes=("abc123",),
                                            extra={"Country": "Viet Nam"})])
    assert added.id is not None and added.code.startswith(store.event().code_prefix)
    assert store.attendee(added.id) == added
    assert store.attendees_by_code("ABC123") == [added]
    assert store.attendees_by_code(added.code) == [added]
    edited = added.with_changes(family_name="Nguyễn", code="IGNORED")
    store.update_attendees([edited])
    assert store.attendee(added.id).family_name == "Nguyễn"
    assert store.attendee(added.id).code == added.code
    store.close()


def test_append_entry_writes_once_and_reports_the_first(tmp_path: Path) -> None:
    store = create_event(tmp_path / "e.checkin", EVENT)
    [person] = store.add_attendees([Attendee(None, "", family_name="Art")])
    first = CheckInRecord(person.id, RecordKind.ENTRY, datetime(2018, 10, 18, 6, 42, tzinfo=UTC), desk="Desk 2")
    second = CheckInRecord(person.id, RecordKind.ENTRY, datetime(2018, 10, 18, 6, 50, tzinfo=UTC))
    assert not store.append_entry(first).checked_in
    before = store.append_entry(second)
    assert before.checked_in and before.first_entry == first
    assert store.records() == [first]
    store.close()


def test_replayed_records_are_idempotent_by_uuid(tmp_path: Path) -> None:
    store = create_event(tmp_path / "e.checkin", EVENT)
    [person] = store.add_attendees([Attendee(None, "", family_name="Art")])
    records = [CheckInRecord(person.id, RecordKind.ENTRY, datetime(2018, 10, 18, 6, m, tzinfo=UTC)) for m in (1, 2)]
    assert store.append_records(records) == 2
    assert store.append_records(reversed(records)) == 0
    assert len(store.records()) == 2
    store.close()


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(errors.EventNotFound):
        open_event(tmp_path / "nope.checkin")
    assert not (tmp_path / "nope.checkin").exists()


def test_a_file_that_is_not_an_event_is_refused_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.checkin"
    text.write_bytes(b"PK\x03\x04 not a database at all")
    other_db = tmp_path / "other.checkin"
    connection = sqlite3.connect(other_db)
    connection.execute("CREATE TABLE x (y)")
    connection.commit()
    connection.close()
    for path in (text, other_db):
        before = digest(path)
        with pytest.raises(errors.NotAnEvent):
            open_event(path)
        assert digest(path) == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.checkin"
    create_event(path, EVENT).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    before = digest(path)
    with pytest.raises(errors.NewerSchema) as caught:
        open_event(path)
    assert caught.value.found == SCHEMA_VERSION + 5
    assert digest(path) == before


def test_read_only_medium_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "e.checkin"
    create_event(path, EVENT).close()
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(errors.EventReadOnly):
        open_event(path)


def test_a_writer_holding_the_lock_makes_writes_busy_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    store = create_event(path, EVENT)
    [person] = store.add_attendees([Attendee(None, "", family_name="Art")])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store._db.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(errors.EventBusy):
        store.append_entry(CheckInRecord(person.id, RecordKind.ENTRY, datetime.now(UTC)))
    other.execute("ROLLBACK")
    other.close()
    assert store.records() == []
    assert not store.append_entry(CheckInRecord(person.id, RecordKind.ENTRY, datetime.now(UTC))).checked_in
    store.close()


def test_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    store = create_event(tmp_path / "e.checkin", EVENT)
    with pytest.raises(RuntimeError), store.batch():
        store.add_attendees([Attendee(None, "", family_name="Art")])
        raise RuntimeError("import failed half way")
    assert store.attendees() == []
    store.close()


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    path.write_text("precious")
    with pytest.raises(errors.EventExists):
        create_event(path, EVENT)
    assert path.read_text() == "precious"


def many_people(count: int, first_registered: datetime = datetime(2018, 3, 24, 23, 0, tzinfo=UTC)) -> list[Attendee]:
    # Zurich times every 7 minutes 13.000321 seconds, across a change to summer time; some without a time.
    step = timedelta(minutes=7, seconds=13, microseconds=321)
    return [Attendee(None, "", given_name=f"Ольга {n}", family_name="O'Brien \"Ní\" Bhriain", email=f"p{n}@ex.org",
                     registered_at=(first_registered + n * step).astimezone(ZURICH) if n % 3 else None,
                     external_codes=(f"EB-{n:05d}",) if n % 2 else (),
                     extra={"Country": "Côte d'Ivoire"} if n % 5 == 0 else {}, walk_in=n % 7 == 0)
            for n in range(1234)]  # more than one statement's worth of rows


@pytest.mark.parametrize("every_row_timed", [False, True])
def test_adding_beside_other_work_writes_what_add_attendees_writes(tmp_path: Path, every_row_timed: bool) -> None:
    plain, beside = create_event(tmp_path / "a.checkin", EVENT), create_event(tmp_path / "b.checkin", EVENT)
    seen: list[list[Attendee]] = []
    people = many_people(1234)
    if every_row_timed:  # most lists: no row without a time
        moment = datetime(2018, 3, 1, 12, 0, 0, 7, tzinfo=ZURICH)
        people = [p if p.registered_at else p.with_changes(registered_at=moment) for p in people]
    expected = plain.add_attendees(people)
    stored = beside.add_attendees_meanwhile(people, seen.append)
    assert seen == [stored]  # called once, with the people as stored: ids and codes given
    assert [a.id for a in stored] == list(range(1, 1235)) and all(a.code for a in stored)
    assert beside.attendees() == stored
    # Same rows as the plain path, codes aside (they are random), down to the text of each time.
    assert [a.with_changes(code="") for a in beside.attendees()] == [a.with_changes(code="") for a in expected]
    texts = "SELECT registered_at, extra, status, walk_in FROM attendees ORDER BY id"
    assert beside._db.execute(texts).fetchall() == plain._db.execute(texts).fetchall()
    assert beside.attendees_by_code("EB00003")[0].id == stored[3].id
    plain.close()
    beside.close()


def test_columns_of_one_value_are_written_beside_other_work_as_add_attendees_writes_them(tmp_path: Path) -> None:
    # A column holding one value in every row is written from one parameter: one person (every column
    # but the id), and a list that all waits, in one group, with one need and no time.
    plain, beside = create_event(tmp_path / "a.checkin", EVENT), create_event(tmp_path / "b.checkin", EVENT)
    alone = [Attendee(None, "", given_name="Anh", family_name="Trần", registered_at=datetime(2018, 3, 1, tzinfo=UTC),
                      extra={"Country": "Viet Nam"}, walk_in=True)]
    alike = [Attendee(None, "", given_name=f"P{n}", family_name="Same", status=Status.WAITLISTED,
                      group="Mission of Ruritania", needs="wheelchair") for n in range(2500)]
    for people in (alone, alike):
        expected = plain.add_attendees(people)
        stored = beside.add_attendees_meanwhile(people, lambda stored: None)
        assert [a.with_changes(code="") for a in beside.attendees()[-len(people):]] == [
            a.with_changes(code="") for a in expected]
        assert beside.attendees()[-len(people):] == stored
    rows = "SELECT * FROM attendees ORDER BY id"
    strip_code = [row[:1] + row[2:] for row in plain._db.execute(rows).fetchall()]
    assert [row[:1] + row[2:] for row in beside._db.execute(rows).fetchall()] == strip_code
    plain.close()
    beside.close()


def test_a_write_failing_beside_other_work_leaves_the_event_as_it_was(tmp_path: Path) -> None:
    store = create_event(tmp_path / "e.checkin", EVENT)
    [first] = store.add_attendees([Attendee(None, "", given_name="Anh")])
    people = many_people(1234)
    people[1000] = people[1000].with_changes(code=first.code)  # a code already taken: the insert fails
    seen: list[list[Attendee]] = []
    with pytest.raises(errors.StoreError):
        store.add_attendees_meanwhile(people, seen.append)
    assert len(seen) == 1  # the other work ran; what it made must be thrown away by the caller
    assert store.attendees() == [first]
    store.close()
    reopened = open_event(tmp_path / "e.checkin")
    assert reopened.attendees() == [first]
    assert reopened._db.execute("SELECT count(*) FROM external_codes").fetchone()[0] == 0
    reopened.close()


def test_rows_are_written_within_the_builds_limit_of_parameters(tmp_path: Path) -> None:
    store = create_event(tmp_path / "e.checkin", EVENT)
    store._db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # as SQLite builds before 3.32
    stored = store.add_attendees_meanwhile(many_people(1234), lambda stored: None)
    assert store.attendees() == stored
    store.close()


def test_a_time_before_1970_is_written_as_any_other(tmp_path: Path) -> None:
    plain, beside = create_event(tmp_path / "a.checkin", EVENT), create_event(tmp_path / "b.checkin", EVENT)
    people = many_people(600, first_registered=datetime(1969, 12, 31, 23, 0, 0, 5, tzinfo=UTC))
    plain.add_attendees(people)
    beside.add_attendees_meanwhile(people, lambda stored: None)
    texts = "SELECT registered_at FROM attendees ORDER BY id"
    assert beside._db.execute(texts).fetchall() == plain._db.execute(texts).fetchall()
    assert plain._db.execute(texts).fetchone()[0] is None
    assert plain._db.execute(texts).fetchall()[1][0] == "1969-12-31T23:07:13.000326+00:00"
    plain.close()
    beside.close()


def test_a_first_format_file_is_brought_up_to_date_keeping_people_and_check_ins(tmp_path: Path) -> None:
    from checkin.store.sqlite_schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.checkin"
    # A file as the first release wrote it: format 1, one person, one check-in.
    old = sqlite3.connect(path, isolation_level=None)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute("PRAGMA journal_mode = WAL")
    old.execute("BEGIN")
    MIGRATIONS[0](old)
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO event (id, uid, code_prefix, title, starts_on) "
                "VALUES (1, 'u', 'BCDE', 'Old', '2018-10-18')")
    old.execute("INSERT INTO attendees (id, code, given_name, family_name) VALUES (1, 'BCDEFGHJKN', 'Ann', 'Alpha')")
    old.execute("INSERT INTO checkins (uuid, attendee_id, checkpoint, kind, door_time, desk) "
                "VALUES ('r1', 1, 'Entrance', 'entry', '2018-10-18T06:42:00.000000+00:00', 'Desk 1')")
    old.execute("COMMIT")
    old.close()
    with open_event(path) as store:
        [ann] = store.attendees()
        assert (ann.given_name, ann.group, ann.needs) == ("Ann", "", "")
        [record] = store.records()
        assert (record.uuid, record.desk, record.cancels) == ("r1", "Desk 1", "")
        assert store.presence()[1].checked_in
        stored = store.add_attendees([Attendee(None, "", given_name="Bea", group="Mission of Ruritania",
                                               needs="wheelchair")])
    with open_event(path) as store:
        assert store.attendee(stored[0].id).group == "Mission of Ruritania"
        assert store.attendee(stored[0].id).needs == "wheelchair"
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_an_event_file_named_with_uri_characters_is_that_file(tmp_path: Path) -> None:
    path = tmp_path / "Genève #1 ?draft %41.checkin"
    create_event(path, Event(title="Odd name", starts_on=date(2026, 5, 4))).close()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # not "Genève " (the URI's fragment cut off)
    with open_event(path) as store:
        assert store.event().title == "Odd name"
