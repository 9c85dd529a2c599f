"""`checkin programme EVENT`: the sessions of the day, their speakers, who has arrived and when.

A session starting within the warning time (20 minutes unless the event or --warn says otherwise) with
a speaker, moderator or panellist not yet checked in is flagged. `--import FILE` reads the programme
from a sheet (time, title, room, people, role) and replaces the event's.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from checkin.commands.common import EVENT_HELP, local_time, one_line, opened_session, print_json
from checkin.commands.import_ import FAILURE_WORDS
from checkin.commands.messages import CommandError
from checkin.commands.scan import parse_door_time
from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.core.programme import (
    DEFAULT_WARNING_MINUTES,
    VIP_CATEGORIES_SETTING,
    WARNING_SETTING,
    SessionOnBoard,
    board,
)
from checkin.core.session import EventSession
from checkin.io import programme_sheet as sheet
from checkin.io.import_report import ImportFailure

ROLE_WORDS = {"speaker": "Speaker", "moderator": "Moderator", "panellist": "Panellist"}
PROBLEM_WORDS = {
    sheet.UNKNOWN_PERSON: "nobody on the list is '{value}'; left out of the session",
    sheet.AMBIGUOUS_PERSON: "'{value}' fits several people on the list; write their e-mail instead",
    sheet.BAD_TIME: "the time '{value}' cannot be read (write 9:10 or 9:10 – 9:20); session left out",
    sheet.NO_SESSION: "'{value}' comes before any session; left out",
    sheet.UNKNOWN_ROLE: "unknown role '{value}'; read as a speaker",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("programme", help="sessions, their speakers, who has arrived")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("--import", dest="import_file", metavar="FILE", type=Path,
                        help="replace the programme by the one in this sheet (time, title, room, people, role)")
    parser.add_argument("--sheet", help="with --import: the sheet to read (name or number)")
    parser.add_argument("--dry-run", action="store_true", help="with --import: show what would be read, change nothing")
    parser.add_argument("--warn", type=int, metavar="MINUTES",
                        help=f"flag sessions starting within this many minutes with someone not arrived "
                             f"(default: the event's, else {DEFAULT_WARNING_MINUTES})")
    parser.add_argument("--set-warn", type=int, metavar="MINUTES",
                        help="keep this warning time with the event (every desk's board uses it)")
    parser.add_argument("--set-vip", metavar="CATEGORY,...",
                        help='the categories whose arrival the organisers hear of (default "VIP")')
    parser.add_argument("--at", help="the board as it was at this time (ISO 8601, local time); default: now")
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT, help="where arrival is counted")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened_session(args.event, checkpoint=args.checkpoint) as session:
        if args.import_file is not None:
            return import_programme(session, args)
        for option, value in (("--warn", args.warn), ("--set-warn", args.set_warn)):
            if value is not None and not 0 <= value <= 24 * 60:
                raise CommandError(f"{option} {value}: give the minutes before a session, from 0 to 1440")
        if args.set_warn is not None:
            session.store.set_setting(WARNING_SETTING, args.set_warn)
        if args.set_vip is not None:
            categories = [" ".join(c.split()) for c in args.set_vip.split(",") if c.strip()]
            session.store.set_setting(VIP_CATEGORIES_SETTING, categories)
        now = parse_door_time(args.at, session.event.timezone) or session.clock()
        minutes = args.warn if args.warn is not None else warning_minutes(session)
        rows = board(session.store.programme(), {a.id: a for a in session.attendees() if a.id is not None},
                     session.presence(), now, minutes)
        timezone = session.event.timezone
        if args.json:
            print_json({"event": session.event.title, "now": local_time(now, timezone).isoformat(),  # type: ignore[union-attr]
                        "warning_minutes": minutes, "sessions": [session_json(row, timezone) for row in rows]})
            return 0
        print(session.event.title)
        if not rows:
            print("no programme yet: import one with `checkin programme EVENT --import FILE`")
        for row in rows:
            print_session(row, now, timezone)
    return 0


def warning_minutes(session: EventSession) -> int:
    value = session.store.get_setting(WARNING_SETTING, DEFAULT_WARNING_MINUTES)
    return value if isinstance(value, int) and value >= 0 else DEFAULT_WARNING_MINUTES


def _clock(moment: datetime | None, timezone: str) -> str:
    shown = local_time(moment, timezone)
    return f"{shown:%H:%M}" if shown else ""


def print_session(row: SessionOnBoard, now: datetime, timezone: str) -> None:
    session = row.session
    span = _clock(session.starts_at, timezone)
    if session.ends_at:
        span += f"–{_clock(session.ends_at, timezone)}"
    line = f"{span:<12} {session.title}"
    if session.room:
        line += f"  [{session.room}]"
    print(line)
    if row.flagged:
        minutes = int((session.starts_at - now).total_seconds() // 60)
        when = f"starts in {minutes} min" if minutes > 0 else "has started"
        names = ", ".join(p.attendee.name for p in row.missing)
        print(f"{'':12} ! {when} and {len(row.missing)} not arrived: {names}; tell the organiser")
    for person in row.people:
        if person.arrived_at is not None:
            state = f"arrived {_clock(person.arrived_at, timezone)}"
        elif not person.in_person:
            state = "by video"
        else:
            state = "not arrived"
        print(f"{'':12}   {ROLE_WORDS[person.role.value]:<10} {one_line(person.attendee)} — {state}")


def session_json(row: SessionOnBoard, timezone: str) -> dict[str, Any]:
    session = row.session

    def moment(value: datetime | None) -> str | None:
        shown = local_time(value, timezone)
        return shown.isoformat() if shown else None

    return {
        "id": session.id, "starts_at": moment(session.starts_at), "ends_at": moment(session.ends_at),
        "title": session.title, "room": session.room, "flagged": row.flagged, "over": row.over,
        "people": [{"attendee_id": p.attendee.id, "code": p.attendee.code, "name": p.attendee.name,
                    "organisation": p.attendee.organisation, "role": p.role.value, "in_person": p.in_person,
                    "arrived": p.arrived, "arrived_at": moment(p.arrived_at)} for p in row.people],
    }


def import_programme(session: EventSession, args: argparse.Namespace) -> int:
    try:
        plan = sheet.plan_programme(args.import_file, session.event, session.attendees(), args.sheet)
    except ImportFailure as failure:
        if failure.code == sheet.NO_PROGRAMME:
            words = "no programme found (a header row naming a time and a title, e.g. Time, Session, People, Role)"
        else:
            words = FAILURE_WORDS.get(failure.code, failure.code).replace("{detail}", failure.detail)
        line = f"{failure.path}: {words}; the programme was left as it was"
        if args.json:
            print_json({"error": line, "problem": failure.code, "file": failure.path})
        raise CommandError(line) from None
    if not args.dry_run:
        session.store.replace_programme(plan.sessions)
    if args.json:
        print_json({"file": plan.path, "sheet": plan.sheet, "dry_run": args.dry_run, "sessions": len(plan.sessions),
                    "people": plan.people, "problems": [p.to_json() for p in plan.problems]})
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {len(plan.sessions)} sessions with {plan.people} people from {plan.path}")
    for problem in plan.problems:
        print(f"  row {problem.row}: {PROBLEM_WORDS[problem.code].replace('{value}', problem.value)}")
    return 0
