"""Opening whatever the organiser brings: xlsx/xlsm/xlsb, xls, ods (python-calamine) and csv/txt.

The kind of file is told by its first bytes, not its name (a PDF renamed .xlsx is refused as such, a CSV
saved as .xls still reads). Limits are checked before any parser sees the file: the sizes a zip says it
inflates to (zip bombs), the rows an xlsx sheet declares, the rows of a text file as they stream.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from checkin.core.folding import fold
from checkin.io import import_report as codes
from checkin.io.sheet_extent import MAX_CELLS, check_ods, check_xlsx, column_number
from checkin.io.xlsx_parts import SheetParts, sheet_member, sheet_parts

MAX_ROWS = 200_000
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # all members of a workbook together
MAX_MEMBER = 256 * 1024 * 1024
MAX_RATIO = 100  # a member inflating more than this (and above SUSPICIOUS_SIZE) is a bomb
SUSPICIOUS_SIZE = 32 * 1024 * 1024
SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\x7fELF")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_TEXT_CONTROLS = set(range(32)) - {9, 10, 13}


@dataclass
class Source:
    """An opened file: its sheet names and a way to read one sheet as rows of cells."""

    path: Path
    sheet_names: list[str]
    reader: Callable[[str], list[list[Any]]]
    encoding: str = ""
    delimiter: str = ""
    parts_reader: Callable[[str], SheetParts | None] | None = None
    hidden_sheets: frozenset[str] = frozenset()  # hidden and very hidden sheets: never chosen unasked
    _cache: dict[str, list[list[Any]]] = field(default_factory=dict)

    def read(self, sheet: str) -> list[list[Any]]:
        """Rows of the sheet from A1: index i is sheet row i + 1."""
        if sheet not in self._cache:
            self._cache[sheet] = self.reader(sheet)
        return self._cache[sheet]

    def read_in_parts(self, sheet: str) -> SheetParts | WholeSheet:
        """The rows of read(), in lists that follow each other: a big xlsx sheet's later rows are
        parsed while the caller uses its first ones (see xlsx_parts)."""
        if sheet not in self._cache and self.parts_reader is not None:
            parts = self.parts_reader(sheet)
            if parts is not None:
                return parts
        return WholeSheet(self.read(sheet))

    def resolve_sheet(self, wanted: str) -> str:
        """A sheet by exact name, by name ignoring case and accents, or by 1-based number."""
        if wanted in self.sheet_names:
            return wanted
        for name in self.sheet_names:
            if fold(name.strip()) == fold(wanted.strip()):
                return name
        if wanted.strip().isdigit() and 1 <= int(wanted) <= len(self.sheet_names):
            return self.sheet_names[int(wanted) - 1]
        raise codes.ImportFailure(codes.NO_SUCH_SHEET, self.path, ", ".join(self.sheet_names))


@dataclass(frozen=True)
class WholeSheet:
    """A sheet read at once, as the one part of itself."""

    rows: list[list[Any]]
    first_rows: ClassVar[int] = 0  # no later part to wait for

    @property
    def expected_rows(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[list[list[Any]]]:
        yield self.rows


def open_source(path: Path) -> Source:
    if path.is_dir():
        raise codes.ImportFailure(codes.IS_FOLDER, path)
    if not path.is_file():
        raise codes.ImportFailure(codes.NOT_FOUND, path)
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise codes.ImportFailure(codes.EMPTY_FILE, path)
    if head.startswith(_ZIP_MAGIC):
        _check_zip(path)
        return _open_workbook(path, zipped=True)
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in path.read_bytes():  # an encrypted xlsx is an OLE box around the zip
            raise codes.ImportFailure(codes.PASSWORD_PROTECTED, path)
        return _open_workbook(path)
    if head.startswith(_BINARY_MAGIC):
        raise codes.ImportFailure(codes.NOT_A_SPREADSHEET, path)
    return _open_text(path, head)


# -- workbooks -------------------------------------------------------------------------------
def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if not ({"xl/workbook.xml", "xl/workbook.bin", "content.xml"} & names):
                raise codes.ImportFailure(codes.NOT_A_SPREADSHEET, path)
            total = 0
            for member in members:
                total += member.file_size
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > MAX_MEMBER or (member.file_size > SUSPICIOUS_SIZE and ratio > MAX_RATIO):
                    raise codes.ImportFailure(codes.TOO_LARGE, path, member.filename)
            if total > MAX_UNCOMPRESSED:
                raise codes.ImportFailure(codes.TOO_LARGE, path)
            if "xl/workbook.xml" in names:
                _check_declared_extent(path, archive)
            elif "content.xml" in names:
                with archive.open("content.xml") as content:
                    check_ods(path, iter(lambda: content.read(1 << 20), b""), MAX_ROWS)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise codes.ImportFailure(codes.NOT_A_SPREADSHEET, path, str(error)) from error


def _check_declared_extent(path: Path, archive: zipfile.ZipFile) -> None:
    """Each xlsx sheet states its extent up front; refuse a huge one before anything else is read.
    (The statement may lie: the references themselves are read before a sheet is, see sheet_extent.)"""
    for name in archive.namelist():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            with archive.open(name) as part:
                start = part.read(4096)
            found = _DIMENSION.search(start)
            if not found or not found.group(3):
                continue
            rows = int(found.group(4)) - int(found.group(2)) + 1
            columns = column_number(found.group(3).decode()) - column_number(found.group(1).decode()) + 1
            corner = (found.group(3) + found.group(4)).decode()
            if int(found.group(4)) > MAX_ROWS + 1:
                raise codes.ImportFailure(codes.TOO_MANY_ROWS, path, corner)
            if rows * columns > MAX_CELLS:
                raise codes.ImportFailure(codes.TOO_MANY_CELLS, path, corner)


def _check_sheet_extent(path: Path, sheet: str) -> None:
    """Read the sheet's cell references before calamine makes a grid of them (see sheet_extent)."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = sheet_member(archive, sheet)
            if member is None:
                return

            def pieces() -> Iterator[bytes]:
                with archive.open(member) as stream:
                    yield from iter(lambda: stream.read(1 << 20), b"")

            check_xlsx(path, pieces, MAX_ROWS)
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as error:
        raise codes.ImportFailure(codes.UNREADABLE, path, f"{sheet}: {error}") from error


