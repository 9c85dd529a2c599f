"""`checkin undo EVENT CODE`: take back a check-in (another record in the log)."""

from __future__ import annotations

import argparse

from checkin.commands.common import EVENT_HELP, local_time, one_line, opened_session
from checkin.commands.messages import CommandError
from checkin.commands.scan import code_preview
from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.core.outcomes import UndoOutcome


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("undo", help="undo the check-in of a code")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--desk", default="")
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened_session(args.event, desk=args.desk, checkpoint=args.checkpoint) as session:
        result = session.undo_code(args.code)
        timezone = session.event.timezone
    if result.outcome is UndoOutcome.UNDONE:
        assert result.attendee is not None
        after = result.presence
        if after is not None and after.checked_in and after.first_entry is not None:
            # Another check-in came in meanwhile; say what is true now, not what was asked.
            first = after.first_entry
            when = local_time(first.door_time, timezone)
            print(f"check-in undone, but still checked in at {when:%H:%M}"
                  f"{f' at {first.desk}' if first.desk else ''}: {one_line(result.attendee)}")
            return 0
        print(f"check-in undone: {one_line(result.attendee)}")
        return 0
    if result.outcome is UndoOutcome.NOT_CHECKED_IN:
        assert result.attendee is not None
        raise CommandError(f"not checked in, nothing to undo: {one_line(result.attendee)}", status=1)
    if result.outcome is UndoOutcome.AMBIGUOUS:
        raise CommandError(f"code {code_preview(args.code)} fits several people; nothing was undone", status=1)
    raise CommandError(f"unknown code {code_preview(args.code)}; nothing was undone", status=1)
