"""An event on a PostgreSQL server, shared by several desks (psycopg 3).

Same semantics as the SQLite file. The check-in race between desks is settled
by a row lock on the attendee (SELECT … FOR UPDATE) inside the transaction that
reads the log and appends to it: the second desk waits for the first to commit,
then sees its entry and answers "already checked in".
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import datetime
from typing import Any

import psycopg

from checkin.core import codes
from checkin.core.models import Attendee, CheckInRecord, Event, PresenceState, derive_presence
from checkin.store import errors
from checkin.store import postgres_schema as schema
from checkin.store.base import EventStore
from checkin.store.conflicts import Conflict
from checkin.store.day_tables import PERSONAL_TABLES, DayTables, purge_day_tables
from checkin.store.postgres_connection import AccessDenied, connect, create_database, redact, translate
from checkin.store.rows import (
    ATTENDEE_COLUMNS,
    RECORD_COLUMNS,
    attendee_to_row,
    event_to_row,
    insert_records_sql,
    record_filter,
    record_to_row,
    row_to_attendee,
    row_to_event,
    row_to_record,
    time_to_text,
)

_SELECT_ATTENDEES_WITH_CODES = (
    f"SELECT {', '.join(ATTENDEE_COLUMNS)}, ARRAY(SELECT e.code FROM external_codes e "
    "WHERE e.attendee_id = attendees.id ORDER BY e.position) FROM attendees")
_SELECT_RECORDS = f"SELECT {', '.join(RECORD_COLUMNS)} FROM checkins"
_EVENT_COLUMNS = ("uid", "code_prefix", "title", "starts_on", "ends_on", "venue", "languages", "capacity",
                  "registration_deadline", "timezone")
_INSERT_RECORD = insert_records_sql("%s")
# The records as one array per column (the attendee id is the only number), for one INSERT … SELECT unnest.
_RECORD_ARRAYS = ", ".join("%s::int[]" if name in ("attendee_id", "clock_offset_ms") else "%s::text[]"
                           for name in RECORD_COLUMNS)
class PostgresStore(DayTables, EventStore):
    _PARAMETER = "%s"

    def __init__(self, connection: psycopg.Connection, url: str, **overrides: str) -> None:
        self._conn = connection
        self._url = url
        self._overrides = overrides
        self.location = redact(url)
        self._depth = 0
        self._event: Event | None = None
        self._interrupt_lock = threading.Lock()

    # -- opening ---------------------------------------------------------------
    @classmethod
    def create(cls, url: str, event: Event, populate: Callable[[PostgresStore], None] | None = None,
               **overrides: str) -> PostgresStore:
        """Create the event in the URL's database (the database itself too, if the role may).

        `populate` fills it inside the same transaction, so a failed publish leaves no half event.
        """
        try:
            connection = connect(url, **overrides)
        except errors.EventNotFound:
            create_database(url, **overrides)
            connection = connect(url, **overrides)
        store = cls(connection, url, **overrides)
        if not event.code_prefix:
            event = event.with_changes(code_prefix=codes.new_event_prefix())
        try:
            with store._write() as conn:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (schema.MIGRATION_LOCK,))
                if schema.table_exists(conn, "checkin_meta"):
                    raise errors.EventExists(store.location)
                if schema.user_tables(conn):
                    raise errors.NotAnEvent(store.location, "the database holds other tables")
                conn.execute(schema.META_TABLE)
                conn.execute("INSERT INTO checkin_meta VALUES ('application', %s), ('schema_version', '0')",
                             (schema.APPLICATION,))
                schema.migrate(conn)
                row = event_to_row(event)
                conn.execute(f"INSERT INTO event (id, {', '.join(row)}) VALUES (1, {', '.join(['%s'] * len(row))})",
                             tuple(row.values()))
                if populate is not None:
                    populate(store)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, url: str, **overrides: str) -> PostgresStore:
        store = cls(connect(url, **overrides), url, **overrides)
        try:
            store._check_schema()
            store.event()
        except BaseException:
            store.close()
            raise
        return store

    def _check_schema(self) -> None:
        # The usual case in one round trip (a desk opening over a slow link pays each one).
        try:
            rows = self._conn.execute(
                "SELECT to_regclass('checkin_meta') IS NOT NULL AND (SELECT value FROM checkin_meta "
                "WHERE key = 'application') = %s AND (SELECT value FROM checkin_meta "
                "WHERE key = 'schema_version') = %s", (schema.APPLICATION, str(schema.SCHEMA_VERSION))).fetchall()
        except psycopg.errors.UndefinedTable:
            rows = []
        except psycopg.Error as error:
            raise translate(error, self.location) from error
        if rows and rows[0][0]:
            return
        with self._write() as conn:
            if not schema.table_exists(conn, "checkin_meta"):
                if schema.user_tables(conn):
                    raise errors.NotAnEvent(self.location, "the database holds other tables")
                raise errors.EventNotFound(self.location, "empty database")
            version = schema.schema_version(conn, self.location)
            if version > schema.SCHEMA_VERSION:
                raise errors.NewerSchema(self.location, version, schema.SCHEMA_VERSION)
            if version < schema.SCHEMA_VERSION:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (schema.MIGRATION_LOCK,))
                schema.migrate(conn)

    def schema_version(self) -> int:
        with self._write() as conn:
            return schema.schema_version(conn, self.location)

    # -- transactions ----------------------------------------------------------
    def _connection(self) -> psycopg.Connection:
        """The connection, opened again if the server dropped it between two calls."""
        if self._conn.closed or self._conn.broken:
            fresh = connect(self._url, **self._overrides)
            with self._interrupt_lock:
                self._conn.close()
                self._conn = fresh
        return self._conn

    @contextmanager
    def _write(self, pipelined: bool = False, isolation: str = "") -> Iterator[psycopg.Connection]:
        """One transaction, or join the one already open (batch).

        `pipelined` sends statements without waiting for each answer (libpq pipeline
        mode): a check-in then costs two round trips to the server instead of five.
        `isolation` ("REPEATABLE READ"): every statement sees one snapshot (a pull).
        """
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        conn = self._connection()
        self._depth = 1
        try:
            with conn.pipeline() if pipelined else nullcontext(), conn.transaction():
                if isolation:
                    conn.execute(f"SET TRANSACTION ISOLATION LEVEL {isolation}")  # type: ignore[arg-type]
                yield conn
        except psycopg.Error as error:
            raise translate(error, self.location) from error
        finally:
            self._depth = 0

    @contextmanager
    def batch(self) -> Iterator[None]:
        with self._write():
            yield

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        if self._depth:
            return self._conn.execute(sql, parameters).fetchall()  # type: ignore[arg-type]
        try:
            return self._connection().execute(sql, parameters).fetchall()  # type: ignore[arg-type]
        except psycopg.Error as error:
            raise translate(error, self.location) from error

    def close(self) -> None:
        with self._interrupt_lock:
            self._conn.close()

    @property
    def connection(self) -> psycopg.Connection:
        """The live connection (for LISTEN); opened again if it was dropped."""
        return self._connection()

    def try_session_lock(self, name: str) -> bool:
        """An advisory lock held until this connection ends; False if another session holds it."""
        row = self._read("SELECT pg_try_advisory_lock(hashtext(%s))", (name,))
        return bool(row and row[0][0])

    def end_orphans(self, application_name: str, live: set[int]) -> int:
        """End this program's own sessions left behind by a dropped link (they hold its locks).

        A session can end others of its own role; `application_name` is unique to one open desk."""
        ended = [pid for pid, done in self._read(
            "SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = %s AND NOT pid = ANY(%s) AND datname = current_database()",
            (application_name, list(live))) if done]
        for _ in range(40):  # pg_terminate_backend returns before the session (and its locks) is gone
            if not ended or not self._read("SELECT 1 FROM pg_stat_activity WHERE pid = ANY(%s)", (ended,)):
                break
            self._read("SELECT pg_sleep(0.05)")
        return len(ended)

    def interrupt(self) -> None:
        """Cut the connection from another thread, so a call stuck on a dead network returns now.

        Shutting the socket down makes the blocked libpq call fail at once, on every system:
        the socket object only borrows libpq's descriptor (detach gives it back unclosed;
        os.dup of a socket fails on Windows). The lock keeps this away from close(), after
        which the descriptor may belong to another file.
        """
        with self._interrupt_lock:
            if self._conn.closed:
                return
            try:
                sock = socket.socket(fileno=self._conn.fileno())
            except (OSError, psycopg.Error):
                return
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            finally:
                sock.detach()

    # -- the event -------------------------------------------------------------
    def event(self) -> Event:
        if self._event is None:
            rows = self._read(f"SELECT {', '.join(_EVENT_COLUMNS)} FROM event WHERE id = 1")
            if not rows:
                raise errors.NotAnEvent(self.location, "no event row")
            self._event = row_to_event(dict(zip(_EVENT_COLUMNS, rows[0])))
        return self._event

    def forget_cached(self) -> None:
        """Read the event again next time (another desk may have edited it)."""
        self._event = None

    def update_event(self, event: Event) -> None:
        row = event_to_row(event)
        with self._write() as conn:
            conn.execute(f"UPDATE event SET {', '.join(f'{k} = %s' for k in row)} WHERE id = 1",
                         tuple(row.values()))
        self._event = event

    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM settings WHERE key = %s", (key,))
        return json.loads(rows[0][0]) if rows else default

    def settings(self) -> dict[str, Any]:
        return {key: json.loads(value) for key, value in self._read("SELECT key, value FROM settings")}

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (key, json.dumps(value, ensure_ascii=False)))

    # -- attendees -------------------------------------------------------------
    def _attendees_where(self, where: str, parameters: Sequence[Any]) -> list[Attendee]:
        # One query with each attendee's external codes alongside: a scan is one round trip.
        rows = self._read(f"{_SELECT_ATTENDEES_WITH_CODES} {where} ORDER BY id", parameters)
        return [row_to_attendee(row[:-1], tuple(row[-1])) for row in rows]

    def attendees(self, ids: Iterable[int] | None = None) -> list[Attendee]:
        """Everyone, or only the given ids (what a change notification names)."""
        if ids is None:
            return self._attendees_where("", ())
        return self._attendees_where("WHERE id = ANY(%s)", (list(ids),))

    def attendee(self, attendee_id: int) -> Attendee | None:
        found = self._attendees_where("WHERE id = %s", (attendee_id,))
        return found[0] if found else None

    def attendees_by_code(self, folded_code: str) -> list[Attendee]:
        return self._attendees_where(
            "WHERE code = %s OR id IN (SELECT attendee_id FROM external_codes WHERE folded = %s)",
            (folded_code, folded_code))

    def add_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        """New attendees; an attendee that carries an id keeps it (publishing a local event)."""
        prefix = self.event().code_prefix
        stored: list[Attendee] = []
        with self._write() as conn:
            for attendee, code in zip(attendees, codes.codes_for([a.code for a in attendees], prefix)):
                row = attendee_to_row(attendee.with_changes(code=code))
                if row["id"] is None:
                    del row["id"]
                new_id = conn.execute(
                    f"INSERT INTO attendees ({', '.join(row)}) VALUES ({', '.join(['%s'] * len(row))}) RETURNING id",
                    tuple(row.values())).fetchone()[0]  # type: ignore[index]
                added = attendee.with_changes(id=new_id, code=code)
                _write_external_codes(conn, added)
                stored.append(added)
            if any(a.id is not None for a in attendees):
                # Ids given explicitly do not advance the identity; keep it ahead of them.
                conn.execute("SELECT setval(pg_get_serial_sequence('attendees', 'id'), "
                             "(SELECT max(id) FROM attendees))")
        return stored

    def update_attendees(self, attendees: Sequence[Attendee]) -> None:
        with self._write() as conn:
            for attendee in attendees:
                row = attendee_to_row(attendee)
                attendee_id = row.pop("id")
                del row["code"]
                cursor = conn.execute(
                    f"UPDATE attendees SET {', '.join(f'{k} = %s' for k in row)} WHERE id = %s",
                    (*row.values(), attendee_id))
                if cursor.rowcount != 1:
                    raise KeyError(attendee_id)
                conn.execute("DELETE FROM external_codes WHERE attendee_id = %s", (attendee_id,))
                _write_external_codes(conn, attendee)

    def mark_badges_printed(self, attendee_ids: Iterable[int], when: datetime) -> None:
        with self._write() as conn:
            conn.execute("UPDATE attendees SET badge_printed_at = %s WHERE id = ANY(%s)",
                         (time_to_text(when), list(attendee_ids)))

    # -- the check-in log ------------------------------------------------------
    def append_entry(self, record: CheckInRecord) -> PresenceState:
        return self._append_if_accepted(record)

    def append_undo(self, record: CheckInRecord) -> PresenceState:
        return self._append_if_accepted(record)

    def _append_if_accepted(self, record: CheckInRecord) -> PresenceState:
        with self._write(pipelined=True) as conn:
            # The lock serialises desks on this one person; in READ COMMITTED the
            # next statement then sees whatever the desk before us committed.
            locked = conn.execute("SELECT 1 FROM attendees WHERE id = %s FOR UPDATE", (record.attendee_id,))
            log = conn.execute(f"{_SELECT_RECORDS} WHERE attendee_id = %s AND checkpoint = %s",
                               (record.attendee_id, record.checkpoint))
            if locked.fetchone() is None:
                raise errors.StoreError(self.location, f"no attendee with id {record.attendee_id}")
            rows = log.fetchall()
            before = derive_presence([row_to_record(row) for row in rows])
            if before.accepts(record):
                conn.execute(_INSERT_RECORD, record_to_row(record))  # type: ignore[arg-type]
        return before

    def append_records(self, records: Iterable[CheckInRecord]) -> int:
        rows = [record_to_row(r) for r in records]
        if not rows:
            return 0
        columns = list(zip(*rows))
        with self._write() as conn:
            # One statement for any number of records; ON CONFLICT makes replays idempotent.
            cursor = conn.execute(
                f"INSERT INTO checkins ({', '.join(RECORD_COLUMNS)}) "
                f"SELECT * FROM unnest({_RECORD_ARRAYS}) "
                "ON CONFLICT (uuid) DO NOTHING", [list(c) for c in columns])
            return cursor.rowcount

    def records(self, attendee_id: int | None = None, checkpoint: str | None = None) -> list[CheckInRecord]:
        where, parameters = record_filter(attendee_id, checkpoint, "%s")
        rows = self._read(f"{_SELECT_RECORDS}{where} ORDER BY door_time, uuid", parameters)
        return [row_to_record(row) for row in rows]

    def purge_personal_data(self, statistics: dict[str, Any]) -> None:
        from checkin.core.purge import PERSONAL_SETTING_PREFIXES, PURGE_STATISTICS_SETTING

        with self._write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (PURGE_STATISTICS_SETTING, json.dumps(statistics, ensure_ascii=False)))
            purge_day_tables(conn)
            for table in ("checkins", "external_codes", "attendees"):
                conn.execute(f"DELETE FROM {table}")  # type: ignore[arg-type]
            for prefix in PERSONAL_SETTING_PREFIXES:
                conn.execute("DELETE FROM settings WHERE left(key, %s) = %s", (len(prefix), prefix))
        # VACUUM FULL rewrites the tables, so the old row versions holding names leave the data files.
        try:
            conn = self._connection()
            conn.execute("SET statement_timeout = 0")  # rewriting the tables takes what it takes
            for table in ("checkins", "attendees", "external_codes", "settings", *PERSONAL_TABLES):
                conn.execute(f"VACUUM FULL {table}")  # type: ignore[arg-type]
            conn.execute("RESET statement_timeout")
        except psycopg.Error as error:
            raise translate(error, self.location) from error

    def checkpoints(self) -> list[str]:
        return [name for (name,) in self._read("SELECT DISTINCT checkpoint FROM checkins ORDER BY checkpoint")]

    def _after_explicit_ids(self, db: psycopg.Connection) -> None:
        db.execute("SELECT setval(pg_get_serial_sequence('programme_sessions', 'id'), "
                   "(SELECT COALESCE(max(id), 0) + 1 FROM programme_sessions), false)")

    # -- what needs a person's eye (see conflicts.py) ---------------------------------------------
    def conflicts(self, include_seen: bool = False) -> list[Conflict]:
        from checkin.store import server_sync

        return server_sync.conflicts(self, include_seen)

    def mark_seen(self, conflict_ids: Iterable[int], by: str) -> None:
        from checkin.store import server_sync

        server_sync.mark_seen(self, list(conflict_ids), by)


def _write_external_codes(conn: psycopg.Connection, attendee: Attendee) -> None:
    for code in attendee.external_codes:
        conn.execute("INSERT INTO external_codes (attendee_id, code, folded) VALUES (%s, %s, %s) "
                     "ON CONFLICT DO NOTHING", (attendee.id, code, codes.fold_code(code)))


__all__ = ["AccessDenied", "PostgresStore", "connect", "redact", "translate"]
