"""The server's side of a desk's synchronisation: take records up one by one, pull what changed.

Records go up in batches, but each is judged on its own: one the server cannot take
(its person is not on the server) is parked with the reason, and the others land. A
person left with two live entries is a conflict, found here in the same transaction,
so it is found once whichever desk comes back first. A pull asks for the rows written
by transactions the last pull could not yet see (every row carries the id of the
transaction that wrote it), so coming back after an outage costs what changed, not
the whole event; the first pull goes in pages a dropped link does not waste.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from checkin.core.folding import fold
from checkin.core.models import Attendee, CheckInRecord, Event
from checkin.store import conflicts as found
from checkin.store.conflicts import CONFLICT_COLUMNS, Conflict, row_to_conflict
from checkin.store.postgres_store import _EVENT_COLUMNS, _SELECT_ATTENDEES_WITH_CODES, PostgresStore
from checkin.store.rows import RECORD_COLUMNS, record_to_row, row_to_attendee, row_to_event, row_to_record, time_to_text

_RECORDS = f"SELECT {', '.join(RECORD_COLUMNS)} FROM checkins"
_CONFLICTS = f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM conflicts"
_RECORD_ARRAYS = ", ".join("%s::int[]" if name in ("attendee_id", "clock_offset_ms") else "%s::text[]"
                           for name in RECORD_COLUMNS)
ATTENDEE_PAGE = 2000
RECORD_PAGE = 10000
NOT_ON_SERVER = "the person is not on the server (an import that never reached it?)"


@dataclass
class UploadResult:
    """What became of a batch: every uuid is either on the server now or parked."""

    on_server: list[str] = field(default_factory=list)
    parked: list[tuple[CheckInRecord, str]] = field(default_factory=list)


@dataclass
class Pulled:
    event: Event
    settings: dict[str, Any]
    attendees: list[Attendee]
    records: list[CheckInRecord]
    conflicts: list[Conflict]
    since: str


def _now_text() -> str | None:
    return time_to_text(datetime.now(UTC))


def upload(server: PostgresStore, records: Sequence[CheckInRecord]) -> UploadResult:
    """Put `records` on the server (idempotent by uuid), parking those it cannot take.

    Not pipelined: each statement goes with its Sync in one packet. A link cut inside a
    pipeline can leave the server waiting for the rest, "active" and holding the person's
    lock, where idle_in_transaction_session_timeout never applies; cut between whole
    statements, the session is idle in its transaction and the server ends it.
    """
    result = UploadResult()
    if not records:
        return result
    ids = sorted({r.attendee_id for r in records})
    with server._write() as conn:
        # Locked in id order, so two desks uploading the same people never deadlock; a desk
        # checking someone in meanwhile waits for this commit and then sees these records.
        known = {row[0] for row in conn.execute(
            "SELECT id FROM attendees WHERE id = ANY(%s) ORDER BY id FOR UPDATE", (ids,)).fetchall()}
        good = [r for r in records if r.attendee_id in known]
        result.parked = [(r, NOT_ON_SERVER) for r in records if r.attendee_id not in known]
        if good:
            columns = [list(c) for c in zip(*(record_to_row(r) for r in good))]
            touched = sorted({r.attendee_id for r in good})
            # One round trip: the new rows (RETURNING) and the logs they join (the statement's
            # own snapshot does not show it the rows it inserts).
            rows = conn.execute(
                f"WITH added AS (INSERT INTO checkins ({', '.join(RECORD_COLUMNS)}) "
                f"SELECT * FROM unnest({_RECORD_ARRAYS}) ON CONFLICT (uuid) DO NOTHING "
                f"RETURNING {', '.join(RECORD_COLUMNS)}) "
                f"{_RECORDS} WHERE attendee_id = ANY(%s) UNION ALL SELECT * FROM added",
                [*columns, touched]).fetchall()
            result.on_server = [r.uuid for r in good]
            logs: dict[tuple[int, str], list[CheckInRecord]] = {}
            for row in rows:
                record = row_to_record(row)
                logs.setdefault((record.attendee_id, record.checkpoint), []).append(record)
            for pair in sorted({(r.attendee_id, r.checkpoint) for r in good}):
                for key, detail in found.doubles(logs.get(pair, [])):
                    _add_conflict(conn, key, found.DOUBLE_CHECK_IN, pair[0], detail)
        for record, reason in result.parked:
            conn.execute("INSERT INTO parked (uuid, record, desk, reason, parked_at) VALUES (%s, %s, %s, %s, %s) "
                         "ON CONFLICT (uuid) DO NOTHING",
                         (record.uuid, json.dumps(found.record_detail(record)), record.desk, reason, _now_text()))
            detail = {**found.record_detail(record), "reason": reason, "desks": [record.desk]}
            _add_conflict(conn, f"{found.PARKED}:{record.uuid}", found.PARKED, None, detail)
    return result


def _add_conflict(conn: Any, key: str, kind: str, attendee_id: int | None, detail: dict[str, Any]) -> None:
    """On the list to check, once (whoever finds it again adds nothing)."""
    conn.execute(
        "INSERT INTO conflicts (key, kind, attendee_id, detail, found_at) VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT (key) DO NOTHING",
        (key, kind, attendee_id, json.dumps(detail, ensure_ascii=False, sort_keys=True), _now_text()))


@dataclass(frozen=True)
class Heartbeat:
    """One round trip's worth of facts about the server."""

    offset: float  # how far the desk's clock is ahead of the server's (seconds)
    round_trip: float  # seconds, by the desk's monotonic clock
    version: int  # the event's schema
    started: str  # when the server last started: a change means it was restarted


