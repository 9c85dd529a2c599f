"""A running `checkin scan EVENT -` whose file is deleted or replaced stops, loses nothing, damages nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind
from checkin.store import create_event, errors, open_event
from checkin.store.replica import ReplicaStore

EVENT = Event(title="Geneva", starts_on=date(2018, 10, 18), timezone="Europe/Zurich")


def make_event(path: Path, title: str, people: int = 3) -> list[str]:
    store = create_event(path, EVENT.with_changes(title=title, uid=os.urandom(8).hex()))
    added = store.add_attendees([Attendee(None, "", family_name=f"{title} {n}") for n in range(people)])
    store.close()
    return [a.code for a in added]


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


class Scanner:
    """`checkin scan PATH -` as a separate process, fed one code at a time like a scanner."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "checkin", "scan", str(path), "-"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})

    def scan(self, code: str) -> str:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(code + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline()

    def finish(self, code: str) -> tuple[int, str]:
        _out, err = self.process.communicate(code + "\n", timeout=60)
        return self.process.returncode, err


@pytest.mark.parametrize("replace", ["mv", "cp", "rm"])
def test_a_scanner_stops_when_its_event_file_is_replaced(tmp_path: Path, replace: str) -> None:
    path = tmp_path / "geneva.checkin"
    ours = make_event(path, "Ours")
    other = tmp_path / "other.checkin"
    make_event(other, "Other")
    other_copy = tmp_path / "other-kept.checkin"
    shutil.copyfile(other, other_copy)
    scanner = Scanner(path)
    assert scanner.scan(ours[0]).startswith("checked in")  # acknowledged
    # The desk empties its write-ahead log into the file right after answering (milliseconds later):
    # from then on no log of ours waits beside the path for the next file to be put there.
    wal = Path(f"{path}-wal")
    deadline = time.monotonic() + 10
    while wal.exists() and wal.stat().st_size and time.monotonic() < deadline:
        time.sleep(0.001)  # a separate process, not a Qt wait: polling its file is the point
    assert not wal.exists() or wal.stat().st_size == 0
    if replace == "mv":
        os.replace(other, path)
    elif replace == "cp":
        shutil.copyfile(other, path)
    else:
        path.unlink()
    status, err = scanner.finish(ours[1])
    assert status == 2
    assert "replaced" in err or "deleted" in err, err
    assert "Traceback" not in err
    # The acknowledged check-in survives in the rescue file the message names.
    rescued = [p for p in tmp_path.iterdir() if "rescued" in p.name]
    assert rescued, err
    assert str(rescued[0].name) in err
    if replace != "rm":
        assert integrity(path) == "ok"
        with open_event(path) as store:
            assert store.event().title == "Other"
            assert store.records() == []  # nothing of ours landed in the other event
    found = rescued_codes(rescued)
    assert ours[0] in found and ours[1] not in found


def rescued_codes(files: list[Path]) -> set[str]:
    codes: set[str] = set()
    for file in files:
        if file.suffix == ".checkin":
            with open_event(file) as store:
                people = {a.id: a.code for a in store.attendees()}
                codes |= {people[r.attendee_id] for r in store.records() if r.kind is RecordKind.ENTRY}
        else:
            text = file.read_text(encoding="utf-8")
            codes |= {line.split(",")[0] for line in text.splitlines()[1:]}
    return codes


def test_a_replica_deleted_while_offline_is_never_acknowledged_into(tmp_path: Path) -> None:
    path = tmp_path / "replica.checkin"
    replica = ReplicaStore.open_or_create(path, EVENT)
    replica.put_attendees([Attendee(4, "C4", family_name="Hopper")])
    path.unlink()
    with pytest.raises(errors.EventReplaced, match="deleted"):
        replica.append_queued(CheckInRecord(4, RecordKind.ENTRY, __import__("datetime").datetime.now(
            __import__("datetime").UTC)), want_checked_in=False)
    replica.close()


@pytest.mark.parametrize("name", ["Desk #2.checkin", "Geneva ?.checkin", "Room %41.checkin", "Été 2018 #1.checkin"])
def test_file_names_with_uri_characters_open_the_file_they_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_event(path, "Named")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".checkin") == [name]
    decoy = tmp_path / name.split("#")[0].split("?")[0]
    with open_event(path) as store:
        assert store.event().title == "Named"
    assert not decoy.exists() or decoy == path
