"""Long runs write finished pages out as they go: same PDF content, fonts once, memory flat."""

from __future__ import annotations

import io
import re
import tracemalloc
from pathlib import Path

import pytest
from badge_helpers import EVENT, PEOPLE, decode_qr_codes, make_people, open_pdf, page_text

from badges import render_badges


def _people(count: int) -> list[dict]:
    # Several scripts, so that several fonts and subsets are in play across flushes.
    return [dict(PEOPLE[i % len(PEOPLE)], code=f"CODE{i:06d}X") for i in range(count)]


def _check_xref(data: bytes) -> int:
    """Every xref entry points at its own object: stricter than viewers, which rebuild a broken table."""
    start = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    table = re.match(rb"xref\n0 (\d+)\n", data[start:])
    assert table, "no xref table at startxref"
    count = int(table.group(1))
    entries = data[start + table.end(): start + table.end() + 20 * count]
    for number in range(1, count):
        offset = int(entries[20 * number: 20 * number + 10])
        assert data[offset:].startswith(b"%d 0 obj" % number), number
    return count


def _font_files(data: bytes) -> int:
    return len(re.findall(rb"/FontFile2", data))


@pytest.mark.parametrize(("sheet", "duplex", "count", "chunk"), [("single", False, 23, 4), ("a4-4xa6", True, 13, 8)])
def test_a_streamed_run_has_the_same_pages_as_one_saved_at_the_end(tmp_path, sheet, duplex, count, chunk):
    people = _people(count)
    whole, streamed = tmp_path / "whole.pdf", tmp_path / "streamed.pdf"
    report_whole = render_badges(people, whole, sheet=sheet, duplex=duplex, event=EVENT, chunk_size=10**6)
    report_streamed = render_badges(iter(people), streamed, sheet=sheet, duplex=duplex, event=EVENT, chunk_size=chunk)
    assert (report_streamed.pages, report_streamed.badges) == (report_whole.pages, report_whole.badges)
    assert report_streamed.overflows == report_whole.overflows
    a, b = open_pdf(whole), open_pdf(streamed)
    assert len(a) == len(b) == report_whole.pages
    for index in range(len(a)):
        assert page_text(b, index) == page_text(a, index)
        assert b[index].get_size() == a[index].get_size()
    last = len(b) - (2 if duplex else 1)
    assert [c for c, _, _ in decode_qr_codes(b, last)] == [c for c, _, _ in decode_qr_codes(a, last)]
    data = streamed.read_bytes()
    _check_xref(data)
    # Fonts are embedded once for the whole file, not once per flush.
    assert _font_files(data) == _font_files(whole.read_bytes()) > 0
    assert streamed.stat().st_size < whole.stat().st_size * 1.05


def test_streaming_into_a_file_object(tmp_path):
    buffer = io.BytesIO()
    report = render_badges(make_people(9), buffer, event=EVENT, chunk_size=2)
    data = buffer.getvalue()
    assert report.pages == 9 and _check_xref(data) > 9
    path = tmp_path / "copy.pdf"
    path.write_bytes(data)
    pdf = open_pdf(path)
    assert [page_text(pdf, i).count("Given8") for i in range(9)] == [0] * 8 + [1]


def test_a_cancelled_streamed_run_leaves_no_file_behind(tmp_path):
    out = tmp_path / "badges.pdf"

    def cancel_late(done: int, total: int | None) -> None:
        if done == 7:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render_badges(make_people(10), out, event=EVENT, chunk_size=2, progress=cancel_late)
    assert list(tmp_path.iterdir()) == []


def test_memory_does_not_grow_with_the_number_of_pages(tmp_path: Path):
    def peak(count: int, chunk: int) -> int:
        people = (person for batch in (make_people(count),) for person in batch)
        tracemalloc.start()
        render_badges(people, tmp_path / "m.pdf", event=EVENT, chunk_size=chunk)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    peak(200, 100)  # fonts parsed and caches filled outside the measurement
    kept = peak(800, 10**6) - peak(200, 10**6)
    streamed = peak(800, 50) - peak(200, 50)
    # ReportLab alone keeps ~8 KB a page; streaming keeps only its table of object numbers.
    assert streamed < kept / 5, (streamed, kept)
