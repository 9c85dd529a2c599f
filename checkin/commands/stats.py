"""`checkin stats EVENT`: how many are expected, in, waitlisted, cancelled; by category."""

from __future__ import annotations

import argparse

from checkin.commands.common import EVENT_HELP, opened_session, print_json
from checkin.core.models import DEFAULT_CHECKPOINT
from checkin.core.purge import kept_statistics


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help="counts of the event")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("--checkpoint", default=DEFAULT_CHECKPOINT)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run)


def _report_purged(args: argparse.Namespace, title: str, kept: dict) -> int:
    """After a purge only the anonymised counts are left: show those, never a list of zeros."""
    figures = kept["checkpoints"].get(args.checkpoint)
    if args.json:
        print_json({"event": title, "checkpoint": args.checkpoint, "purged_at": kept.get("purged_at"),
                    "anonymised_statistics": figures})
        return 0
    print(title)
    if figures is None:
        print(f"purged on {kept.get('purged_at', '?')[:10]}; no statistics were kept for {args.checkpoint}")
        return 0
    overall = figures["overall"]

    def shown(value: int | None) -> str:
        return "suppressed" if value is None else str(value)

    print(f"purged on {kept.get('purged_at', '?')[:10]}; anonymised statistics: arrived {shown(overall['arrived'])} "
          f"of {shown(overall['registered'])} registered (export them with --anonymised)")
    return 0


def run(args: argparse.Namespace) -> int:
    with opened_session(args.event, checkpoint=args.checkpoint) as session:
        stats = session.stats()
        title = session.event.title
        kept = kept_statistics(session.store)
    if kept is not None:
        return _report_purged(args, title, kept)
    if args.json:
        print_json({
            "event": title, "checkpoint": args.checkpoint, "registered": stats.registered,
            "checked_in": stats.checked_in, "waitlisted": stats.waitlisted, "cancelled": stats.cancelled,
            "walk_ins": stats.walk_ins, "total": stats.total,
            "by_category": {name: {"registered": c.registered, "checked_in": c.checked_in}
                            for name, c in stats.by_category.items()},
        })
        return 0
    print(title)
    print(f"checked in {stats.checked_in} of {stats.registered} registered"
          f" ({stats.waitlisted} waitlisted, {stats.cancelled} cancelled, {stats.walk_ins} walk-ins)")
    width = max((len(name) for name in stats.by_category), default=8)
    for name, counts in stats.by_category.items():
        print(f"  {name:<{width}}  {counts.checked_in:>5} / {counts.registered}")
    return 0