def heartbeat(server: PostgresStore, desk_clock: Callable[[], datetime]) -> Heartbeat:
    """The link is alive, and the desk's clock against the server's.

    Half the round trip is the error bar: on a 200 ms link, 0.1 s, far below what matters here.
    """
    before, ticks = desk_clock(), time.monotonic()
    rows = server._read("SELECT clock_timestamp(), (SELECT value FROM checkin_meta WHERE key = 'schema_version'), "
                        "pg_postmaster_start_time()::text")
    round_trip, after = time.monotonic() - ticks, desk_clock()
    server_time, version, started = rows[0]
    middle = before + (after - before) / 2
    return Heartbeat((middle - server_time).total_seconds(), round_trip, int(version), started)


def earlier_horizon(since: str, by: int) -> str:
    """`since` moved back by `by` transactions: after a crash a server may give again the ids of
    transactions whose start it never wrote down, and rows they write must not fall behind a pull."""
    return str(max(0, int(since) - by))


def record_clock(server: PostgresStore, desk: str, offset: float) -> None:
    """Keep the desk's offset on the server; a large one goes on the list to check (one statement)."""
    detail = json.dumps(found.skew_detail(desk, offset), sort_keys=True)
    server._read(
        "WITH noted AS (INSERT INTO desk_clocks (desk, offset_ms, measured_at) VALUES (%s, %s, %s) "
        "ON CONFLICT (desk) DO UPDATE SET offset_ms = excluded.offset_ms, measured_at = excluded.measured_at "
        "RETURNING desk) "
        "INSERT INTO conflicts (key, kind, attendee_id, detail, found_at) "
        "SELECT %s, %s, NULL, %s, %s FROM noted WHERE %s ON CONFLICT (key) DO NOTHING RETURNING id",
        (desk, round(offset * 1000), _now_text(), f"{found.CLOCK_SKEW}:{desk}", found.CLOCK_SKEW, detail, _now_text(),
         abs(offset) > found.SKEW_WARNING_SECONDS))


def desk_clocks(server: PostgresStore) -> dict[str, float]:
    return {desk: offset / 1000 for desk, offset in server._read("SELECT desk, offset_ms FROM desk_clocks")}


# -- pulling ------------------------------------------------------------------------------------------------------

def snapshot_horizon(server: PostgresStore) -> str:
    """Transactions from here on may still be running: the next pull asks for them again."""
    return server._read("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")[0][0]


