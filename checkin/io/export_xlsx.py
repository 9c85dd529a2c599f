"""The attendance workbook: Attendance, Summary (with native charts), Check-in log, No-shows.

Written in openpyxl's write-only mode, so memory stays flat at 100,000 attendees: rows
stream to disk as they are appended. Column widths are measured in a first pass, because
a write-only sheet needs them before its first row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from checkin.core.attendance import GroupFigures
from checkin.io.attendance_data import (
    LOG_HEADER,
    NO_SHOW_HEADER,
    AttendanceData,
    attendance_header,
    attendance_rows,
    log_rows,
    no_show_rows,
)
from checkin.io.export_xlsx_rows import RowStyles, splice_rows

Progress = Callable[[int, int], None]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST_CHARACTERS = frozenset("".join(FORMULA_STARTS))
NOT_GIVEN = "(not given)"
PERCENT = "0.0%"
TIME_OF_DAY = "hh:mm"
DATE_TIME = "yyyy-mm-dd hh:mm:ss"
MIN_WIDTH, MAX_WIDTH = 8, 50
_HEADER_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_TITLE_FONT = Font(name="Calibri", bold=True, size=14)
_SECTION_FONT = Font(name="Calibri", bold=True, size=12)
_BOLD = Font(name="Calibri", bold=True)


class _Sheet:
    """A write-only sheet plus the cell helpers every sheet here needs."""

    def __init__(self, workbook: Workbook, title: str) -> None:
        self.ws = workbook.create_sheet(title)
        self.rows = 0

    def cell(self, value: Any, *, font: Font | None = None, number_format: str | None = None,
             fill: PatternFill | None = None, align: str | None = None) -> WriteOnlyCell:
        value = clean(value)
        # The check runs on what is written: "\x01=HYPERLINK(…)" loses its control code on the way.
        cell = WriteOnlyCell(self.ws, value)
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            as_text(cell)
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        if number_format:
            cell.number_format = number_format
        if align:
            cell.alignment = Alignment(horizontal=align)
        return cell

    def append(self, row: Iterable[Any]) -> None:
        self.ws.append(row)
        self.rows += 1

    def header(self, names: Sequence[str]) -> None:
        self.append([self.cell(name, font=_HEADER_FONT, fill=_HEADER_FILL) for name in names])


def clean(value: Any) -> Any:
    """Characters XML cannot hold (control codes pasted from other systems) are dropped."""
    if isinstance(value, str) and not value.isprintable():
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def as_text(cell: WriteOnlyCell) -> None:
    # openpyxl would store "=HYPERLINK(…)" as a live formula; a string cell with the
    # quote prefix stays text, even after someone edits it in Excel.
    cell.data_type = "s"
    cell.quotePrefix = True


def _clean_row(row: list[Any]) -> list[Any]:
    for index, value in enumerate(row):
        if value.__class__ is str and value and not value.isprintable():
            row[index] = clean(value)
    return row


def fitted_widths(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Characters of the longest value per column (column-wise, so each max runs in C)."""
    widths = [len(name) + 4 for name in header]  # room for the autofilter arrow
    for index, column in enumerate(zip(*rows)):
        texts = [value for value in column if value.__class__ is str]
        longest = max(map(len, texts), default=0)
        if len(texts) < len(column) and any(isinstance(value, datetime) for value in column):
            longest = max(longest, 19)
        widths[index] = max(widths[index], longest)
    return [min(max(w + 1, MIN_WIDTH), MAX_WIDTH) for w in widths]


