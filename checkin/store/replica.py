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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from checkin.core import codes
from checkin.core.models import Attendee, CheckInRecord, Event, PresenceState, derive_presence
from checkin.store.postgres_store import redact
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
class Duplicate:
    """A person checked in at several desks while they were apart; the earliest door time counts."""

    attendee_id: int
    checkpoint: str
    counted: CheckInRecord
    others: tuple[CheckInRecord, ...]


def default_replica_folder() -> Path:
    from checkin.folders import data_subfolder

    return data_subfolder("replicas")


def replica_path(url: str, desk: str, folder: Path | None = None) -> Path:
    """One replica per server event and desk name, named without the password."""
    parts = urlsplit(redact(url))
    name = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/')}-{desk or 'desk'}"
    return (folder or default_replica_folder()) / (re.sub(r"[^A-Za-z0-9._-]+", "_", name) + ".checkin")


_OUTBOX = "CREATE TABLE IF NOT EXISTS outbox (uuid TEXT PRIMARY KEY REFERENCES checkins(uuid))"
# Walk-ins registered while offline: a negative local id until the server gives them theirs.
_NEW_ATTENDEES = "CREATE TABLE IF NOT EXISTS new_attendees (local_id INTEGER PRIMARY KEY)"
# Badges printed while offline, to mark on the server when it is back.
_BADGE_MARKS = "CREATE TABLE IF NOT EXISTS badge_marks (attendee_id INTEGER PRIMARY KEY, printed_at TEXT NOT NULL)"


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
        return replica

    @classmethod
    def open_existing(cls, path: Path) -> ReplicaStore:
        replica = cls.open(path)
        replica._ensure_outbox()
        return replica

    def _ensure_outbox(self) -> None:
        with self._write() as db:
            db.execute(_OUTBOX)
            db.execute(_NEW_ATTENDEES)
            db.execute(_BADGE_MARKS)

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
        return new

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

    def renumber(self, local_id: int, server_id: int) -> None:
        """The server registered the walk-in: give it (and its check-ins) the server's id."""
        with self._write() as db:
            db.execute("PRAGMA defer_foreign_keys = ON")  # parent and children change in one go
            db.execute("UPDATE attendees SET id = ? WHERE id = ?", (server_id, local_id))
            db.execute("UPDATE checkins SET attendee_id = ? WHERE attendee_id = ?", (server_id, local_id))
            db.execute("UPDATE external_codes SET attendee_id = ? WHERE attendee_id = ?", (server_id, local_id))
            db.execute("UPDATE badge_marks SET attendee_id = ? WHERE attendee_id = ?", (server_id, local_id))
            db.execute("DELETE FROM new_attendees WHERE local_id = ?", (local_id,))

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

    def queued(self) -> list[CheckInRecord]:
        columns = ", ".join(f"c.{name}" for name in RECORD_COLUMNS)
        rows = self._read(f"SELECT {columns} FROM checkins c JOIN outbox o ON o.uuid = c.uuid "
                          "ORDER BY c.door_time, c.uuid")
        return [row_to_record(row) for row in rows]

    def queued_count(self) -> int:
        return self._read("SELECT count(*) FROM outbox")[0][0]

    def acknowledge(self, uuids: Iterable[str]) -> None:
        with self._write() as db:
            db.executemany("DELETE FROM outbox WHERE uuid = ?", [(uuid,) for uuid in uuids])

    def duplicates_among(self, new_records: Iterable[CheckInRecord], reported: set[str]) -> list[Duplicate]:
        """People whom `new_records` leave with more than one live entry (checked in twice while apart)."""
        found = []
        for attendee_id, checkpoint in sorted({(r.attendee_id, r.checkpoint) for r in new_records}):
            state = derive_presence(self.records(attendee_id, checkpoint))
            first = state.first_entry
            if first is None:
                continue
            # The other entries that still count (an entry taken back by its undo is no double).
            others = tuple(r for r in state.live[1:] if r.uuid not in reported)
            if others:
                found.append(Duplicate(attendee_id, checkpoint, first, others))
        return found

    def settings(self) -> dict[str, Any]:
        return {key: json.loads(value) for key, value in self._read("SELECT key, value FROM settings")}

