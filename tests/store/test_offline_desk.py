"""Desks on a shared server event: live updates, and no check-in lost when the link drops."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from desk_helpers import Watched
from tcp_proxy import CuttableProxy

from checkin.core.models import Attendee, Event
from checkin.core.outcomes import Outcome
from checkin.store import create_event, errors, open_event
from checkin.store.offline_desk import DeskStore

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 5, 4, 6, 30, tzinfo=UTC)


@pytest.fixture
def event_people(pg_url: str) -> tuple[str, list[Attendee]]:
    with create_event(pg_url, Event(title="Shared", starts_on=date(2026, 5, 4))) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"Person {n}") for n in range(30)])
    return pg_url, people


@pytest.fixture
def open_desk(tmp_path: Path) -> Iterator[Callable[..., Watched]]:
    desks: list[DeskStore] = []

    def opener(url: str, desk: str) -> Watched:
        store = DeskStore.open(url, desk, replica_folder=tmp_path / "replicas" / desk)
        desks.append(store)
        return Watched(store)

    yield opener
    for store in desks:
        store.close()


def test_a_check_in_shows_on_the_other_desk(event_people, open_desk) -> None:
    url, people = event_people
    one, two = open_desk(url, "Desk 1"), open_desk(url, "Desk 2")
    assert one.store.status().online and two.store.status().online
    assert one.session.check_in(people[0].code).outcome is Outcome.CHECKED_IN
    two.wait_for(lambda: people[0].id in two.store.presence(), "saw the check-in")
    assert two.session.stats().checked_in == 1
    result = two.session.check_in(people[0].code)
    assert result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_entry.desk == "Desk 1"
    # An edit (a walk-in) travels too.
    (walk_in,) = two.session.add_attendees([Attendee(None, "", given_name="Walk", family_name="In", walk_in=True)])
    one.wait_for(lambda: one.store.attendee(walk_in.id) is not None, "saw the walk-in")
    assert one.store.attendee(walk_in.id).name == "Walk In"


def test_online_desks_racing_for_one_person_count_them_once_and_list_the_doubles(event_people, open_desk) -> None:
    url, people = event_people
    desks = [open_desk(url, f"Desk {n}") for n in (1, 2, 3)]
    outcomes: list[Outcome] = []
    barrier = threading.Barrier(len(desks))

    def scan(desk: Watched) -> None:
        barrier.wait()
        outcomes.append(desk.session.check_in(people[3].code).outcome)

    threads = [threading.Thread(target=scan, args=(desk,)) for desk in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Each desk answers from its own copy at once; the ones that raced are told afterwards.
    assert Outcome.CHECKED_IN in outcomes
    doubles = outcomes.count(Outcome.CHECKED_IN) - 1
    for desk in desks:
        desk.wait_for(lambda d=desk: d.synced() and len(d.store.conflicts()) == doubles, "agreed on the doubles")
    with open_event(url) as server:
        presence = server.presence()[people[3].id]
    assert presence.checked_in and presence.entries == doubles + 1


def _cut_off_scenario(url: str, people: list[Attendee], open_desk, cut: Callable[[], None],
                      restore: Callable[[], None], desk_url: str) -> None:
    """Desk 1 is cut off, keeps checking in; after the link returns the union is complete."""
    cut_desk, other = open_desk(desk_url, "Desk 1"), open_desk(url, "Desk 2")
    assert cut_desk.session.check_in(people[0].code, door_time=T0).outcome is Outcome.CHECKED_IN
    cut_desk.wait_for(cut_desk.synced, "took it up")

    cut()
    # The first scan after the cut answers at once from the desk's copy; the desk finds out it is cut off.
    first_offline = cut_desk.session.check_in(people[1].code, door_time=T0 + timedelta(minutes=1))
    assert first_offline.outcome is Outcome.CHECKED_IN
    cut_desk.wait_for(lambda: not cut_desk.store.online, "noticed the cut")
    for n in range(2, 10):
        assert cut_desk.session.check_in(people[n].code, door_time=T0 + timedelta(minutes=n)).is_new_check_in
    # Meanwhile the other desk checks in person 10 at 08:41 local (06:41 UTC) …
    assert other.session.check_in(people[10].code, door_time=T0 + timedelta(minutes=11)).is_new_check_in
    # … whom the cut-off desk also checks in, earlier by its clock, without knowing.
    assert cut_desk.session.check_in(people[10].code, door_time=T0 + timedelta(minutes=10)).is_new_check_in
    # An offline undo is queued too.
    assert cut_desk.session.undo(people[9], door_time=T0 + timedelta(minutes=12)).outcome.value == "undone"
    assert cut_desk.store.status().queued == 11
    assert cut_desk.session.check_in(people[0].code).outcome is Outcome.ALREADY_CHECKED_IN  # from the replica

    restore()
    cut_desk.wait_for(lambda: cut_desk.store.online and cut_desk.store.status().queued == 0, "came back online")
    cut_desk.wait_for(lambda: bool(cut_desk.store.conflicts()), "reported the double check-in")
    other.wait_for(lambda: bool(other.store.conflicts()), "heard of the double check-in")

    with open_event(url) as server:
        records = server.records()
        presence = server.presence()
    assert len(records) == 13  # 1 online + 9 offline entries + 1 undo + 2 for person 10: nothing lost
    assert {p.id for p in people[:9]} | {people[10].id} == {a for a, s in presence.items() if s.checked_in}
    assert not presence[people[9].id].checked_in
    counted = presence[people[10].id]
    assert counted.entries == 2 and counted.first_entry.desk == "Desk 1"  # the earliest door time counts
    assert counted.first_entry.door_time == T0 + timedelta(minutes=10)  # the original door time
    (double,) = cut_desk.store.conflicts()
    assert double.kind == "double_check_in" and double.attendee_id == people[10].id
    assert double.detail["other"]["desk"] == "Desk 2" and double.detail["counted"]["desk"] == "Desk 1"
    # Both replicas now agree with the server.
    for desk in (cut_desk, other):
        desk.wait_for(lambda d=desk: len(d.store.records()) == 13, "caught up")


def test_a_desk_behind_a_blocked_port_keeps_checking_in(pg_cluster, event_people, open_desk) -> None:
    url, people = event_people
    proxy = CuttableProxy(pg_cluster.port)
    try:
        _cut_off_scenario(url, people, open_desk, proxy.blackhole, proxy.restore, proxy.url_for(url))
    finally:
        proxy.close()


def test_a_desk_whose_server_went_away_keeps_checking_in(pg_cluster, event_people, open_desk) -> None:
    url, people = event_people
    proxy = CuttableProxy(pg_cluster.port)
    try:
        _cut_off_scenario(url, people, open_desk, proxy.refuse, proxy.restore, proxy.url_for(url))
    finally:
        proxy.close()


def test_server_down_at_start_opens_the_replica_and_catches_up(pg_cluster, event_people, open_desk) -> None:
    url, people = event_people
    proxy = CuttableProxy(pg_cluster.port)
    try:
        first = open_desk(proxy.url_for(url), "Desk 1")
        first.store.close()
        proxy.refuse()
        desk = open_desk(proxy.url_for(url), "Desk 1")
        assert not desk.store.status().online and "no server answers" in desk.store.status().detail
        assert desk.session.check_in(people[4].code, door_time=T0).is_new_check_in
        proxy.restore()
        desk.wait_for(lambda: desk.store.online and desk.store.status().queued == 0, "came back online")
        with open_event(url) as server:
            assert [r.attendee_id for r in server.records()] == [people[4].id]
    finally:
        proxy.close()


def test_server_down_at_start_without_a_replica_is_unavailable(pg_cluster, pg_url, tmp_path) -> None:
    proxy = CuttableProxy(pg_cluster.port)
    proxy.refuse()
    try:
        with pytest.raises(errors.EventUnavailable):
            DeskStore.open(proxy.url_for(pg_url), "Desk 1", replica_folder=tmp_path)
    finally:
        proxy.close()


def test_two_desks_with_one_name_are_told(event_people, open_desk) -> None:
    url, _ = event_people
    first, second = open_desk(url, "Desk 1"), open_desk(url, "Desk 1")
    assert not first.store.status().desk_name_in_use
    assert second.store.status().desk_name_in_use


def test_edits_need_the_server(pg_cluster, event_people, open_desk) -> None:
    url, people = event_people
    proxy = CuttableProxy(pg_cluster.port)
    try:
        desk = open_desk(proxy.url_for(url), "Desk 1")
        proxy.refuse()
        desk.session.check_in(people[0].code)  # notices the server is gone
        with pytest.raises(errors.EventUnavailable):
            desk.session.update_attendees([people[1].with_changes(organisation="Changed offline")])
        assert desk.store.attendee(people[1].id).organisation == ""
    finally:
        proxy.close()


def test_desk_store_is_an_event_store() -> None:
    assert not DeskStore.__abstractmethods__


@pytest.fixture
def own_cluster():
    """A cluster of this test's own, to kill and start again."""
    from pg_cluster import PrivateCluster, find_binaries

    bin_dir = find_binaries()
    if bin_dir is None:
        reason = "NO POSTGRESQL SERVER BINARIES: see pg_cluster fixture"
        if os.environ.get("CI"):  # CI must run the server tests, as the shared cluster fixture says
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = PrivateCluster(bin_dir).start()
    yield cluster
    cluster.destroy()


