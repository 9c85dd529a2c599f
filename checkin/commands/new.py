"""`checkin new EVENT --title T --date D …`: create an empty event."""

from __future__ import annotations

import argparse
from datetime import date
from zoneinfo import available_timezones

from checkin.commands.common import EVENT_HELP
from checkin.commands.messages import CommandError
from checkin.core.models import Event
from checkin.store import create_event


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="create a new event")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("--title", required=True)
    parser.add_argument("--date", required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--end-date", help="last day of a multi-day event, YYYY-MM-DD")
    parser.add_argument("--venue", default="")
    parser.add_argument("--capacity", type=int)
    parser.add_argument("--deadline", help="registration deadline, YYYY-MM-DD")
    parser.add_argument("--timezone", default="Europe/Zurich")
    parser.add_argument("--languages", default="en", help="comma-separated, e.g. en,fr")
    parser.set_defaults(func=run)


def parse_day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2018-10-18") from None


def run(args: argparse.Namespace) -> int:
    if not args.title.strip():
        raise CommandError("--title must not be empty")
    if args.capacity is not None and args.capacity < 0:
        raise CommandError(f"--capacity {args.capacity} must be zero or more")
    if args.timezone not in available_timezones():
        raise CommandError(f"--timezone {args.timezone!r} is not a time zone name such as Europe/Zurich")
    starts_on = parse_day(args.date, "--date")
    assert starts_on is not None
    event = Event(
        title=args.title.strip(), starts_on=starts_on, ends_on=parse_day(args.end_date, "--end-date"),
        venue=args.venue, capacity=args.capacity, registration_deadline=parse_day(args.deadline, "--deadline"),
        timezone=args.timezone, languages=tuple(x.strip() for x in args.languages.split(",") if x.strip()),
    )
    store = create_event(args.event, event)
    location = store.location  # a server URL without its password
    store.close()
    print(f"created {location}: {event.title}, {event.starts_on.isoformat()}")
    return 0
