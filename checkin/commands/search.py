"""`checkin search EVENT QUERY`: find people by any part of their name, organisation, e-mail or code.

An empty query ("") lists everyone, by family name: the list a script or a volunteer with a terminal wants.
"""

from __future__ import annotations

import argparse

from checkin.badge_people import sort_attendees
from checkin.commands.common import EVENT_HELP, attendee_json, one_line, opened_session, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="find attendees (\"\" lists everyone)")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("query", metavar="QUERY", help='any part of a name, organisation, e-mail or code; "" for all')
    parser.add_argument("--limit", type=int, help="at most N results (default: all)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened_session(args.event) as session:
        if args.query.strip():
            found = session.search(args.query, limit=args.limit)
        else:
            found = sort_attendees(session.attendees())[:args.limit]
        presence = session.presence()
        timezone = session.event.timezone
    if args.json:
        print_json([attendee_json(a, presence.get(a.id), timezone) for a in found])
        return 0
    for attendee in found:
        state = presence.get(attendee.id)
        mark = "in " if state and state.checked_in else "   "
        print(f"{mark}{attendee.code}  {one_line(attendee)}  [{attendee.category}, {attendee.status.value}]")
    if not found:
        print("no one found")
    return 0
