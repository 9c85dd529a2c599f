"""The import's codes put into the desk's words: field names, file failures, row problems, counts.

`checkin.io` answers with codes (it holds no sentences); the CLI words them in English, the
desk here through Qt's translations, so a French organiser reads French.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from checkin.io import import_report as codes
from checkin.io.import_report import ImportFailure, ImportReport, Problem

_CONTEXT = "ImportWords"

FIELD_NAMES = {
    "given_name": QT_TRANSLATE_NOOP("ImportWords", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportWords", "Family name"),
    "full_name": QT_TRANSLATE_NOOP("ImportWords", "Full name (split)"),
    "honorific": QT_TRANSLATE_NOOP("ImportWords", "Honorific"),
    "job_title": QT_TRANSLATE_NOOP("ImportWords", "Job title"),
    "organisation": QT_TRANSLATE_NOOP("ImportWords", "Organisation"),
    "email": QT_TRANSLATE_NOOP("ImportWords", "E-mail"),
    "category": QT_TRANSLATE_NOOP("ImportWords", "Category"),
    "language": QT_TRANSLATE_NOOP("ImportWords", "Language"),
    "registered_at": QT_TRANSLATE_NOOP("ImportWords", "Registration time"),
    "external_code": QT_TRANSLATE_NOOP("ImportWords", "Ticket code (other system)"),
    "notes": QT_TRANSLATE_NOOP("ImportWords", "Notes"),
    "status": QT_TRANSLATE_NOOP("ImportWords", "Status (registered, waitlisted, cancelled)"),
    "group": QT_TRANSLATE_NOOP("ImportWords", "Group (registered together)"),
    "needs": QT_TRANSLATE_NOOP("ImportWords", "Needs (access, diet, interpretation)"),
    "order_code": QT_TRANSLATE_NOOP("ImportWords", "Order (people registered together)"),
    "order_email": QT_TRANSLATE_NOOP("ImportWords", "Buyer's e-mail (stands in for a missing one)"),
}
EXTRA = QT_TRANSLATE_NOOP("ImportWords", "— kept as an extra field —")

_FAILURES = {
    codes.NOT_FOUND: QT_TRANSLATE_NOOP("ImportWords", "no such file"),
    codes.IS_FOLDER: QT_TRANSLATE_NOOP("ImportWords", "a folder, with no list or e-mails in it"),
    codes.EMPTY_FILE: QT_TRANSLATE_NOOP("ImportWords", "the file is empty"),
    codes.NOT_A_SPREADSHEET: QT_TRANSLATE_NOOP(
        "ImportWords", "not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)"),
    codes.PASSWORD_PROTECTED: QT_TRANSLATE_NOOP(
        "ImportWords", "protected by a password; save a copy without the password and import that"),
    codes.TOO_LARGE: QT_TRANSLATE_NOOP(
        "ImportWords", "refused: it would inflate far beyond any registration list (damaged, or a zip bomb)"),
    codes.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "ImportWords", "more than %1 rows; split the file or delete the empty rows at its end"),
    codes.TOO_MANY_CELLS: QT_TRANSLATE_NOOP(
        "ImportWords", "a cell at %1 stretches the sheet far beyond any registration list; delete what is there "
        "(or copy the list into a new workbook) and import again"),
    codes.NO_SUCH_SHEET: QT_TRANSLATE_NOOP("ImportWords", "no such sheet (%1)"),
    codes.NO_TABLE: QT_TRANSLATE_NOOP("ImportWords", "no list found (no header row with rows below it)"),
    codes.NO_NAME_COLUMN: QT_TRANSLATE_NOOP(
        "ImportWords", "no name column found; choose the column that holds the family or full name"),
    codes.ONLY_EMAILS: QT_TRANSLATE_NOOP(
        "ImportWords", "only e-mail addresses, no names; a badge and the desk need each person's name"),
    codes.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("ImportWords", "unknown field %1"),
    codes.UNKNOWN_COLUMN: QT_TRANSLATE_NOOP("ImportWords", "the sheet has no column %1"),
    codes.UNREADABLE: QT_TRANSLATE_NOOP("ImportWords", "could not be read (%1)"),
    codes.NOT_MAIL: QT_TRANSLATE_NOOP(
        "ImportWords", "neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)"),
    codes.EMPTY_MAILBOX: QT_TRANSLATE_NOOP("ImportWords", "a mailbox with no message in it"),
    codes.OUTLOOK_MSG: QT_TRANSLATE_NOOP(
        "ImportWords", "Outlook .msg files, which this version does not read; drag the messages out of Outlook on "
                       "the web, Thunderbird or Apple Mail (they give .eml files), or export the folder as mbox"),
}
_PROBLEMS = {
    codes.MISSING_NAME: QT_TRANSLATE_NOOP("ImportWords", "no given or family name; skipped"),
    codes.BAD_EMAIL: QT_TRANSLATE_NOOP("ImportWords", "e-mail '%1' is malformed; imported without it"),
    codes.DUPLICATE_EMAIL: QT_TRANSLATE_NOOP("ImportWords", "same e-mail as row %2; skipped"),
    codes.DUPLICATE_NAME: QT_TRANSLATE_NOOP("ImportWords", "same name and organisation as row %2; skipped"),
    codes.SAME_PERSON: QT_TRANSLATE_NOOP("ImportWords", "matches the same person as row %2 (%1); skipped"),
    codes.NOT_A_PERSON: QT_TRANSLATE_NOOP("ImportWords", "not a person (a total or a note: '%1'); skipped"),
    codes.UNKNOWN_CATEGORY: QT_TRANSLATE_NOOP("ImportWords", "unknown category '%1'; imported as the default"),
    codes.BAD_DATE: QT_TRANSLATE_NOOP("ImportWords", "unreadable date '%1'; imported without a registration time"),
    codes.ERROR_CELL: QT_TRANSLATE_NOOP(
        "ImportWords", "the cell holds a spreadsheet error (#REF!, #N/A…); read as empty"),
    codes.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP("ImportWords", "invisible control characters removed"),
    codes.DOUBLE_SUBMISSION: QT_TRANSLATE_NOOP("ImportWords", "%1 again (as on row %2): this later row is used"),
    codes.NEW_CATEGORY: QT_TRANSLATE_NOOP(
        "ImportWords", "new category '%1'; merge it into another under Categories if it means one"),
    codes.UNKNOWN_STATUS: QT_TRANSLATE_NOOP(
        "ImportWords", "status '%1' not understood; kept as written, imported as registered"),
    codes.CHECK_NAME_SPLIT: QT_TRANSLATE_NOOP(
        "ImportWords", "'%1' split as two given names and two family names; check it"),
    codes.SHARED_CODE: QT_TRANSLATE_NOOP(
        "ImportWords", "ticket code '%1' is on several rows at once; not used to recognise any of them"),
}


def translated(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_name(field: str) -> str:
    return translated(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def describe_failure(failure: ImportFailure) -> str:
    """One line naming the file and what is wrong with it."""
    words = _FAILURES.get(failure.code)
    if words is None:
        return str(failure)
    if failure.code == codes.TOO_MANY_ROWS:
        from checkin.io.readers import MAX_ROWS

        detail = f"{MAX_ROWS:,}"
    else:
        detail = failure.detail
    return f"{failure.path}: {fill(translated(words), detail)}"


def describe_problem(problem: Problem) -> str:
    words = _PROBLEMS.get(problem.code)
    if words is None:
        return problem.code
    other = str(problem.other_row) if problem.other_row is not None else ""
    return fill(translated(words), problem.value, other)


def fill(text: str, *values: object) -> str:
    """Qt's %1, %2 … placeholders, filled (a translation may reorder them)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


