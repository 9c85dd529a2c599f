"""A desk's local copy of a server event, with the outbox of check-ins the server has not yet confirmed.

The replica is an ordinary event file (so everything the file store reads works
on it) plus one table, `outbox`. A check-in made while offline is written to
the log and to the outbox in the same transaction: once the desk has answered,
the record is on disk and queued, whatever happens next.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from checkin.core import codes
from checkin.core.models import Attendee, CheckInRecord, Event, PresenceState
from checkin.store.conflicts import CONFLICT_COLUMNS, Conflict, conflict_to_row, row_to_conflict
from checkin.store.postgres_connection import redact
from checkin.store.rows import (
    RECORD_COLUMNS,
    attendee_to_row,
    insert_records_sql,
    record_to_row,
    row_to_record,
    time_to_text,
)
from checkin.store.sqlite_store import SQLiteStore


@dataclass(frozen=True)
class ParkedRecord:
    """A record the server refused, kept on this desk with the reason (and on the server's list to check)."""

    record: CheckInRecord
    reason: str


def default_replica_folder() -> Path:
    from checkin.folders import data_subfolder

    return data_subfolder("replicas")


def replica_path(url: str, desk: str, folder: Path | None = None) -> Path:
    """One replica per server event and desk name, named without the password."""
    parts = urlsplit(redact(url))
    name = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/')}-{desk or 'desk'}"
    return (folder or default_replica_folder()) / (re.sub(r"[^A-Za-z0-9._-]+", "_", name) + ".checkin")


# Everything here that the server has not confirmed is marked as such, by one of these tables.
_LOCAL_TABLES = (
    "CREATE TABLE IF NOT EXISTS outbox (uuid TEXT PRIMARY KEY REFERENCES checkins(uuid))",
    # Walk-ins registered while offline: a negative local id until the server gives them theirs.
    "CREATE TABLE IF NOT EXISTS new_attendees (local_id INTEGER PRIMARY KEY)",
    # … and the id they got, so a window still holding the local id reaches the person.
    "CREATE TABLE IF NOT EXISTS renumbered (local_id INTEGER PRIMARY KEY, server_id INTEGER NOT NULL)",
    # Badges printed while offline, to mark on the server when it is back.
    "CREATE TABLE IF NOT EXISTS badge_marks (attendee_id INTEGER PRIMARY KEY, printed_at TEXT NOT NULL)",
    # Records the server refused: they stay here, shown, and never block the queue.
    "CREATE TABLE IF NOT EXISTS parked (uuid TEXT PRIMARY KEY, reason TEXT NOT NULL, parked_at TEXT NOT NULL)",
    # The server's list to check, as last pulled, and what this desk marked seen while offline.
    "CREATE TABLE IF NOT EXISTS conflicts (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
    "attendee_id INTEGER, detail TEXT NOT NULL, found_at TEXT, seen_at TEXT, seen_by TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS seen_marks (conflict_id INTEGER PRIMARY KEY, seen_by TEXT NOT NULL)",
    # Where the pulls stand (the server's transaction horizon, a first pull's page) and the desk's clock offset.
    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


class ReplicaStore(SQLiteStore):
    @classmethod
    def open_or_create(cls, path: Path, event: Event) -> ReplicaStore:
        """The replica at `path` for `event`; a replica of another event there is set aside, not lost."""
        if path.exists():
            replica = cls.open(path)
            old_uid = replica.event().uid
            if old_uid == event.uid:
                replica._ensure_outbox()
                return replica
            replica.close()
            # The server event was created anew under the same URL: keep the old
            # file (it may hold queued check-ins) next to the new one.
            path.rename(path.with_suffix(f".{old_uid[:8]}.orphan"))
        path.parent.mkdir(parents=True, exist_ok=True)
        replica = cls.create(path, event)
        replica._ensure_outbox()
        replica.set_state(first_pull_horizon="")  # pending: not a copy to work on before its first pull
        return replica

    @classmethod
    def open_existing(cls, path: Path) -> ReplicaStore:
        replica = cls.open(path)
        replica._ensure_outbox()
        return replica

    def _ensure_outbox(self) -> None:
        with self._write() as db:
            for statement in _LOCAL_TABLES:
                db.execute(statement)

    # -- where the sync stands -------------------------------------------------------------
    def state(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM sync_state WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def first_pull_done(self) -> bool:
        """A copy made before pulls were incremental has no bookmark, but was pulled whole."""
        return self.state("since") is not None or self.state("first_pull_horizon") is None

    def set_state(self, **values: str | None) -> None:
        with self._write() as db:
            for key, value in values.items():
                if value is None:
                    db.execute("DELETE FROM sync_state WHERE key = ?", (key,))
                else:
                    db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    # -- what the server sent ------------------------------------------------------
    def put_event(self, event: Event) -> None:
        if event != self.event():
            self.update_event(event)

    _PERSONAL_TABLES = ("outbox", "badge_marks", "new_attendees", *SQLiteStore._PERSONAL_TABLES)

    def put_settings(self, settings: dict[str, Any]) -> None:
        from checkin.core.purge import PURGE_STATISTICS_SETTING

        kept = settings.get(PURGE_STATISTICS_SETTING)
        if kept is not None and self.get_setting(PURGE_STATISTICS_SETTING) is None:
            # The event was purged on the server: this desk's copy of the people goes too.
            self.purge_personal_data(kept)
        with self._write() as db:
            db.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           [(key, json.dumps(value, ensure_ascii=False)) for key, value in settings.items()])

    def put_attendees(self, attendees: Sequence[Attendee]) -> None:
        """Insert or overwrite attendees under the server's ids (codes included)."""
        from checkin.core.purge import PURGE_STATISTICS_SETTING

        if attendees and self.get_setting(PURGE_STATISTICS_SETTING) is not None:
            return  # a purged event takes nobody back (a late answer from before the purge)
        with self._write() as db:
            for attendee in attendees:
                row = attendee_to_row(attendee)
                names = ", ".join(row)
                db.execute(f"INSERT INTO attendees ({names}) VALUES ({', '.join('?' * len(row))}) "
                           f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{k} = excluded.{k}' for k in row)}",
                           tuple(row.values()))
                db.execute("DELETE FROM external_codes WHERE attendee_id = ?", (attendee.id,))
                db.executemany(
                    "INSERT OR IGNORE INTO external_codes (attendee_id, code, folded) VALUES (?, ?, ?)",
                    [(attendee.id, code, codes.fold_code(code)) for code in attendee.external_codes])

    def put_records(self, records: Iterable[CheckInRecord]) -> list[CheckInRecord]:
        """Take in records from the server; returns those that were new here."""
        from checkin.core.purge import PURGE_STATISTICS_SETTING

        new: list[CheckInRecord] = []
        if self.get_setting(PURGE_STATISTICS_SETTING) is not None:
            return new  # nobody left to have checked in
        with self._write() as db:
            for record in records:
                cursor = db.execute(insert_records_sql("?", "INSERT OR IGNORE"), record_to_row(record))
                if cursor.rowcount:
                    new.append(record)
                elif record.clock_offset is not None:  # ours, as the server stamped it
                    db.execute("UPDATE checkins SET clock_offset_ms = ? WHERE uuid = ?",
                               (record_to_row(record)[-1], record.uuid))
        return new

    def put_conflicts(self, conflicts: Iterable[Conflict]) -> list[Conflict]:
        """Take in the server's list to check; returns the conflicts new here."""
        new = []
        with self._write() as db:
            for conflict in conflicts:
                known = db.execute("SELECT 1 FROM conflicts WHERE id = ?", (conflict.id,)).fetchone()
                db.execute(f"INSERT OR REPLACE INTO conflicts ({', '.join(CONFLICT_COLUMNS)}) "
                           f"VALUES ({', '.join('?' * len(CONFLICT_COLUMNS))})", conflict_to_row(conflict))
                if known is None:
                    new.append(conflict)
        return new

    def conflicts(self, include_seen: bool = False) -> list[Conflict]:
        rows = self._read(f"SELECT {', '.join('c.' + c for c in CONFLICT_COLUMNS)} FROM conflicts c "
                          "LEFT JOIN seen_marks s ON s.conflict_id = c.id ORDER BY c.id")
        marked = {conflict_id for (conflict_id,) in self._read("SELECT conflict_id FROM seen_marks")}
        found = [row_to_conflict(row) for row in rows]
        return [c for c in found if include_seen or (c.seen_at is None and c.id not in marked)]

    def mark_seen_offline(self, conflict_ids: Iterable[int], by: str) -> None:
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO seen_marks (conflict_id, seen_by) VALUES (?, ?)",
                           [(i, by) for i in conflict_ids])

    def seen_marks(self) -> dict[str, list[int]]:
        marks: dict[str, list[int]] = {}
        for conflict_id, by in self._read("SELECT conflict_id, seen_by FROM seen_marks"):
            marks.setdefault(by, []).append(conflict_id)
        return marks

    def clear_seen_marks(self, conflict_ids: Iterable[int]) -> None:
        with self._write() as db:
            db.executemany("DELETE FROM seen_marks WHERE conflict_id = ?", [(i,) for i in conflict_ids])

    # -- what this desk did while offline --------------------------------------------
    def append_queued(self, record: CheckInRecord, want_checked_in: bool) -> PresenceState:
        """append_entry (or append_undo) on the replica, queueing the record if it was written."""
        with self._write() as db:
            before = self.append_undo(record) if want_checked_in else self.append_entry(record)
            if before.accepts(record):
                db.execute("INSERT OR IGNORE INTO outbox (uuid) VALUES (?)", (record.uuid,))
        return before

    def queue(self, records: Iterable[CheckInRecord]) -> None:
        """Put records in the log and the outbox (a server call whose answer never came)."""
        with self._write() as db:
            for record in records:
                db.execute(insert_records_sql("?", "INSERT OR IGNORE"), record_to_row(record))
                db.execute("INSERT OR IGNORE INTO outbox (uuid) VALUES (?)", (record.uuid,))

    def add_local_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        """Walk-ins registered offline: stored under negative ids, queued for the server."""
        prefix = self.event().code_prefix
        stored = []
        with self._write() as db:
            lowest = min(self._read("SELECT min(id) FROM attendees")[0][0] or 0, 0)
            given = codes.codes_for([attendee.code for attendee in attendees], prefix)
            for offset, (attendee, code) in enumerate(zip(attendees, given), start=1):
                stored.append(attendee.with_changes(id=lowest - offset, code=code))
            self.put_attendees(stored)
            db.executemany("INSERT INTO new_attendees (local_id) VALUES (?)", [(a.id,) for a in stored])
        return stored

    def queued_attendees(self) -> list[Attendee]:
        ids = [local_id for (local_id,) in self._read("SELECT local_id FROM new_attendees ORDER BY local_id DESC")]
        return [a for a in (self.attendee(i) for i in ids) if a is not None]

    def renumber(self, local_id: int, server_id: int, merged: bool = False) -> None:
        """The server registered the walk-in: give it (and its check-ins) the server's id.

        `merged`: another desk had registered the same person, who is already here under
        `server_id`; this desk's copy goes, its check-ins and badge marks move to that person."""
        with self._write() as db:
            db.execute("PRAGMA defer_foreign_keys = ON")  # parent and children change in one go
            if merged and self._read("SELECT 1 FROM attendees WHERE id = ?", (server_id,)):
                # Its badge goes on scanning at once, as it will once the server's copy of the person arrives.
                (code,) = self._read("SELECT code FROM attendees WHERE id = ?", (local_id,))[0]
                db.execute("UPDATE OR IGNORE external_codes SET attendee_id = ? WHERE attendee_id = ?",
                           (server_id, local_id))
                db.execute("DELETE FROM external_codes WHERE attendee_id = ?", (local_id,))
                db.execute("INSERT OR IGNORE INTO external_codes (attendee_id, code, folded) VALUES (?, ?, ?)",
                           (server_id, code, codes.fold_code(code)))
                db.execute("DELETE FROM attendees WHERE id = ?", (local_id,))
            else:
                db.execute("UPDATE attendees SET id = ? WHERE id = ?", (server_id, local_id))
                db.execute("UPDATE external_codes SET attendee_id = ? WHERE attendee_id = ?", (server_id, local_id))
            db.execute("UPDATE checkins SET attendee_id = ? WHERE attendee_id = ?", (server_id, local_id))
            db.execute("UPDATE OR REPLACE badge_marks SET attendee_id = ? WHERE attendee_id = ?",
                       (server_id, local_id))
            db.execute("DELETE FROM new_attendees WHERE local_id = ?", (local_id,))
            db.execute("INSERT OR REPLACE INTO renumbered (local_id, server_id) VALUES (?, ?)", (local_id, server_id))

    def server_id(self, attendee_id: int) -> int:
        """The id a person has now: a walk-in's temporary id leads to the one the server gave."""
        if attendee_id >= 0:
            return attendee_id
        rows = self._read("SELECT server_id FROM renumbered WHERE local_id = ?", (attendee_id,))
        return rows[0][0] if rows else attendee_id

    def mark_badges_offline(self, attendee_ids: Sequence[int], when: datetime) -> None:
        with self._write() as db:
            self.mark_badges_printed(attendee_ids, when)
            db.executemany("INSERT OR REPLACE INTO badge_marks (attendee_id, printed_at) VALUES (?, ?)",
                           [(attendee_id, time_to_text(when)) for attendee_id in attendee_ids])

    def queued_badge_marks(self) -> dict[datetime, list[int]]:
        marks: dict[datetime, list[int]] = {}
        for attendee_id, printed_at in self._read("SELECT attendee_id, printed_at FROM badge_marks"):
            marks.setdefault(datetime.fromisoformat(printed_at), []).append(attendee_id)
        return marks

    def clear_badge_marks(self, attendee_ids: Iterable[int]) -> None:
        with self._write() as db:
            db.executemany("DELETE FROM badge_marks WHERE attendee_id = ?", [(i,) for i in attendee_ids])

    def queued(self, limit: int = -1) -> list[CheckInRecord]:
        """The outbox, oldest door time first (at most `limit` records; -1: all)."""
        columns = ", ".join(f"c.{name}" for name in RECORD_COLUMNS)
        rows = self._read(f"SELECT {columns} FROM checkins c JOIN outbox o ON o.uuid = c.uuid "
                          "ORDER BY c.door_time, c.uuid LIMIT ?", (limit,))
        return [row_to_record(row) for row in rows]

    def queued_count(self) -> int:
        return self._read("SELECT count(*) FROM outbox")[0][0]

    def acknowledge(self, uuids: Iterable[str]) -> None:
        with self._write() as db:
            db.executemany("DELETE FROM outbox WHERE uuid = ?", [(uuid,) for uuid in uuids])

    def stamp_offsets(self, records: Sequence[CheckInRecord], offset: float) -> list[CheckInRecord]:
        """Records never measured take the offset measured now (they go up with it)."""
        stamped = [r if r.clock_offset is not None else replace(r, clock_offset=offset) for r in records]
        changed = [(round(offset * 1000), r.uuid) for r in records if r.clock_offset is None]
        if changed:
            with self._write() as db:
                db.executemany("UPDATE checkins SET clock_offset_ms = ? WHERE uuid = ?", changed)
        return stamped

    def park(self, refused: Iterable[tuple[CheckInRecord, str]]) -> None:
        with self._write() as db:
            for record, reason in refused:
                db.execute("DELETE FROM outbox WHERE uuid = ?", (record.uuid,))
                db.execute("INSERT OR IGNORE INTO parked (uuid, reason, parked_at) VALUES (?, ?, ?)",
                           (record.uuid, reason, time_to_text(datetime.now(UTC))))

    def parked(self) -> list[ParkedRecord]:
        columns = ", ".join(f"c.{name}" for name in RECORD_COLUMNS)
        rows = self._read(f"SELECT {columns}, p.reason FROM checkins c JOIN parked p ON p.uuid = c.uuid "
                          "ORDER BY c.door_time, c.uuid")
        return [ParkedRecord(row_to_record(row[:-1]), row[-1]) for row in rows]

    def parked_count(self) -> int:
        return self._read("SELECT count(*) FROM parked")[0][0]

    def settings(self) -> dict[str, Any]:
        return {key: json.loads(value) for key, value in self._read("SELECT key, value FROM settings")}

