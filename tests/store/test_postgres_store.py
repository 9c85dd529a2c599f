"""The PostgreSQL store on a real server: same semantics as the file, and clear failures."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind
from checkin.core.outcomes import Outcome
from checkin.core.session import EventSession
from checkin.store import create_event, errors, open_event
from checkin.store.postgres_store import AccessDenied, PostgresStore, redact

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)


def new_event() -> Event:
    return Event(title="Shared event", starts_on=date(2026, 5, 4), timezone="Europe/Zurich")


def checkin_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checkin", *args], input=stdin, capture_output=True, text=True,
                          timeout=120)


def test_event_attendees_and_settings_round_trip(pg_url: str) -> None:
    with create_event(pg_url, new_event()) as store:
        added = store.add_attendees([
            Attendee(None, "", given_name="Ada", family_name="Lovelace", external_codes=("EB-123",)),
            Attendee(None, "", given_name="Émile", family_name="Zola", extra={"diet": "vegan"}),
        ])
        store.set_setting("import.mapping", {"Name": "given_name"})
        store.update_attendees([added[1].with_changes(organisation="L'Aurore", external_codes=("X-9", "X-10"))])
        store.mark_badges_printed([added[0].id], T0)
    with open_event(pg_url) as store:
        assert store.event().title == "Shared event"
        assert store.event().code_prefix and store.event().timezone == "Europe/Zurich"
        ada, emile = store.attendees()
        assert (ada.name, ada.external_codes, ada.badge_printed_at) == ("Ada Lovelace", ("EB-123",), T0)
        assert ada.code.startswith(store.event().code_prefix)
        assert (emile.organisation, emile.extra, emile.external_codes) == ("L'Aurore", {"diet": "vegan"},
                                                                           ("X-9", "X-10"))
        assert [a.id for a in store.attendees_by_code(ada.code)] == [ada.id]
        assert [a.id for a in store.attendees_by_code("X9")] == [emile.id]
        assert store.get_setting("import.mapping") == {"Name": "given_name"}
        assert store.get_setting("missing", 7) == 7


def test_entry_undo_and_idempotent_replay(pg_url: str) -> None:
    with create_event(pg_url, new_event()) as store:
        (ada,) = store.add_attendees([Attendee(None, "", given_name="Ada")])
        first = CheckInRecord(ada.id, RecordKind.ENTRY, T0, desk="Desk 1")
        assert not store.append_entry(first).checked_in
        again = store.append_entry(CheckInRecord(ada.id, RecordKind.ENTRY, T0 + timedelta(minutes=1)))
        assert again.checked_in and again.first_entry == first
        assert store.append_undo(CheckInRecord(ada.id, RecordKind.UNDO, T0 + timedelta(minutes=2))).checked_in
        assert not store.append_undo(CheckInRecord(ada.id, RecordKind.UNDO, T0 + timedelta(minutes=3))).checked_in
        assert len(store.records()) == 2
        late = CheckInRecord(ada.id, RecordKind.ENTRY, T0 + timedelta(minutes=5), desk="Desk 2")
        assert store.append_records([late, first]) == 1
        assert store.append_records([late]) == 0
        assert store.presence()[ada.id].first_entry == late
        assert [r.uuid for r in store.records(attendee_id=ada.id)] == [first.uuid, store.records()[1].uuid, late.uuid]


def test_session_over_the_server_checks_in_by_code(pg_url: str) -> None:
    with create_event(pg_url, new_event()) as store:
        (ada,) = store.add_attendees([Attendee(None, "", given_name="Ada")])
        session = EventSession(store, desk="Desk 1")
        assert session.check_in(ada.code).outcome is Outcome.CHECKED_IN
        result = session.check_in(ada.code.lower())
        assert result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_entry.desk == "Desk 1"
        assert session.stats().checked_in == 1


def test_batch_is_all_or_nothing(pg_url: str) -> None:
    with create_event(pg_url, new_event()) as store:
        with pytest.raises(RuntimeError), store.batch():
            store.add_attendees([Attendee(None, "", given_name="Ada")])
            raise RuntimeError("import failed half-way")
        assert store.attendees() == []


def test_create_refuses_an_existing_event(pg_url: str) -> None:
    create_event(pg_url, new_event()).close()
    with pytest.raises(errors.EventExists):
        create_event(pg_url, new_event())


def test_create_makes_the_database_when_missing(pg_cluster) -> None:
    url = pg_cluster.url("made_by_checkin_new")
    create_event(url, new_event()).close()
    with open_event(url) as store:
        assert store.event().title == "Shared event"


def test_wrong_password_is_access_denied_without_the_password(pg_cluster) -> None:
    url = pg_cluster.url("postgres", user=pg_cluster.SECURED_ROLE, password="wrong-secret")
    with pytest.raises(AccessDenied) as caught:
        open_event(url)
    assert "wrong-secret" not in str(caught.value) and caught.value.location == redact(url)
    assert "refused" in caught.value.detail


def test_missing_database_and_empty_database_are_not_found(pg_cluster, pg_url: str) -> None:
    with pytest.raises(errors.EventNotFound):
        open_event(pg_cluster.url("no_such_database"))
    with pytest.raises(errors.EventNotFound):
        open_event(pg_url)


def test_a_foreign_database_is_not_an_event(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(errors.NotAnEvent):
        open_event(pg_url)


def test_no_server_at_the_port_is_unavailable() -> None:
    from pg_cluster import free_port

    with pytest.raises(errors.EventUnavailable) as caught:
        open_event(f"postgresql://desk:secret@127.0.0.1:{free_port()}/event")
    assert "no server answers" in caught.value.detail and "secret" not in str(caught.value)


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    create_event(pg_url, new_event()).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE checkin_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(errors.NewerSchema) as caught:
        open_event(pg_url)
    assert caught.value.found == 99


def test_an_older_schema_is_migrated(pg_url: str) -> None:
    from checkin.store import postgres_schema

    create_event(pg_url, new_event()).close()
    before = postgres_schema.SCHEMA_VERSION
    postgres_schema.MIGRATIONS[before] = lambda conn: conn.execute("ALTER TABLE settings ADD COLUMN note TEXT")
    postgres_schema.SCHEMA_VERSION = before + 1
    try:
        with open_event(pg_url) as store:
            assert store.schema_version() == before + 1
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM information_schema.columns "
                                "WHERE table_name = 'settings' AND column_name = 'note'").fetchone()[0] == 1
    finally:
        postgres_schema.SCHEMA_VERSION = before
        del postgres_schema.MIGRATIONS[before]


def test_a_connection_dropped_between_calls_is_opened_again(pg_url: str) -> None:
    with create_event(pg_url, new_event()) as store:
        store.add_attendees([Attendee(None, "", given_name="Ada")])
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'checkin'")
        with pytest.raises(errors.EventUnavailable):
            store.attendees()
        assert [a.given_name for a in store.attendees()] == ["Ada"]


def test_cli_new_scan_and_stats_on_a_url(pg_cluster, tmp_path: Path) -> None:
    url = pg_cluster.url("cli_event")
    made = checkin_cli("new", url, "--title", "Desk day", "--date", "2026-05-04")
    assert made.returncode == 0, made.stderr
    with open_event(url) as store:
        (ada,) = store.add_attendees([Attendee(None, "", given_name="Ada", family_name="Lovelace")])
    scanned = checkin_cli("scan", url, "-", "--desk", "Desk 3", "--json", stdin=f"{ada.code}\n{ada.code}\n")
    assert scanned.returncode == 0, scanned.stderr
    outcomes = [json.loads(doc)["outcome"] for doc in scanned.stdout.replace("}\n{", "}\x00{").split("\x00")]
    assert outcomes == ["checked_in", "already_checked_in"]
    stats = json.loads(checkin_cli("stats", url, "--json").stdout)
    assert stats["checked_in"] == 1


def test_cli_wrong_password_is_one_line_without_password(pg_cluster) -> None:
    url = pg_cluster.url("postgres", user=pg_cluster.SECURED_ROLE, password="wrong-secret")
    result = checkin_cli("stats", url)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "wrong-secret" not in result.stderr and pg_cluster.SECURED_ROLE in result.stderr


def test_publish_copies_the_local_event(sample_session: EventSession, sample_event_path: Path, pg_cluster) -> None:
    people = sample_session.attendees()
    sample_session.check_in(people[0].code, door_time=T0)
    sample_session.store.set_setting("badge.layout", "a6-portrait")
    sample_session.store.close()
    url = pg_cluster.url("published")
    result = checkin_cli("publish", str(sample_event_path), url)
    assert result.returncode == 0, result.stderr
    with open_event(url) as server, open_event(sample_event_path) as local:
        assert server.event() == local.event()
        assert server.attendees() == local.attendees()
        assert server.records() == local.records()
        assert server.get_setting("badge.layout") == "a6-portrait"
        # The identity goes on after the copied ids, so a walk-in gets a new one.
        (walk_in,) = server.add_attendees([Attendee(None, "", given_name="Walk", walk_in=True)])
        assert walk_in.id == max(a.id for a in local.attendees()) + 1
    again = checkin_cli("publish", str(sample_event_path), url)
    assert again.returncode != 0 and "already exists" in again.stderr
    # Any client of the event's database, not only the desks, has its dropped sessions ended by the server.
    assert "idle_in_transaction_session_timeout = 30s" in result.stdout
    import psycopg

    with psycopg.connect(url, autocommit=True) as plain:
        assert plain.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0] == "30s"
        assert plain.execute("SHOW tcp_keepalives_idle").fetchone()[0] == "30"


def test_postgres_store_is_an_event_store() -> None:
    # Every abstract method of the interface is implemented (a new one would make this fail).
    assert not PostgresStore.__abstractmethods__


def test_cli_stream_stops_with_one_line_when_the_server_dies_and_loses_nothing_acknowledged(pg_cluster) -> None:
    from pg_cluster import PrivateCluster

    cluster = PrivateCluster(pg_cluster.bin_dir).start()  # one of its own, to kill
    try:
        url = cluster.create_database("dies")
        with create_event(url, new_event()) as store:
            people = store.add_attendees([Attendee(None, "", given_name=f"P{n}") for n in range(20)])
        process = subprocess.Popen([sys.executable, "-m", "checkin", "scan", url, "-", "--desk", "Desk 1"],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        acknowledged = []
        for person in people[:10]:
            process.stdin.write(person.code + "\n")
            process.stdin.flush()
            acknowledged.append(process.stdout.readline())  # the answer comes after the commit
        cluster.stop("immediate")
        _, err = process.communicate("\n".join(p.code for p in people[10:]) + "\n", timeout=60)
        assert process.returncode != 0
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert "cannot be reached" in err
        cluster.restart_server()
        with open_event(url) as store:
            stored = {r.attendee_id for r in store.records()}
        assert all(line.startswith("checked in") for line in acknowledged)
        assert {p.id for p in people[:10]} <= stored
    finally:
        cluster.destroy()


def test_purge_keeps_statistics_and_forgets_people(pg_cluster, pg_url: str) -> None:
    from checkin.core.purge import PURGE_STATISTICS_SETTING

    with create_event(pg_url, new_event()) as store:
        (ada,) = store.add_attendees([Attendee(None, "", given_name="Ada", email="ada@example.org",
                                               external_codes=("EB-1",), category="Speaker")])
        store.append_entry(CheckInRecord(ada.id, RecordKind.ENTRY, T0))
        store.purge_personal_data({"checked_in": 1})
        # Only the counts stay: a blanked row with its category and check-in time would still describe her.
        assert store.attendees() == [] and store.records() == []
        assert store.get_setting(PURGE_STATISTICS_SETTING) == {"checked_in": 1}
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        files = [conn.execute("SELECT pg_relation_filepath(%s)", (table,)).fetchone()[0]
                 for table in ("attendees", "external_codes", "checkins")]
    # No old row version with the e-mail or the external code is left in the tables' data files.
    data = b"".join((pg_cluster.data / name).read_bytes() for name in files)
    assert b"ada@example.org" not in data and b"EB-1" not in data
