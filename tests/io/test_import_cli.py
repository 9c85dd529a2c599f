"""`checkin import` as users and scripts drive it: --dry-run, --json, --map, --sheet, one clear line on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_support import FIXTURES, write_xlsx

from checkin.core.models import Status
from checkin.resources import sample_dir
from tests.cli_runner import cli
from tests.cli_runner import stored_attendees as attendees

SAMPLE_XLSX = sample_dir() / "geneva-2018-registrations.xlsx"


@pytest.fixture
def event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "geneva.checkin"
    assert cli(capsys, "new", path, "--title", "Digital Technology", "--date", "2018-10-18",
               "--capacity", "300", "--deadline", "2018-10-11")[0] == 0
    return path


def test_sample_spreadsheet_imports_with_categories_waitlist_and_extra_fields(event: Path, capsys) -> None:
    status, out, err = cli(capsys, "import", event, SAMPLE_XLSX, "--json")
    assert status == 0, err
    report = json.loads(out)
    assert (report["rows"], report["added"], report["skipped"]) == (316, 316, 0)
    assert report["waitlisted"] == 16 and report["late"] == 8
    # The sheet's Needs and Delegation columns are the people's needs and groups.
    assert report["extra_columns"] == ["Organisation type", "Country"]
    assert (report["mapping"]["needs"], report["mapping"]["group"]) == ("Needs", "Delegation")
    people = attendees(event)
    assert {a.category for a in people} == {"Speaker", "Moderator", "Panellist", "Participant", "Organiser", "Press"}
    assert sum(a.status is Status.WAITLISTED for a in people) == 16
    assert all(a.category == "Participant" for a in people if a.status is Status.WAITLISTED)
    assert all(set(a.extra) <= {"Organisation type", "Country"} and a.extra["Country"] for a in people)
    assert sum(a.group == "Permanent Mission of Spain" for a in people) == 5
    assert sum(a.needs == "Wheelchair access" for a in people) >= 2
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
    status, out, _ = cli(capsys, "import", event, path, "--json", "--dry-run")
    problems = json.loads(out)["problems"]
    assert {"row": 5, "column": "Category", "problem": "new_category", "value": "Admiral",
            "skipped": False} in problems
    status, out, _ = cli(capsys, "import", event, path)
    assert status == 0
    lines = out.splitlines()
    assert "  row 3, column 'Last name': no given or family name; skipped" in lines
    # Rows that stayed out come first, then what the organiser should look at.
    assert lines.index("  row 3, column 'Last name': no given or family name; skipped") < lines.index(
        "  row 5, column 'Email': e-mail 'grace@example' is malformed; imported without it")
    assert "  row 5, column 'Category': new category 'Admiral' (1 person); merge it into another in the import " \
           "window if it means one" in lines
    assert "same e-mail" not in out  # Alan shares Ada's mailbox: another person, in her group
    assert [person.group for person in attendees(event) if person.email.casefold() == "ada@example.org"] == \
        ["ada@example.org", "ada@example.org"]


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


def write_people(path: Path, count: int, start: int = 1) -> Path:
    return write_xlsx(path, [["First name", "Last name", "Email"],
                             *([f"Given{n}", f"Family{n}", f"p{n}@example.org"] for n in range(start, count + 1))])


def test_a_reimport_that_would_cancel_many_asks_first(event: Path, capsys, tmp_path: Path) -> None:
    assert cli(capsys, "import", event, write_people(tmp_path / "all.xlsx", 20))[0] == 0
    before = attendees(event)
    half = write_people(tmp_path / "half.xlsx", 10)
    status, out, err = cli(capsys, "import", event, half)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "would cancel 10 people who are not in it" in err and "--cancel-missing" in err and str(half) in err
    assert "Given11 Family11" in err
    assert attendees(event) == before  # nothing changed
    status, out, err = cli(capsys, "import", event, half, "--json")
    document = json.loads(out)
    assert status == 2 and document["code"] == "confirm_cancellations" and len(document["would_cancel"]) == 10
    status, out, _ = cli(capsys, "import", event, half, "--keep-missing", "--json")
    assert status == 0 and json.loads(out)["cancelled"] == 0
    status, out, _ = cli(capsys, "import", event, half, "--cancel-missing", "--json")
    assert status == 0 and json.loads(out)["cancelled"] == 10
    assert sum(person.status is Status.CANCELLED for person in attendees(event)) == 10


def test_a_reimport_missing_one_person_of_many_goes_ahead(event: Path, capsys, tmp_path: Path) -> None:
    assert cli(capsys, "import", event, write_people(tmp_path / "all.xlsx", 20))[0] == 0
    status, out, _ = cli(capsys, "import", event, write_people(tmp_path / "most.xlsx", 19), "--json")
    assert status == 0 and json.loads(out)["cancelled"] == 1


def test_one_person_is_one_was_added(event: Path, capsys, tmp_path: Path) -> None:
    status, out, _ = cli(capsys, "import", event, write_people(tmp_path / "one.xlsx", 1))
    assert status == 0 and "1 was added, 0 updated" in out


@pytest.mark.parametrize("arguments", [["--no-header"], []], ids=["--no-header", "found alone"])
def test_a_list_without_header_keeps_its_first_person(event: Path, capsys, tmp_path: Path, arguments) -> None:
    path = tmp_path / "members.tsv"
    path.write_text("ada@example.org\tAda Lovelace\nalan@example.org\tAlan Turing\n"
                    "grace@example.org\tGrace Hopper\n", encoding="utf-8")
    status, out, err = cli(capsys, "import", event, path, *arguments, "--json")
    assert status == 0, err
    report = json.loads(out)
    assert (report["header_row"], report["added"], report["mapping"]) == (0, 3, {"full_name": "B", "email": "A"})
    assert sorted(person.name for person in attendees(event)) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]


def test_a_list_of_addresses_only_is_refused(event: Path, capsys, tmp_path: Path) -> None:
    path = tmp_path / "addresses.txt"
    path.write_text("ada@example.org\nalan@example.org\ngrace@example.org\n", encoding="utf-8")
    status, out, err = cli(capsys, "import", event, path)
    assert status == 2 and out == ""
    assert err == f"checkin: {path}: only e-mail addresses, no names; a badge and the desk need each person's name\n"
    status, out, err = cli(capsys, "import", event, path, "--json")
    assert status == 2 and json.loads(out)["code"] == "only_emails"


def test_a_refused_import_with_json_prints_a_json_error(event: Path, capsys, tmp_path: Path) -> None:
    missing = tmp_path / "missing.xlsx"
    status, out, err = cli(capsys, "import", event, missing, "--json")
    assert status == 2
    assert json.loads(out) == {"error": f"{missing}: no such file", "code": "not_found", "file": str(missing)}
    assert err == f"checkin: {missing}: no such file\n"


def test_search_with_an_empty_query_lists_everyone(event: Path, capsys, tmp_path: Path) -> None:
    assert cli(capsys, "import", event, write_people(tmp_path / "some.xlsx", 12))[0] == 0
    status, out, _ = cli(capsys, "search", event, "")
    assert status == 0 and len(out.splitlines()) == 12
    assert "  Given1 Family1  " in out.splitlines()[0] and "  Given9 Family9  " in out.splitlines()[-1]
    status, out, _ = cli(capsys, "search", event, "", "--json")
    assert len(json.loads(out)) == 12


def test_people_the_file_itself_cancels_need_no_confirmation(event: Path, capsys, tmp_path: Path) -> None:
    rows = [["First name", "Last name", "Email", "Status"],
            *([f"Given{n}", f"Family{n}", f"p{n}@example.org", "paid"] for n in range(1, 21))]
    assert cli(capsys, "import", event, write_xlsx(tmp_path / "paid.xlsx", rows))[0] == 0
    for row in rows[1:11]:
        row[3] = "canceled"  # the source system cancelled half of them: the file says so row by row
    status, out, err = cli(capsys, "import", event, write_xlsx(tmp_path / "half.xlsx", rows), "--json")
    assert status == 0, err
    assert json.loads(out)["cancelled"] == 10
