"""`checkin import EVENT FILE`: bring a registration spreadsheet into the event (or re-import it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from checkin.commands.common import EVENT_HELP, opened_session, print_json
from checkin.commands.messages import CommandError
from checkin.io import import_report as codes
from checkin.io.column_mapping import FIELDS
from checkin.io.import_report import ImportFailure, ImportReport, Problem
from checkin.io.readers import MAX_ROWS
from checkin.io.registrations import apply_import, dry_run, plan_import

FAILURE_WORDS = {
    codes.NOT_FOUND: "no such file",
    codes.IS_FOLDER: "a folder, with no list or e-mails in it; give the spreadsheet's file",
    codes.EMPTY_FILE: "the file is empty",
    codes.NOT_A_SPREADSHEET: "not a spreadsheet this version reads (xlsx, xlsm, xls, ods, csv, txt)",
    codes.PASSWORD_PROTECTED: "protected by a password; save a copy without the password and import that",
    codes.TOO_LARGE: "refused: it would inflate far beyond any registration list (damaged, or a zip bomb)",
    codes.TOO_MANY_ROWS: f"more than {MAX_ROWS:,} rows; split the file or delete the empty rows at its end",
    codes.TOO_MANY_CELLS: "a cell at {detail} stretches the sheet far beyond any registration list; delete what "
                          "is there (or copy the list into a new workbook) and import again",
    codes.NO_SUCH_SHEET: "no such sheet; the sheets are: {detail}",
    codes.NO_TABLE: "no list found (no header row with rows below it)",
    codes.NO_NAME_COLUMN: "no name column found; name one with --map family_name=COLUMN or --map full_name=COLUMN",
    codes.UNKNOWN_FIELD: "--map names an unknown field '{detail}'; fields are: " + ", ".join(FIELDS),
    codes.UNKNOWN_COLUMN: "--map names a column '{detail}' that the sheet does not have",
    codes.UNREADABLE: "could not be read ({detail})",
}
PROBLEM_WORDS = {
    codes.MISSING_NAME: "no given or family name; skipped",
    codes.BAD_EMAIL: "e-mail '{value}' is malformed; imported without it",
    codes.DUPLICATE_EMAIL: "same e-mail as row {other_row}; skipped",
    codes.DUPLICATE_NAME: "same name and organisation as row {other_row}; skipped",
    codes.SAME_PERSON: "matches the same person as row {other_row} ({value}); skipped",
    codes.NOT_A_PERSON: "not a person (a total or a note: '{value}'); skipped",
    codes.UNKNOWN_CATEGORY: "unknown category '{value}'; imported as Participant",
    codes.BAD_DATE: "unreadable date '{value}'; imported without a registration time",
    codes.ERROR_CELL: "the cell holds a spreadsheet error (#REF!, #N/A…); read as empty",
    codes.CONTROL_CHARACTERS: "invisible control characters removed",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="import or re-import a registration spreadsheet (xlsx, xls, ods, csv)",
        description="Import a registration list. Re-importing merges: changes are updated, new people "
                    "added, people missing from the file cancelled (never deleted); check-ins and codes stay.")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--sheet", help="the sheet to read (name or number); default: the first that holds a list")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="read FIELD from COLUMN (header text or letter); FIELD= leaves a field out. "
                             f"Fields: {', '.join(FIELDS)}")
    parser.add_argument("--keep-missing", action="store_true",
                        help="do not cancel people who are missing from this file (a file of additions)")
    parser.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON document")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    overrides = _overrides(args.map)
    with opened_session(args.event) as session:
        try:
            plan = plan_import(session, args.file, args.sheet, overrides, cancel_missing=not args.keep_missing)
            report = dry_run(plan) if args.dry_run else apply_import(session, plan, index=False)
        except ImportFailure as failure:
            raise CommandError(describe_failure(failure)) from failure
    if args.json:
        print_json(report.to_json())
    else:
        print_report(report)
    return 0


def _overrides(pairs: list[str]) -> dict[str, str | None]:
    overrides: dict[str, str | None] = {}
    for pair in pairs:
        field, separator, column = pair.partition("=")
        if not separator or not field.strip():
            raise CommandError(f"--map {pair}: write FIELD=COLUMN, for example --map email='E-mail address'")
        overrides[field.strip()] = column.strip() or None
    return overrides


def describe_failure(failure: ImportFailure) -> str:
    return f"{failure.path}: {FAILURE_WORDS.get(failure.code, failure.code).format(detail=failure.detail)}"


def describe_problem(problem: Problem) -> str:
    words = PROBLEM_WORDS.get(problem.code, problem.code).format(value=problem.value, other_row=problem.other_row)
    where = f"row {problem.row}" + (f", column '{problem.column}'" if problem.column else "")
    return f"{where}: {words}"


def print_report(report: ImportReport) -> None:
    plan, counts = report.plan, report.counts()
    verb = "would be" if report.dry_run else "were"
    print(f"{plan.path} (sheet '{plan.sheet}', header on row {plan.header_row}): {counts['rows']} rows")
    print("  columns: " + ", ".join(f"{field} ← '{label}'" for field, label in plan.mapping.items())
          + (f" ({plan.mapping_source})" if plan.mapping_source != "detected" else ""))
    if plan.extra_columns:
        print("  kept as extra fields: " + ", ".join(f"'{label}'" for label in plan.extra_columns))
    print(f"  {counts['added']} {verb} added, {counts['updated']} updated, {counts['unchanged']} unchanged, "
          f"{counts['cancelled']} cancelled, {counts['restored']} restored, {counts['skipped']} rows skipped")
    if counts["waitlisted"]:
        print(f"  {counts['waitlisted']} on the waitlist (capacity reached; first come, first served)")
    if report.changes.late_rows:
        rows = ", ".join(str(row) for row in report.changes.late_rows)
        print(f"  {len(report.changes.late_rows)} registered after the deadline (rows {rows})")
    for person in report.changes.cancelled_checked_in:
        print(f"  cancelled but already checked in (kept in the attendance): {person.name} ({person.code})")
    for problem in report.problems:
        print("  " + describe_problem(problem))
    if report.dry_run:
        print("  dry run: nothing was changed")
