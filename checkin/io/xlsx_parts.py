"""A big xlsx sheet read in parts, each parsed by calamine in other threads while the caller works.

calamine parses a whole sheet in one call, outside the interpreter lock; for a list of 100,000 people
that is a fifth of the import, with nothing running beside it. But the rows of an xlsx sheet are
sibling elements of one XML document: cut between two rows, and with the sheet's opening and closing
put around it, each piece is a sheet calamine reads on its own. A second thread inflates the sheet and
cuts it, and two more parse the pieces, two at a time, handed over in order; the caller gets the first
rows within a few hundredths of a second and checks them while the next pieces are parsed.

Only a large, plainly written sheet is read this way (`sheet_parts` says None otherwise, and the
caller reads the sheet whole). The parts put end to end are the sheet's rows from A1, as a whole read
gives them, except that a blank row between two parts may come as an empty list and a part's rows end
at its own last column.
"""

from __future__ import annotations

import io
import posixpath
import queue
import re
import threading
import zipfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook

from checkin.core.handoff import quick_handoffs
from checkin.io import import_report as codes
from checkin.io.sheet_extent import check_xlsx_part

# A sheet's XML, inflated: about 6,000 rows of a registration list, more than the first parts hold (5,100
# rows). A 10,000-row list read in parts is planned a seventh sooner than one read whole.
SPLIT_ABOVE = 4 * 1024 * 1024
# The first parts hold the rows that tell how dates are written (validation reads 5,000), which the
# caller waits for: they are read in small steps so as to hold few more, and cut in two halves that
# are parsed at once. The next parts keep each thread busy.
FIRST_PART_ROWS = 5_100
PART_BYTES = 4 * 1024 * 1024
FIRST_READS = 8  # the first rows are read an eighth of a part at a time
HEAD_BYTES = 64 * 1024
PARSERS = 2  # pieces parsed at once

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# The opening of a sheet written without namespace prefixes, from its XML declaration up to its first row.
_OPENING = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?<worksheet\b[^>]*>.*?<sheetData\s*>\s*(?=<row[\s>])",
                      re.DOTALL)
_ROW = b"<row"
_CLOSING = b"</sheetData></worksheet>"
_EMPTY_SHEET = f'<worksheet xmlns="{_MAIN}"><sheetData/></worksheet>'.encode()
_STOP = object()


