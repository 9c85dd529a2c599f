"""`checkin import EVENT FILE`: bring a registration spreadsheet into the event (or re-import it)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from checkin.commands.common import EVENT_HELP, opened_session, print_json
from checkin.commands.import_mail import is_mail, run_mail
from checkin.commands.messages import CommandError
from checkin.core.models import Attendee
from checkin.io import import_report as codes
from checkin.io.column_mapping import FIELDS, columns_of
from checkin.io.import_report import ImportFailure, ImportPlan, ImportReport, Problem
from checkin.io.readers import MAX_ROWS
from checkin.io.registrations import apply_import, cancellations_to_confirm, dry_run, plan_import

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
    codes.ONLY_EMAILS: "only e-mail addresses, no names; a badge and the desk need each person's name",
    codes.UNKNOWN_FIELD: "--map names an unknown field '{detail}'; fields are: " + ", ".join(FIELDS),
    codes.UNKNOWN_COLUMN: "--map names a column '{detail}' that the sheet does not have",
    codes.UNREADABLE: "could not be read ({detail})",
    codes.NOT_MAIL: "neither a spreadsheet nor e-mails (an mbox file, a Maildir folder, a folder of .eml files)",
    codes.EMPTY_MAILBOX: "a mailbox with no message in it",
    codes.OUTLOOK_MSG: "Outlook .msg files, which this version does not read; drag the messages out of Outlook on "
                       "the web, Thunderbird or Apple Mail (they give .eml files), or export the folder as mbox",
}
PROBLEM_WORDS = {
    codes.MISSING_NAME: "no given or family name; skipped",
    codes.BAD_EMAIL: "e-mail '{value}' is malformed; imported without it",
    codes.DUPLICATE_EMAIL: "same e-mail as row {other_row}; skipped",
    codes.DUPLICATE_NAME: "same name and organisation as row {other_row}; skipped",
    codes.DOUBLE_SUBMISSION: "{value} again (as on row {other_row}): this later row is used",
    codes.SAME_PERSON: "matches the same person as row {other_row} ({value}); skipped",
    codes.NOT_A_PERSON: "not a person (a total or a note: '{value}'); skipped",
    codes.UNKNOWN_CATEGORY: "unknown category '{value}'; imported as Participant",
    codes.NEW_CATEGORY: "new category '{value}' ({people}); merge it into another in the import window if it means one",
    codes.UNKNOWN_STATUS: "status '{value}' not understood ({rows}); kept as written, imported as registered",
    codes.CHECK_NAME_SPLIT: "'{value}' split as two given names and two family names; check it",
    codes.SHARED_CODE: "ticket code '{value}' is on {rows} at once; not used to recognise any of them",
    codes.BAD_DATE: "unreadable date '{value}'; imported without a registration time",
    codes.ERROR_CELL: "the cell holds a spreadsheet error (#REF!, #N/A…); read as empty",
    codes.CONTROL_CHARACTERS: "invisible control characters removed",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="import or re-import a registration spreadsheet (xlsx, xls, ods, csv) or registration "
                       "e-mails (an mbox file, a Maildir folder, a folder of .eml files)",
        description="Import a registration list. Re-importing merges: changes are updated, new people "
                    "added, people missing from the file cancelled (never deleted); check-ins and codes stay. "
                    "When that would cancel more than a few people, nothing is done until you say "
                    "--cancel-missing or --keep-missing. Registration e-mails are read first come, first "
                    "served by the time they arrived; people the reader is unsure of are left out and listed "
                    "unless --accept-unsure takes them; reading the same mailbox again changes nothing.")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("file", metavar="FILE|MAILBOX", type=Path,
                        help="a spreadsheet, or registration e-mails: an mbox file, a Maildir folder, a folder of "
                             ".eml files (or one .eml file)")
    parser.add_argument("--sheet", help="the sheet to read (name or number); default: the one that holds the "
                                        "attendees (or the one read from this workbook before)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="read FIELD from COLUMN (header text or letter); FIELD= leaves a field out. "
                             f"Fields: {', '.join(FIELDS)}")
    parser.add_argument("--no-header", action="store_true",
                        help="the first row is a person, not a header (a mailing list's dump); columns by letter")
    missing = parser.add_mutually_exclusive_group()
    missing.add_argument("--cancel-missing", action="store_true",
                         help="cancel the people missing from this file, however many they are")
    missing.add_argument("--keep-missing", action="store_true",
                         help="do not cancel people who are missing from this file (a file of additions)")
    parser.add_argument("--accept-unsure", action="store_true",
                        help="e-mails: import the people the reader is unsure of too (check them afterwards)")
    parser.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON document")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if is_mail(args.file):
        try:
            return run_mail(args)
        except ImportFailure as failure:
            if args.json:
                print_json({"error": describe_failure(failure), "code": failure.code, "file": failure.path})
            raise CommandError(describe_failure(failure)) from failure
    overrides = _overrides(args.map, args.json)
    with opened_session(args.event) as session:
        try:
            plan = plan_import(session, args.file, args.sheet, overrides, cancel_missing=not args.keep_missing,
                               no_header=args.no_header)
            if not (args.cancel_missing or args.keep_missing or args.dry_run):
                _refuse_many_cancellations(plan, session.store.attendees(), args.json)
            report = dry_run(plan) if args.dry_run else apply_import(session, plan, index=False)
        except ImportFailure as failure:
            if args.json:
                print_json({"error": describe_failure(failure), "code": failure.code, "file": failure.path})
            raise CommandError(describe_failure(failure)) from failure
    if args.json:
        print_json(report.to_json())
    else:
        print_report(report)
    return 0


def _refuse_many_cancellations(plan: ImportPlan, existing: Sequence[Attendee], as_json: bool) -> None:
    missing = cancellations_to_confirm(plan, existing)
    if not missing:
        return
    names = ", ".join(person.name for person in missing[:5]) + (", …" if len(missing) > 5 else "")
    active = sum(1 for person in existing if person.status.value != "cancelled")
    line = (f"{plan.path}: this file would cancel {len(missing)} people who are not in it (of {active} "
            f"registered: {names}); run again with --cancel-missing to cancel them, or --keep-missing to keep "
            "them and import the file as additions")
    if as_json:
        print_json({"error": line, "code": codes.CONFIRM_CANCELLATIONS, "file": str(plan.path),
                    "would_cancel": [{"code": person.code, "name": person.name} for person in missing]})
    raise CommandError(line)


def _overrides(pairs: list[str], as_json: bool = False) -> dict[str, str | None]:
    overrides: dict[str, str | None] = {}
    for pair in pairs:
        field, separator, column = pair.partition("=")
        if not separator or not field.strip():
            line = f"--map {pair}: write FIELD=COLUMN, for example --map email='E-mail address'"
            if as_json:
                print_json({"error": line, "code": "bad_option"})
            raise CommandError(line)
        overrides[field.strip()] = column.strip() or None
    return overrides


def describe_failure(failure: ImportFailure) -> str:
    return f"{failure.path}: {FAILURE_WORDS.get(failure.code, failure.code).format(detail=failure.detail)}"


def describe_problem(problem: Problem) -> str:
    count = 1 + len(problem.more_rows)
    people = f"{count} person" if count == 1 else f"{count} people"
    rows = f"row {problem.row}" if count == 1 else f"{count} rows"
    words = PROBLEM_WORDS.get(problem.code, problem.code).format(
        value=problem.value, other_row=problem.other_row, people=people, rows=rows)
    where = f"row {problem.row}" + (f", column '{problem.column}'" if problem.column else "")
    return f"{where}: {words}"


def print_report(report: ImportReport) -> None:
    plan, counts = report.plan, report.counts()
    added = counts["added"]
    verb = "would be" if report.dry_run else "was" if added == 1 else "were"
    where = f"sheet '{plan.sheet}', header on row {plan.header_row}" if plan.header_row else \
        f"sheet '{plan.sheet}', no header: columns by letter"
    print(f"{plan.path} ({where}): {counts['rows']} rows")
    print("  columns: " + ", ".join(f"{field} ← {' + '.join(repr(label) for label in columns_of(plan.mapping, field))}"
                                    for field in plan.mapping)
          + (f" ({plan.mapping_source})" if plan.mapping_source != "detected" else ""))
    if plan.extra_columns:
        print("  kept as extra fields: " + ", ".join(f"'{label}'" for label in plan.extra_columns))
    if plan.other_sheets:
        print("  other sheets that hold a list (choose one with --sheet): "
              + ", ".join(f"'{name}'" for name in plan.other_sheets))
    print(f"  {added} {verb} added, {counts['updated']} updated, {counts['unchanged']} unchanged, "
          f"{counts['cancelled']} cancelled, {counts['restored']} restored, {counts['skipped']} rows skipped")
    if counts["waitlisted"]:
        print(f"  {counts['waitlisted']} on the waitlist (capacity reached, or so the file says; first come, "
              "first served)")
    if report.changes.late_rows:
        rows = ", ".join(str(row) for row in report.changes.late_rows)
        print(f"  {len(report.changes.late_rows)} registered after the deadline (rows {rows})")
    for person in report.changes.cancelled_checked_in:
        print(f"  cancelled but already checked in (kept in the attendance): {person.name} ({person.code})")
    for problem in report.problems:
        print("  " + describe_problem(problem))
    if report.dry_run:
        print("  dry run: nothing was changed")