def describe_counts(counts: dict[str, int], done: bool) -> str:
    """"316 rows: 300 to add, …" before, "… added, …" after the import."""
    if done:
        text = QCoreApplication.translate(
            "ImportWords", "%1 rows: %2 added, %3 updated, %4 unchanged, %5 cancelled, %6 skipped")
    else:
        text = QCoreApplication.translate(
            "ImportWords", "%1 rows: %2 to add, %3 to update, %4 unchanged, %5 to cancel, %6 skipped")
    keys = ("rows", "added", "updated", "unchanged", "cancelled", "skipped")
    return fill(text, *(counts.get(key, 0) for key in keys))


def report_lines(report: ImportReport) -> list[str]:
    """The report as lines: counts, waitlist, late rows, people cancelled after checking in."""
    changes = report.changes
    lines = [describe_counts(report.counts(), done=not report.dry_run)]
    if changes.waitlisted:
        lines.append(fill(QCoreApplication.translate(
            "ImportWords", "%1 on the waiting list (capacity reached; first come, first served)"),
            len(changes.waitlisted)))
    if changes.late_rows:
        lines.append(fill(QCoreApplication.translate("ImportWords", "%1 registered after the deadline (rows %2)"),
                          len(changes.late_rows), ", ".join(str(row) for row in changes.late_rows)))
    for person in changes.cancelled_checked_in:
        lines.append(fill(QCoreApplication.translate(
            "ImportWords", "cancelled but already checked in (kept in the attendance): %1"), person.name))
    return lines
