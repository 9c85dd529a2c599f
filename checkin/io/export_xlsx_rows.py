"""Streaming the big sheets' rows straight into the workbook's XML.

openpyxl spends ~7 µs on every cell (a Cell object, type checks, an lxml element): 2 million
cells at 100,000 attendees take 15–20 s on their own. openpyxl still writes everything it is
good at (header styles, widths, frozen panes, filters, the Summary sheet and its charts,
styles.xml); the data rows of the Attendance, Check-in log and No-shows sheets are then
spliced into its output as plain `<row>` elements, a row at a time, with inline strings.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

EXCEL_EPOCH = datetime(1899, 12, 30)
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
_ESCAPES = {"\r": "&#13;", "\t": "&#9;", "\n": "&#10;"}
CHUNK_ROWS = 2000


class RowStyles:
    """Style ids (cellXfs indexes) openpyxl registered for the few styles data cells need."""

    def __init__(self, datetime_style: int, text_style: int) -> None:
        self.datetime = datetime_style
        self.quoted_text = text_style  # quotePrefix: text that looks like a formula stays text


def excel_serial(moment: datetime) -> str:
    delta = moment - EXCEL_EPOCH
    return repr(delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400)


_NEEDS_ESCAPE = re.compile(r"[&<>\r\t\n]")


def _text_tail(text: str, quoted_style: int, formula_starts: frozenset[str]) -> str:
    """Everything of a text cell after its reference; the same for every cell holding `text`."""
    escaped = escape(text, _ESCAPES) if _NEEDS_ESCAPE.search(text) else text
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    style = f' s="{quoted_style}"' if text[0] in formula_starts else ""
    return f'{style} t="inlineStr"><is><t{space}>{escaped}</t></is></c>'


def rows_xml(rows: Sequence[Sequence[Any]], first_row: int, styles: RowStyles,
             formula_starts: frozenset[str], tails: dict[str, str] | None = None) -> str:
    """`<row>` elements for `rows`, numbered from `first_row`; None and "" write no cell.

    `tails` caches the XML of repeated texts (categories, desks, organisations, yes/no).
    """
    tails = {} if tails is None else tails
    width = max((len(row) for row in rows), default=0)
    letters = [get_column_letter(i) for i in range(1, width + 1)]
    parts: list[str] = []
    append = parts.append
    for offset, row in enumerate(rows):
        number = first_row + offset
        append(f'<row r="{number}">')
        for letter, value in zip(letters, row):
            if value is None or value == "":
                continue
            kind = value.__class__
            if kind is str:
                tail = tails.get(value)
                if tail is None:
                    tail = tails[value] = _text_tail(value, styles.quoted_text, formula_starts)
                append(f'<c r="{letter}{number}"{tail}')
            elif kind is datetime:
                append(f'<c r="{letter}{number}" s="{styles.datetime}"><v>{excel_serial(value)}</v></c>')
            elif kind is bool:
                append(f'<c r="{letter}{number}" t="b"><v>{int(value)}</v></c>')
            elif kind in (int, float):
                append(f'<c r="{letter}{number}"><v>{value!r}</v></c>')
            else:
                append(f'<c r="{letter}{number}"{_text_tail(str(value), styles.quoted_text, formula_starts)}')
        append("</row>")
    return "".join(parts)


def splice_rows(skeleton: BytesIO, out: Path, sheets: dict[str, tuple[list[list[Any]], int]],
                styles: RowStyles, formula_starts: frozenset[str], tick: Callable[[int], None]) -> None:
    """Copy the workbook `skeleton` to `out`, adding each sheet's rows after its header row.

    `sheets` maps a member path ("xl/worksheets/sheet1.xml") to (rows, column count).
    """
    with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in sheets:
                with source.open(info) as reader, target.open(info.filename, "w") as writer:
                    shutil.copyfileobj(reader, writer)
                continue
            rows, columns = sheets[info.filename]
            xml = source.read(info)
            last = get_column_letter(max(columns, 1))
            xml = _DIMENSION.sub(f'<dimension ref="A1:{last}{len(rows) + 1}"/>'.encode(), xml, count=1)
            head, _, tail = xml.partition(b"</sheetData>")
            tails: dict[str, str] = {}
            with target.open(info.filename, "w", force_zip64=True) as writer:
                writer.write(head)
                for start in range(0, len(rows), CHUNK_ROWS):
                    chunk = rows[start:start + CHUNK_ROWS]
                    writer.write(rows_xml(chunk, start + 2, styles, formula_starts, tails).encode("utf-8"))
                    tick(len(chunk))
                    if len(tails) > 200_000:  # bounded: unique e-mails would otherwise all stay
                        tails.clear()
                writer.write(b"</sheetData>" + tail)