def pull(server: PostgresStore, since: str, small_since: str | None = None) -> Pulled:
    """Everything written by transactions at or after `since` (one consistent snapshot, one round trip).

    `small_since` for the small tables (settings, the list to check): "0" takes them whole."""
    small = since if small_since is None else small_since
    with server._write(pipelined=True, isolation="REPEATABLE READ") as conn:
        horizon = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
        event = conn.execute(f"SELECT {', '.join(_EVENT_COLUMNS)} FROM event WHERE id = 1")
        settings = conn.execute("SELECT key, value FROM settings WHERE change_xid >= %s::xid8", (small,))
        attendees = conn.execute(f"{_SELECT_ATTENDEES_WITH_CODES} WHERE change_xid >= %s::xid8 ORDER BY id",
                                 (since,))
        records = conn.execute(f"{_RECORDS} WHERE change_xid >= %s::xid8", (since,))
        conflicts = conn.execute(f"{_CONFLICTS} WHERE change_xid >= %s::xid8", (small,))
        pulled = Pulled(
            event=row_to_event(dict(zip(_EVENT_COLUMNS, event.fetchone()))),  # type: ignore[arg-type]
            settings={key: json.loads(value) for key, value in settings.fetchall()},
            attendees=[row_to_attendee(row[:-1], tuple(row[-1])) for row in attendees.fetchall()],
            records=[row_to_record(row) for row in records.fetchall()],
            conflicts=[row_to_conflict(row) for row in conflicts.fetchall()],
            since=horizon.fetchone()[0])  # type: ignore[index]
    return pulled


def attendee_page(server: PostgresStore, after_id: int) -> list[Attendee]:
    rows = server._read(f"{_SELECT_ATTENDEES_WITH_CODES} WHERE id > %s ORDER BY id LIMIT {ATTENDEE_PAGE}",
                        (after_id,))
    return [row_to_attendee(row[:-1], tuple(row[-1])) for row in rows]


def record_page(server: PostgresStore, after_uuid: str, before: str) -> list[CheckInRecord]:
    """Records written before the first pull began, by uuid (what comes later, the next pull brings)."""
    rows = server._read(f"{_RECORDS} WHERE uuid > %s AND change_xid < %s::xid8 ORDER BY uuid LIMIT {RECORD_PAGE}",
                        (after_uuid, before))
    return [row_to_record(row) for row in rows]


def conflicts(server: PostgresStore, include_seen: bool = False) -> list[Conflict]:
    where = "" if include_seen else " WHERE seen_at IS NULL"
    return [row_to_conflict(row) for row in server._read(f"{_CONFLICTS}{where} ORDER BY id")]


def mark_seen(server: PostgresStore, ids: Sequence[int], by: str) -> None:
    with server._write() as conn:
        conn.execute("UPDATE conflicts SET seen_at = %s, seen_by = %s WHERE id = ANY(%s) AND seen_at IS NULL",
                     (_now_text(), by, list(ids)))


# -- walk-ins registered while apart ---------------------------------------------------------------------------

def same_person_key(attendee: Attendee) -> tuple[str, ...]:
    """What makes two walk-ins one person: the e-mail, else the folded name and organisation."""
    if attendee.email.strip():
        return ("email", attendee.email.strip().casefold())
    return ("name", fold(attendee.name), fold(attendee.organisation))


def register_walk_in(server: PostgresStore, attendee: Attendee, desk: str) -> tuple[int, bool]:
    """The server id of a walk-in registered at this desk while offline; (id, True) when it was merged
    into the same walk-in registered at another desk (whose code and this one's both scan)."""
    with server._write() as conn:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('checkin walk-ins'))")  # two desks, one walk-in
        known = server.attendees_by_code(attendee.code)
        if known:
            return known[0].id, False  # type: ignore[return-value]  # a retry after a lost answer
        key = same_person_key(attendee)
        for other in server._attendees_where("WHERE walk_in = 1", ()):
            if same_person_key(other) == key:
                merged = other.with_changes(external_codes=tuple(dict.fromkeys(
                    (*other.external_codes, attendee.code, *attendee.external_codes))))
                server.update_attendees([merged])
                first_desks = [row[0] for row in conn.execute(
                    "SELECT desk FROM checkins WHERE attendee_id = %s ORDER BY door_time LIMIT 1",
                    (other.id,)).fetchall()]
                detail = {"names": [other.name, attendee.name], "codes": [other.code, attendee.code],
                          "desks": [*(first_desks or [""]), desk], "merged_into": other.id}
                _add_conflict(conn, f"{found.SAME_WALK_IN}:{attendee.code}", found.SAME_WALK_IN, other.id, detail)
                return other.id, True  # type: ignore[return-value]
        (added,) = server.add_attendees([attendee.with_changes(id=None)])
        return added.id, False  # type: ignore[return-value]
