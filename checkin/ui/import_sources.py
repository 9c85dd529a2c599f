"""What the organiser hands the import: one spreadsheet, or registration e-mails (a mailbox or .eml files).

Shared by the wizard's file chooser and by drag and drop onto the wizard and onto the desk window, so the
three accept the same things. Whether a folder or a suffix-less file (Thunderbird keeps each mail folder
as an mbox file without a suffix) is mail is asked of `checkin.io.mailboxes`, which looks at its start,
not at every message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")
MESSAGE_SUFFIXES = (".eml",)
MAILBOX_SUFFIXES = (".mbox", ".mbx", ".mbs")


@dataclass(frozen=True)
class ImportSource:
    """`paths` holds one spreadsheet, one mailbox (file or folder), or one or more .eml files."""

    paths: tuple[Path, ...]
    is_mail: bool

    @property
    def label(self) -> str:
        """How the file field shows it: the path, or the first message and how many more."""
        first = str(self.paths[0])
        return first if len(self.paths) == 1 else f"{first} (+{len(self.paths) - 1})"


def is_mail_path(path: Path) -> bool:
    """A mailbox or message the mail import reads (False for a spreadsheet, or for what is no mail at all)."""
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        return False
    from checkin.io.mailboxes import is_mail_source  # loaded on the first mailbox dragged in

    return is_mail_source(path)


def source_of(paths: list[Path]) -> ImportSource | None:
    """The import these paths make, or None when they are not one (two spreadsheets, a PDF, a mix)."""
    if len(paths) == 1:
        path = paths[0]
        if path.suffix.lower() in SPREADSHEET_SUFFIXES:
            return ImportSource((path,), is_mail=False)
        return ImportSource((path,), is_mail=True) if is_mail_path(path) else None
    if paths and all(p.suffix.lower() in MESSAGE_SUFFIXES and p.is_file() for p in paths):
        return ImportSource(tuple(paths), is_mail=True)  # messages dragged out of a mail program
    return None


def dropped_source(event: QDragEnterEvent | QDropEvent) -> ImportSource | None:
    """The import being dragged, if it is one made only of local files."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if not urls or not all(url.isLocalFile() for url in urls):
        return None
    return source_of([Path(url.toLocalFile()) for url in urls])
