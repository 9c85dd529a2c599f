"""`checkin import` as users and scripts drive it: --dry-run, --json, --map, --sheet, one clear line on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_support import FIXTURES, write_xlsx

from checkin.core.models import Status
from checkin.resources import sample_dir
from checkin.store import open_event
from tests.cli_runner import cli

SAMPLE_XLSX = sample_dir() / "geneva-2018-registrations.xlsx"




@pytest.fixture
def event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "geneva.checkin"
    assert cli(capsys, "new", path, "--title", "Digital Technology", "--date", "2018-10-18",
               "--capacity", "300", "--deadline", "2018-10-11")[0] == 0
    return path


def attendees(path: Path):
    store = open_event(path)
    try:
        return store.attendees()
    finally:
        store.close()


def test_sample_spreadsheet_imports_with_categories_waitlist_and_extra_fields(event: Path, capsys) -> None:
    status, out, err = cli(capsys, "import", event, SAMPLE_XLSX, "--json")
    assert status == 0, err
    report = json.loads(out)
    assert (report["rows"], report["added"], report["skipped"]) == (316, 316, 0)
    assert report["waitlisted"] == 16 and report["late"] == 8
    # The sheet's Needs and Delegation columns stay extra until the import maps them (the sample event moves them).
    assert report["extra_columns"] == ["Organisation type", "Country", "Needs", "Delegation"]
    people = attendees(event)
    assert {a.category for a in people} == {"Speaker", "Moderator", "Panellist", "Participant", "Organiser", "Press"}
    assert sum(a.status is Status.WAITLISTED for a in people) == 16
    assert all(a.category == "Participant" for a in people if a.status is Status.WAITLISTED)
    assert all(set(a.extra) <= {"Organisation type", "Country", "Needs", "Delegation"} and a.extra["Country"]
               for a in people)
    barbara = next(a for a in people if a.given_name == "Barbara")
    assert barbara.family_name == "Schedler Fischer"
    # Re-importing the same file changes nothing.
    status, out, _ = cli(capsys, "import", event, SAMPLE_XLSX, "--json")
    again = json.loads(out)
    assert (again["added"], again["updated"], again["cancelled"], again["unchanged"]) == (0, 0, 0, 316)


def test_dry_run_prints_what_would_happen_and_changes_nothing(event: Path, capsys) -> None:
    status, out, _ = cli(capsys, "import", event, SAMPLE_XLSX, "--dry-run")
    assert status == 0
    assert "316 would be added" in out
    assert "16 on the waitlist" in out
    assert "8 registered after the deadline" in out
    assert "dry run: nothing was changed" in out
    assert attendees(event) == []


def test_problems_are_listed_with_row_column_and_reason(event: Path, capsys, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "problems.xlsx", [
        ["First name", "Last name", "Email", "Category"],
        ["Ada", "Lovelace", "ada@example.org", "Speaker"],
        ["", "", "x@example.org", ""],
        ["Alan", "Turing", "ADA@example.org", ""],
        ["Grace", "Hopper", "grace@example", "Admiral"],
    ])
    status, out, _ = cli(capsys, "import", event, path)
    assert status == 0
    assert "row 3, column 'Last name': no given or family name; skipped" in out
    assert "row 4, column 'Email': same e-mail as row 2; skipped" in out
    assert "row 5, column 'Email': e-mail 'grace@example' is malformed; imported without it" in out
    assert "row 5, column 'Category': unknown category 'Admiral'; imported as Participant" in out
    status, out, _ = cli(capsys, "import", event, path, "--json", "--dry-run")
    problems = json.loads(out)["problems"]
    assert {"row": 4, "column": "Email", "problem": "duplicate_email", "value": "ADA@example.org",
            "skipped": True, "other_row": 2} in problems


def test_map_and_sheet_options(event: Path, capsys, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", [["Who", "Reach me at"], ["Ada Lovelace", "ada@example.org"]],
                      title="People", before=["Cover"])
    status, _, err = cli(capsys, "import", event, path, "--sheet", "People")
    assert status == 2 and "no name column" in err
    status, out, err = cli(capsys, "import", event, path, "--sheet", "People", "--map", "full_name=Who",
                           "--map", "email=Reach me at", "--json")
    assert status == 0, err
    assert json.loads(out)["mapping"] == {"full_name": "Who", "email": "Reach me at"}
    [ada] = attendees(event)
    assert (ada.given_name, ada.family_name, ada.email) == ("Ada", "Lovelace", "ada@example.org")
    status, _, err = cli(capsys, "import", event, path, "--map", "nonsense")
    assert status == 2 and "FIELD=COLUMN" in err


@pytest.mark.parametrize(("name", "words"), [
    ("password-protected.xlsx", "protected by a password"),
    ("missing.xlsx", "no such file"),
])
def test_failures_are_one_clear_line(event: Path, capsys, name: str, words: str) -> None:
    status, out, err = cli(capsys, "import", event, FIXTURES / name)
    assert status == 2
    assert err.count("\n") == 1 and words in err and str(FIXTURES / name) in err
    assert "Traceback" not in err and out == ""
    assert attendees(event) == []


def test_not_a_spreadsheet(event: Path, capsys, tmp_path: Path) -> None:
    path = tmp_path / "scan.xlsx"
    path.write_bytes(b"%PDF-1.4 not really")
    status, _, err = cli(capsys, "import", event, path)
    assert status == 2 and f"{path}: not a spreadsheet" in err
