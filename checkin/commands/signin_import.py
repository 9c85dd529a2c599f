"""`checkin signin-import EVENT FILE`: enter back the check-ins ticked on a paper or spreadsheet list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkin.commands.common import EVENT_HELP, one_line, opened_session
from checkin.commands.import_ import describe_failure
from checkin.commands.messages import CommandError
from checkin.commands.scan import parse_door_time
from checkin.core.attendance import event_zone
from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.core.outcomes import Outcome
from checkin.io.attendance_ticks import TickProblem, plan_ticks
from checkin.io.import_report import ImportFailure

PROBLEM_WORDS = {
    TickProblem.NO_TICK_COLUMN: "no column of ticks found (name it Present, Checked in or Signed, or use --column)",
    TickProblem.NO_NAME_COLUMNS: "no Code, E-mail or Family name column to tell who ticked rows are",
    TickProblem.UNMATCHED: "{what!r} is nobody in this event",
    TickProblem.AMBIGUOUS: "{what!r} fits several people; add their e-mail or code",
    TickProblem.NO_TIME: "no time for {what!r}; give --at 2018-10-18T08:42 or a Time column",
    TickProblem.BAD_TIME: "{what!r} is not a time; write it as 2018-10-18T08:42",
    TickProblem.FUTURE_TIME: "{what!r} is in the future; give the time the person came in",
    TickProblem.UNCLEAR_TICK: "{what!r} is not a clear tick; write x, yes, ✓ or a time for present, or leave it blank",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("signin-import", help="check in the people ticked on a list (after a paper day)")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("file", metavar="FILE", help="xlsx, ods or csv with a column of ticks")
    parser.add_argument("--column", help="the column of ticks (default: Present, Checked in, Signed…)")
    parser.add_argument("--sheet", help="sheet name or number (default: the first)")
    parser.add_argument("--at", help="door time of rows without their own time (ISO 8601, local time)")
    parser.add_argument("--desk", default="paper", help="desk name recorded with these check-ins")
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT)
    parser.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened_session(args.event, desk=args.desk, checkpoint=args.checkpoint) as session:
        timezone = session.event.timezone
        default_time = parse_door_time(args.at, timezone)
        try:
            plan = plan_ticks(Path(args.file), session.attendees(), event_zone(timezone), column=args.column,
                              sheet=args.sheet, default_time=default_time)
        except ImportFailure as failure:
            raise CommandError(describe_failure(failure)) from None
        if plan.problems:
            for row, problem, what in plan.problems[:20]:
                print(f"{args.file}, row {row}: {PROBLEM_WORDS[problem].format(what=what)}", file=sys.stderr)
            more = len(plan.problems) - 20
            raise CommandError(f"{args.file}: nothing was checked in; fix the rows above"
                               + (f" and {more} more" if more > 0 else ""), status=1)
        if args.dry_run:
            print(f"{args.file}: {len(plan.checks)} ticked rows in {plan.tick_column!r}, all matched; "
                  "nothing changed (dry run)")
            return 0
        new = already = refused = 0
        with session.store.batch():
            for row, attendee, door_time in plan.checks:
                result = session.check_in_attendee(attendee, door_time=door_time)
                if result.outcome is Outcome.CHECKED_IN:
                    new += 1
                elif result.outcome is Outcome.ALREADY_CHECKED_IN:
                    already += 1
                else:
                    refused += 1
                    print(f"{args.file}, row {row}: not checked in ({result.outcome.value}): {one_line(attendee)}",
                          file=sys.stderr)
    print(f"{args.file}: {new} checked in, {already} already in" + (f", {refused} refused" if refused else ""))
    return 0
