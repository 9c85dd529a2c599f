"""Mail sources on disk: an mbox file, a Maildir folder, a folder of .eml files, one .eml file.

    if is_mail_source(path):
        for item in read_mail_source(path):   # MailItem(key, raw bytes, where, problem)
            ...

Only the containers are read here; what a message says is `checkin.mail`'s business. Nothing is lost:
a message that cannot be handed over whole (a file that vanished, one far too large) still comes out,
as an item with a `problem` code and no bytes, so the report can name it.

mbox files are split on the separator line as mail programs write it ("From sender weekday month day
time year") after an empty line, not on any line that starts with "From ": a message body whose line
begins "From here on…" was not escaped by every program that wrote an mbox, and splitting there would
cut a registration in two. A separator without its date ("From -") counts when a header line follows.
Lines escaped as ">From " (mboxrd) are given back as "From ". Apple Mail's export (a folder
"Inbox.mbox" holding a file "mbox") is an mbox; Outlook's .msg files are recognised and refused with a
code (they are not MIME), so the organiser can be told how to get .eml files instead.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import NamedTuple

from checkin.io import import_report as codes
from checkin.io.import_report import ImportFailure

# What a message file may weigh before it is left out (reported, not read): a registration with a scanned
# passport or a 50 MB programme attached still comes in; a disk image sent by mistake does not.
MAX_MESSAGE_BYTES = 200 * 1024 * 1024
MAILDIR_FOLDERS = ("cur", "new")
EML_SUFFIXES = frozenset({".eml"})
MBOX_SUFFIXES = frozenset({".mbox", ".mbx", ".mbs"})
# Spreadsheets are never sniffed for mail: a CSV whose first cell reads "From:" stays a spreadsheet.
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv"})

MBOX = "mbox"  # also Apple Mail's export: a folder "Inbox.mbox" holding a file "mbox"
MAILDIR = "maildir"
EML_FOLDER = "eml_folder"
EML_FILE = "eml"
# Outlook's own message files (a compound binary format, not MIME): recognised so that the organiser is told
# how to get e-mails we read, rather than "not a spreadsheet".
OUTLOOK_MSG = "outlook_msg"
MSG_SUFFIX = ".msg"

# Per-message problems (MailItem.problem).
MESSAGE_TOO_LARGE = "message_too_large"
MESSAGE_UNREADABLE = "message_unreadable"  # the file vanished or cannot be opened

_SEPARATOR = re.compile(rb"^From [^\r\n]*\r?\n", re.MULTILINE)
# "From sender@host Mon Oct  1 09:12:03 2018", also with a zone or without a weekday (mboxcl, Eudora, Mutt).
_SEPARATOR_DATE = re.compile(rb"\d{1,2}:\d{2}(:\d{2})?\b.*\b\d{4}|\b\d{4}\b.*\d{1,2}:\d{2}")
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
# Header names a message file starts with (after any blank lines): enough to tell mail from other text.
_HEADER_START = re.compile(
    rb"^(?:return-path|received|delivered-to|message-id|from|to|date|subject|mime-version|x-[a-z0-9-]+|"
    rb"authentication-results|dkim-signature|arc-[a-z-]+|reply-to|cc|content-type|thread-topic|"
    rb"thread-index|user-agent|sender|importance|x-mozilla-status)\s*:", re.IGNORECASE)


class MailItem(NamedTuple):
    """One message of a mail source.

    `key` is stable while the source keeps the message (an mbox's message number, a Maildir's unique
    name, a file's name inside the folder) and unique within the source; `where` says where it is in
    words a person can follow ("inbox.mbox, message 12"; "Maildir/cur/1700…"). `problem` is "" or a
    code (MESSAGE_TOO_LARGE, MESSAGE_UNREADABLE), and then `raw` is empty."""

    key: str
    raw: bytes
    where: str
    problem: str = ""


def mail_source_kind(path: Path | str) -> str:
    """MBOX, MAILDIR, EML_FOLDER or EML_FILE; "" when the path is none of them (or does not exist)."""
    path = Path(path)
    try:
        if path.is_dir():
            if all((path / name).is_dir() for name in MAILDIR_FOLDERS):
                return MAILDIR
            if (path / "mbox").is_file():
                return MBOX
            suffixes = {child.suffix.lower() for child in path.iterdir() if child.is_file()}
            if suffixes & EML_SUFFIXES:
                return EML_FOLDER
            return OUTLOOK_MSG if MSG_SUFFIX in suffixes else ""
        if not path.is_file():
            return ""
        suffix = path.suffix.lower()
        if suffix in SPREADSHEET_SUFFIXES:
            return ""
        if suffix in MBOX_SUFFIXES:
            return MBOX
        if suffix == MSG_SUFFIX:
            return OUTLOOK_MSG
        with path.open("rb") as file:
            start = file.read(4096).lstrip(b"\r\n")
    except OSError:
        return ""
    if start.startswith(b"From ") and _looks_like_separator(start.split(b"\n", 1)[0]):
        return MBOX
    if suffix in EML_SUFFIXES or _HEADER_START.match(start):
        return EML_FILE
    return ""


def is_mail_source(path: Path | str) -> bool:
    """Whether `path` is an mbox file, a Maildir folder (cur/new/tmp), a folder of .eml files or an .eml file
    (or Outlook .msg files, which read_mail_source refuses with a way to get .eml files instead)."""
    return bool(mail_source_kind(path))


def read_mail_source(path: Path | str) -> Iterator[MailItem]:
    """Each message of the mail source at `path`, in the source's own order (not by time: see checkin.mail).

    Checks the source before returning, so a source that cannot be read at all raises here, not half-way:
    ImportFailure with NOT_FOUND, UNREADABLE, NOT_MAIL (none of the containers above) or EMPTY_MAILBOX
    (a mail source with no message in it).
    """
    path = Path(path)
    if not path.exists():
        raise ImportFailure(codes.NOT_FOUND, path)
    kind = mail_source_kind(path)
    if not kind:
        if path.is_file() and path.stat().st_size == 0:
            raise ImportFailure(codes.EMPTY_FILE, path)
        raise ImportFailure(codes.NOT_MAIL, path)
    if kind == OUTLOOK_MSG:
        raise ImportFailure(codes.OUTLOOK_MSG, path)
    try:
        if kind == MBOX:
            return _mbox_items(_mbox_file(path))
        if kind == MAILDIR:
            files = _maildir_files(path)
        elif kind == EML_FOLDER:
            files = sorted((child for child in path.iterdir()
                            if child.suffix.lower() in EML_SUFFIXES and child.is_file()), key=lambda p: p.name)
        else:
            if path.stat().st_size == 0:
                raise ImportFailure(codes.EMPTY_FILE, path)
            files = [path]
    except OSError as error:
        raise ImportFailure(codes.UNREADABLE, path, error.strerror or type(error).__name__) from error
    if not files:
        raise ImportFailure(codes.EMPTY_MAILBOX, path)
    return _file_items(path, files, kind)


def count_messages(path: Path | str) -> int:
    """How many messages the mail source holds, for a progress bar (a quick pass over an mbox); 0 when it
    cannot be told (read_mail_source then says why)."""
    path = Path(path)
    try:
        kind = mail_source_kind(path)
        if kind == MBOX:
            with _mbox_file(path).open("rb") as file:
                data = _mapped(file)
                try:
                    return sum(1 for _ in _mbox_spans(data))
                finally:
                    data.close()
        if kind == MAILDIR:
            return len(_maildir_files(path))
        if kind == EML_FOLDER:
            return sum(1 for child in path.iterdir() if child.suffix.lower() in EML_SUFFIXES and child.is_file())
        return 1 if kind == EML_FILE else 0
    except OSError:
        return 0


count_mbox_messages = count_messages  # the first name of count_messages, kept for callers


def _mbox_file(path: Path) -> Path:
    return path / "mbox" if path.is_dir() else path


def _maildir_files(path: Path) -> list[Path]:
    found: list[tuple[str, Path]] = []
    for folder in MAILDIR_FOLDERS:
        for child in (path / folder).iterdir():
            if child.name.startswith(".") or not child.is_file():
                continue
            found.append((child.name.split(":", 1)[0], child))
    # Unique names begin with the delivery time in seconds: their order is roughly the arrival order.
    return [child for _, child in sorted(found, key=lambda pair: pair[0])]


def _file_items(root: Path, files: list[Path], kind: str) -> Iterator[MailItem]:
    for file in files:
        if kind == MAILDIR:
            key = file.name.split(":", 1)[0]
            where = f"{root.name}/{file.parent.name}/{file.name}"
        elif kind == EML_FOLDER:
            key, where = file.name, f"{root.name}/{file.name}"
        else:
            key, where = file.name, file.name
        try:
            if file.stat().st_size > MAX_MESSAGE_BYTES:
                yield MailItem(key, b"", where, MESSAGE_TOO_LARGE)
                continue
            raw = file.read_bytes()
        except OSError:
            yield MailItem(key, b"", where, MESSAGE_UNREADABLE)
            continue
        yield MailItem(key, raw, where)


def _mbox_items(path: Path) -> Iterator[MailItem]:
    try:
        file = path.open("rb")
    except OSError as error:
        raise ImportFailure(codes.UNREADABLE, path, error.strerror or type(error).__name__) from error
    with file:
        data = _mapped(file)
        spans = _mbox_spans(data)
        first = next(spans, None)
        if first is None:
            data.close()
            raise ImportFailure(codes.EMPTY_MAILBOX, path)
    return _mbox_messages(path, data, first, spans)


def _mbox_messages(path: Path, data: mmap.mmap | bytes, first: tuple[int, int],
                   spans: Generator[tuple[int, int], None, None]) -> Iterator[MailItem]:
    try:
        number = 0
        span: tuple[int, int] | None = first
        while span is not None:
            number += 1
            start, end = span
            where = f"{path.name}, message {number}"
            if end - start > MAX_MESSAGE_BYTES:
                yield MailItem(str(number), b"", where, MESSAGE_TOO_LARGE)
            else:
                raw = data[start:end]
                if b"\n>" in raw:
                    raw = _ESCAPED_FROM.sub(rb"\1", raw)
                yield MailItem(str(number), raw, where)
            span = next(spans, None)
    finally:
        if isinstance(data, mmap.mmap):
            # The separator search holds the map while it is suspended: a reading stopped half-way must end it
            # first, or closing the map raises.
            spans.close()
            data.close()


def _mapped(file) -> mmap.mmap | bytes:
    try:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except ValueError:  # an empty file cannot be mapped
        return _EmptyData()


class _EmptyData(bytes):
    """No bytes, closable like a map: an empty file cannot be mapped."""

    def close(self) -> None:
        pass

    def __enter__(self) -> _EmptyData:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _mbox_spans(data: mmap.mmap | bytes) -> Generator[tuple[int, int], None, None]:
    """(start, end) of each message's bytes, the separator line left out."""
    start: int | None = None
    for match in _SEPARATOR.finditer(data):
        at = match.start()
        if at and not _after_blank_line(data, at):
            continue
        if not (_looks_like_separator(match.group()) or _bare_separator(data, match)):
            continue
        if start is not None:
            yield start, _trim_blank(data, start, at)
        start = match.end()
    if start is not None:
        end = len(data)
        # The blank line an mbox writer puts after each message, the last one too.
        yield start, _trim_blank(data, start, end) if data[max(end - 2, start):end] == b"\n\n" else end


_BARE_SEPARATOR = re.compile(rb"^From (?:\S+)?[ \t]*\r?\n$")
_FIELD_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")


def _bare_separator(data: mmap.mmap | bytes, match: re.Match[bytes]) -> bool:
    """A separator without its date ("From -", "From sender"), as some writers leave it: taken only when a
    header line follows, which a body's "From here on…" line is not followed by."""
    return bool(_BARE_SEPARATOR.match(match.group())) and bool(_FIELD_LINE.match(data, match.end()))


def _after_blank_line(data: mmap.mmap | bytes, at: int) -> bool:
    return data[max(at - 2, 0):at] == b"\n\n" or data[max(at - 4, 0):at] == b"\r\n\r\n"


def _trim_blank(data: mmap.mmap | bytes, start: int, end: int) -> int:
    """The end of a message without the one empty line the mbox put before the next separator."""
    if data[max(end - 2, start):end] == b"\r\n":
        return end - 2
    if data[max(end - 1, start):end] == b"\n":
        return end - 1
    return end


def _looks_like_separator(line: bytes) -> bool:
    parts = line.split(None, 2)
    return len(parts) >= 3 and parts[0] == b"From" and bool(_SEPARATOR_DATE.search(parts[2]))
