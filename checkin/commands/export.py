"""`checkin export EVENT -o OUT.xlsx|OUT.csv|OUT.pdf [--anonymised] [--delimiter ;]`: the final attendance."""

from __future__ import annotations

import argparse

from checkin.commands.common import EVENT_HELP, opened_session
from checkin.commands.messages import CommandError
from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.io.atomic_write import OutputError, OutputProblem
from checkin.io.export_attendance import ANONYMISED_FORMATS, FORMATS, ExportRefused, export_attendance

DELIMITER_NAMES = {",": ",", ";": ";", "semicolon": ";", "comma": ",", "tab": "\t", "\\t": "\t"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="write the attendance as a workbook, CSV or PDF report (or anonymised statistics)")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="OUT.xlsx, OUT.csv or OUT.pdf (with --anonymised also OUT.json)")
    parser.add_argument("--anonymised", "--anonymized", action="store_true",
                        help="counts only, small groups withheld: no names, e-mails, codes or organisations")
    parser.add_argument("--delimiter", default=",",
                        help="CSV separator: , (default) or ; for French and German Excel, or tab")
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT)
    parser.set_defaults(func=run)


def describe_output_error(error: OutputError) -> str:
    path = error.path
    problem = error.problem
    if problem is OutputProblem.MISSING_FOLDER:
        return f"cannot write {path}: the folder {path.parent} does not exist"
    if problem is OutputProblem.NOT_WRITABLE:
        return f"cannot write {path}: permission denied (choose another folder)"
    if problem is OutputProblem.IS_FOLDER:
        return f"cannot write {path}: it is a folder; give a file name"
    if problem is OutputProblem.LOCKED:
        return f"cannot write {path}: it is open in Excel or LibreOffice; close it and try again"
    if problem is OutputProblem.NO_SPACE:
        return f"cannot write {path}: the disk is full"
    return f"cannot write {path}: {error.detail or 'the system refused'}"


def describe_refusal(error: ExportRefused, anonymised: bool) -> str:
    if error.reason == ExportRefused.UNKNOWN_FORMAT:
        allowed = ANONYMISED_FORMATS if anonymised else FORMATS
        suffix = error.detail or "no suffix"
        return f"{error.path}: cannot export as {suffix!r}; name the file .{', .'.join(allowed)}"
    if error.reason == ExportRefused.PURGED:
        return ("the personal data of this event were purged; only anonymised statistics remain "
                "(use --anonymised)")
    if error.reason == ExportRefused.NO_STATISTICS:
        return f"no statistics were kept for the checkpoint {error.detail!r} when this event was purged"
    return f"{error.path}: {error.reason}"


def run(args: argparse.Namespace) -> int:
    delimiter = DELIMITER_NAMES.get(args.delimiter)
    if delimiter is None:
        raise CommandError(f"--delimiter {args.delimiter!r} is not one of , ; tab")
    with opened_session(args.event) as session:
        try:
            summary = export_attendance(session.store, args.output, anonymised=args.anonymised,
                                        delimiter=delimiter, checkpoint=args.checkpoint)
        except OutputError as error:
            raise CommandError(describe_output_error(error)) from None
        except ExportRefused as error:
            raise CommandError(describe_refusal(error, args.anonymised)) from None
    if summary.anonymised:
        print(f"wrote {summary.path}: anonymised statistics (counts below 5 withheld)")
    else:
        print(f"wrote {summary.path}: {summary.attendees} attendees, {summary.records} check-in records")
    return 0
