"""Every file shape an organiser brings lands field by field: xlsx, xlsm, xls, ods, csv/txt in each encoding."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from import_support import FIXTURES, by_email, opened_event, write_xlsx
from openpyxl import Workbook

from checkin.core.models import Status
from checkin.io import import_report as codes
from checkin.io.registrations import import_file, plan_import

ZURICH = ZoneInfo("Europe/Zurich")
HEADER = ["First name", "Last name", "Email", "Organisation", "Category", "Registered at"]
PEOPLE = [
    ["Élodie", "Müller-Lüdenscheidt", "elodie@example.org", "Université de Genève", "Speaker", "2018-09-03 09:15"],
    ["Jürgen", "Großmann", "jurgen@example.de", "Bundesamt für Äußeres", "Participant", "2018-09-04 10:00"],
    ["François", "Lefèvre", "francois@example.fr", "Ministère des affaires étrangères", "Presse",
     "2018-09-05 11:30"],
]


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        yield opened


def csv_text(delimiter: str, newline: str = "\r\n") -> str:
    return newline.join(delimiter.join(row) for row in [HEADER, *PEOPLE]) + newline


def assert_people_landed(session) -> None:
    people = by_email(session)
    assert set(people) == {"elodie@example.org", "jurgen@example.de", "francois@example.fr"}
    elodie = people["elodie@example.org"]
    assert (elodie.given_name, elodie.family_name) == ("Élodie", "Müller-Lüdenscheidt")
    assert elodie.organisation == "Université de Genève"
    assert elodie.category == "Speaker"
    assert elodie.registered_at == datetime(2018, 9, 3, 9, 15, tzinfo=ZURICH)
    assert people["jurgen@example.de"].organisation == "Bundesamt für Äußeres"
    assert people["francois@example.fr"].category == "Press"  # "Presse" folded to the known category
    assert all(a.status is Status.REGISTERED and a.code for a in people.values())


@pytest.mark.parametrize(("encoding", "delimiter", "suffix"), [
    ("utf-8", ",", ".csv"),
    ("utf-8-sig", ";", ".csv"),  # Excel "CSV UTF-8" with its BOM
    ("utf-16", "\t", ".txt"),  # Excel "Unicode text": UTF-16 LE with BOM, tab-separated
    ("utf-16-le", "\t", ".txt"),  # the same without a BOM
    ("cp1252", ";", ".csv"),  # French/German Excel "CSV (separator: semicolon)"
    ("latin-1", ",", ".csv"),
])
def test_text_files_in_every_encoding_and_delimiter(session, tmp_path: Path, encoding, delimiter, suffix) -> None:
    path = tmp_path / f"list{suffix}"
    path.write_bytes(csv_text(delimiter).encode(encoding))
    report = import_file(session, path)
    assert report.counts()["added"] == 3
    assert report.plan.delimiter == delimiter
    assert_people_landed(session)


def test_utf8_bom_is_not_part_of_the_first_header(session, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + csv_text(",").encode("utf-8"))
    plan = plan_import(session, path)
    assert plan.mapping["given_name"] == "First name"


def test_quoted_fields_with_delimiters_and_line_breaks(session, tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_text('First name;Last name;Organisation;Notes\n'
                    'Ana;Pérez;"Ministry of Justice; Spain";"needs\nwheelchair access"\n', encoding="utf-8")
    import_file(session, path)
    [ana] = session.attendees()
    assert ana.organisation == "Ministry of Justice; Spain"
    assert ana.notes == "needs wheelchair access"


@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm"])
def test_openpyxl_workbook(session, tmp_path: Path, suffix: str) -> None:
    rows = [HEADER, *[[*p[:5], datetime.fromisoformat(p[5])] for p in PEOPLE]]
    path = write_xlsx(tmp_path / f"list{suffix}", rows)
    import_file(session, path)
    assert_people_landed(session)


@pytest.mark.parametrize("name", ["registrations.ods", "registrations.xls"])
def test_committed_ods_and_xls_fixtures(session, name: str) -> None:
    """Made by LibreOffice (see fixtures/make_fixtures.py): title row, French header, list on sheet 2."""
    report = import_file(session, FIXTURES / name)
    assert report.plan.sheet == "Inscriptions"  # "Read me" comes first but is no list
    assert report.plan.header_row == 3
    assert report.plan.mapping == {"given_name": "Prénom", "family_name": "Nom", "organisation": "Organisation",
                                   "email": "Courriel", "category": "Catégorie",
                                   "registered_at": "Date d'inscription"}
    people = by_email(session)
    assert len(people) == 4
    elodie = people["elodie.muller@example.org"]
    assert (elodie.given_name, elodie.family_name, elodie.category) == ("Élodie", "Müller-Lüdenscheidt", "Speaker")
    assert elodie.registered_at == datetime(2018, 9, 3, 9, 15, tzinfo=ZURICH)
    barbara = people["barbara.schedlerfischer@fdfa.example.org"]
    assert (barbara.given_name, barbara.family_name) == ("Barbara", "Schedler Fischer")
    assert people["soren@example.dk"].organisation == "=Nordic Council"  # formula-looking text stays text
    assert people["zoe@example.it"].category == "Press"
    assert people["zoe@example.it"].family_name == "D'Alessandro"


def test_sheet_option_by_name_or_number(session, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Speakers"
    book.active.append(["Name", "Email"])
    book.active.append(["Ada Lovelace", "ada@example.org"])
    book.create_sheet("Participants").append(["Name", "Email"])
    book["Participants"].append(["Alan Turing", "alan@example.org"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    assert plan_import(session, path).sheet == "Speakers"
    assert plan_import(session, path, sheet="participants").sheet == "Participants"
    plan = plan_import(session, path, sheet="2")
    assert [d.values["family_name"] for d in plan.rows] == ["Turing"]
    with pytest.raises(codes.ImportFailure) as failure:
        plan_import(session, path, sheet="Staff")
    assert failure.value.code == codes.NO_SUCH_SHEET
    assert "Speakers" in failure.value.detail


def test_first_sheet_that_looks_like_a_list_is_the_default(session, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Instructions"
    book.active["A1"] = "Fill in one line per person"
    book.create_sheet("Summary").append(["Total", 2])
    book.create_sheet("List").append(["First name", "Last name", "E-mail"])
    book["List"].append(["Ada", "Lovelace", "ada@example.org"])
    path = tmp_path / "three.xlsx"
    book.save(path)
    assert plan_import(session, path).sheet == "List"


def test_csv_saved_with_an_xls_name_still_reads(session, tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text(csv_text(","), encoding="utf-8")
    import_file(session, path)
    assert_people_landed(session)
