"""`checkin badges EVENT -o OUT.pdf`: a batch of badges, then mark who has had one printed."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import badges
from checkin.badge_people import (
    DEFAULT_SORT,
    SORT_KEYS,
    event_category_colours,
    event_fields,
    parse_categories,
    person_fields,
    select_attendees,
    sort_attendees,
    unknown_categories,
)
from checkin.commands.common import EVENT_HELP, opened_session
from checkin.commands.export import describe_output_error
from checkin.commands.messages import CommandError
from checkin.core.models import Attendee
from checkin.core.session import EventSession
from checkin.io.atomic_write import OutputError, atomic_output

NOTHING_TO_PRINT = 1  # exit status of an empty selection: not a failure, but nothing was done
SHRUNK = "shrunk"
ACTION_WORDS = {"shrunk": "shrunk", "wrapped": "wrapped onto two lines", "truncated": "cut short with …"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("badges", help="render badges to a PDF and mark them printed")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    parser.add_argument("--layout", default="a6", metavar="L",
                        help=f"a shipped layout ({', '.join(badges.list_layouts())}) or a layout .json file")
    parser.add_argument("--sheet", default="single", metavar="S",
                        help=f"where badges go on paper: {', '.join(badges.list_sheets())} (default: single)")
    add_selection_options(parser)
    parser.add_argument("--not-printed", action="store_true", help="only people whose badge was never printed")
    parser.add_argument("--crop-marks", action="store_true", help="cut marks around each badge")
    parser.add_argument("--duplex", action="store_true", help="a page of backs after each page of fronts")
    parser.add_argument("--calibrate", metavar="DX,DY,SCALE",
                        help="printer correction: shift right and down in mm, then scale in %%, e.g. 1.5,-0.5,99 "
                             "(write --calibrate=-1,0,100 when the first number is negative)")
    parser.add_argument("--logo", metavar="PICTURE", help="the event's logo, for layouts that show one")
    parser.add_argument("--no-mark", action="store_true", help="do not record these badges as printed")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every badge whose text was shrunk too")
    parser.set_defaults(func=run)


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    """Options shared with `checkin namecards`: who, and in which order."""
    parser.add_argument("--only", action="append", default=[], metavar="CATEGORY,...",
                        help="only these categories (comma-separated, or repeat the option)")
    parser.add_argument("--include-waitlisted", action="store_true", help="waitlisted people too")
    parser.add_argument("--sort", choices=SORT_KEYS, default=DEFAULT_SORT,
                        help=f"order of the pages (default: {DEFAULT_SORT})")


def run(args: argparse.Namespace) -> int:
    check_pdf_name(args.output)
    calibration = parse_calibration(args.calibrate)
    layout = load_layout(args.layout)
    with opened_session(args.event) as session:
        chosen = choose(session, args, not_printed=args.not_printed)
        if not chosen:
            return nothing_to_print("badges", args)
        people = [person_fields(a, event_category_colours(session.store.get_setting)) for a in chosen]
        report = write_pdf(args.output, lambda out: badges.render_badges(
            people, out, layout=layout, sheet=args.sheet, event=event_fields(session.event, args.logo),
            calibration=calibration, crop_marks=args.crop_marks, duplex=args.duplex))
        marked = "" if args.no_mark else mark_printed(session, chosen)
    print(f"wrote {args.output}: {report.badges} badges on {report.pages} pages{marked}")
    print_report(report, people, args.verbose)
    return 0


def check_pdf_name(output: str) -> None:
    if not output.lower().endswith(".pdf"):
        raise CommandError(f"{output}: badges are written as a PDF; name the file .pdf")


def parse_calibration(text: str | None) -> badges.Calibration | None:
    """"1.5,-0.5,99" → shift 1.5 mm right, 0.5 mm up, scale 99 %."""
    if not text:
        return None
    parts = [p.strip() for p in text.split(",")]
    try:
        dx, dy, scale = (float(p) for p in parts)
    except ValueError:
        raise CommandError(f"--calibrate {text!r}: give three numbers DX,DY,SCALE, e.g. 1.5,-0.5,99") from None
    if not 50 <= scale <= 150:
        raise CommandError(f"--calibrate {text!r}: the scale is a percentage between 50 and 150")
    return badges.Calibration(dx_mm=dx, dy_mm=dy, scale_pct=scale)


def load_layout(name: str) -> badges.Layout:
    """The layout, checked before the event is opened, so a broken file stops the run first."""
    try:
        return badges.load_layout(name)
    except badges.BadgeError as error:
        raise CommandError(str(error)) from None


def choose(session: EventSession, args: argparse.Namespace, *, not_printed: bool = False) -> list[Attendee]:
    """The attendees the options ask for, in the asked order; an unknown category is an error."""
    attendees = session.attendees()
    categories = parse_categories(args.only)
    unknown = unknown_categories(attendees, categories)
    if unknown:
        names = ", ".join(sorted({a.category for a in attendees})) or "none"
        raise CommandError(f"--only {unknown[0]!r} is not a category of this event (it has: {names})")
    chosen = select_attendees(attendees, categories=categories, not_printed=not_printed,
                              include_waitlisted=args.include_waitlisted)
    return sort_attendees(chosen, args.sort)


def nothing_to_print(what: str, args: argparse.Namespace) -> int:
    conditions = []
    if args.only:
        conditions.append(f"in {', '.join(parse_categories(args.only))}")
    if getattr(args, "not_printed", False):
        conditions.append("without a printed badge")
    why = f" ({' and '.join(conditions)})" if conditions else ""
    print(f"nothing to print: no one matches{why}; no {what} were made and {args.output} was not written")
    return NOTHING_TO_PRINT


def write_pdf(output: str, render: Callable[[Path], badges.RenderReport]) -> badges.RenderReport:
    """Render into a temporary file beside ``output`` and rename it: never a half-written PDF."""
    try:
        with atomic_output(output) as temporary:
            return render(temporary)
    except OutputError as error:
        raise CommandError(describe_output_error(error)) from None
    except badges.BadgeError as error:
        raise CommandError(str(error)) from None


def mark_printed(session: EventSession, chosen: Sequence[Attendee]) -> str:
    session.store.mark_badges_printed([a.id for a in chosen if a.id is not None], session.clock())
    return f"; marked {len(chosen)} people as printed"


def report_lines(
    report: badges.RenderReport, people: Sequence[dict[str, Any]], *, verbose: bool = False, noun: str = "badge"
) -> list[str]:
    """One line per badge that needs a look: "badge 12, Maria …: family name wrapped onto two lines".

    Text shrunk to fit is normal for long organisations; those badges are only counted, unless
    ``verbose``. The last line counts them.
    """
    actions: dict[int, dict[str, str]] = {}
    for overflow in report.overflows:
        actions.setdefault(overflow.person_index, {})[overflow.element.replace("_", " ")] = overflow.action
    missing: dict[int, set[str]] = {}
    for glyphs in report.missing_glyphs:
        missing.setdefault(glyphs.person_index, set()).update(glyphs.chars)
    lines, only_shrunk = [], 0
    for index in sorted(actions.keys() | missing.keys()):
        done = actions.get(index, {})
        if not verbose and index not in missing and set(done.values()) == {SHRUNK}:
            only_shrunk += 1
            continue
        words = [f"{element} {ACTION_WORDS.get(action, action)}" for element, action in done.items()]
        if index in missing:
            words.append(f"no bundled font has {''.join(sorted(missing[index]))!r}, left out")
        who = _who(people, index, noun)
        lines.append(f"{who}: {', '.join(words)}")
    if only_shrunk:
        lines.append(f"{only_shrunk} more {noun}s have text shrunk to fit (--verbose lists them)")
    return lines


def _who(people: Sequence[dict[str, Any]], index: int, noun: str) -> str:
    if 0 <= index < len(people):
        return f"{noun} {index + 1}, {people[index]['display_name'] or people[index]['code']}"
    return f"every {noun}"  # the event title and other words printed the same on every badge


def print_report(
    report: badges.RenderReport, people: Sequence[dict[str, Any]], verbose: bool = False, noun: str = "badge"
) -> None:
    for line in report_lines(report, people, verbose=verbose, noun=noun):
        print(line)
