"""The PDF attendance report, read back with pypdfium2 and checked against the store."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from export_support import attend

from checkin.core.session import EventSession
from checkin.io.export_attendance import export_attendance


def _pages(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path)
    return [page.get_textpage().get_text_range() for page in document]


def test_report_holds_the_figures_chart_and_lists(sample_session: EventSession, tmp_path: Path) -> None:
    attend(sample_session)
    path = tmp_path / "report.pdf"
    export_attendance(sample_session.store, path)
    pages = _pages(path)
    first = pages[0].replace("\r\n", "\n")
    stats = sample_session.stats()
    assert "Digital Technology" in first and "Attendance report" in first
    figures = (f"{stats.registered} {stats.checked_in} {stats.checked_in / stats.registered:.0%} "
               f"{stats.registered - stats.checked_in} {stats.walk_ins} {stats.waitlisted}")
    assert figures in first
    assert "Arrivals per 5 minutes" in first and "08:20" in first
    text = "\n".join(pages).replace("\r\n", "\n")
    for category, counts in stats.by_category.items():
        assert f"{category} — {counts.checked_in} of {counts.registered} arrived" in text
    for attendee in sample_session.attendees()[:40]:
        if attendee.family_name.isascii() and attendee.family_name:
            assert attendee.family_name in text
    assert f"Page {len(pages)}" in pages[-1]
    assert [round(x) for x in pypdfium2.PdfDocument(path)[0].get_size()] == [595, 842]  # A4


def test_report_draws_every_script(sample_session: EventSession, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    export_attendance(sample_session.store, path)
    text = "\n".join(_pages(path))
    names = [a.family_name for a in sample_session.attendees()]
    greek = [n for n in names if any("\u0370" <= c <= "\u03ff" for c in n)]
    cyrillic = [n for n in names if any("\u0400" <= c <= "\u04ff" for c in n)]
    assert greek and cyrillic
    assert greek[0] in text and cyrillic[0] in text


def test_empty_event_gives_a_one_page_report(empty_session: EventSession, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    export_attendance(empty_session.store, path)
    pages = _pages(path)
    assert len(pages) == 1 and "Test event" in pages[0] and "Registered" in pages[0]
