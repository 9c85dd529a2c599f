"""`checkin purge EVENT`: after the retention date, keep only anonymised statistics."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime

from checkin.commands.common import EVENT_HELP
from checkin.commands.messages import CommandError
from checkin.commands.new import parse_day
from checkin.core.purge import purge_event
from checkin.core.retention import retention_state, set_retention
from checkin.io.leftovers import clean_leftovers
from checkin.io.mail_copy import remove_mail_copy
from checkin.store import open_event


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "purge", help="remove every personal field and code, keeping anonymised statistics (cannot be undone)")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument("--retention-until", metavar="YYYY-MM-DD",
                        help="set the retention date instead of purging")
    parser.add_argument("--status", action="store_true", help="show the retention date and whether it has passed")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_event(args.event)
    try:
        today = date.today()
        if args.retention_until:
            until = parse_day(args.retention_until, "--retention-until")
            assert until is not None
            set_retention(store, until)
            print(f"{args.event}: personal data are kept until {until.isoformat()}")
            return 0
        state = retention_state(store, today)
        if args.status:
            if state.purged:
                print(f"{args.event}: purged; only anonymised statistics remain")
            elif state.passed:
                print(f"{args.event}: the retention date {state.until.isoformat()} has passed; "
                      "purge it with `checkin purge`")
            else:
                print(f"{args.event}: personal data are kept until {state.until.isoformat()}")
            return 0
        title = store.event().title
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError("purge removes every name, e-mail and code for good; add --yes to confirm")
            note = "" if state.passed else f" (its retention date {state.until.isoformat()} has not passed yet)"
            answer = input(f"Remove every personal field and code of {title!r}{note}? "
                           "Only anonymised statistics stay. Type yes to confirm: ")
            if answer.strip().lower() not in ("yes", "oui", "ja"):
                print("nothing was changed")
                return 1
        try:
            purge_event(store, datetime.now(UTC))
            clean_leftovers()  # half-written exports and printed badges hold names too
            mail_removed = remove_mail_copy(args.event)  # the registration e-mails fetched for it
        except NotImplementedError:
            raise CommandError(f"{args.event}: this kind of event store cannot purge yet; nothing was changed"
                               ) from None
    finally:
        store.close()
    print(f"{args.event}: purged; personal data removed, anonymised statistics kept")
    if mail_removed:
        print(f"{args.event}: the copy of the registration e-mails fetched for it was deleted")
    return 0
