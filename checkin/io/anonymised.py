"""The anonymised statistics as a file: counts only, withheld cells shown as "suppressed".

The document comes from `checkin.core.anonymised` (freshly computed, or the copy an event
keeps after its purge); this module only lays it out as CSV, xlsx, PDF or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from checkin.io import pdf_text
from checkin.io.export_csv import write_csv

HEADER = ("Section", "Group", "Registered", "Arrived", "Show-up rate")
SECTIONS = {"by_category": "By category", "by_organisation_type": "By organisation type",
            "by_language": "By language"}
OVERALL = {"registered": "Registered", "arrived": "Arrived", "walk_ins": "Walk-ins",
           "waitlisted": "Waitlist", "cancelled": "Cancelled"}
OTHER = "Other or not given"


SUPPRESSED = "suppressed"


def withheld(statistics: dict[str, Any]) -> str:
    """How a withheld count reads: not "<5", since a count withheld beside a small one may be 50."""
    if statistics.get("format", 1) < 2:
        return f"<{statistics.get('suppression_threshold', 5)}"  # kept by an older version: only small cells
    return SUPPRESSED


def _rate(registered: int | None, arrived: int | None) -> str:
    if not registered or arrived is None:
        return ""
    return f"{arrived / registered:.0%}"


def statistics_rows(statistics: dict[str, Any]) -> Iterator[list[Any]]:
    """Rows under HEADER; a withheld count reads "suppressed", never a number."""
    hidden = withheld(statistics)

    def shown(value: int | None) -> Any:
        return hidden if value is None else value

    overall = statistics["overall"]
    yield ["Overall", "All registered", shown(overall["registered"]), shown(overall["arrived"]),
           _rate(overall["registered"], overall["arrived"])]
    for key in ("walk_ins", "waitlisted", "cancelled"):
        yield ["Overall", OVERALL[key], shown(overall[key]), "", ""]
    for key, title in SECTIONS.items():
        for group in statistics[key]:
            yield [title, group["group"] or OTHER, shown(group["registered"]), shown(group["arrived"]),
                   _rate(group["registered"], group["arrived"])]
    for row in statistics.get("loans", []):
        kind = row["kind"] or "Items"
        yield ["Items lent", kind, shown(row["lent"]), "", ""]
        yield ["Items not returned", kind, shown(row["not_returned"]), "", ""]
    band = f"Arrivals per {statistics['band_minutes']} minutes"
    for row in statistics["arrivals"]:
        yield [band, f"{row['date']} {row['from']}–{row['to']}", "", shown(row["arrivals"]), ""]


def write_statistics(statistics: dict[str, Any], path: Path, kind: str, delimiter: str = ",") -> None:
    """Write to `path` (a temporary file; see atomic_output) as kind csv, xlsx, pdf or json."""
    if kind == "json":
        path.write_text(json.dumps(statistics, ensure_ascii=False, indent=2), encoding="utf-8")
    elif kind == "csv":
        write_csv(path, HEADER, statistics_rows(statistics), delimiter)
    elif kind == "xlsx":
        _write_xlsx(statistics, path)
    elif kind == "pdf":
        _write_pdf(statistics, path)
    else:
        raise ValueError(kind)


def _title_lines(statistics: dict[str, Any]) -> list[str]:
    event = statistics["event"]
    return [event["title"], f"{event['date']} — {event.get('venue', '')}".rstrip(" —"),
            f"Anonymised statistics, checkpoint {event['checkpoint']}; counts that could single people out "
            f"(below {statistics['suppression_threshold']}, or giving such a count by subtraction) are suppressed"]


def _write_xlsx(statistics: dict[str, Any], path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Statistics"
    bold = Font(name="Calibri", bold=True)
    for line in _title_lines(statistics):
        sheet.append([line])
    sheet["A1"].font = Font(name="Calibri", bold=True, size=14)
    sheet.append([])
    sheet.append(list(HEADER))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold
    for row in statistics_rows(statistics):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # labels are data, never formulas
    for letter, width in zip("ABCDE", (26, 34, 12, 12, 13)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:E{sheet.max_row}"
    workbook.save(path)


def _write_pdf(statistics: dict[str, Any], path: Path) -> None:
    title, subtitle, note = _title_lines(statistics)
    body = pdf_text.style("body", 9.5)
    story: list[Any] = [pdf_text.paragraph(title, pdf_text.style("title", 15, bold=True, spaceAfter=4)),
                        pdf_text.paragraph(subtitle, body), pdf_text.paragraph(note, body), Spacer(0, 6 * mm)]
    cells: list[list[Any]] = [[Paragraph(f"<b>{name}</b>", body) for name in HEADER]]
    cells += [[pdf_text.paragraph(str(value), body) for value in row] for row in statistics_rows(statistics)]
    table = Table(cells, colWidths=[38 * mm, 62 * mm, 24 * mm, 22 * mm, 24 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        pdf_text.TABLE_FONT,
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F0F3F8")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                 topMargin=15 * mm, bottomMargin=15 * mm, title=title,
                                 author="checkin", subject="Anonymised attendance statistics",
                                 initialFontName=pdf_text.initial_font())
    document.build(story)
