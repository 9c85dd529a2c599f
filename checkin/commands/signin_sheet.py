"""`checkin signin-sheet EVENT -o OUT.pdf`: the alphabetical paper list, in case every laptop fails."""

from __future__ import annotations

import argparse

from checkin.commands.common import EVENT_HELP, opened_session
from checkin.commands.export import describe_output_error
from checkin.commands.messages import CommandError
from checkin.core.folding import fold
from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.io.atomic_write import OutputError, atomic_output
from checkin.io.attendance_data import collect_attendance
from checkin.io.signin_sheet import parse_letters, write_signin_sheet


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("signin-sheet", help="print an alphabetical sign-in sheet (liste de présence)")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    parser.add_argument("--category", action="append", default=[],
                        help="only this category (repeat, or separate with commas)")
    parser.add_argument("--letters", help="only family names in this range, e.g. A-K (one pile per desk)")
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT,
                        help="people already checked in here are marked on the sheet")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.output.lower().endswith(".pdf"):
        raise CommandError(f"{args.output}: the sign-in sheet is a PDF; name the file .pdf")
    letters = None
    if args.letters:
        try:
            letters = parse_letters(args.letters)
        except ValueError:
            raise CommandError(f"--letters {args.letters!r} is not a range of letters such as A-K") from None
    categories = [c.strip() for value in args.category for c in value.split(",") if c.strip()]
    with opened_session(args.event, checkpoint=args.checkpoint) as session:
        data = collect_attendance(session.store, args.checkpoint)
        known = {fold(a.category) for a in data.attendees}
        unknown = [c for c in categories if fold(c) not in known]
        if unknown:
            names = ", ".join(sorted({a.category for a in data.attendees})) or "none"
            raise CommandError(f"--category {unknown[0]!r} is not a category of this event (it has: {names})")
        try:
            with atomic_output(args.output) as temporary:
                summary = write_signin_sheet(data, temporary, categories=categories, letters=letters)
        except OutputError as error:
            raise CommandError(describe_output_error(error)) from None
    print(f"wrote {args.output}: {summary.people} people on {summary.pages} pages")
    return 0
