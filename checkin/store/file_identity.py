"""Is the event file at a path still the one a store opened?

A desk keeps its event open for hours. Meanwhile someone may delete the file, move another
event onto its path, or copy one over it. SQLite would go on writing into the unlinked file
(answering "checked in" into nothing), or mix its own pages and write-ahead log into the new
file. The store asks before each write; on a mismatch it stops and rescues what it saved.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from checkin.core.models import CheckInRecord, RecordKind


@dataclass(frozen=True)
class Seen:
    """What the store last saw at its path: the file itself, and its size and time as left by a write."""

    device: int
    inode: int
    size: int
    modified_ns: int

    @classmethod
    def of(cls, path: Path) -> Seen:
        status = os.stat(path)
        return cls(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)

    def same_file(self, other: Seen) -> bool:
        return (self.device, self.inode) == (other.device, other.inode)


def sqlite_uri(path: Path, mode: str) -> str:
    """The SQLite URI of `path`: '#', '?' and '%' in a file name are part of the name, not of the URI."""
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


def event_uid_at(path: Path) -> str | None:
    """The uid of the event now at `path` (None if it is not one), read through a connection of its own."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT uid FROM event WHERE id = 1").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def rescue_path(path: Path, suffix: str) -> Path:
    """A new file beside `path` (or in the home folder when that folder is gone) for what was saved."""
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    folder = path.parent if path.parent.is_dir() else Path.home()
    candidate = folder / f"{path.stem} (rescued {stamp}){suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{path.stem} (rescued {stamp} {number}){suffix}"
    return candidate


def write_checkins_csv(path: Path, written: list[tuple[CheckInRecord, str, str, str]]) -> None:
    """The check-ins this program saved, as a list `checkin signin-import` reads back (tick + time)."""
    cancelled = {record.cancels for record, *_ in written if record.kind is RecordKind.UNDO}
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Code", "Family name", "Given name", "Present", "Check-in time", "Checkpoint", "Desk"])
        for record, code, family, given in written:
            if record.kind is RecordKind.ENTRY and record.uuid not in cancelled:
                writer.writerow([code, family, given, "x", record.door_time.isoformat(), record.checkpoint,
                                 record.desk])