def test_a_desk_keeps_checking_in_while_the_server_is_killed(own_cluster, open_desk) -> None:
    url = own_cluster.create_database("killed")
    with create_event(url, Event(title="Killed", starts_on=date(2026, 5, 4))) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"Person {n}") for n in range(5)])
    desk = open_desk(url, "Desk 1")
    assert desk.session.check_in(people[0].code, door_time=T0).is_new_check_in
    desk.wait_for(desk.synced, "took it up")
    own_cluster.stop("immediate")  # the server process dies without saying goodbye
    for n in range(1, 5):
        assert desk.session.check_in(people[n].code, door_time=T0 + timedelta(minutes=n)).is_new_check_in
    desk.wait_for(lambda: not desk.store.online, "noticed the server is gone")
    assert desk.store.status().queued == 4
    own_cluster.restart_server()
    desk.wait_for(lambda: desk.store.online and desk.store.status().queued == 0, "came back online")
    with open_event(url) as server:
        assert sorted(r.attendee_id for r in server.records()) == [p.id for p in people]
        assert [r.door_time for r in server.records()] == [T0 + timedelta(minutes=n) for n in range(5)]


def test_a_desk_older_than_the_server_event_says_so_and_keeps_checking_in(event_people, open_desk) -> None:
    import psycopg

    url, people = event_people
    desk = open_desk(url, "Desk 1")
    with psycopg.connect(url, autocommit=True) as conn:  # a newer checkin upgraded the event
        conn.execute("UPDATE checkin_meta SET value = '99' WHERE key = 'schema_version'")
    desk.wait_for(lambda: any(s.reason == "newer_schema" for s in desk.statuses), "noticed the newer schema")
    assert not desk.store.online and desk.store.status().reason == "newer_schema"
    assert desk.session.check_in(people[0].code).is_new_check_in  # queued on the replica
    assert desk.store.status().queued == 1
    with pytest.raises(errors.NewerSchema):
        DeskStore.open(url, "Desk 9", replica_folder=desk.store._replica.path.parent)


