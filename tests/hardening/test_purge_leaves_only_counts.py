"""After a purge only aggregate counts remain: on the file, its WAL and SHM, the server and a desk's replica."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin.core.models import Attendee
from checkin.core.purge import is_purged, purge_event, statistics_for
from checkin.core.session import EventSession
from checkin.mail.send_log import SENT, LogEntry, SendLog
from checkin.store import open_event
from checkin.store.base import EventStore
from checkin.store.replica import ReplicaStore
from tests.io.export_support import attend

PURGED_AT = datetime(2019, 2, 1, tzinfo=UTC)


def mail_everyone(store: EventStore) -> list[str]:
    """What a confirmations run leaves: one send-log entry per person, with a Message-ID from the code."""
    log = SendLog(store)
    ids = []
    for attendee in store.attendees()[:40]:
        message_id = f"<{attendee.code[-8:]}.confirmation@checkin.example>"
        log.record(attendee.id, LogEntry("confirmation", SENT, "2018-10-01T09:00:00+00:00",
                                         address=attendee.email, language="en", message_id=message_id))
        ids.append(message_id)
    return ids


def secrets_of(people: list[Attendee], message_ids: list[str]) -> list[bytes]:
    values = {m.strip("<>") for m in message_ids}
    for person in people:
        values |= {person.email, person.code, person.code[-8:], *person.external_codes}
        values |= {name for name in (person.family_name, person.given_name, person.organisation) if len(name) >= 6}
    return [value.encode() for value in values if value]


def assert_nothing_personal(raw: bytes, secrets: list[bytes], where: str) -> None:
    found = [s.decode() for s in secrets if s in raw]
    assert not found, f"{where} still holds {found[:5]} ({len(found)} values)"


def on_disk(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


def test_a_purged_event_file_holds_counts_only(sample_event_path: Path) -> None:
    with open_event(sample_event_path) as store:
        attend(EventSession(store))
        people = store.attendees()
        message_ids = mail_everyone(store)
        before = statistics_for(store)
        purge_event(store, PURGED_AT)
        assert is_purged(store) and statistics_for(store) == before
        assert store.attendees() == [] and store.records() == []  # no pseudonymous microdata either
        secrets = secrets_of(people, message_ids)
        assert_nothing_personal(on_disk(sample_event_path), secrets, "the open event file")
    assert_nothing_personal(on_disk(sample_event_path), secrets, "the closed event file")


@pytest.mark.postgres
def test_a_purged_server_event_and_a_desk_replica_hold_counts_only(sample_event_path: Path, pg_url: str,
                                                                   pg_cluster, tmp_path: Path) -> None:
    from checkin.cli import run
    from checkin.store.postgres_store import PostgresStore

    with open_event(sample_event_path) as local:
        attend(EventSession(local))
    assert run(["publish", str(sample_event_path), pg_url]) == 0
    server = PostgresStore.open(pg_url)
    people = server.attendees()
    message_ids = mail_everyone(server)
    replica = ReplicaStore.open_or_create(tmp_path / "desk.checkin", server.event())

    def pull() -> None:  # what a desk's sync takes in, in its order
        replica.put_event(server.event())
        replica.put_settings(server.settings())
        replica.put_attendees(server.attendees())
        replica.put_records(server.records())

    pull()
    assert len(replica.attendees()) == len(people)
    purge_event(server, PURGED_AT)
    pull()
    secrets = secrets_of(people, message_ids)
    dump = subprocess.run([str(pg_cluster.bin_dir / "pg_dump"), "--data-only", pg_url], capture_output=True,
                          check=True).stdout
    assert b"anonymised_statistics" in dump  # the dump is of the right database
    assert_nothing_personal(dump, secrets, "the server's tables")
    assert is_purged(replica) and replica.attendees() == [] and replica.records() == []
    assert_nothing_personal(on_disk(tmp_path / "desk.checkin"), secrets, "the desk's replica")
    replica.close()
    server.close()


def test_stats_of_a_purged_event_shows_the_kept_counts(sample_event_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli_runner import cli

    with open_event(sample_event_path) as store:
        attend(EventSession(store))
        arrived = statistics_for(store)["overall"]["arrived"]
        purge_event(store, PURGED_AT)
    status, out, _err = cli(capsys, "stats", sample_event_path)
    assert status == 0 and f"arrived {arrived} of" in out and "purged on 2019-02-01" in out
