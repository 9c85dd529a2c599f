"""What an import found and did, as values: problem codes with row and column, counts, the plan.

The faces (CLI, desk wizard) put these codes into words; nothing here is a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from checkin.core.models import Attendee


class ImportFailure(Exception):
    """The whole file cannot be imported. `code` names why; `detail` is data (a sheet name, a size)."""

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {code} {detail}".strip())
        self.code = code
        self.path = str(path)
        self.detail = detail


class ImportCancelled(Exception):
    """Raise this from a progress callback to stop; the event is left as it was."""


# File-level failure codes (ImportFailure.code).
NOT_FOUND = "not_found"
IS_FOLDER = "is_folder"  # a folder where a list was expected (and no mailbox in it)
EMPTY_FILE = "empty_file"
NOT_A_SPREADSHEET = "not_a_spreadsheet"
PASSWORD_PROTECTED = "password_protected"
TOO_LARGE = "too_large"  # a zip that would inflate beyond our limits (zip bomb)
TOO_MANY_ROWS = "too_many_rows"
TOO_MANY_CELLS = "too_many_cells"  # a cell so far away that the sheet's grid would not fit in memory; detail: it
NO_SUCH_SHEET = "no_such_sheet"
NO_TABLE = "no_table"  # nothing that looks like a header row with rows below
NO_NAME_COLUMN = "no_name_column"
ONLY_EMAILS = "only_emails"  # the list holds e-mail addresses and no names
UNKNOWN_FIELD = "unknown_field"  # --map names a field we do not have
UNKNOWN_COLUMN = "unknown_column"  # --map names a column the sheet does not have
UNREADABLE = "unreadable"
NOT_MAIL = "not_mail"  # given as a mail source, but no mbox, Maildir or .eml
EMPTY_MAILBOX = "empty_mailbox"  # a mail source with no message in it
OUTLOOK_MSG = "outlook_msg"  # Outlook .msg files: not MIME; the organiser is told how to get .eml files
CONFIRM_CANCELLATIONS = "confirm_cancellations"  # a re-import would cancel many people: the organiser must say so

# Row-level problem codes. SKIPPING ones keep the row out; the others import it anyway.
MISSING_NAME = "missing_name"
BAD_EMAIL = "bad_email"
DUPLICATE_EMAIL = "duplicate_email"
DUPLICATE_NAME = "duplicate_name"
DOUBLE_SUBMISSION = "double_submission"  # the same person (e-mail and name) again: the later row is used
SAME_PERSON = "same_person"  # two rows match one person already in the event
NOT_A_PERSON = "not_a_person"  # a totals or notes line below the table
UNKNOWN_CATEGORY = "unknown_category"  # (files planned before new categories were kept)
NEW_CATEGORY = "new_category"  # a category the event did not have: kept as a new one (value; more_rows)
UNKNOWN_STATUS = "unknown_status"  # a status we cannot read: kept as an extra field, imported as registered
CHECK_NAME_SPLIT = "check_name_split"  # a full name split by a guess the organiser should check
SHARED_CODE = "shared_code"  # a ticket code several people share: not used to match any of them
BAD_DATE = "bad_date"  # imported without a registration time
ERROR_CELL = "error_cell"  # "#REF!" and friends: the cell is read as empty
CONTROL_CHARACTERS = "control_characters"  # removed from the value
SKIPPING = frozenset({MISSING_NAME, DUPLICATE_EMAIL, DUPLICATE_NAME, SAME_PERSON, NOT_A_PERSON})
# Values the organiser should look at (after the rows that stayed out): the report lists them next.
NEEDS_A_LOOK = frozenset({NEW_CATEGORY, UNKNOWN_STATUS, UNKNOWN_CATEGORY, CHECK_NAME_SPLIT, BAD_EMAIL, BAD_DATE,
                          ERROR_CELL, SHARED_CODE})


def report_order(problem: Problem) -> tuple[int, int, str, str]:
    """Rows that stayed out first, then values to look at, then what was only tidied; by row within each."""
    rank = 0 if problem.skipped else 1 if problem.code in NEEDS_A_LOOK else 2
    return rank, problem.row, problem.column, problem.code


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based row number in the sheet, as the organiser sees it
    column: str  # header label ("" when the row as a whole is at fault)
    code: str
    value: str = ""
    other_row: int | None = None  # for duplicates: the row that was kept
    more_rows: tuple[int, ...] = ()  # the other rows with the same value (a new category, an unknown status)

    @property
    def skipped(self) -> bool:
        return self.code in SKIPPING

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {"row": self.row, "column": self.column, "problem": self.code,
                                    "value": self.value, "skipped": self.skipped}
        if self.other_row is not None:
            document["other_row"] = self.other_row
        if self.more_rows:
            document["more_rows"] = list(self.more_rows)
        return document


class RowDraft(NamedTuple):
    """One valid row, cleaned: only the fields the sheet maps are present in `values`.

    A named tuple rather than a dataclass: a 100k-row file makes 100k of them, three times faster."""

    row: int
    values: dict[str, str]
    registered_at: datetime | None
    external_codes: tuple[str, ...]
    extra: dict[str, str]
    # Fields whose value here is a stand-in (an unknown category read as the default): they fill a new
    # person but never overwrite what a person already in the event has.
    weak: frozenset[str] = frozenset()


@dataclass
class Changes:
    """What a merge would do (or did)."""

    added: list[Attendee] = field(default_factory=list)
    updated: list[Attendee] = field(default_factory=list)
    unchanged: int = 0
    cancelled: list[Attendee] = field(default_factory=list)
    restored: list[Attendee] = field(default_factory=list)
    waitlisted: list[Attendee] = field(default_factory=list)  # every person waitlisted after the merge
    late_rows: list[int] = field(default_factory=list)
    cancelled_checked_in: list[Attendee] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: list[Attendee] = field(default_factory=list)  # of the cancelled, those cancelled for missing from the file


@dataclass
class ImportPlan:
    """The preview: what was read and how it maps. Apply it with `apply_import`."""

    path: Path
    sheet: str
    sheet_names: list[str]
    header_row: int
    header: list[str]
    mapping: dict[str, str]  # field → header label
    mapping_source: str  # "detected", "saved" or "override"
    extra_columns: list[str]
    rows: list[RowDraft]
    problems: list[Problem]
    total_rows: int
    encoding: str = ""
    delimiter: str = ""
    cancel_missing: bool = True  # people missing from the file are cancelled
    preview: Changes = field(default_factory=Changes)
    other_sheets: list[str] = field(default_factory=list)  # other sheets that hold a list too
    categories: dict[str, int] = field(default_factory=dict)  # category → people, as found in the file
    new_categories: list[str] = field(default_factory=list)  # of those, the ones the event did not have
    no_header: bool = False  # the first row is a person, the columns are known by letter

    @property
    def skipped_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems if p.skipped})


@dataclass
class ImportReport:
    plan: ImportPlan
    changes: Changes
    dry_run: bool = False

    @property
    def problems(self) -> list[Problem]:
        return sorted([*self.plan.problems, *self.changes.problems], key=report_order)

    @property
    def skipped(self) -> int:
        return len({p.row for p in self.problems if p.skipped})

    def counts(self) -> dict[str, int]:
        c = self.changes
        return {"rows": self.plan.total_rows, "added": len(c.added), "updated": len(c.updated),
                "unchanged": c.unchanged, "cancelled": len(c.cancelled), "restored": len(c.restored),
                "waitlisted": len(c.waitlisted), "late": len(c.late_rows), "skipped": self.skipped}

    def to_json(self) -> dict[str, Any]:
        plan = self.plan
        return {
            "file": str(plan.path), "sheet": plan.sheet, "header_row": plan.header_row,
            "dry_run": self.dry_run, "mapping": plan.mapping, "mapping_source": plan.mapping_source,
            "extra_columns": plan.extra_columns, **self.counts(),
            "late_rows": self.changes.late_rows,
            "cancelled_checked_in": [a.code for a in self.changes.cancelled_checked_in],
            "problems": [p.to_json() for p in self.problems],
        }
