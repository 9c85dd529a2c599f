"""The attendance workbook, read back with openpyxl (charts included) and checked against the store."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pytest
from export_support import INJECTIONS, ZURICH, add_tricky_people, attend
from openpyxl import load_workbook
from openpyxl.chart import BarChart

from checkin.core.models import Status
from checkin.core.session import EventSession
from checkin.io.export_attendance import export_attendance

SHEETS = ["Attendance", "Summary", "Check-in log", "No-shows"]


@pytest.fixture
def workbook_path(sample_session: EventSession, tmp_path: Path) -> Path:
    add_tricky_people(sample_session)
    attend(sample_session)
    path = tmp_path / "attendance.xlsx"
    export_attendance(sample_session.store, path)
    return path


def _rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row)) for row in values[1:]]


def test_attendance_sheet_has_every_attendee_with_presence_from_the_store(
        workbook_path: Path, sample_session: EventSession) -> None:
    workbook = load_workbook(workbook_path)
    assert workbook.sheetnames == SHEETS
    rows = _rows(workbook["Attendance"])
    attendees = sample_session.attendees()
    presence = sample_session.presence()
    assert len(rows) == len(attendees)
    by_email = {row["E-mail"]: row for row in rows}
    for attendee in attendees:
        row = by_email[attendee.email]
        state = presence.get(attendee.id)
        if state and state.checked_in:
            assert row["Checked in"] == "yes"
            expected = state.checked_in_at.astimezone(ZURICH).replace(tzinfo=None)
            assert isinstance(row["First check-in"], datetime)
            assert abs((row["First check-in"] - expected).total_seconds()) < 0.001
            assert row["Desk"] == state.first_entry.desk
            assert row["Checkpoint"] == "Entrance"
        else:
            assert row["Checked in"] == "no"
            assert row["First check-in"] is None
        assert row["Category"] == attendee.category
        assert (row["Organisation type"] or "") == attendee.extra.get("Organisation type", "")
    assert sum(row["Checked in"] == "yes" for row in rows) == sample_session.stats().checked_in


def test_sheets_have_frozen_filtered_headers_and_fitted_widths(workbook_path: Path) -> None:
    workbook = load_workbook(workbook_path)
    for name in ("Attendance", "Check-in log", "No-shows"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert sheet["A1"].font.bold
    attendance = workbook["Attendance"]
    header = [c.value for c in attendance[1]]
    email = attendance.column_dimensions[attendance.cell(1, header.index("E-mail") + 1).column_letter].width
    title = attendance.column_dimensions[attendance.cell(1, header.index("Title") + 1).column_letter].width
    assert email > title >= 8


def test_formula_like_text_stays_text(workbook_path: Path) -> None:
    workbook = load_workbook(workbook_path)
    cells = [cell for row in workbook["Attendance"].iter_rows() for cell in row]
    values = {cell.value for cell in cells}
    assert INJECTIONS[0] in values  # the text itself is kept for the record…
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
            assert cell.data_type == "s", cell.coordinate  # …but never as a live formula,
            assert cell.quotePrefix, cell.coordinate  # not even once someone edits the cell
    assert "Ctrl Corp" in values  # control characters dropped, not a broken file


def test_summary_figures_and_native_charts(workbook_path: Path, sample_session: EventSession) -> None:
    workbook = load_workbook(workbook_path)
    summary = workbook["Summary"]
    labels = {row[0]: row[1:] for row in summary.iter_rows(values_only=True) if row and row[0]}
    stats = sample_session.stats()
    assert labels["Registered"][0] == stats.registered
    assert labels["Arrived"][0] == stats.checked_in
    assert labels["Show-up rate"][0] == pytest.approx(stats.checked_in / stats.registered)
    assert labels["No-shows"][0] == stats.registered - stats.checked_in
    for category, counts in stats.by_category.items():
        assert labels[category][:2] == (counts.registered, counts.checked_in)
    charts = summary._charts
    assert len(charts) == 2 and all(isinstance(chart, BarChart) for chart in charts)
    by_category, per_five = charts
    assert len(by_category.series) == 2  # registered and arrived
    category_refs = by_category.series[1].val.numRef.f.split("!")[1].replace("$", "").split(":")
    arrived = [summary[cell].value for cell in _cells(category_refs)]
    assert sum(arrived) == stats.checked_in
    reference = per_five.series[0].val.numRef.f
    first, last = (int(part.split("$")[-1]) for part in reference.split("!")[1].split(":"))
    counts = [summary.cell(row, 2).value for row in range(first, last + 1)]
    assert sum(counts) == stats.checked_in
    times = [summary.cell(row, 1).value for row in range(first, last + 1)]
    assert all((b - a).total_seconds() == 300 for a, b in pairwise(times))
    assert times[0].strftime("%H:%M") == "08:20"


def _cells(span: list[str]) -> list[str]:
    column = span[0][0]
    first, last = int(span[0][1:]), int(span[1][1:])
    return [f"{column}{row}" for row in range(first, last + 1)]


def test_log_has_every_record_and_no_shows_the_rest(workbook_path: Path, sample_session: EventSession) -> None:
    workbook = load_workbook(workbook_path)
    log = _rows(workbook["Check-in log"])
    records = sample_session.store.records()
    assert len(log) == len(records)
    assert {row["Record UUID"] for row in log} == {r.uuid for r in records}
    assert sum(row["Kind"] == "undo" for row in log) == 1
    assert {row["Checkpoint"] for row in log} == {"Entrance", "Information bus"}
    no_shows = _rows(workbook["No-shows"])
    stats = sample_session.stats()
    confirmed_absent = [a for a in sample_session.attendees() if a.status is Status.REGISTERED
                        and not (sample_session.presence().get(a.id) and sample_session.presence()[a.id].checked_in)]
    assert len(no_shows) == len(confirmed_absent) == stats.registered - stats.checked_in


def test_an_event_without_attendees_gives_a_correct_empty_workbook(empty_session: EventSession,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    summary = export_attendance(empty_session.store, path)
    assert summary.attendees == 0
    workbook = load_workbook(path)
    assert workbook.sheetnames == SHEETS
    assert workbook["Attendance"].max_row == 1
    labels = {row[0]: row[1] for row in workbook["Summary"].iter_rows(values_only=True) if row and row[0]}
    assert labels["Registered"] == 0 and labels["Show-up rate"] is None
    assert workbook["Summary"]._charts == []


def test_export_while_another_desk_checks_people_in(sample_event_path: Path, tmp_path: Path) -> None:
    from checkin.store import open_event

    with open_event(sample_event_path) as exporting, open_event(sample_event_path) as other_desk:
        desk = EventSession(other_desk, desk="Desk 2")
        people = [a for a in desk.attendees() if a.status is Status.REGISTERED]
        desk.check_in_attendee(people[0])
        other_desk.append_records([])  # the other desk keeps its connection (and WAL reader) open
        path = tmp_path / "during.xlsx"
        export_attendance(exporting, path)
        desk.check_in_attendee(people[1])  # lands after the export read: not in this file
        rows = _rows(load_workbook(path)["Attendance"])
    assert sum(row["Checked in"] == "yes" for row in rows) == 1
    assert len(rows) == len(people) + sum(1 for a in desk.attendees() if a.status is not Status.REGISTERED)
