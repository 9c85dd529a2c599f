"""A big xlsx sheet is read in parts, parsed beside the drafting: the same rows, the same plan, the same failures.

The thresholds are lowered here so that sheets of a few hundred rows are cut into many parts; each test
checks that they were, so that none passes on a sheet read whole.
"""

from __future__ import annotations

import re
import sys
import threading
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from import_support import opened_event, write_xlsx
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from checkin.io import import_report as codes
from checkin.io import validation, xlsx_parts
from checkin.io.import_report import ImportFailure
from checkin.io.registrations import import_file, plan_import
from checkin.io.xlsx_parts import sheet_parts

HEADER = ["Registered at", "First name", "Last name", "Email", "Organisation", "Category", "Barcode"]


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 1024)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 2048)
    monkeypatch.setattr(xlsx_parts, "FIRST_PART_ROWS", 5)


def person(number: int) -> list[Any]:
    return [datetime(2018, 9, 1 + number % 28, 9, number % 60), f"Given{number}", f"Family{number}",
            f"person{number}@example.org", f"Organisation {number % 7}", "Participant", f"EB-{number:05d}"]


def whole_rows(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def trimmed(row: list[Any]) -> list[Any]:
    """A row without its empty cells at the end: a part's rows end at its own last column."""
    row = list(row)
    while row and row[-1] in ("", None):
        row.pop()
    return row


def read_parts(path: Path, sheet: str, max_rows: int = 200_000) -> list[list[list[Any]]]:
    parts = sheet_parts(str(path), sheet, max_rows)
    assert parts is not None, "the sheet was not cut into parts"
    return list(parts)


def varied_sheet(path: Path, *, shared_strings: bool) -> Path:
    """Titles above the header, blank rows inside, rows that start right of column A, a wider column
    further down, numbers, booleans and times: what a whole read gives, the parts must give."""
    book = Workbook(write_only=not shared_strings)
    sheet = book.create_sheet("Registrations")
    if shared_strings:
        book.remove(book["Sheet"])
    sheet.append(["Geneva 2018 — registrations"])
    sheet.append([])
    sheet.append(HEADER)
    for number in range(1, 400):
        if number % 50 == 0:
            for _ in range(number // 50):  # a growing stretch of blank rows
                sheet.append([])
        if 120 <= number < 160:  # a stretch whose first columns are empty
            sheet.append([None, None, f"Family{number}", f"person{number}@example.org", number, True, 1.5])
        elif number > 300:
            sheet.append([*person(number), None, f"note {number}"])  # a column without header, further down
        else:
            sheet.append(person(number))
    sheet.append([])
    sheet.append(["Total", 399])
    book.save(path)
    return path


@pytest.mark.parametrize("shared_strings", [False, True], ids=["inline strings", "shared strings"])
def test_the_parts_put_end_to_end_are_the_rows_of_the_sheet(small_parts, tmp_path: Path, shared_strings) -> None:
    path = varied_sheet(tmp_path / "list.xlsx", shared_strings=shared_strings)
    parts = read_parts(path, "Registrations")
    assert len(parts) > 5
    rows = [row for part in parts for row in part]
    whole = whole_rows(path, "Registrations")
    assert len(rows) == len(whole)
    assert [trimmed(row) for row in rows] == [trimmed(row) for row in whole]


def test_the_sheet_is_found_by_name_among_several(small_parts, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Read me"
    book.active.append(["This workbook lists the registrations on its second sheet."])
    for _ in range(200):
        book.active.append(["filler", 1, 2, 3])
    listed = book.create_sheet("List")
    listed.append(HEADER)
    for number in range(1, 200):
        listed.append(person(number))
    book.save(tmp_path / "two.xlsx")
    parts = read_parts(tmp_path / "two.xlsx", "List")
    assert len(parts) > 1
    assert [trimmed(row) for part in parts for row in part] == [trimmed(r) for r in whole_rows(tmp_path / "two.xlsx",
                                                                                              "List")]


def test_a_small_or_unusual_sheet_is_read_whole(small_parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, *(person(n) for n in range(1, 100))])
    assert sheet_parts(str(path), "Registrations", 200_000) is not None
    assert sheet_parts(str(path), "No such sheet", 200_000) is None
    # A sheet whose elements carry a namespace prefix is not cut: calamine reads it whole.
    prefixed = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(prefixed, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<(/?)(\w)", rb"<\1x:\2", data).replace(b"xmlns=", b"xmlns:x=", 1)
            target.writestr(member, data)
    assert sheet_parts(str(prefixed), "Registrations", 200_000) is None
    assert whole_rows(prefixed, "Registrations") == whole_rows(path, "Registrations")
    monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 4 * 1024 * 1024)
    assert sheet_parts(str(path), "Registrations", 200_000) is None  # small: one parse is quicker


def plan_fields(plan) -> tuple:
    rows = [(d.row, d.values, d.registered_at, d.external_codes, d.extra, d.weak) for d in plan.rows]
    problems = [(p.row, p.column, p.code, p.value, p.other_row) for p in plan.problems]
    return (plan.header_row, plan.header, plan.mapping, plan.extra_columns, plan.total_rows, rows, problems)


def awkward_list(path: Path) -> Path:
    """Duplicates far apart, bad e-mails, a new category, a late column without header, a totals row."""
    rows: list[list[Any]] = [["Registrations"], [], HEADER]
    for number in range(1, 300):
        row = person(number)
        if number == 250:
            row[1:4] = ["Given5", "Family5", "person5@example.org"]  # a row in the first part sent again
        if number == 260:
            row[1:3] = ["Given7", "Family7"]
            row[3:5] = ["", "Organisation 0"]  # the same name and organisation as a row in the first part
        if number % 41 == 0:
            row[3] = "not an address"
        if number % 53 == 0:
            row[5] = "Astronaut"
        if number % 67 == 0:
            row[1:3] = ["", ""]
        rows.append(row)
        if number % 90 == 0:
            rows.append([])
    rows.append(["Total", 299])
    return write_xlsx(path, rows)


def test_a_plan_read_in_parts_is_the_plan_read_whole(small_parts, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = awkward_list(tmp_path / "list.xlsx")
    assert len(read_parts(path, "Registrations")) > 5
    monkeypatch.setattr(validation, "PROGRESS_EVERY", 50)
    seen: list[tuple[int, int]] = []
    with opened_event(tmp_path) as session:
        in_parts = plan_import(session, path, progress=lambda done, total: seen.append((done, total)))
        monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 1 << 40)
        whole = plan_import(session, path)
    assert plan_fields(in_parts) == plan_fields(whole)
    found = {p.code for p in whole.problems}
    assert {codes.DOUBLE_SUBMISSION, codes.DUPLICATE_NAME, codes.BAD_EMAIL, codes.NEW_CATEGORY,
            codes.MISSING_NAME, codes.NOT_A_PERSON} <= found
    assert in_parts.preview.added == whole.preview.added
    # The progress bar moves forward, against the sheet's size as the parts read so far predict it.
    assert [done for done, _ in seen] == [50, 100, 150, 200, 250]
    assert all(total >= done for done, total in seen) and seen[-1][1] >= 280


def test_the_rows_that_tell_how_dates_are_written_are_drafted_together(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The first rows come in two halves parsed at once; "04/25/2018" in the second half still says that
    "03/04/2018" in the first is 4 March, as it does when the sheet is read whole."""
    monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 1024)
    rows: list[list[Any]] = [["Registered at", "First name", "Last name", "Email"]]
    for number in range(1, 6001):
        written = "04/25/2018 10:00" if number == 4000 else "03/04/2018 10:00"
        rows.append([written, f"Given{number}", f"Family{number}", f"person{number}@example.org"])
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    parts = read_parts(path, "Registrations")
    assert len(parts[0]) < 4000 < len(parts[0]) + len(parts[1])  # the month-first date is in the second half
    with opened_event(tmp_path) as session:
        in_parts = plan_import(session, path)
        monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 1 << 40)
        whole = plan_import(session, path)
    first = in_parts.rows[0].registered_at
    assert (first.day, first.month) == (4, 3)
    assert plan_fields(in_parts) == plan_fields(whole)


def test_a_column_filled_only_further_down_is_mapped_from_the_whole_sheet(small_parts, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [HEADER, *(person(n) for n in range(1, 200))]
    rows[-1] = [*rows[-1], "VIP"]  # a value under no header, in the last row only
    path = write_xlsx(tmp_path / "list.xlsx", rows)
    assert len(read_parts(path, "Registrations")) > 3
    with opened_event(tmp_path) as session:
        in_parts = plan_import(session, path)
        monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 1 << 40)
        whole = plan_import(session, path)
    assert "H" in in_parts.extra_columns
    assert in_parts.rows[-1].extra == {"H": "VIP"}
    assert plan_fields(in_parts) == plan_fields(whole)


def test_an_import_read_in_parts_lands_every_person(small_parts, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, *(person(n) for n in range(1, 300))])
    with opened_event(tmp_path) as session:
        report = import_file(session, path)
        people = {a.email: a for a in session.store.attendees()}
    assert report.counts()["added"] == 299 and len(people) == 299
    last = people["person299@example.org"]
    assert (last.given_name, last.family_name, last.external_codes) == ("Given299", "Family299", ("EB-00299",))


def test_too_many_rows_are_refused_while_the_parts_are_read(small_parts, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, *(person(n) for n in range(1, 300))])
    with pytest.raises(ImportFailure) as failure:
        read_parts(path, "Registrations", max_rows=150)
    assert failure.value.code == codes.TOO_MANY_ROWS


def test_a_part_calamine_cannot_read_fails_the_import_cleanly(small_parts, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, *(person(n) for n in range(1, 300))])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":  # a cell cut short far down the sheet
                at = data.index(b'<c r="B250"')
                data = data[:at] + b'<c r="B250" t="n"><v>' + data[at + 40:]
            target.writestr(member, data)
    with opened_event(tmp_path) as session:
        before = session.store.attendees()
        with pytest.raises(ImportFailure) as failure:
            import_file(session, broken)
        assert session.store.attendees() == before
    assert failure.value.code == codes.UNREADABLE
    assert str(broken) in str(failure.value.path)
    assert not [t for t in threading.enumerate() if t.name == "checkin-sheet-parts"]


def test_a_sheet_that_cannot_be_cut_is_read_whole(small_parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CDATA section may hold "<row" (no exporter writes one, a hand-made file can): the cut lands inside
    it, calamine refuses the piece, and the import reads the sheet whole instead."""
    path = write_xlsx(tmp_path / "list.xlsx", [["Note", *HEADER], *([f"n{n}", *person(n)] for n in range(1, 300))])
    hidden = tmp_path / "cdata.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hidden, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="(A\d+)" t="inlineStr"><is><t>n(\d+)</t></is></c>',
                              rb'<c r="\1" t="inlineStr"><is><t><![CDATA[<row r="1"> seat \2 & more]]></t></is></c>',
                              data)
            target.writestr(member, data)
    with pytest.raises(ImportFailure) as failure:
        read_parts(hidden, "Registrations")
    assert failure.value.code == codes.UNREADABLE
    with opened_event(tmp_path) as session:
        fallen_back = plan_import(session, hidden)
        monkeypatch.setattr(xlsx_parts, "SPLIT_ABOVE", 1 << 40)
        whole = plan_import(session, hidden)
    assert plan_fields(fallen_back) == plan_fields(whole)
    assert len(fallen_back.rows) == 299
    assert fallen_back.rows[4].values["notes"] == '<row r="1"> seat 5 & more'


def test_leaving_early_stops_the_reading_thread_and_restores_the_switch_interval(small_parts, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, *(person(n) for n in range(1, 300))])
    interval = sys.getswitchinterval()
    parts = sheet_parts(str(path), "Registrations", 200_000)
    assert parts is not None
    rows = iter(parts)
    first = next(rows)
    assert first[0][:2] == ["Registered at", "First name"]
    assert [t for t in threading.enumerate() if t.name == "checkin-sheet-parts"]
    assert sys.getswitchinterval() < interval
    rows.close()  # type: ignore[attr-defined]
    assert not [t for t in threading.enumerate() if t.name == "checkin-sheet-parts"]
    assert sys.getswitchinterval() == interval
    assert parts.expected_rows > 0
