"""The embedded default: one SQLite file per event (`.checkin`), WAL, synchronous=FULL."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from itertools import chain, count, repeat
from operator import attrgetter, eq, floordiv, itemgetter, sub
from pathlib import Path
from typing import Any

from checkin.core import codes
from checkin.core.handoff import quick_handoffs
from checkin.core.models import (
    Attendee,
    CheckInRecord,
    Event,
    PresenceState,
    derive_presence,
)
from checkin.store import errors
from checkin.store.base import EventStore
from checkin.store.day_tables import DayTables, purge_day_tables
from checkin.store.file_identity import Seen, event_uid_at, rescue_path, sqlite_uri, write_checkins_csv
from checkin.store.locations import synced_or_network
from checkin.store.rows import (
    ATTENDEE_COLUMNS,
    RECORD_COLUMNS,
    attendees_to_values,
    event_to_row,
    insert_records_sql,
    record_filter,
    record_to_row,
    row_to_attendee,
    row_to_event,
    row_to_record,
    time_to_text,
)
from checkin.store.sqlite_schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
# Windows' "being used by another process" and "another process has locked a portion of the file".
_SHARING_VIOLATIONS = (32, 33)
_SETTLE_AFTER_S = 0.05  # the write-ahead log is emptied this long after the last of a burst of writes
_NEARLY_FULL = 1 << 20  # bytes free below which a failed write is put down to a full disk
BUSY_TIMEOUT_MS = 3000
_SELECT_ATTENDEES = f"SELECT {', '.join(ATTENDEE_COLUMNS)} FROM attendees"
_SELECT_RECORDS = f"SELECT {', '.join(RECORD_COLUMNS)} FROM checkins"
# Inserts of many rows at once ("{rows}": the VALUES rows); the one-row forms are for executemany.
_INTO_ATTENDEES = f"INSERT INTO attendees ({', '.join(ATTENDEE_COLUMNS)})"
_ATTENDEE_ROWS = f"{_INTO_ATTENDEES} VALUES {{rows}}"
_EXTERNAL_CODE_ROWS = "INSERT OR IGNORE INTO external_codes (attendee_id, code, folded) VALUES {rows}"
_INSERT_ATTENDEES = _ATTENDEE_ROWS.format(rows=f"({', '.join('?' * len(ATTENDEE_COLUMNS))})")
_INSERT_EXTERNAL_CODES = _EXTERNAL_CODE_ROWS.format(rows="(?, ?, ?)")
# For a batch, the registration time travels as microseconds since 1970 and SQLite writes the text that
# time_to_text() would, in the writer thread: formatting it in Python was a third of making the rows.
_REGISTERED = ATTENDEE_COLUMNS.index("registered_at")
_REGISTERED_TEXT = ("strftime('%Y-%m-%dT%H:%M:%S', {0} / 1000000, 'unixepoch') "
                    "|| printf('.%06d+00:00', {0} % 1000000)")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
# Measured beside the search index an import builds meanwhile: the writer takes the interpreter lock
# back between statements, and waits while the index sorts in C. At 500 rows it was still writing
# when a 100k index was done; at 2,000 it finishes well before, and alone it is no slower.
_ROWS_PER_STATEMENT = 2000


class SQLiteStore(DayTables, EventStore):
    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.location = str(path)
        self._depth = 0
        self._event: Event | None = None
        # The file as this store left it after its last write, and the event it holds: before each
        # write the path must still hold that file (see file_identity).
        self._seen: Seen | None = None
        self._uid = ""
        self._replaced: errors.EventReplaced | None = None
        self._settle_lock = threading.Lock()
        self._checkpoint_lock = threading.Lock()
        self._settle_timer: threading.Timer | None = None
        # A connection of its own for emptying the log, opened with the store so that it holds this
        # very file; it never waits for a lock (the store's own connection may be writing).
        self._checkpointer: sqlite3.Connection | None = None
        # What this store acknowledged (record, code, family and given name), for a rescue list.
        self._written: list[tuple[CheckInRecord, str, str, str]] = []

    # -- opening ---------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, event: Event) -> SQLiteStore:
        if path.exists():
            raise errors.EventExists(str(path))
        if not path.parent.is_dir():
            raise errors.EventNotFound(str(path.parent), "folder")
        _refuse_unsafe_folder(path)
        if not os.access(path.parent, os.W_OK):
            raise errors.EventReadOnly(str(path.parent), "folder")
        if not event.code_prefix:
            event = event.with_changes(code_prefix=codes.new_event_prefix())
        connection = _connect(path, create=True)
        store = cls(connection, path)
        try:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode = WAL")
            with store._write():
                store._migrate()
                row = event_to_row(event)
                connection.execute(
                    f"INSERT INTO event (id, {', '.join(row)}) VALUES (1, {', '.join('?' * len(row))})",
                    tuple(row.values()))
        except BaseException as error:
            connection.close()
            path.unlink(missing_ok=True)
            if isinstance(error, sqlite3.DatabaseError):
                raise _translate(error, str(path)) from error
            raise
        store._remember_file()
        return store

    @classmethod
    def open(cls, path: Path) -> SQLiteStore:
        if not path.exists():
            raise errors.EventNotFound(str(path))
        if path.is_dir():
            raise errors.NotAnEvent(str(path), "folder")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as error:
            raise _os_error(error, str(path)) from error
        if header != SQLITE_MAGIC:
            raise errors.NotAnEvent(str(path))
        _refuse_unsafe_folder(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise errors.EventReadOnly(str(path))
        connection = _connect(path, create=False)
        store = cls(connection, path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != APPLICATION_ID:
                raise errors.NotAnEvent(str(path))
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise errors.NewerSchema(str(path), version, SCHEMA_VERSION)
            if version < SCHEMA_VERSION:
                with store._write():
                    store._migrate()
            store.event()
        except sqlite3.DatabaseError as error:
            connection.close()
            raise _translate(error, str(path)) from error
        except BaseException:
            connection.close()
            raise
        store._remember_file()
        return store

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](self._db)
            version += 1
            self._db.execute(f"PRAGMA user_version = {version}")

    # -- transactions ----------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction (the write lock up front), or join the open one."""
        if self._depth:
            self._depth += 1
            try:
                yield self._db
            finally:
                self._depth -= 1
            return
        self._check_still_ours()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise _translate(error, self.location) from error
        self._depth = 1
        try:
            yield self._db
        except sqlite3.DatabaseError as error:
            self._rollback()
            raise _translate(error, self.location) from error
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                self._rollback()
                raise _translate(error, self.location) from error
            self._empty_the_log()
        finally:
            self._depth = 0

    # -- the file under the store ------------------------------------------------
    def _remember_file(self) -> None:
        self._uid = self.event().uid
        self._seen = Seen.of(self.path)
        try:
            self._checkpointer = sqlite3.connect(sqlite_uri(self.path, "rw"), uri=True, timeout=0,
                                                 isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError:
            self._checkpointer = None
        self._empty_the_log()

    def _empty_the_log(self) -> None:
        """Soon after a write (a check-in does not wait for it), move the write-ahead log into the
        file and truncate it, when no reader is in the way.

        A log left full between writes is what SQLite replays onto whatever file is next found at
        the path: another event moved there would be damaged. The check-in is already durable.
        Writes in quick succession (an import, a scanner burst) are emptied once, after the last.
        """
        with self._settle_lock:
            if self._settle_timer is not None:
                self._settle_timer.cancel()
            self._settle_timer = threading.Timer(_SETTLE_AFTER_S, self._settle)
            self._settle_timer.daemon = True
            self._settle_timer.start()

    def _settle(self) -> None:
        with self._checkpoint_lock:
            self._checkpoint_if_still_ours()

    def settled(self) -> None:
        """Empty the log of the last write now, if that is still to come (closing, purging, tests)."""
        with self._settle_lock:
            timer, self._settle_timer = self._settle_timer, None
        if timer is not None:
            timer.cancel()
            timer.join()
            self._settle()

    def _checkpoint_if_still_ours(self) -> None:
        checkpointer = self._checkpointer
        if checkpointer is None or self._replaced is not None or self._seen is None:
            return
        try:
            # Never into a file that is no longer ours: the next write stops with the reason.
            now = Seen.of(self.path)
            if not self._seen.same_file(now) or (now != self._seen and event_uid_at(self.path) != self._uid):
                return
            checkpointer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except (sqlite3.DatabaseError, OSError):
            pass  # a reader in the way, or the drive gone: the next write checks again

    def _check_still_ours(self) -> None:
        if self._replaced is not None:
            raise self._replaced
        if self._seen is None:
            return
        try:
            now = Seen.of(self.path)
        except FileNotFoundError:
            self._stop("deleted or moved away", intact=True)
        except OSError:
            return  # the drive is gone: the write fails with its own message
        if not self._seen.same_file(now):
            self._stop("replaced by another file", intact=True)
        if now == self._seen:
            return  # not touched since it was last found to hold this event
        # Changed since (our own log emptying, another desk, or a copy over it, which keeps the inode):
        # it must still hold this event. The size and time are those from before the look, so a copy
        # made meanwhile still differs from them next time.
        if event_uid_at(self.path) != self._uid:
            self._stop("replaced: another file was copied over it", intact=False)
        self._seen = now

    def _stop(self, what: str, intact: bool) -> None:
        """Write nothing more at the path; keep what this store saved in a new file beside it."""
        rescued = ""
        try:
            if intact:
                # Our connection still holds the old file whole, even unlinked: copy all of it.
                target = rescue_path(self.path, ".checkin")
                copy = sqlite3.connect(target)
                try:
                    self._db.backup(copy)
                finally:
                    copy.close()
                rescued = str(target)
            elif self._written:
                # The file was overwritten in place: only what this program wrote can be listed.
                target = rescue_path(self.path, ".csv")
                write_checkins_csv(target, self._written)
                rescued = str(target)
        except (OSError, sqlite3.Error):
            pass
        self._replaced = errors.EventReplaced(self.location, f"the event file was {what} while open", rescued)
        raise self._replaced

    def _rollback(self) -> None:
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.DatabaseError:
            pass

    @contextmanager
    def batch(self) -> Iterator[None]:
        with self._write():
            yield

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        if not self._depth:
            # A file overwritten in place answers with another event's pages: "unknown code" for
            # someone who is on the list would be a wrong answer, not just a stale one.
            self._check_still_ours()
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise _translate(error, self.location) from error

    def close(self) -> None:
        self.settled()
        with self._checkpoint_lock:
            if self._checkpointer is not None:
                self._checkpointer.close()
                self._checkpointer = None
        self._db.close()

    # -- the event -------------------------------------------------------------
    def event(self) -> Event:
        if self._event is None:
            self._db.row_factory = sqlite3.Row
            try:
                rows = self._read("SELECT * FROM event WHERE id = 1")
            finally:
                self._db.row_factory = None
            if not rows:
                raise errors.NotAnEvent(self.location, "no event row")
            self._event = row_to_event(rows[0])
        return self._event

    def update_event(self, event: Event) -> None:
        row = event_to_row(event)
        with self._write() as db:
            db.execute(f"UPDATE event SET {', '.join(f'{k} = ?' for k in row)} WHERE id = 1",
                       tuple(row.values()))
        self._event = event

    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       (key, json.dumps(value, ensure_ascii=False)))

    # -- attendees -------------------------------------------------------------
    def attendees(self) -> list[Attendee]:
        external: dict[int, list[str]] = {}
        for attendee_id, code in self._read("SELECT attendee_id, code FROM external_codes ORDER BY rowid"):
            external.setdefault(attendee_id, []).append(code)
        return [row_to_attendee(row, tuple(external.get(row[0], ())))
                for row in self._read(f"{_SELECT_ATTENDEES} ORDER BY id")]

    def attendee(self, attendee_id: int) -> Attendee | None:
        rows = self._read(f"{_SELECT_ATTENDEES} WHERE id = ?", (attendee_id,))
        return self._with_external_codes(rows[0]) if rows else None

    def _with_external_codes(self, row: Any) -> Attendee:
        external = tuple(code for (code,) in self._read(
            "SELECT code FROM external_codes WHERE attendee_id = ? ORDER BY rowid", (row[0],)))
        return row_to_attendee(row, external)

    def attendees_by_code(self, folded_code: str) -> list[Attendee]:
        rows = self._read(
            f"{_SELECT_ATTENDEES} WHERE code = ? OR id IN "
            "(SELECT attendee_id FROM external_codes WHERE folded = ?) ORDER BY id",
            (folded_code, folded_code))
        return [self._with_external_codes(row) for row in rows]

    def add_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        # Ids are given here (max + 1 onwards, as SQLite itself would) so that a whole import is
        # two executemany calls instead of one statement per person.
        with self._write() as db:
            stored = self._numbered(db, attendees)
            db.executemany(_INSERT_ATTENDEES, attendees_to_values(stored))
            db.executemany(_INSERT_EXTERNAL_CODES, _external_code_rows(stored))
        return stored

    def add_attendees_meanwhile(self, attendees: Sequence[Attendee],
                                meanwhile: Callable[[list[Attendee]], object]) -> list[Attendee]:
        """The rows are written by a second thread, 2,000 per statement: SQLite inserts them
        without the interpreter lock, so `meanwhile` runs at full speed beside it. (executemany
        would take the lock back for every row, and wait for it each time.)"""
        if not attendees:
            return super().add_attendees_meanwhile(attendees, meanwhile)
        with self._write() as db:
            stored = self._numbered(db, attendees)
            statements = [*_attendee_statements(db, stored),
                          *_statements(db, _EXTERNAL_CODE_ROWS, 3, _external_code_rows(stored))]
            failures: list[BaseException] = []

            def write() -> None:
                try:
                    for statement, parameters in statements:
                        db.execute(statement, parameters)
                except BaseException as error:  # handed to the caller's thread, which rolls back
                    failures.append(error)

            writer = threading.Thread(target=write, name="checkin-write", daemon=True)
            # Between two statements the writer takes the lock back: it must not wait long for it.
            with quick_handoffs():
                writer.start()
                try:
                    meanwhile(stored)
                finally:
                    writer.join()
            if failures:
                raise failures[0]
        return stored

    def _numbered(self, db: sqlite3.Connection, attendees: Sequence[Attendee]) -> list[Attendee]:
        """The attendees with their ids and codes (fresh where empty), inside the open transaction."""
        next_id = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM attendees").fetchone()[0]
        given = codes.codes_for([attendee.code for attendee in attendees], self.event().code_prefix)
        return list(map(Attendee.numbered, attendees, count(next_id), given))

    def update_attendees(self, attendees: Sequence[Attendee]) -> None:
        if not attendees:
            return
        columns = ATTENDEE_COLUMNS[2:]  # all but id and code: an update never rewrites a code
        rows = [(*values[2:], values[0]) for values in attendees_to_values(attendees)]
        with self._write() as db:
            before = db.total_changes
            db.executemany(f"UPDATE attendees SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?", rows)
            if db.total_changes - before != len(rows):
                missing = [a.id for a in attendees if self.attendee(a.id) is None]  # type: ignore[arg-type]
                raise KeyError(missing[0] if missing else None)
            db.executemany("DELETE FROM external_codes WHERE attendee_id = ?", [(a.id,) for a in attendees])
            db.executemany(_INSERT_EXTERNAL_CODES, _external_code_rows(attendees))

    def mark_badges_printed(self, attendee_ids: Iterable[int], when: datetime) -> None:
        with self._write() as db:
            db.executemany("UPDATE attendees SET badge_printed_at = ? WHERE id = ?",
                           [(time_to_text(when), attendee_id) for attendee_id in attendee_ids])

    # -- the check-in log ------------------------------------------------------
    def _presence_in_transaction(self, attendee_id: int, checkpoint: str) -> PresenceState:
        rows = self._db.execute(f"{_SELECT_RECORDS} WHERE attendee_id = ? AND checkpoint = ?",
                                (attendee_id, checkpoint)).fetchall()
        return derive_presence([row_to_record(row) for row in rows])

    def append_entry(self, record: CheckInRecord) -> PresenceState:
        return self._append_if_accepted(record)

    def append_undo(self, record: CheckInRecord) -> PresenceState:
        return self._append_if_accepted(record)

    def _append_if_accepted(self, record: CheckInRecord) -> PresenceState:
        with self._write() as db:
            before = self._presence_in_transaction(record.attendee_id, record.checkpoint)
            accepted = before.accepts(record)
            if accepted:
                db.execute(insert_records_sql("?"), record_to_row(record))
                person = db.execute("SELECT code, family_name, given_name FROM attendees WHERE id = ?",
                                    (record.attendee_id,)).fetchone() or ("", "", "")
        if accepted:
            self._written.append((record, *person))
        return before

    def append_records(self, records: Iterable[CheckInRecord]) -> int:
        with self._write() as db:
            before = db.total_changes
            db.executemany(insert_records_sql("?", "INSERT OR IGNORE"), [record_to_row(r) for r in records])
            return db.total_changes - before

    def records(self, attendee_id: int | None = None, checkpoint: str | None = None) -> list[CheckInRecord]:
        where, parameters = record_filter(attendee_id, checkpoint, "?")
        rows = self._read(f"{_SELECT_RECORDS}{where} ORDER BY door_time, uuid", parameters)
        return [row_to_record(row) for row in rows]

    # -- privacy ---------------------------------------------------------------
    # Tables that hold people or what they did, children first (a replica adds its queues).
    _PERSONAL_TABLES: tuple[str, ...] = ("checkins", "external_codes", "attendees")

    def purge_personal_data(self, statistics: dict[str, Any]) -> None:
        from checkin.core.purge import PERSONAL_SETTING_PREFIXES, PURGE_STATISTICS_SETTING

        # secure_delete overwrites freed content with zeros; VACUUM then rebuilds the file and
        # the WAL is truncated, so no old page holding a name survives anywhere on disk.
        self._db.execute("PRAGMA secure_delete = ON")
        with self._write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       (PURGE_STATISTICS_SETTING, json.dumps(statistics, ensure_ascii=False)))
            purge_day_tables(db)
            for table in self._PERSONAL_TABLES:
                db.execute(f"DELETE FROM {table}")
            for prefix in PERSONAL_SETTING_PREFIXES:
                db.execute("DELETE FROM settings WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
        self._written.clear()
        self.settled()  # this program's own log emptying must not count as another program
        try:
            self._db.execute("VACUUM")
            busy = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise _translate(error, self.location) from error
        if busy:
            # Another desk still reads the file, so old pages wait in the WAL; purging again
            # once it is closed finishes the job.
            raise errors.EventBusy(self.location, "purged, but another program still has the event open")

    def checkpoints(self) -> list[str]:
        return [name for (name,) in self._read("SELECT DISTINCT checkpoint FROM checkins ORDER BY checkpoint")]


def _attendee_statements(db: sqlite3.Connection, attendees: Sequence[Attendee]) -> list[tuple[str, list[Any]]]:
    microseconds = _microseconds_since_1970(list(map(attrgetter("registered_at"), attendees)))
    if microseconds is not None:
        rows = attendees_to_values(attendees, registered=microseconds)
        return _select_statements(db, _INTO_ATTENDEES, rows, {_REGISTERED: _REGISTERED_TEXT})
    # A time before 1970 (a mistyped year): SQLite's arithmetic would not write it as Python does.
    return _select_statements(db, _INTO_ATTENDEES, attendees_to_values(attendees), {})


def _microseconds_since_1970(moments: list[datetime | None]) -> list[int | None] | None:
    """Each time as microseconds since 1970 (None where there is none), mapped in C where every person has
    one; None when a time is before 1970 or without its zone."""
    try:
        if None in moments:
            values = [None if moment is None else (moment - _EPOCH) // _MICROSECOND for moment in moments]
        else:
            values = list(map(floordiv, map(sub, moments, repeat(_EPOCH)), repeat(_MICROSECOND)))
    except TypeError:  # a time without its zone cannot be taken from one that has it
        return None
    return values if min(filter(None, values), default=0) >= 0 else None


def _select_statements(db: sqlite3.Connection, into: str, rows: Sequence[tuple[Any, ...]],
                       expressions: dict[int, str]) -> list[tuple[str, list[Any]]]:
    """`into` (an INSERT's head) SELECT the rows' columns FROM (VALUES ...), as statements of up to 2,000
    rows each with their parameters, made in the caller's thread so that the writer only binds and steps.

    `expressions` turns a column's value into the one written ("{0}": the value). A column that holds one
    value in every row (an import's empty notes, needs and groups, its one status, no badge printed) is
    bound once a statement, not once a row: the writer binds holding the interpreter lock, and the index
    built meanwhile waits for it."""
    width = len(rows[0])
    same = [number for number in range(1, width) if _one_value(rows, number)]
    varying = [number for number in range(width) if number not in same]
    # The values bound once come first (?1, ?2 …): the VALUES rows' parameters are numbered after them.
    sources = {number: f"?{place}" for place, number in enumerate(same, start=1)}
    sources.update((number, f"column{place}") for place, number in enumerate(varying, start=1))
    select = ", ".join(expressions.get(number, "{0}").format(sources[number]) for number in range(width))
    once = [rows[0][number] for number in same]
    one = f"({', '.join('?' * len(varying))})"
    # Within the SQLite build's limit on parameters per statement (999 before SQLite 3.32).
    limit = db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - len(once)
    per_statement = max(1, min(_ROWS_PER_STATEMENT, limit // len(varying)))
    varying_of = itemgetter(*varying) if len(varying) > 1 else lambda row: (row[0],)
    texts: dict[int, str] = {}
    statements = []
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        if len(chunk) not in texts:
            texts[len(chunk)] = f"{into} SELECT {select} FROM (VALUES {', '.join([one] * len(chunk))})"
        statements.append((texts[len(chunk)], [*once, *chain.from_iterable(map(varying_of, chunk) if same else chunk)]))
    return statements


def _one_value(rows: Sequence[tuple[Any, ...]], number: int) -> bool:
    """Whether column `number` holds its first row's value in every row (text, a whole number or None, as
    the columns hold: no other kind of value equals one of those and is written differently)."""
    first = rows[0][number]
    return (first is None or type(first) in (str, int)) and all(map(eq, map(itemgetter(number), rows),
                                                                     repeat(first)))


def _statements(db: sqlite3.Connection, insert: str, width: int,
                rows: Sequence[Sequence[Any]]) -> list[tuple[str, list[Any]]]:
    """`insert` ("{rows}" where the VALUES rows go) as statements of up to 2,000 rows each, with their
    parameters: made in the caller's thread, so the writer only binds and steps."""
    one = f"({', '.join('?' * width)})"
    # Within the SQLite build's limit on parameters per statement (999 before SQLite 3.32).
    per_statement = max(1, min(_ROWS_PER_STATEMENT, db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    texts: dict[int, str] = {}
    statements = []
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        if len(chunk) not in texts:
            texts[len(chunk)] = insert.format(rows=", ".join([one] * len(chunk)))
        statements.append((texts[len(chunk)], list(chain.from_iterable(chunk))))
    return statements


def _external_code_rows(attendees: Sequence[Attendee]) -> list[tuple[int | None, str, str]]:
    held = list(map(attrgetter("external_codes"), attendees))
    given = list(chain.from_iterable(held))
    ids = map(attrgetter("id"), attendees)
    # Most lists give each person one code (a ticket, a barcode): their ids are the holders as they come.
    holders = ids if set(map(len, held)) == {1} else chain.from_iterable(map(repeat, ids, map(len, held)))
    return list(zip(holders, given, codes.fold_codes(given)))


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    mode = "rwc" if create else "rw"
    try:
        connection = sqlite3.connect(sqlite_uri(path, mode), uri=True, isolation_level=None,
                                     timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        connection.execute("PRAGMA synchronous = FULL")
        # The log is emptied by its own connection just after each burst of writes (see _empty_the_log);
        # SQLite's own checkpoint, run by the commit that fills the log, made a big import's commit wait
        # for a second copy of every page it had just written.
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise _translate(error, str(path)) from error
    return connection


def _translate(error: sqlite3.DatabaseError, location: str) -> errors.StoreError:
    """Map SQLite's messages to the failures a volunteer can act on, each by its real cause."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return errors.EventBusy(location, str(error))
    if "readonly" in text or "read-only" in text:
        return errors.EventReadOnly(location, str(error))
    if "full" in text or ("disk i/o" in text and _disk_is_full(location)):
        # A write that finds no room fails as "disk I/O error" as often as "database or disk is full".
        return errors.DiskFull(location, str(error))
    if "malformed" in text or ("not a database" in text and _has_sqlite_header(location)):
        return errors.EventDamaged(location, str(error))
    if "not a database" in text or "no such table" in text:
        return errors.NotAnEvent(location, str(error))
    if "unable to open" in text or "disk i/o" in text:
        return errors.EventUnavailable(location, str(error))
    return errors.StoreError(location, str(error))


def _refuse_unsafe_folder(path: Path) -> None:
    where = synced_or_network(path)
    if where is not None:
        raise errors.UnsafeFolder(str(path), where)


def _disk_is_full(location: str) -> bool:
    try:
        return shutil.disk_usage(Path(location).parent).free < _NEARLY_FULL
    except OSError:
        return False


def _has_sqlite_header(location: str) -> bool:
    try:
        with open(location, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _os_error(error: OSError, location: str) -> errors.StoreError:
    """An operating system's refusal, named by its cause."""
    if getattr(error, "winerror", None) in _SHARING_VIOLATIONS:
        return errors.EventLocked(location, error.strerror or "")
    if error.errno == errno.ENOSPC:
        return errors.DiskFull(location, error.strerror or "")
    if isinstance(error, PermissionError):
        return errors.EventReadOnly(location, error.strerror or "")
    return errors.EventUnavailable(location, error.strerror or "")