def _table(sheet: _Sheet, header: Sequence[str], rows: list[list[Any]]) -> tuple[list[list[Any]], int]:
    """A data sheet's frame: fitted widths, frozen and filtered header. Its rows are spliced in at save."""
    ws = sheet.ws
    for index, width in enumerate(fitted_widths(header, rows), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    sheet.header(header)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    return [_clean_row(row) for row in rows], len(header)


def write_attendance_xlsx(data: AttendanceData, path: Path, progress: Progress | None = None) -> None:
    """Write the workbook to `path` (callers pass a temporary path; see atomic_output)."""
    total = len(data.attendees) * 2 + len(data.records)
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(done, total)

    workbook = Workbook(write_only=True)
    attendance = _Sheet(workbook, "Attendance")
    summary = _Sheet(workbook, "Summary")
    log = _Sheet(workbook, "Check-in log")
    no_shows = _Sheet(workbook, "No-shows")
    tables = {
        attendance: _table(attendance, attendance_header(data), list(attendance_rows(data))),
        log: _table(log, LOG_HEADER, list(log_rows(data))),
        no_shows: _table(no_shows, NO_SHOW_HEADER, list(no_show_rows(data))),
    }
    _write_summary(summary, data)
    styles = RowStyles(datetime_style=attendance.cell(datetime(2000, 1, 1)).style_id,
                       text_style=attendance.cell("=").style_id)
    skeleton = BytesIO()
    workbook.save(skeleton)  # sheet paths (ws.path) are assigned by the save
    sheets = {sheet.ws.path.lstrip("/"): rows for sheet, rows in tables.items()}
    splice_rows(skeleton, path, sheets, styles, FORMULA_FIRST_CHARACTERS, tick)
    if progress is not None:
        progress(total, total)


def _write_summary(sheet: _Sheet, data: AttendanceData) -> None:
    ws = sheet.ws
    for letter, width in zip("ABCDE", (34, 13, 13, 13, 4)):
        ws.column_dimensions[letter].width = width
    figures = data.figures
    event = data.event
    sheet.append([sheet.cell(event.title, font=_TITLE_FONT)])
    sheet.append([sheet.cell(f"{event.starts_on:%d %B %Y}{f' — {event.venue}' if event.venue else ''}")])
    sheet.append([sheet.cell(f"Checkpoint: {data.checkpoint}")])
    sheet.append([])
    sheet.append([sheet.cell("Overall", font=_SECTION_FONT)])
    overall: list[tuple[str, Any, str | None]] = [
        ("Registered", figures.registered, None),
        ("Arrived", figures.arrived, None),
        ("Show-up rate", figures.show_up_rate, PERCENT),
        ("No-shows", figures.no_shows, None),
        ("Walk-ins (registered at the desk)", figures.walk_ins, None),
        ("Walk-ins arrived", figures.walk_ins_arrived, None),
        ("Waitlist", figures.waitlisted, None),
        ("Cancelled", figures.cancelled, None),
    ]
    for label, value, number_format in overall:
        sheet.append([sheet.cell(label), sheet.cell(value, number_format=number_format)])
    category_rows = _breakdown(sheet, "Category", figures.by_category)
    _breakdown(sheet, "Organisation type", figures.by_organisation_type)
    _breakdown(sheet, "Language", figures.by_language)
    sheet.append([])
    sheet.append([sheet.cell("Arrivals per 5 minutes", font=_SECTION_FONT)])
    sheet.append([sheet.cell("Time", font=_BOLD), sheet.cell("Arrivals", font=_BOLD, align="right")])
    first_band = sheet.rows + 1
    for band in figures.arrivals:
        sheet.append([sheet.cell(band.start.replace(tzinfo=None), number_format=TIME_OF_DAY, align="left"),
                      band.arrivals])
    last_band = sheet.rows
    if category_rows:
        ws.add_chart(_bar_chart(ws, "Arrivals by category", category_rows, value_columns=(2, 3),
                                grouped=True), "F2")
    if figures.arrivals:
        ws.add_chart(_bar_chart(ws, "Arrivals per 5 minutes", (first_band - 1, last_band),
                                value_columns=(2,), grouped=False), "F20")


def _breakdown(sheet: _Sheet, title: str, groups: Sequence[GroupFigures]) -> tuple[int, int] | None:
    """A titled table; returns its (header row, last row) for charts, None when empty."""
    sheet.append([])
    sheet.append([sheet.cell(f"By {title.lower()}", font=_SECTION_FONT)])
    sheet.append([sheet.cell(title, font=_BOLD),
                  *(sheet.cell(name, font=_BOLD, align="right") for name in ("Registered", "Arrived", "Show-up rate"))])
    header_row = sheet.rows
    for group in groups:
        sheet.append([sheet.cell(group.label or NOT_GIVEN), group.registered, group.arrived,
                      sheet.cell(group.show_up_rate, number_format=PERCENT)])
    return (header_row, sheet.rows) if groups else None


def _bar_chart(ws: Any, title: str, rows: tuple[int, int], value_columns: Sequence[int], grouped: bool) -> BarChart:
    header_row, last_row = rows
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.style = 10
    chart.height, chart.width = 8, 16
    chart.y_axis.title = "People"
    for column in value_columns:
        chart.add_data(Reference(ws, min_col=column, min_row=header_row, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row))
    chart.gapWidth = 60 if grouped else 10
    if not grouped:
        chart.legend = None
        chart.x_axis.number_format = TIME_OF_DAY
    # openpyxl ≥ 3.1 hides axes unless told otherwise; LibreOffice and Excel then draw bare bars.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart
