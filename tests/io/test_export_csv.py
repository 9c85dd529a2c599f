"""CSV for Excel: BOM, both delimiters, formula injection neutralised; read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from export_support import INJECTIONS, add_tricky_people, attend

from checkin.core.session import EventSession
from checkin.io.export_attendance import export_attendance
from checkin.io.export_csv import neutralise


def _read(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_reads_back_with_its_delimiter(sample_session: EventSession, tmp_path: Path, delimiter: str) -> None:
    add_tricky_people(sample_session)
    arrived = attend(sample_session)
    path = tmp_path / "attendance.csv"
    export_attendance(sample_session.store, path, delimiter=delimiter)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = _read(path, delimiter)
    assert len(rows) == len(sample_session.attendees())
    assert sum(row["Checked in"] == "yes" for row in rows) == len(arrived) == sample_session.stats().checked_in
    by_email = {row["E-mail"]: row for row in rows}
    for attendee in sample_session.attendees():
        if attendee.id in arrived:
            local = arrived[attendee.id]
            assert by_email[attendee.email]["First check-in"] == local.strftime("%Y-%m-%d %H:%M:%S")
    accented = [a for a in sample_session.attendees() if not a.family_name.isascii()]
    assert accented and all(by_email[a.email]["Family name"] == a.family_name for a in accented if a.email)


def test_every_formula_start_is_neutralised(sample_session: EventSession, tmp_path: Path) -> None:
    add_tricky_people(sample_session)
    path = tmp_path / "attendance.csv"
    export_attendance(sample_session.store, path, delimiter=";")
    cells = [cell for row in csv.reader(path.open(encoding="utf-8-sig", newline=""), delimiter=";") for cell in row]
    for text in INJECTIONS:
        assert "'" + text in cells
        assert text not in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+41", "'+41"), ("-x", "'-x"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Jean-Marc", "Jean-Marc"), ("a=b", "a=b"), (None, ""), (3, "3"),
])
def test_neutralise(value: object, expected: str) -> None:
    assert neutralise(value) == expected


def test_empty_event_gives_a_header_only_csv(empty_session: EventSession, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    export_attendance(empty_session.store, path)
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert len(rows) == 1 and rows[0][0] == "Family name"
