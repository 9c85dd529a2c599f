"""`checkin scan EVENT CODE|-|--camera SOURCE`: check people in, one code, or a stream like a scanner or a camera."""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta

from checkin.commands.common import EVENT_HELP, attendee_json, local_time, one_line, opened_session, print_json
from checkin.commands.messages import CommandError
from checkin.core.models import DEFAULT_CHECKPOINT, PresenceState
from checkin.core.outcomes import CheckInResult, Outcome
from checkin.core.session import EventSession

EXIT_REFUSED = 1
PREVIEW_LENGTH = 40
FUTURE_TOLERANCE = timedelta(minutes=5)  # laptops' clocks disagree by a few minutes


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan", help="check in by code (- reads one code a line from stdin, --camera reads a camera or a video)")
    parser.add_argument("event", metavar="EVENT", nargs="?", help=EVENT_HELP)
    parser.add_argument("code", metavar="CODE", nargs="?", help="the code on the badge or ticket, or - for stdin")
    parser.add_argument("--camera", metavar="SOURCE",
                        help="read codes with a camera (its number or name; \"\" the default) or from a video file")
    parser.add_argument("--list-cameras", action="store_true", help="list this computer's cameras and stop")
    parser.add_argument("--desk", default="", help="name of this desk, shown to the other desks")
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT)
    parser.add_argument("--at", help="door time for check-ins entered after the fact (ISO 8601, local time)")
    parser.add_argument("--group", action="store_true",
                        help="check in everyone of the badge owner's group (delegation) too, each on their own")
    parser.add_argument("--json", action="store_true",
                        help="print JSON (with - or --camera: one compact document a line, as they come)")
    parser.add_argument("--replica", metavar="FILE",
                        help="with a server URL: work like a desk through outages, on this local copy of the event "
                             "(answers at once, uploads in the background; `checkin sync` sends what is left)")
    parser.set_defaults(func=run)


def code_preview(code: str) -> str:
    """Enough of a code to recognise it, never 10 kB of scanner noise."""
    shown = code if len(code) <= PREVIEW_LENGTH else code[:PREVIEW_LENGTH] + f"… ({len(code)} characters)"
    return repr(shown)


def parse_door_time(text: str | None, timezone: str) -> datetime | None:
    if not text:
        return None
    from zoneinfo import ZoneInfo

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--at {text!r} is not a time; write it as 2018-10-18T08:42") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))
    if moment > datetime.now(UTC) + FUTURE_TOLERANCE:
        # A mistyped year or day would put the person in before they came, and outrank every real scan.
        raise CommandError(f"--at {text!r} is in the future; give the time the person came in")
    return moment


def describe(result: CheckInResult, timezone: str) -> str:
    who = one_line(result.attendee) if result.attendee else ""
    outcome = result.outcome
    if outcome is Outcome.CHECKED_IN:
        return f"checked in: {who}"
    if outcome is Outcome.ALREADY_CHECKED_IN:
        first = result.first_entry
        when = local_time(first.corrected_time, timezone) if first else None  # on the server's clock
        where = f" at {first.desk}" if first and first.desk else ""
        return f"already checked in at {when:%H:%M}{where}: {who}" if when else f"already checked in: {who}"
    if outcome is Outcome.TAKEN_BACK:
        return f"not checked in: an undo later in the log takes back every check-in before it: {who}"
    if outcome is Outcome.CANCELLED:
        return f"registration cancelled: {who}"
    if outcome is Outcome.WAITLISTED:
        return f"on the waiting list, not confirmed: {who}"
    if outcome is Outcome.AMBIGUOUS:
        names = "; ".join(one_line(a) for a in result.candidates)
        return f"code {code_preview(result.code)} fits several people ({names}); search by name instead"
    if outcome is Outcome.OTHER_EVENT:
        return f"code {code_preview(result.code)} belongs to another event"
    if outcome is Outcome.INVALID_INPUT:
        if not result.code:
            return "empty code: nothing was scanned"
        return f"code {code_preview(result.code)} is not a code (too long or unreadable)"
    return f"unknown code {code_preview(result.code)}"


def result_json(result: CheckInResult, session: EventSession) -> dict:
    timezone = session.event.timezone
    document: dict = {"outcome": result.outcome.value, "code": result.code[:PREVIEW_LENGTH * 4], "attendee": None}
    if result.attendee is not None:
        presence = PresenceState(True, result.record or result.first_entry) if result.outcome in (
            Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN) else None
        document["attendee"] = attendee_json(result.attendee, presence, timezone)
    if result.first_entry is not None:
        first_time = local_time(result.first_entry.corrected_time, timezone)
        document["first_checked_in_at"] = first_time.isoformat() if first_time else None
        document["first_desk"] = result.first_entry.desk
    if result.record is not None:
        document["record_uuid"] = result.record.uuid
        document["door_time"] = result.record.door_time.isoformat()  # as this desk's clock read it
    if result.candidates:
        document["candidates"] = [attendee_json(a, None, timezone) for a in result.candidates]
    return document


def report(result: CheckInResult, session: EventSession, as_json: bool, stream: bool = False) -> None:
    """One answer; in a stream (`-`, `--camera`) a JSON answer is one line (JSON Lines), flushed at once."""
    if as_json:
        print_json(result_json(result, session), compact=stream)
        return
    line = describe(result, session.event.timezone)
    stream = sys.stdout if result.outcome in (Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN) else sys.stderr
    print(line, file=stream, flush=True)


def scan_session(args: argparse.Namespace) -> AbstractContextManager[EventSession]:
    """The event's session; with --replica, a desk that works through outages (checkin.commands.sync)."""
    if args.replica:
        from checkin.commands.sync import opened_desk_session

        return opened_desk_session(args.event, args.replica, args.desk, args.checkpoint)
    return opened_session(args.event, desk=args.desk, checkpoint=args.checkpoint)


def run(args: argparse.Namespace) -> int:
    if args.list_cameras or args.camera is not None:
        # Qt and the camera's decoding load only for a camera scan, never for a code or a stream.
        from checkin.commands import scan_camera

        return scan_camera.run(args)
    if args.event is None or args.code is None:
        raise CommandError("give the EVENT and a CODE, - to read codes from stdin, or --camera SOURCE")
    with scan_session(args) as session:
        door_time = parse_door_time(args.at, session.event.timezone)
        if args.group and args.code == "-":
            raise CommandError("--group takes one CODE (the delegate's badge), not - for a stream")
        if args.group:
            from checkin.commands.group_scan import scan_group

            return scan_group(session, args.code, door_time, args.json)
        if args.code != "-":
            result = session.check_in(args.code, door_time=door_time)
            report(result, session, args.json)
            return 0 if result.is_new_check_in else EXIT_REFUSED
        # A stream: every line is committed before its answer is printed, so a
        # crash after an answer never loses that check-in.
        for line in sys.stdin:
            if not line.strip():
                continue
            report(session.check_in(line, door_time=door_time), session, args.json, stream=True)
        return 0
