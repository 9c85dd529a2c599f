"""Anonymised statistics: counts only, no personal data in any format, small cells withheld."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pypdfium2
import pytest
from export_support import attend
from openpyxl import load_workbook

from checkin.core.anonymised import merge_small_groups, suppress
from checkin.core.attendance import GroupFigures
from checkin.core.session import EventSession
from checkin.io.export_attendance import export_attendance


def _text_of(path: Path) -> str:
    if path.suffix == ".xlsx":
        workbook = load_workbook(path)
        return "\n".join(str(v) for ws in workbook for row in ws.iter_rows(values_only=True) for v in row if v)
    if path.suffix == ".pdf":
        document = pypdfium2.PdfDocument(path)
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".pdf", ".json"])
def test_no_personal_data_in_any_format(sample_session: EventSession, tmp_path: Path, suffix: str) -> None:
    attend(sample_session)
    path = tmp_path / f"statistics{suffix}"
    export_attendance(sample_session.store, path, anonymised=True)
    text = _text_of(path)
    assert "Participant" in text  # it does hold the counts
    for attendee in sample_session.attendees():
        for value in (attendee.email, attendee.code, attendee.family_name, attendee.organisation):
            # Short family names ("Li") also occur inside ordinary words; long ones must not appear.
            if value and len(value) >= 5:
                assert value not in text, value
        assert attendee.given_name + " " + attendee.family_name not in text


def test_small_cells_are_withheld_and_figures_match(sample_session: EventSession, tmp_path: Path) -> None:
    attend(sample_session)
    path = tmp_path / "statistics.json"
    export_attendance(sample_session.store, path, anonymised=True)
    document = json.loads(path.read_text(encoding="utf-8"))
    stats = sample_session.stats()
    assert document["overall"]["registered"] == stats.registered
    assert document["overall"]["arrived"] == stats.checked_in
    for name in ("by_category", "by_organisation_type", "by_language"):
        for group in document[name]:
            for key in ("registered", "arrived"):
                assert group[key] is None or group[key] == 0 or group[key] >= 5, (name, group)
    categories = {g["group"]: g for g in document["by_category"]}
    assert categories["Participant"]["registered"] == stats.by_category["Participant"].registered
    # The sample has 1 moderator and 4 panellists: merged into the unnamed group, never listed by name.
    assert "Moderator" not in categories and "Panellist" not in categories
    assert all(band["arrivals"] is None or band["arrivals"] == 0 or band["arrivals"] >= 5
               for band in document["arrivals"])
    shown = [b["arrivals"] for b in document["arrivals"] if b["arrivals"] is not None]
    assert sum(shown) <= stats.checked_in


def test_csv_shows_withheld_cells_as_suppressed(sample_session: EventSession, tmp_path: Path) -> None:
    for attendee in sample_session.attendees()[:3]:  # an early morning: three people in
        sample_session.check_in_attendee(attendee)
    path = tmp_path / "statistics.csv"
    export_attendance(sample_session.store, path, anonymised=True, delimiter=";")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows[0] == ["Section", "Group", "Registered", "Arrived", "Show-up rate"]
    values = [cell for row in rows[1:] for cell in row[2:4] if cell]
    assert "suppressed" in values and "<5" not in values  # a withheld count may be large: never "<5"
    assert all(v == "suppressed" or int(v) == 0 or int(v) >= 5 for v in values)


def test_suppress_withholds_a_second_cell_when_one_would_be_recoverable() -> None:
    assert suppress([100, 20, 3]) == [100, None, None]
    assert suppress([100, 20, 3, 2]) == [100, 20, None, None]
    assert suppress([100, 20, 0]) == [100, 20, 0]
    assert suppress([4]) == [None]


def test_small_groups_merge_into_one_unnamed_group() -> None:
    groups = [GroupFigures("Participant", 200, 150), GroupFigures("VIP", 2, 2), GroupFigures("Press", 3, 1)]
    merged = merge_small_groups(groups)
    assert merged == [GroupFigures("Participant", 200, 150), GroupFigures("", 5, 3)]
