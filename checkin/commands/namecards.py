"""`checkin namecards EVENT -o OUT.pdf`: folded table tent cards, one A4 page each."""

from __future__ import annotations

import argparse

import badges
from checkin.badge_people import event_category_colours, event_fields, person_fields
from checkin.commands.badges import (
    add_selection_options,
    check_pdf_name,
    choose,
    nothing_to_print,
    print_report,
    write_pdf,
)
from checkin.commands.common import EVENT_HELP, opened_session

# The organisation (or mission) has its own line already; the small line adds something else.
EXTRA_LINES = ("country", "job_title", "none")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("namecards", help="render folded table name cards to a PDF")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    add_selection_options(parser)
    parser.add_argument("--extra-line", choices=EXTRA_LINES, default="country",
                        help="the small line under the organisation (default: country)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every card whose text was shrunk too")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    check_pdf_name(args.output)
    with opened_session(args.event) as session:
        chosen = choose(session, args)
        if not chosen:
            return nothing_to_print("name cards", args)
        people = [person_fields(a, event_category_colours(session.store.get_setting)) for a in chosen]
        extra_line = None if args.extra_line == "none" else args.extra_line
        report = write_pdf(args.output, lambda out: badges.render_namecards(
            people, out, event=event_fields(session.event), extra_line=extra_line))
    print(f"wrote {args.output}: {report.badges} name cards on {report.pages} pages")
    print_report(report, people, args.verbose, noun="name card")
    return 0
