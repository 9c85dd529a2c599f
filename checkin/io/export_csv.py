"""The attendance list as CSV that Excel opens right: UTF-8 with a BOM, `,` or `;`, no live formulas.

A cell that starts with = + - @ (or a tab or carriage return) is run as a formula by
spreadsheet programs, so "=HYPERLINK(...)" typed into a registration form would become a
link on an organiser's screen. Such cells get a leading apostrophe, as OWASP advises.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from checkin.io.attendance_data import AttendanceData, attendance_header, attendance_rows

DELIMITERS = (",", ";", "\t")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TIME = "%Y-%m-%d %H:%M:%S"  # what Excel and LibreOffice read as a date and time in every locale


# Control codes other than tab and line breaks: a spreadsheet drops them, and what follows them comes first.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def neutralise(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(CSV_TIME)
    text = _CONTROL.sub("", str(value))
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",",
              tick: Callable[[], None] | None = None) -> None:
    if delimiter not in DELIMITERS:
        raise ValueError(f"delimiter {delimiter!r} is not one of {DELIMITERS}")
    # newline="" lets the csv module write its own \r\n, which Excel expects.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(name) for name in header])
        for row in rows:
            writer.writerow([neutralise(value) for value in row])
            if tick is not None:
                tick()


def write_attendance_csv(data: AttendanceData, path: Path, delimiter: str = ",",
                         progress: Callable[[int, int], None] | None = None) -> None:
    total = len(data.attendees)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done, total)

    write_csv(path, attendance_header(data), attendance_rows(data), delimiter, tick)
    if progress is not None:
        progress(total, total)