def sheet_parts(path: str, sheet: str, max_rows: int) -> SheetParts | None:
    """The sheet's rows in parts, or None where it is better read whole (small, or not plainly written)."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_member(archive, sheet)
            if part is None or part.file_size < SPLIT_ABOVE:
                return None
            with archive.open(part) as stream:
                head = stream.read(HEAD_BYTES)
            opening = _OPENING.match(head)
            if opening is None:
                return None
            # Every part is a whole workbook: the same strings, styles and dates, the other sheets empty.
            others = {member.filename: _EMPTY_SHEET if _is_sheet(member.filename) else archive.read(member)
                      for member in archive.infolist() if member.filename != part.filename and not member.is_dir()}
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, EOFError):
        return None
    shared = len(others.get("xl/sharedStrings.xml", b""))
    # calamine reads the shared strings again for every part: parts twice their size keep that small.
    return SheetParts(path, sheet, part.filename, opening.group(), others, max(PART_BYTES, 2 * shared), max_rows)


class SheetParts:
    """Iterate for the row lists; `expected_rows` is the sheet's row count as the parts read so far predict.

    Leaving the loop early (an error, a cancelled import) stops the reading thread."""

    def __init__(self, path: str, sheet: str, member: str, opening: bytes, others: dict[str, bytes],
                 part_bytes: int, max_rows: int) -> None:
        self._path, self._sheet, self._member = path, sheet, member
        self._opening, self._others = opening, others
        self._part_bytes, self._max_rows = part_bytes, max_rows
        self.first_rows = FIRST_PART_ROWS  # what the first parts hold together
        self._inflated = 0
        self._size = 0
        self._rows = 0
        self._stop = threading.Event()
        self._counting = threading.Lock()

    @property
    def expected_rows(self) -> int:
        if not self._inflated:
            return 0
        return max(self._rows, round(self._rows * self._size / self._inflated))

    def __iter__(self) -> Iterator[list[list[Any]]]:
        found: queue.SimpleQueue[Any] = queue.SimpleQueue()
        reader = threading.Thread(target=self._read, args=(found,), name="checkin-sheet-parts", daemon=True)
        with quick_handoffs():
            reader.start()
            try:
                given = 0  # rows handed out so far
                while (item := found.get()) is not _STOP:
                    if isinstance(item, BaseException):
                        raise item
                    # Made into Python values here: this thread has the time, the reading one has not.
                    values, (top, left) = item, item.start
                    rows = values.to_python(skip_empty_area=True)
                    if left:  # a part whose cells all start right of column A
                        rows = [[""] * left + row for row in rows]
                    if top > given:  # blank rows between the last part and this one
                        rows = [[] for _ in range(top - given)] + rows
                    given = top + values.height
                    yield rows
            finally:
                self._stop.set()
                reader.join()

    def _read(self, found: queue.SimpleQueue[Any]) -> None:
        try:
            # Two pieces are parsed at once, each in a thread of its own, while this one inflates the next:
            # one parser alone kept the caller waiting for a fifth of the plan.
            with ThreadPoolExecutor(max_workers=PARSERS, thread_name_prefix="checkin-sheet-parse") as parsers:
                parsing: deque[Future[CalamineSheet | None]] = deque()
                for xml in self._pieces():
                    if self._stop.is_set():
                        return
                    parsing.append(parsers.submit(self._parse, xml))
                    if len(parsing) == PARSERS:
                        self._hand_over(parsing.popleft().result(), found)
                while parsing and not self._stop.is_set():
                    self._hand_over(parsing.popleft().result(), found)
        except codes.ImportFailure as failure:
            found.put(failure)
        except (CalamineError, ValueError, OSError, zipfile.BadZipFile, EOFError) as error:
            found.put(codes.ImportFailure(codes.UNREADABLE, self._path, f"{self._sheet}: {error}"))
        except BaseException as error:  # handed to the caller's thread, which reports it
            found.put(error)
        finally:
            found.put(_STOP)

    @staticmethod
    def _hand_over(values: CalamineSheet | None, found: queue.SimpleQueue[Any]) -> None:
        if values is not None:
            found.put(values)

    def _pieces(self) -> Iterator[bytes]:
        """The sheet's XML in pieces that each end before a row: first the two halves of the first
        `first_rows` rows and a few more, then parts of about part_bytes each."""
        with zipfile.ZipFile(self._path) as archive, archive.open(self._member) as stream:
            self._size = archive.getinfo(self._member).file_size
            stream.read(len(self._opening))  # put back around every piece
            self._inflated, pending = len(self._opening), b""
            first, rows_pending = True, 0
            while True:
                wanted = max(self._part_bytes // FIRST_READS, 1) if first else self._part_bytes
                more = stream.read(wanted)
                self._inflated += len(more)
                new = max(len(pending) - len(_ROW) + 1, 0)  # a "<row" cut between two reads is found whole
                pending += more
                if first:
                    rows_pending += pending.count(_ROW, new)
                if len(more) < wanted:  # the end of the sheet: its rows stop at </sheetData>
                    end = pending.rfind(b"</sheetData>")
                    yield from self._checked(pending[:end] if end >= 0 else pending, halves=first)
                    return
                if first and rows_pending <= self.first_rows:
                    continue
                cut = pending.rfind(_ROW)
                if cut > 0:  # else one row longer than a part: read on
                    # One copy of a few megabytes for the check and the part.
                    yield from self._checked(pending[:cut], halves=first)
                    pending, first = pending[cut:], False

    def _checked(self, rows: bytes, halves: bool) -> Iterator[bytes]:
        """`rows` as a sheet, or as two sheets of half the rows each, once their references are checked."""
        check_xlsx_part(self._path, rows, self._max_rows)  # before calamine makes a grid of it
        middle = rows.find(_ROW, len(rows) // 2) if halves else -1
        if middle <= 0:
            yield self._opening + rows + _CLOSING
            return
        yield self._opening + rows[:middle] + _CLOSING
        yield self._opening + rows[middle:] + _CLOSING

    def _parse(self, xml: bytes) -> CalamineSheet | None:
        book = io.BytesIO()
        with zipfile.ZipFile(book, "w", zipfile.ZIP_STORED) as writer:
            for name, data in self._others.items():
                writer.writestr(name, data)
            writer.writestr(self._member, xml)
        book.seek(0)
        values = CalamineWorkbook.from_filelike(book).get_sheet_by_name(self._sheet)
        if values.start is None or not values.height:
            return None
        rows = values.start[0] + values.height
        with self._counting:  # two parsers may finish at once
            self._rows = max(self._rows, rows)
        if rows > self._max_rows + 1:
            raise codes.ImportFailure(codes.TOO_MANY_ROWS, self._path, str(self._max_rows))
        return values


def sheet_member(archive: zipfile.ZipFile, sheet: str) -> zipfile.ZipInfo | None:
    """The zip member holding the sheet of that name, through the workbook and its relationships."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return None
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    wanted = next((element.get(_RELATIONSHIP_ID) for element in workbook.iter(f"{{{_MAIN}}}sheet")
                   if element.get("name") == sheet), None)
    if wanted is None:
        return None
    relationships = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next((element.get("Target", "") for element in relationships.iter(f"{{{_RELATIONSHIPS}}}Relationship")
                   if element.get("Id") == wanted), "")
    member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return archive.getinfo(member) if member in names and member.endswith(".xml") else None


def _is_sheet(member: str) -> bool:
    return member.startswith(("xl/worksheets/", "xl/chartsheets/", "xl/dialogsheets/")) and member.endswith(".xml")
