"""The paper fallback: the sign-in sheet read back, and paper check-ins entered back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from export_support import ZURICH
from openpyxl import Workbook

from checkin.cli import run
from checkin.core.models import Status
from checkin.core.session import EventSession
from checkin.io.attendance_data import collect_attendance
from checkin.io.signin_sheet import ROWS_PER_PAGE, initial, parse_letters, write_signin_sheet
from checkin.store import open_event


def _pages(path: Path) -> list[str]:
    return [page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(path)]


def test_sheet_lists_every_confirmed_person_alphabetically(sample_session: EventSession, tmp_path: Path) -> None:
    data = collect_attendance(sample_session.store)
    path = tmp_path / "sheet.pdf"
    summary = write_signin_sheet(data, path)
    confirmed = [a for a in data.attendees if a.status is Status.REGISTERED]
    assert summary.people == len(confirmed)
    pages = _pages(path)
    assert len(pages) == summary.pages == -(-len(confirmed) // ROWS_PER_PAGE)
    first = pages[0]
    for header in ("Sign-in sheet", "Liste de présence", "Family name", "Nom", "Given name", "Prénom", "Signature"):
        assert header in first
    assert f"Page 1 / {len(pages)}" in first
    # Family names appear in alphabetical order across the pages.
    text = " ".join("\n".join(pages).split())  # a long name wraps onto two lines
    latin = [a.family_name for a in confirmed if a.family_name.isascii() and len(a.family_name) > 3]
    position = 0
    for name in latin:  # each name is found after the one before it
        position = text.find(name, position)
        assert position >= 0, name
    # Running heads name the letters of each page: "A–B" style, first and last initial.
    page_one = confirmed[:ROWS_PER_PAGE]
    head = initial(page_one[0]) if initial(page_one[0]) == initial(page_one[-1]) else \
        f"{initial(page_one[0])}–{initial(page_one[-1])}"
    assert head in first


def test_sheet_per_category_and_letter_range(sample_session: EventSession, tmp_path: Path) -> None:
    data = collect_attendance(sample_session.store)
    path = tmp_path / "press.pdf"
    summary = write_signin_sheet(data, path, categories=["press"], letters=("A", "M"))
    expected = [a for a in data.attendees if a.category == "Press" and a.status is Status.REGISTERED
                and "A" <= initial(a) <= "M"]
    assert summary.people == len(expected) > 0
    text = "\n".join(_pages(path))
    assert "Press · A–M" in text
    for attendee in expected:
        assert attendee.given_name in text
    rows = text.replace("\r\n", "\n").split("\n")  # one line of text per row: family given organisation
    for attendee in data.attendees:
        if attendee.category != "Press" and attendee.family_name.isascii():
            assert not any(row.startswith(f"{attendee.family_name} {attendee.given_name} ") for row in rows)


def test_people_already_in_are_marked(sample_session: EventSession, tmp_path: Path) -> None:
    attendee = next(a for a in sample_session.attendees() if a.status is Status.REGISTERED)
    sample_session.check_in_attendee(attendee, door_time=datetime(2018, 10, 18, 8, 42, tzinfo=ZURICH))
    path = tmp_path / "sheet.pdf"
    write_signin_sheet(collect_attendance(sample_session.store), path)
    assert "checked in / enregistré·e 08:42" in "\n".join(_pages(path))


def test_empty_selection_gives_one_empty_page(empty_session: EventSession, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    summary = write_signin_sheet(collect_attendance(empty_session.store), path)
    assert summary.pages == 1 and summary.people == 0
    assert "Page 1 / 1" in _pages(path)[0]


@pytest.mark.parametrize("text, expected", [("A-C", ("A", "C")), ("d–k", ("D", "K")), ("Z", ("Z", "Z"))])
def test_parse_letters(text: str, expected: tuple[str, str]) -> None:
    assert parse_letters(text) == expected


@pytest.mark.parametrize("text", ["C-A", "AA-B", "1-3", ""])
def test_parse_letters_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_letters(text)


def test_cli_signin_sheet(sample_event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "sheet.pdf"
    assert run(["signin-sheet", str(sample_event_path), "-o", str(out), "--letters", "A-F"]) == 0
    assert "people on" in capsys.readouterr().out and out.exists()
    assert run(["signin-sheet", str(sample_event_path), "-o", str(out), "--category", "Nobody"]) == 2
    assert "is not a category" in capsys.readouterr().err
    assert run(["signin-sheet", str(sample_event_path), "-o", str(out), "--letters", "Z-A"]) == 2


def _ticks(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_paper_ticks_are_entered_back_with_their_door_time(sample_event_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    with open_event(sample_event_path) as store:
        people = [a for a in store.attendees() if a.status is Status.REGISTERED][:4]
    sheet = _ticks(tmp_path / "ticks.xlsx", [
        ["Family name", "Given name", "E-mail", "Présent"],
        [people[0].family_name, people[0].given_name, people[0].email, "x"],
        [people[1].family_name, people[1].given_name, "", "✓"],
        [people[2].family_name, people[2].given_name, people[2].email, ""],
        [people[3].family_name, people[3].given_name, people[3].email, "non"],
    ])
    assert run(["signin-import", str(sample_event_path), str(sheet), "--at", "2018-10-18T08:42"]) == 0
    assert "2 checked in" in capsys.readouterr().out
    with open_event(sample_event_path) as store:
        presence = store.presence()
        records = store.records()
    assert {r.attendee_id for r in records} == {people[0].id, people[1].id}
    assert all(r.desk == "paper" for r in records)
    assert presence[people[0].id].checked_in_at == datetime(2018, 10, 18, 8, 42, tzinfo=ZURICH)


def test_one_unmatched_tick_changes_nothing(sample_event_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture) -> None:
    with open_event(sample_event_path) as store:
        person = next(a for a in store.attendees() if a.status is Status.REGISTERED)
    sheet = _ticks(tmp_path / "ticks.xlsx", [
        ["E-mail", "Checked in"], [person.email, "yes"], ["nobody@nowhere.example", "yes"],
    ])
    assert run(["signin-import", str(sample_event_path), str(sheet), "--at", "2018-10-18T08:42"]) == 1
    error = capsys.readouterr().err
    assert "row 3" in error and "nobody@nowhere.example" in error
    with open_event(sample_event_path) as store:
        assert store.records() == []