def _open_workbook(path: Path, zipped: bool = False) -> Source:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = [sheet for sheet in workbook.sheets_metadata if getattr(sheet.typ, "name", "WorkSheet") == "WorkSheet"]
        names = [sheet.name for sheet in sheets] or list(workbook.sheet_names)
        hidden = frozenset(sheet.name for sheet in sheets if "hidden" in str(sheet.visible).lower())
    except PasswordError as error:
        raise codes.ImportFailure(codes.PASSWORD_PROTECTED, path) from error
    except (CalamineError, ValueError, OSError) as error:
        raise codes.ImportFailure(codes.NOT_A_SPREADSHEET, path, str(error)) from error

    def read(sheet: str) -> list[list[Any]]:
        if zipped:
            _check_sheet_extent(path, sheet)
        try:
            values = workbook.get_sheet_by_name(sheet)
            if values.total_height > MAX_ROWS + 1:
                raise codes.ImportFailure(codes.TOO_MANY_ROWS, path, str(MAX_ROWS))
            return values.to_python(skip_empty_area=False)
        except PasswordError as error:
            raise codes.ImportFailure(codes.PASSWORD_PROTECTED, path) from error
        except (CalamineError, ValueError) as error:
            raise codes.ImportFailure(codes.UNREADABLE, path, f"{sheet}: {error}") from error

    def read_in_parts(sheet: str) -> SheetParts | None:
        return sheet_parts(str(path), sheet, MAX_ROWS)

    return Source(path, names, read, parts_reader=read_in_parts, hidden_sheets=hidden)