def test_a_walk_in_registered_offline_reaches_the_server_with_its_check_in(pg_cluster, event_people,
                                                                           open_desk) -> None:
    url, people = event_people
    proxy = CuttableProxy(pg_cluster.port)
    try:
        desk = open_desk(proxy.url_for(url), "Help desk")
        proxy.refuse()
        desk.wait_for(lambda: not desk.store.online, "noticed the server is gone")
        (walk_in,) = desk.session.add_attendees([Attendee(None, "", given_name="Walk", family_name="In",
                                                          walk_in=True, external_codes=("TICKET-7",))])
        assert walk_in.id < 0
        assert desk.session.check_in_attendee(walk_in, door_time=T0).is_new_check_in
        assert desk.session.check_in("TICKET-7").outcome is Outcome.ALREADY_CHECKED_IN
        desk.store.mark_badges_printed([walk_in.id, people[2].id], T0)  # the badge printer works offline too
        proxy.restore()
        desk.wait_for(lambda: desk.store.online and desk.store.status().queued == 0, "came back online")
        with open_event(url) as server:
            (registered,) = server.attendees_by_code(walk_in.code)
            assert registered.walk_in and registered.external_codes == ("TICKET-7",) and registered.id > 0
            assert [(r.attendee_id, r.door_time) for r in server.records()] == [(registered.id, T0)]
            assert registered.badge_printed_at == T0 and server.attendee(people[2].id).badge_printed_at == T0
        assert desk.store.attendee(registered.id).name == "Walk In"
        assert desk.store.attendee(walk_in.id) == desk.store.attendee(registered.id)  # the old id still leads there
    finally:
        proxy.close()
