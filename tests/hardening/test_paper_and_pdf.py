"""Paper coming back (sign-in ticks) and PDFs going out (report cells, embedded fonts)."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from checkin.core.models import Attendee
from checkin.core.session import EventSession
from checkin.store import open_event
from tests.cli_runner import cli


def write_sheet(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Code", "Present"])
        writer.writerows(rows)


def test_signin_import_takes_only_clear_ticks(sample_event_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with open_event(sample_event_path) as store:
        people = [a for a in store.attendees() if a.status.value == "registered"][:12]
    clear = ["x", "X", "✓", "yes", "Oui", "ja", "sì", "1", "08:42", "✔"]
    unclear = ["No show", "absent (excused)"]
    sheet = tmp_path / "ticks.csv"
    write_sheet(sheet, [(p.code, tick) for p, tick in zip(people, clear + unclear)])
    status, out, err = cli(capsys, "signin-import", sample_event_path, sheet, "--at", "2018-10-18T08:42")
    assert status == 1, out  # unclear values stop the import: nothing is guessed
    assert "No show" in err and "absent (excused)" in err
    with open_event(sample_event_path) as store:
        assert store.records() == []
    write_sheet(sheet, [(p.code, tick) for p, tick in zip(people, clear)]
                + [(people[10].code, "not present"), (people[11].code, "no")])
    status, out, err = cli(capsys, "signin-import", sample_event_path, sheet, "--at", "2018-10-18T08:42")
    assert status == 1 and "not present" in err
    write_sheet(sheet, [(p.code, tick) for p, tick in zip(people, clear)] + [(people[11].code, "no")])
    status, out, err = cli(capsys, "signin-import", sample_event_path, sheet, "--at", "2018-10-18T08:42")
    assert status == 0, err
    with open_event(sample_event_path) as store:
        presence = store.presence()
    assert sorted(presence) == sorted(p.id for p in people[:10])


def test_report_cuts_a_huge_cell_instead_of_failing(empty_session: EventSession, tmp_path: Path) -> None:
    from checkin.io.attendance_data import collect_attendance
    from checkin.io.export_pdf import write_attendance_report

    huge = "Organisation internationale pour les migrations " * 90  # ~4,300 characters
    empty_session.add_attendees([Attendee(None, "", given_name="Ana", family_name="Long " * 800,
                                          organisation=huge)])
    path = tmp_path / "report.pdf"
    write_attendance_report(collect_attendance(empty_session.store), path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Organisation internationale" in text and "…" in text


def unembedded_fonts(pdf: Path) -> list[str]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(lines) > 2, f"{pdf.name} declares no font"
    # name type encoding emb sub uni object ID: 'emb' is the fourth column from the right.
    return [line.split()[0] for line in lines[2:] if line.split()[-5] != "yes"]


def test_every_pdf_we_write_embeds_every_font(sample_event_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    written = {
        "badges.pdf": ["badges", sample_event_path, "-o", tmp_path / "badges.pdf"],
        "sheet.pdf": ["badges", sample_event_path, "-o", tmp_path / "sheet.pdf", "--sheet", "a4-4xa6"],
        "namecards.pdf": ["namecards", sample_event_path, "-o", tmp_path / "namecards.pdf"],
        "signin.pdf": ["signin-sheet", sample_event_path, "-o", tmp_path / "signin.pdf"],
        "report.pdf": ["export", sample_event_path, "-o", tmp_path / "report.pdf"],
        "anonymised.pdf": ["export", sample_event_path, "-o", tmp_path / "anonymised.pdf", "--anonymised"],
        "tickets": ["tickets", sample_event_path, "-o", tmp_path / "tickets"],
    }
    for name, args in written.items():
        status, _out, err = cli(capsys, *args)
        assert status == 0, (name, err)
    pdfs = [tmp_path / name for name in written if name.endswith(".pdf")]
    pdfs += sorted((tmp_path / "tickets").rglob("*.pdf"))[:3]
    assert len(pdfs) >= 7
    assert {pdf.name: unembedded_fonts(pdf) for pdf in pdfs} == {pdf.name: [] for pdf in pdfs}


def test_signin_import_refuses_a_time_in_the_future(sample_event_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with open_event(sample_event_path) as store:
        person = next(a for a in store.attendees() if a.status.value == "registered")
    sheet = tmp_path / "ticks.csv"
    sheet.write_text(f"Code,Present,Check-in time\n{person.code},x,2081-10-18T08:42\n", encoding="utf-8")
    status, _out, err = cli(capsys, "signin-import", sample_event_path, sheet)
    assert status == 1 and "future" in err
    with open_event(sample_event_path) as store:
        assert store.records() == []