# -- text files ------------------------------------------------------------------------------
def detect_encoding(path: Path, head: bytes) -> str:
    """BOM first; then UTF-16 without BOM; then strict UTF-8 over the whole file; else Windows-1252 or
    Mac Roman, whichever reads as names.

    Windows-1252 is what French, German and Italian Excel write for "CSV"; it decodes Latin-1 text
    the same way except for the few bytes where Latin-1 has invisible controls. Excel for Mac writes Mac
    Roman, whose accented small letters (é, è, ü, ñ) are the bytes Windows-1252 gives to punctuation and
    capitals (Ž, è is not even defined): the one whose letters sit in words the way letters do wins.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and not sample[0::2].count(0):
        return "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and not sample[1::2].count(0):
        return "utf-16-be"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        windows = head.decode("cp1252")
    except UnicodeDecodeError:
        return "mac-roman"  # bytes Windows-1252 leaves undefined are å, ç, è, ê, ù there
    return "mac-roman" if _reads_as_words(head.decode("mac-roman")) > _reads_as_words(windows) else "cp1252"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _reads_as_words(text: str) -> int:
    """How much a decoding's non-ASCII characters read as letters within words: a small accented letter
    scores; a capital or a symbol between two small letters ("SŽbastien", "MÈlanie") counts against."""
    score = 0
    for found in _NON_ASCII.finditer(text):
        at = found.start()
        char = text[at]
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char.isalpha() and char.islower():
            score += 1
        elif before.islower() and (after.islower() or not char.isalpha()):
            score -= 1
    return score


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the most lines into the same number (>1) of fields."""
    return _delimiter(sample)[0]


def _delimiter(sample: str) -> tuple[str, int]:
    """(delimiter, how many of the first lines it splits alike into more than one field)."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common) if common > 1 else 0, widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best, best_score[0]


# A mailing list's dump, one subscriber a line: Sympa's "address name" (default/web_tt2/add_request.tt2,
# "email1@dom1 Name1"), Mailman's "Name <address>" (src/mailman/commands/cli_members.py, formataddr).
_SYMPA_LINE = re.compile(r"^\s*([^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+)(?:\s+(.*?))?\s*$")
_MAILMAN_LINE = re.compile(r"^\s*(.*?)\s*<([^\s@<>]+@[^\s@<>]+)>\s*$")


def _subscriber(line: str) -> list[str] | None:
    """[address, name] from one line of a mailing list's dump, or None when the line is something else."""
    found = _SYMPA_LINE.match(line)
    if found:
        return [found.group(1), found.group(2) or ""]
    found = _MAILMAN_LINE.match(line)
    if found:
        return [found.group(2), found.group(1).strip().strip('"')]
    return None


def _is_subscriber_list(sample: str) -> bool:
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    return bool(lines) and sum(_subscriber(line) is not None for line in lines) >= 0.8 * len(lines)


def _open_text(path: Path, head: bytes) -> Source:
    encoding = detect_encoding(path, head)
    try:
        sample = head.decode(encoding, errors="replace")
    except LookupError:  # pragma: no cover - our encodings always exist
        sample = head.decode("latin-1")
    if encoding.startswith("utf-16") and sample.startswith("\ufeff"):
        sample = sample[1:]
    scan = sample[:8192]
    controls = sum(1 for ch in scan if ord(ch) in _TEXT_CONTROLS)
    if controls > max(8, len(scan) // 50):  # random bytes: about one in eight
        raise codes.ImportFailure(codes.NOT_A_SPREADSHEET, path)
    whole_lines = sample.rsplit("\n", 1)[0] if len(head) == SAMPLE_BYTES else sample
    delimiter, split_alike = _delimiter(whole_lines)
    if not split_alike and _is_subscriber_list(whole_lines):
        return Source(path, [path.stem], lambda _sheet: _read_subscribers(path, encoding), encoding=encoding,
                      delimiter=" ")

    def read(_sheet: str) -> list[list[Any]]:
        rows: list[list[Any]] = []
        try:
            with path.open(encoding=encoding, newline="", errors="replace") as handle:
                for row in csv.reader(handle, delimiter=delimiter):
                    rows.append(row)
                    if len(rows) > MAX_ROWS + 1:
                        raise codes.ImportFailure(codes.TOO_MANY_ROWS, path, str(MAX_ROWS))
        except csv.Error as error:
            raise codes.ImportFailure(codes.UNREADABLE, path, f"row {len(rows) + 1}: {error}") from error
        return rows

    return Source(path, [path.stem], read, encoding=encoding, delimiter=delimiter)


def _read_subscribers(path: Path, encoding: str) -> list[list[Any]]:
    """A mailing list's dump as rows of [address, name] (a line of something else stays whole)."""
    rows: list[list[Any]] = []
    with path.open(encoding=encoding, errors="replace") as handle:
        for line in handle:
            if line.strip():
                rows.append(_subscriber(line) or [line.strip()])
                if len(rows) > MAX_ROWS + 1:
                    raise codes.ImportFailure(codes.TOO_MANY_ROWS, path, str(MAX_ROWS))
    return rows

