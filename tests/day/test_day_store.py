"""The programme's tables in the event file and on a real PostgreSQL server: upgrades, races, the change
feed to a second desk, an offline desk, and the purge."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest

from checkin.core import loans as lending
from checkin.core.groups import collect_badge
from checkin.core.models import Attendee, Event
from checkin.core.programme import ProgrammeSession, Role, SessionPerson, arrival_notice
from checkin.core.purge import purge_event
from checkin.core.session import EventSession
from checkin.store import create_event, errors, open_event
from checkin.store.changes import ChangeFeed
from checkin.store.postgres_store import PostgresStore
from checkin.store.sqlite_schema import SCHEMA_VERSION

T0 = datetime(2018, 10, 18, 7, 0, tzinfo=UTC)
PATIENCE = 30.0


def _day(session: EventSession) -> tuple[Attendee, Attendee]:
    ann, ben = session.add_attendees([
        Attendee(None, "", given_name="Ann", family_name="Alpha", category="Speaker", email="ann@example.org"),
        Attendee(None, "", given_name="Ben", family_name="Beta")])
    session.store.save_session(ProgrammeSession(None, T0, "Opening address", people=(SessionPerson(ann.id),)))
    lending.lend(session, ben, "R1", "ID card of Ben Beta")
    collect_badge(session, ann, "Ben Beta")
    return ann, ben


def test_a_second_format_file_is_upgraded_keeping_everything(tmp_path: Path) -> None:
    from checkin.store.sqlite_schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "format 2 (old).checkin"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute("PRAGMA journal_mode = WAL")
    old.execute("BEGIN")
    MIGRATIONS[0](old)
    MIGRATIONS[1](old)
    old.execute("PRAGMA user_version = 2")
    old.execute("INSERT INTO event (id, uid, code_prefix, title, starts_on) "
                "VALUES (1, 'u', 'BCDE', 'Old', '2018-10-18')")
    old.execute("INSERT INTO attendees (id, code, given_name, group_name, needs) "
                "VALUES (1, 'BCDEFGHJKN', 'Ann', 'Mission', 'wheelchair')")
    old.execute("INSERT INTO checkins (uuid, attendee_id, checkpoint, kind, door_time, desk) "
                "VALUES ('r1', 1, 'Entrance', 'entry', '2018-10-18T06:42:00.000000+00:00', 'Desk 1')")
    old.execute("COMMIT")
    old.close()
    with open_event(path) as store:
        session = EventSession(store, desk="Desk 1")
        [ann] = store.attendees()
        assert (ann.group, ann.needs) == ("Mission", "wheelchair") and store.presence()[1].checked_in
        assert store.programme() == [] and store.loans() == [] and store.collections() == []
        store.save_session(ProgrammeSession(None, T0, "Welcome", people=(SessionPerson(1, Role.MODERATOR),)))
        assert lending.lend(session, ann, "R7").outcome is lending.LoanOutcome.LENT
    with open_event(path) as store:
        assert store.programme()[0].people == (SessionPerson(1, Role.MODERATOR),)
        assert store.loans()[0].item == "R7"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_purge_forgets_loans_deposits_collections_and_who_spoke(empty_session: EventSession) -> None:
    _day(empty_session)
    kept = purge_event(empty_session.store, T0)
    store = empty_session.store
    assert store.loans() == [] and store.collections() == []
    assert [s.people for s in store.programme()] == [()] and store.programme()[0].title == "Opening address"
    assert kept["checkpoints"]["Entrance"]["loans"] == [{"kind": "", "lent": None, "not_returned": None}]
    path = Path(store.location)
    store.close()
    raw = path.read_bytes() + (path.with_name(path.name + "-wal").read_bytes()
                               if path.with_name(path.name + "-wal").exists() else b"")
    assert b"ID card of Ben Beta" not in raw and b"Ben Beta" not in raw  # no page of the file keeps them
    empty_session.store = open_event(path)


# -- on a real server ------------------------------------------------------------------------------------
@pytest.mark.postgres
def test_the_server_keeps_the_day_and_purges_it(pg_url: str) -> None:
    with create_event(pg_url, Event(title="Shared", starts_on=date(2018, 10, 18))) as store:
        session = EventSession(store, desk="Desk 1")
        ann, _ben = _day(session)
        [opening] = store.programme()
        assert opening.people == (SessionPerson(ann.id, Role.SPEAKER),) and opening.starts_at == T0
        assert lending.lend(session, ann, "R1").attendee.name == "Ben Beta"  # already out, with Ben
        assert store.collections()[0].collected_by == "Ben Beta"
        stored = store.replace_programme([opening, ProgrammeSession(None, T0, "Panel")], keep_ids=False)
        assert [s.title for s in store.programme()] == ["Opening address", "Panel"] and stored[0].id != opening.id
        purge_event(store, T0)
        assert store.loans() == [] and store.collections() == [] and store.programme()[0].people == ()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM loans").fetchone()[0] == 0


@pytest.mark.postgres
def test_a_server_event_of_the_second_format_is_upgraded(pg_url: str) -> None:
    from checkin.store import postgres_schema

    with create_event(pg_url, Event(title="Shared", starts_on=date(2018, 10, 18))) as store:
        store.add_attendees([Attendee(None, "", given_name="Ann")])
    with psycopg.connect(pg_url, autocommit=True) as conn:  # back to format 2, as a desk of last month left it
        conn.execute("DROP TABLE badge_collections, loans, session_people, programme_sessions")
        conn.execute("DROP FUNCTION checkin_notify_table()")
        conn.execute("UPDATE checkin_meta SET value = '2' WHERE key = 'schema_version'")
    with open_event(pg_url) as store:
        assert store.schema_version() == postgres_schema.SCHEMA_VERSION
        assert store.attendees()[0].given_name == "Ann" and store.loans() == []


@pytest.mark.postgres
def test_two_desks_lending_one_receiver_at_once_get_one_loan(pg_url: str) -> None:
    with create_event(pg_url, Event(title="Shared", starts_on=date(2018, 10, 18))) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"P{n}") for n in range(8)])
    outcomes: list[str] = []
    barrier = threading.Barrier(len(people))

    def desk(person: Attendee) -> None:
        with PostgresStore.open(pg_url) as store:
            session = EventSession(store, desk=f"Desk {person.id}")
            barrier.wait()
            outcomes.append(lending.lend(session, person, "R042").outcome.value)

    threads = [threading.Thread(target=desk, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(PATIENCE)
    assert sorted(outcomes) == ["already_out"] * 7 + ["lent"]
    with open_event(pg_url) as store:
        assert len(store.loans()) == 1


@pytest.mark.postgres
def test_a_speaker_s_arrival_reaches_the_organisers_desk_through_the_change_feed(pg_url: str) -> None:
    with create_event(pg_url, Event(title="Shared", starts_on=date(2018, 10, 18))) as store:
        session = EventSession(store, desk="Entrance 1")
        ann, _ = _day(session)
    organisers = PostgresStore.open(pg_url)
    feed = ChangeFeed(organisers.connection, organisers.location)
    try:
        with open_event(pg_url) as entrance_store:
            entrance = EventSession(entrance_store, desk="Entrance 1")
            entrance.check_in(ann.code, door_time=T0.replace(hour=6, minute=50))
            entrance_store.save_session(ProgrammeSession(None, T0, "Late addition"))
            lending.give_back(entrance, "R1")
        changes = []
        for _ in range(10):
            changes += feed.wait(PATIENCE)
            if {"checkins", "programme_sessions", "loans"} <= {c.table for c in changes}:
                break
        [record] = [c.record for c in changes if c.record is not None]
        assert (record.attendee_id, record.desk) == (ann.id, "Entrance 1")
        notice = arrival_notice(organisers.attendee(record.attendee_id), record.door_time, organisers.programme())
        assert notice is not None and notice.session.title == "Opening address" and notice.role is Role.SPEAKER
        assert {"programme_sessions", "loans"} <= {c.table for c in changes}
    finally:
        feed.close()
        organisers.close()


@pytest.mark.postgres
def test_a_desk_cut_off_shows_its_copy_of_the_programme_and_refuses_loans_in_one_line(
        pg_cluster, pg_url: str, tmp_path: Path) -> None:
    from tcp_proxy import CuttableProxy

    from checkin.store.offline_desk import DeskStore

    with create_event(pg_url, Event(title="Shared", starts_on=date(2018, 10, 18))) as store:
        session = EventSession(store)
        ann, _ben = _day(session)
    proxy = CuttableProxy(pg_cluster.port)
    desk = DeskStore.open(proxy.url_for(pg_url), "Desk 1", replica_folder=tmp_path)
    try:
        session = EventSession(desk, desk="Desk 1")
        assert [s.title for s in desk.programme()] == ["Opening address"]
        assert lending.lend(session, ann, "R2").outcome is lending.LoanOutcome.LENT
        proxy.refuse()
        with pytest.raises(errors.EventUnavailable) as refused:
            lending.lend(session, ann, "R3")
        assert "items lent" in str(refused.value.detail) or not desk.online
        assert [s.title for s in desk.programme()] == ["Opening address"]  # from the desk's copy
        assert desk.programme()[0].people == (SessionPerson(ann.id),)
        with pytest.raises(errors.EventUnavailable):
            desk.loans()
    finally:
        desk.close()
        proxy.close()
    with open_event(pg_url) as store:
        assert sorted(loan.item for loan in store.loans()) == ["R1", "R2"]
