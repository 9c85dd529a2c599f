"""Desks on a venue's network: each fault a conference Wi-Fi produces, through a relay the test controls."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from desk_helpers import Watched
from tcp_proxy import CuttableProxy

from checkin.core.clock import utc_now
from checkin.core.models import Attendee, Event
from checkin.core.outcomes import Outcome, UndoOutcome
from checkin.store import create_event, errors, open_event
from checkin.store.offline_desk import DeskStore

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 5, 4, 6, 30, tzinfo=UTC)


@pytest.fixture
def event_people(pg_url: str) -> tuple[str, list[Attendee]]:
    with create_event(pg_url, Event(title="Venue", starts_on=date(2026, 5, 4), timezone="Europe/Zurich")) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"Person {n}", family_name="Tester")
                                      for n in range(30)])
    return pg_url, people


@pytest.fixture
def relays(pg_cluster) -> Iterator[Callable[..., CuttableProxy]]:
    made: list[CuttableProxy] = []

    def relay(**options: float) -> CuttableProxy:
        proxy = CuttableProxy(pg_cluster.port, **options)
        made.append(proxy)
        return proxy

    yield relay
    for proxy in made:
        proxy.close()


@pytest.fixture
def open_desk(tmp_path: Path) -> Iterator[Callable[..., Watched]]:
    desks: list[DeskStore] = []

    def opener(url: str, desk: str, **options: object) -> Watched:
        store = DeskStore.open(url, desk, replica_folder=tmp_path / "replicas" / desk, **options)
        desks.append(store)
        return Watched(store)

    yield opener
    for store in desks:
        store.close()


def _server_records(url: str) -> list:
    with open_event(url) as server:
        return server.records()


# -- 1. a stranded queue ---------------------------------------------------------------------------------------

def test_an_import_cut_before_its_commit_leaves_nothing_in_the_replica(event_people, relays, open_desk) -> None:
    url, _ = event_people
    relay = relays()
    desk = open_desk(relay.url_for(url), "Desk 1")
    relay.cut_on(b"COMMIT", before=True)
    with pytest.raises(errors.StoreError), desk.store.batch():
        desk.store.add_attendees([Attendee(None, "", given_name=f"Late {n}") for n in range(3)])
    assert relay.cut_happened.is_set()
    assert not [a for a in desk.store.attendees() if a.given_name.startswith("Late")]
    assert not [a for a in open_event(url).attendees() if a.given_name.startswith("Late")]


def test_a_record_the_server_refuses_is_parked_and_the_others_go_up(event_people, relays, open_desk) -> None:
    url, people = event_people
    relay = relays()
    desk = open_desk(relay.url_for(url), "Desk 1")
    relay.refuse()
    desk.wait_for(lambda: not desk.store.online, "went offline")
    # A person only this desk's copy knows (a replica written by an older desk, stranded by a rollback).
    stranded = Attendee(9999, "STRANDED1", given_name="Rolled", family_name="Back")
    desk.store._replica.put_attendees([stranded])
    assert desk.session.check_in(people[0].code, door_time=T0).is_new_check_in
    assert desk.session.check_in("STRANDED1", door_time=T0 + timedelta(minutes=1)).is_new_check_in
    assert desk.session.check_in(people[1].code, door_time=T0 + timedelta(minutes=2)).is_new_check_in
    relay.restore()
    desk.wait_for(desk.synced, "uploaded what the server takes")
    assert sorted(r.attendee_id for r in _server_records(url)) == sorted([people[0].id, people[1].id])
    (parked,) = desk.store.parked()
    assert parked.record.attendee_id == 9999 and "not on the server" in parked.reason
    assert desk.store.status().parked == 1
    # The organiser sees it from anywhere: it is on the server's list to check.
    with open_event(url) as server:
        assert [c.kind for c in server.conflicts()] == ["parked"]
    # And the desk opens again after a restart.
    desk.store.close()
    again = open_desk(relay.url_for(url), "Desk 1")
    assert again.store.online and again.store.status().queued == 0


# -- 2. one desk's drop must not hold other desks -----------------------------------------------------------------

def test_every_session_sets_the_timeouts_that_free_a_dropped_desks_locks(event_people) -> None:
    url, _ = event_people
    with open_event(url) as store:
        conn = store.connection
        settings = {name: conn.execute(f"SHOW {name}").fetchone()[0]
                    for name in ("idle_in_transaction_session_timeout", "lock_timeout", "statement_timeout")}
    assert all(value not in ("0", "0ms") for value in settings.values()), settings


def test_a_drop_inside_an_upload_does_not_hold_the_person_for_other_desks(event_people, relays, open_desk,
                                                                          pg_cluster) -> None:
    url, people = event_people
    relay = relays()
    cut = open_desk(relay.url_for(url), "Desk 1")
    other = open_desk(url, "Desk 2")
    relay.cut_on(b"FOR UPDATE", before=False)  # the server takes the person's lock, the answer never comes back
    assert cut.session.check_in(people[5].code, door_time=T0).is_new_check_in
    assert relay.cut_happened.wait(10)
    with psycopg.connect(url, autocommit=True) as admin:
        deadline = time.monotonic() + 10
        locked = ("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                  "WHERE c.relname = 'attendees' AND l.mode = 'RowShareLock' AND l.granted")
        while not admin.execute(locked).fetchone()[0]:
            assert time.monotonic() < deadline, "the cut did not leave the person locked (test premise)"
            time.sleep(0.05)
    # The other desk scans the same person: its upload must not wait for the dropped desk's lock for long.
    assert other.session.check_in(people[5].code, door_time=T0 + timedelta(minutes=1)).is_new_check_in
    other.wait_for(other.synced, "uploaded past the dropped desk's lock", patience=40)
    assert people[5].id in {r.attendee_id for r in _server_records(url)}


def test_retries_through_a_flapping_link_do_not_pile_up_server_sessions(event_people, relays, open_desk) -> None:
    url, people = event_people
    relay = relays()
    desk = open_desk(relay.url_for(url), "Desk 1")
    for round_ in range(4):
        relay.blackhole()
        desk.session.check_in(people[round_].code)
        desk.wait_for(lambda: not desk.store.online, "noticed the dead link")
        relay.restore(server_hears=False)  # each drop leaves a session the server still believes in
        desk.wait_for(desk.synced, "came back")
    with psycopg.connect(url, autocommit=True) as admin:
        deadline = time.monotonic() + 30
        while True:
            count = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'checkin%' "
                                  "AND datname = current_database()").fetchone()[0]
            if count <= 3 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    assert count <= 3, f"{count} server sessions for one desk"


# -- 5. clocks that disagree ---------------------------------------------------------------------------------------

def test_a_desk_whose_clock_is_ten_minutes_fast_is_measured_warned_and_corrected(event_people, open_desk) -> None:
    url, people = event_people
    fast = open_desk(url, "Fast desk", clock=lambda: utc_now() + timedelta(minutes=10))
    right = open_desk(url, "Right desk")
    fast.wait_for(lambda: fast.store.status().clock_offset is not None, "measured its clock")
    assert abs(fast.store.status().clock_offset - 600) < 30
    assert abs(right.store.status().clock_offset) < 30
    before = utc_now()
    assert fast.session.check_in(people[0].code).is_new_check_in
    fast.wait_for(fast.synced, "uploaded")
    (on_server,) = _server_records(url)
    assert abs(on_server.clock_offset - 600) < 30
    assert on_server.door_time > before + timedelta(minutes=9)  # its own door time is kept …
    assert abs((on_server.corrected_time - before).total_seconds()) < 30  # … and the corrected one is right
    right.wait_for(lambda: people[0].id in right.store.presence(), "heard of it")
    already = right.session.check_in(people[0].code)
    assert already.outcome is Outcome.ALREADY_CHECKED_IN
    assert abs((already.first_entry.corrected_time - before).total_seconds()) < 30
    assert abs((right.store.presence()[people[0].id].checked_in_at - before).total_seconds()) < 30
    # Every desk's list to check names the skewed desk.
    right.wait_for(lambda: any(c.kind == "clock_skew" and c.detail["desk"] == "Fast desk"
                               for c in right.store.conflicts()), "listed the skewed clock")


# -- 6. doubles kept as data --------------------------------------------------------------------------------------

def test_a_double_check_in_stays_on_every_desks_list_until_marked_seen(event_people, relays, open_desk) -> None:
    url, people = event_people
    relay = relays()
    apart = open_desk(relay.url_for(url), "Desk 1")
    online = open_desk(url, "Desk 2")
    relay.refuse()
    apart.wait_for(lambda: not apart.store.online, "went offline")
    assert apart.session.check_in(people[7].code, door_time=T0).is_new_check_in
    assert online.session.check_in(people[7].code, door_time=T0 + timedelta(minutes=1)).is_new_check_in
    online.wait_for(online.synced, "uploaded")
    apart.store.close()  # both desks restart before anyone looks
    online.store.close()
    relay.restore()
    back = open_desk(relay.url_for(url), "Desk 1")
    back.wait_for(back.synced, "uploaded after the restart")
    late = open_desk(url, "Desk 3")  # a desk that opens afterwards sees it too
    for desk in (back, late):
        desk.wait_for(lambda d=desk: [c.kind for c in d.store.conflicts()] == ["double_check_in"], "listed it")
    (double,) = late.store.conflicts()
    assert double.attendee_id == people[7].id
    assert sorted(double.detail["desks"]) == ["Desk 1", "Desk 2"]
    late.store.mark_seen([double.id], by="Desk 3")
    back.wait_for(lambda: not back.store.conflicts(), "saw it marked seen")
    assert [c.seen_by for c in back.store.conflicts(include_seen=True)] == ["Desk 3"]


# -- 7. the same walk-in at two desks ---------------------------------------------------------------------------

def test_the_same_walk_in_registered_at_two_desks_apart_is_merged_and_reported(event_people, relays,
                                                                               open_desk) -> None:
    url, _ = event_people
    relay_one, relay_two = relays(), relays()
    one, two = open_desk(relay_one.url_for(url), "Desk 1"), open_desk(relay_two.url_for(url), "Desk 2")
    relay_one.refuse()
    relay_two.refuse()
    for desk in (one, two):
        desk.wait_for(lambda d=desk: not d.store.online, "went offline")
    (first,) = one.session.add_attendees([Attendee(None, "", given_name="Zoë", family_name="Müller",
                                                   organisation="UNHCR", walk_in=True)])
    (second,) = two.session.add_attendees([Attendee(None, "", given_name="Zoe", family_name="MULLER",
                                                    organisation="unhcr", walk_in=True)])
    assert one.session.check_in_attendee(first, door_time=T0).is_new_check_in
    assert two.session.check_in_attendee(second, door_time=T0 + timedelta(minutes=2)).is_new_check_in
    relay_one.restore()
    one.wait_for(one.synced, "uploaded")
    relay_two.restore()
    two.wait_for(two.synced, "uploaded")
    with open_event(url) as server:
        walk_ins = [a for a in server.attendees() if a.walk_in]
        assert len(walk_ins) == 1, walk_ins
        (person,) = walk_ins
        assert sorted(r.desk for r in server.records(person.id)) == ["Desk 1", "Desk 2"]  # both records kept
        assert server.attendees_by_code(second.code) == [person]  # the second badge still scans
        kinds = sorted(c.kind for c in server.conflicts())
    assert kinds == ["double_check_in", "same_walk_in"]
    assert two.session.check_in(second.code).outcome is Outcome.ALREADY_CHECKED_IN


# -- 8. an offline walk-in gets its server id --------------------------------------------------------------------

def test_an_offline_walk_in_can_be_undone_and_edited_after_sync(event_people, relays, open_desk) -> None:
    url, _ = event_people
    relay = relays()
    desk = open_desk(relay.url_for(url), "Desk 1")
    relay.refuse()
    desk.wait_for(lambda: not desk.store.online, "went offline")
    (walk_in,) = desk.session.add_attendees([Attendee(None, "", given_name="Walk", family_name="In", walk_in=True)])
    assert walk_in.id < 0
    assert desk.session.check_in_attendee(walk_in, door_time=T0).is_new_check_in
    relay.restore()
    desk.wait_for(desk.synced, "uploaded")
    # The window still holds the walk-in under its temporary id: undo and edits must still work.
    assert desk.session.undo(walk_in, door_time=T0 + timedelta(minutes=1)).outcome is UndoOutcome.UNDONE
    desk.session.update_attendees([walk_in.with_changes(organisation="Red Cross")])
    desk.wait_for(desk.synced, "uploaded the undo")
    with open_event(url) as server:
        (registered,) = [a for a in server.attendees() if a.walk_in]
        assert registered.organisation == "Red Cross"
        assert [r.kind.value for r in server.records(registered.id)] == ["entry", "undo"]
    assert desk.store.attendee(walk_in.id).id == registered.id


# -- 9. a slow link never blocks the desk -------------------------------------------------------------------------

def test_a_check_in_answers_before_a_round_trip_could_have_happened(event_people, relays, open_desk) -> None:
    url, people = event_people
    relay = relays(delay=0.25)  # a half-second round trip
    desk = open_desk(relay.url_for(url), "Desk 1", answer_within=3.0)
    desk.wait_for(lambda: desk.store.online, "came online through the slow link")
    started = time.monotonic()
    for person in people[:5]:
        assert desk.session.check_in(person.code).is_new_check_in
    assert time.monotonic() - started < 1.0  # five scans in less than two round trips: none waited for one
    desk.wait_for(desk.synced, "uploaded in the background")
    assert len(_server_records(url)) == 5


def test_a_desk_on_a_crowded_half_second_link_stays_online_and_keeps_up(event_people, relays, open_desk) -> None:
    url, people = event_people
    relay = relays(delay=0.3)  # 600 ms round trip: the venue's Wi-Fi at 08:30
    desk = open_desk(relay.url_for(url), "Desk 1")  # the desk's usual one-second patience
    for person in people[:8]:
        assert desk.session.check_in(person.code).is_new_check_in
    desk.wait_for(lambda: desk.synced() and len(_server_records(url)) == 8, "took its scans up")
    assert all(status.online for status in desk.statuses), "a slow link was taken for a dead one"


def test_a_desk_told_wrong_by_its_copy_is_corrected_visibly(event_people, relays, open_desk) -> None:
    url, people = event_people
    relay = relays(delay=0.3)
    slow = open_desk(relay.url_for(url), "Desk 1", answer_within=3.0)
    fast = open_desk(url, "Desk 2")
    relay.blackhole()  # the slow desk's copy cannot hear of the fast desk's check-in
    assert fast.session.check_in(people[9].code, door_time=T0).is_new_check_in
    fast.wait_for(fast.synced, "uploaded")
    assert slow.session.check_in(people[9].code, door_time=T0 + timedelta(minutes=1)).is_new_check_in
    relay.restore()
    slow.wait_for(lambda: any(c.kind == "double_check_in" for c in slow.conflicts), "was told")
    (double,) = [c for c in slow.conflicts if c.kind == "double_check_in"]
    assert double.detail["counted"]["desk"] == "Desk 2"


# -- 10. coming back after an outage pulls only what changed -----------------------------------------------------

def test_coming_back_pulls_only_what_changed(pg_cluster, pg_url, relays, open_desk) -> None:
    with create_event(pg_url, Event(title="Big", starts_on=date(2026, 5, 4))) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"Person {n}", organisation="Org " * 10)
                                      for n in range(3000)])
    relay = relays()
    desk = open_desk(relay.url_for(pg_url), "Desk 1")
    first_open = relay.bytes_to_desk
    relay.blackhole()
    desk.wait_for(lambda: not desk.store.online, "went offline")
    other = open_desk(pg_url, "Desk 2")
    for person in people[:20]:
        other.session.check_in(person.code)
    other.wait_for(other.synced, "uploaded")
    before = relay.bytes_to_desk
    relay.restore()
    desk.wait_for(lambda: desk.synced() and len(desk.store.records()) == 20, "caught up")
    assert relay.bytes_to_desk - before < first_open / 10, (relay.bytes_to_desk - before, first_open)


def test_a_first_pull_cut_half_way_resumes(pg_cluster, pg_url, relays, tmp_path) -> None:
    with create_event(pg_url, Event(title="Big", starts_on=date(2026, 5, 4))) as store:
        store.add_attendees([Attendee(None, "", given_name=f"Person {n}", organisation="Org " * 10)
                             for n in range(6000)])
    whole = relays()
    DeskStore.open(whole.url_for(pg_url), "Desk 2", replica_folder=tmp_path / "whole").close()
    relay = relays()
    relay.cut_after_bytes_to_desk(whole.bytes_to_desk * 2 // 3)
    folder = tmp_path / "replicas"
    with pytest.raises(errors.EventUnavailable):
        DeskStore.open(relay.url_for(pg_url), "Desk 1", replica_folder=folder)
    relay.restore()
    before = relay.bytes_to_desk
    desk = Watched(DeskStore.open(relay.url_for(pg_url), "Desk 1", replica_folder=folder))
    try:
        desk.wait_for(desk.synced, "finished the first pull")
        assert len(desk.store.attendees()) == 6000
        # The second try fetched what the first had not kept, not the whole event again.
        assert relay.bytes_to_desk - before < whole.bytes_to_desk * 2 // 3, (relay.bytes_to_desk - before,
                                                                             whole.bytes_to_desk)
    finally:
        desk.store.close()


# -- 11. messages that say what is true ---------------------------------------------------------------------------

def test_after_a_wifi_drop_the_desk_does_not_accuse_itself_of_a_double_name(event_people, relays,
                                                                              open_desk) -> None:
    url, people = event_people
    relay = relays()
    desk = open_desk(relay.url_for(url), "Desk 1")
    relay.blackhole()  # the old session stays open on the server, holding the desk name
    desk.session.check_in(people[0].code)
    desk.wait_for(lambda: not desk.store.online, "noticed")
    relay.restore(server_hears=False)
    desk.wait_for(desk.synced, "came back")
    assert not desk.store.status().desk_name_in_use


def test_an_edit_offline_says_the_desk_is_offline_not_that_a_file_is_gone(event_people, relays,
                                                                            open_desk) -> None:
    url, people = event_people
    relay = relays()
    desk = open_desk(relay.url_for(url), "Desk 1")
    relay.refuse()
    desk.wait_for(lambda: not desk.store.online, "went offline")
    desk.session.check_in(people[0].code)
    with pytest.raises(errors.ServerOffline) as raised:
        desk.session.update_attendees([people[1].with_changes(organisation="Changed offline")])
    assert raised.value.queued == 1 and raised.value.since is not None
    assert desk.store.status().offline_since == raised.value.since


# -- 21.1 the watchdog works where the socket cannot be duplicated and tcp_user_timeout is missing ---------------

def test_the_watchdog_frees_a_stuck_call_without_dup_or_tcp_user_timeout(event_people, relays,
                                                                         monkeypatch) -> None:
    import os

    from checkin.store import postgres_connection
    from checkin.store.desk_sync import watched
    from checkin.store.postgres_store import PostgresStore

    def no_dup(fd: int) -> int:
        raise OSError("sockets cannot be duplicated with os.dup here (Windows)")

    monkeypatch.setattr(os, "dup", no_dup)
    monkeypatch.setattr(postgres_connection, "HAS_TCP_USER_TIMEOUT", False)
    url, _ = event_people
    relay = relays()
    store = PostgresStore.open(relay.url_for(url))
    assert "tcp_user_timeout" not in store.connection.info.get_parameters()
    relay.blackhole()
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_capture(lambda: watched(store, store.records, 0.5))),
                              daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the call was still blocked after 10 s"
    assert isinstance(outcome[0], errors.EventUnavailable)
    store.close()


def _capture(call: Callable[[], object]) -> object:
    try:
        return call()
    except Exception as error:
        return error


# -- 21.2 the password lives in the system keyring ----------------------------------------------------------------

def test_the_password_comes_from_the_keyring_and_a_refusal_opens_the_offline_copy(pg_cluster, pg_url, tmp_path,
                                                                                  memory_keyring) -> None:
    from checkin.store.passwords import save_password

    with create_event(pg_url, Event(title="Locked", starts_on=date(2026, 5, 4))) as store:
        (person,) = store.add_attendees([Attendee(None, "", given_name="Ada")])
    url = pg_cluster.url(pg_url.rsplit("/", 1)[1], user=pg_cluster.SECURED_ROLE)
    assert save_password(url, pg_cluster.SECURED_PASSWORD)
    desk = DeskStore.open(url, "Desk 1", replica_folder=tmp_path)
    assert desk.status().online
    desk.close()
    assert save_password(url, "changed-by-someone")
    desk = DeskStore.open(url, "Desk 1", replica_folder=tmp_path)
    try:
        assert not desk.status().online and desk.status().reason == "access_denied"
        assert desk.attendee(person.id).given_name == "Ada"
    finally:
        desk.close()


# -- 12. a desk from the command line ------------------------------------------------------------------------------

def test_sync_from_the_command_line_says_what_still_waits_when_the_server_is_away(event_people, relays,
                                                                                  tmp_path) -> None:
    import json
    import subprocess
    import sys

    url, people = event_people
    relay = relays()
    replica = tmp_path / "kiosk #1 à l'entrée.checkin"  # a name with a space, a hash and an accent
    scan = subprocess.run([sys.executable, "-m", "checkin", "scan", relay.url_for(url), "-", "--desk", "Kiosk",
                           "--replica", str(replica), "--json"], input=people[0].code + "\n",
                          capture_output=True, text=True, timeout=60)
    assert scan.returncode == 0, scan.stderr
    relay.refuse()
    scan = subprocess.run([sys.executable, "-m", "checkin", "scan", relay.url_for(url), people[1].code, "--desk",
                           "Kiosk", "--replica", str(replica)], capture_output=True, text=True, timeout=60)
    assert scan.returncode == 0 and scan.stdout.startswith("checked in: Person 1"), scan.stderr
    assert "1 check-ins wait in" in scan.stderr and "checkin sync" in scan.stderr
    away = subprocess.run([sys.executable, "-m", "checkin", "sync", relay.url_for(url), "--replica", str(replica),
                           "--within", "3"], capture_output=True, text=True, timeout=60)
    assert away.returncode == 1 and "cannot be reached" in away.stderr and "1 check-ins" in away.stderr
    relay.restore()
    back = subprocess.run([sys.executable, "-m", "checkin", "sync", relay.url_for(url), "--replica", str(replica),
                           "--json"], capture_output=True, text=True, timeout=60)
    assert back.returncode == 0, back.stderr
    report = json.loads(back.stdout)
    assert report["uploaded"] == 1 and report["queued"] == 0 and report["online"]
    assert sorted(r.attendee_id for r in _server_records(url)) == [people[0].id, people[1].id]


# -- an event published by the previous format keeps working ------------------------------------------------------

def test_a_server_event_of_the_previous_format_is_upgraded_and_desks_sync_on_it(pg_url, tmp_path) -> None:
    from checkin.store import postgres_schema

    with psycopg.connect(pg_url, autocommit=True) as conn, conn.transaction():  # as the previous release made it
        conn.execute(postgres_schema.META_TABLE)
        conn.execute("INSERT INTO checkin_meta VALUES ('application', 'checkin'), ('schema_version', '2')")
        postgres_schema.MIGRATIONS[0](conn)
        postgres_schema.MIGRATIONS[1](conn)
        conn.execute("INSERT INTO event (id, uid, code_prefix, title, starts_on) VALUES (1, 'u', 'BCDE', 'Old', "
                     "'2018-10-18')")
        conn.execute("INSERT INTO attendees (id, code, given_name) VALUES (1, 'BCDEFGHJKN', 'Ann'), "
                     "(2, 'BCDEFGHJKP', 'Bea')")
        conn.execute("INSERT INTO checkins (uuid, attendee_id, checkpoint, kind, door_time, desk) "
                     "VALUES ('r1', 1, 'Entrance', 'entry', '2018-10-18T06:42:00.000000+00:00', 'Desk 1')")
    desk = Watched(DeskStore.open(pg_url, "Desk 2", replica_folder=tmp_path))
    try:
        assert [r.uuid for r in desk.store.records()] == ["r1"]
        assert desk.store.records()[0].clock_offset is None  # never measured: shown as it was written
        assert desk.session.check_in("BCDEFGHJKP").is_new_check_in
        desk.wait_for(desk.synced, "uploaded to the upgraded event")
    finally:
        desk.store.close()
    with open_event(pg_url) as server:
        assert server.schema_version() == postgres_schema.SCHEMA_VERSION
        assert sorted(r.attendee_id for r in server.records()) == [1, 2]
        assert server.conflicts() == []
