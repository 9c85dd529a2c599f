"""How far a sheet reaches, found from its XML before a reader makes a grid of it.

calamine makes a grid as large as the furthest cell, 32 bytes a cell: one stray cell at XFD200000 in a
5 KB workbook asks for 100 GB, and the process aborts (a failed allocation in Rust is not an exception).
The dimension a sheet declares may lie, so the cell references themselves are read, as the XML streams:
the XML is translated into its shape (every capital "A", every digit "0") and the few shapes that reach
far are looked for with bytes.find, which runs at memory speed. Only where a far shape is found is the
reference itself read.

An xlsx cell reference is ` r="XFD200000"`; a row's is ` r="200000"`. An OpenDocument sheet has no
references: it repeats empty rows and cells with an attribute, so its rows and cells are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from checkin.io import import_report as codes

MAX_CELLS = 25_000_000  # rows × columns of the grid: 800 MB in calamine, as for 200,000 people × 125 columns
LAST_COLUMN = 702  # "ZZ": no registration list is wider; three letters are refused outright
_WIDE = 104  # "CZ": up to here a two-letter column needs no closer look

# What a list of at most 26 columns and 99,999 rows never holds: a two-letter column, a six-digit row. One
# search for it (possessive: no step back; one optional letter, then a second letter or six digits, is
# tried once where two alternatives each read the letters again) passes over a plain list at 1.3 GB/s; a
# piece where it is found is looked at closely, in the shape of its XML (every capital an "A", every digit a "0").
_FAR = re.compile(rb' r="[A-Z]?+(?:[A-Z]|[0-9]{6})')
_SHAPE = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"A" * 26 + b"0" * 10)
_THREE_LETTERS = b' r="AAA'
_TWO_LETTERS = b' r="AA'
_SIX_DIGITS = b'000000"'  # the end of a reference to row 100,000 or further (or of another number)
_FIVE_DIGIT_CELL = b'A00000"'
_FIVE_DIGIT_ROW = b' r="00000"'
_REFERENCE = re.compile(rb' r="([A-Z]{0,3})([0-9]+)"')
_LONG_ROW = re.compile(rb' r="[A-Z]{0,3}([0-9]{5,})"')
_BEYOND_WIDE = re.compile(rb' r="([D-Z][A-Z])[0-9]')  # columns DA (105) to ZZ (702)
_OVERLAP = 24  # longer than any reference, so none is cut between two pieces


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


class XlsxExtent:
    """Feed one grid's XML (a sheet, or a part of one that calamine reads on its own) piece by piece, then
    finish(); ImportFailure names the reference that reaches too far as soon as one is seen."""

    def __init__(self, path: object, max_rows: int, max_cells: int = MAX_CELLS) -> None:
        self._path, self._max_rows, self._max_cells = path, max_rows, max_cells
        self._tail = b""
        self._rows = 0  # the furthest row found so far, when it is 100,000 or more
        self._row_class = 9_999  # rows reach at most this (no reference has five digits or more)
        self._columns = 26
        self._skipped = False  # a piece went by unread: its rows are unknown
        self._furthest = ""  # the reference that reached furthest, to name it

    @property
    def needs_rows_pass(self) -> bool:
        """Columns beyond CZ were found after pieces whose rows went unread: read the rows again."""
        return self._skipped and self._columns > _WIDE and self._row_class < 99_999 and not self._rows

    def feed(self, xml: bytes) -> None:
        window = self._tail + xml if self._tail else xml
        self._tail = window[-_OVERLAP:]
        if self._columns <= 26 and _FAR.search(window) is None:
            self._skipped = True
            return
        shape = window.translate(_SHAPE)
        at = shape.find(_THREE_LETTERS)
        if at >= 0 and (reference := self._reference_at(window, at)):  # a reference cut short: the next piece
            self._refuse(codes.TOO_MANY_CELLS, reference)
        if shape.find(_SIX_DIGITS) >= 0:
            self._far_rows(window, shape)
        if self._row_class < 99_999 and (shape.find(_FIVE_DIGIT_CELL) >= 0 or shape.find(_FIVE_DIGIT_ROW) >= 0):
            self._row_class = 99_999
        if shape.find(_TWO_LETTERS) >= 0:
            self._columns = max(self._columns, _WIDE)
            for found in _BEYOND_WIDE.finditer(window):
                number = column_number(found.group(1).decode())
                if number > self._columns and (reference := self._reference_at(window, found.start())):
                    self._columns, self._furthest = number, reference
        self._check()

    def feed_rows(self, xml: bytes) -> None:
        """The second pass needs_rows_pass asks for: every row of five digits or more."""
        window = self._tail + xml if self._tail else xml
        self._tail = window[-_OVERLAP:]
        for found in _LONG_ROW.finditer(window):
            self._row_class = 99_999
            self._rows = max(self._rows, int(found.group(1)))

    def finish(self) -> None:
        self._tail = b""
        self._check()

    def _far_rows(self, window: bytes, shape: bytes) -> None:
        at = shape.find(_SIX_DIGITS)
        while at >= 0:
            start = shape.rfind(b' r="', max(at - 8, 0), at)
            found = _REFERENCE.match(window, start) if start >= 0 else None
            if found is not None:
                row = int(found.group(2))
                if row > self._rows:
                    self._rows = row
                    self._furthest = (found.group(1) + found.group(2)).decode() if found.group(1) else f"row {row}"
                    if row > self._max_rows + 1:
                        self._refuse(codes.TOO_MANY_ROWS, self._furthest)
            at = shape.find(_SIX_DIGITS, at + 7)

    def _check(self) -> None:
        rows = max(self._rows, self._row_class)
        if rows * self._columns > self._max_cells:
            self._refuse(codes.TOO_MANY_CELLS, self._furthest or f"row {rows}")

    @staticmethod
    def _reference_at(window: bytes, at: int) -> str:
        found = _REFERENCE.match(window, at)
        return (found.group(1) + found.group(2)).decode() if found else ""

    def _refuse(self, code: str, reference: str) -> None:
        raise codes.ImportFailure(code, self._path, reference)


def check_xlsx(path: object, pieces: Callable[[], Iterable[bytes]], max_rows: int, max_cells: int = MAX_CELLS) -> None:
    """Check a sheet read by calamine at once; `pieces()` gives its XML in order (called again if need be)."""
    extent = XlsxExtent(path, max_rows, max_cells)
    for piece in pieces():
        extent.feed(piece)
    if extent.needs_rows_pass:
        for piece in pieces():
            extent.feed_rows(piece)
    extent.finish()


def check_xlsx_part(path: object, xml: bytes, max_rows: int, max_cells: int = MAX_CELLS) -> None:
    """Check a part of a sheet that calamine reads on its own (see xlsx_parts): its grid is its own."""
    extent = XlsxExtent(path, max_rows, max_cells)
    extent.feed(xml)
    extent.finish()


# -- OpenDocument ------------------------------------------------------------------------------
_ODS_TOKEN = re.compile(
    rb"<table:table-row\b(?P<row>[^>]*?)(?P<empty_row>/?)>|(?P<row_end></table:table-row>)"
    rb"|<table:(?:covered-)?table-cell\b(?P<cell>[^>]*?)(?P<empty_cell>/?)>|(?P<table><table:table(?:\s[^>]*)?>)")
_REPEATED_ROWS = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_REPEATED_COLUMNS = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_HAS_VALUE = re.compile(rb"office:value-type=")


def check_ods(path: object, pieces: Iterable[bytes], max_rows: int, max_cells: int = MAX_CELLS) -> None:
    """Count an OpenDocument sheet's rows and cells as calamine lays them out, repetitions included.

    A cell counts when it holds a value (or any content); rows and cells that are only repeated emptiness
    (LibreOffice ends each sheet with a million of them) move the position but reach nothing."""
    row = column = far_row = far_column = 0  # positions from 0 in the current table
    repeat_rows = 1
    tail = b""
    for piece in pieces:
        window = tail + piece
        cut = window.rfind(b"<")
        window, tail = (window[:cut], window[cut:]) if cut > 0 else (window, b"")
        for token in _ODS_TOKEN.finditer(window):
            if token.group("table") is not None:
                row = column = 0
            elif token.group("row_end") is not None:
                row += repeat_rows
            elif token.group("row") is not None:
                found = _REPEATED_ROWS.search(token.group("row"))
                repeat_rows = int(found.group(1)) if found else 1
                column = 0
                if token.group("empty_row"):
                    row += repeat_rows
            else:
                attributes = token.group("cell")
                found = _REPEATED_COLUMNS.search(attributes)
                column += int(found.group(1)) if found else 1
                if _HAS_VALUE.search(attributes) or not token.group("empty_cell"):
                    far_column = max(far_column, column)
                    far_row = max(far_row, row + repeat_rows)
                    if far_row > max_rows + 1:
                        raise codes.ImportFailure(codes.TOO_MANY_ROWS, path, f"row {far_row}")
                    if far_row * far_column > max_cells:
                        raise codes.ImportFailure(codes.TOO_MANY_CELLS, path, f"row {far_row}, column {far_column}")
