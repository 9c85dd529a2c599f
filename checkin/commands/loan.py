"""`checkin loan EVENT CODE ITEM` and `checkin loans EVENT`: items lent at the desk, and what is still out.

`loan` hands an item (a receiver, a key…) to the badge's owner against a deposit, or with --return takes
it back; an item already out is refused with who holds it. `loans` lists them, with --outstanding only
what has not come back, with the holder's organisation, phone or e-mail and deposit for closing time.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from checkin.commands.common import EVENT_HELP, local_time, one_line, opened_session, print_json
from checkin.commands.messages import CommandError
from checkin.commands.scan import code_preview, parse_door_time
from checkin.core import loans as lending
from checkin.core.loans import Loan, LoanOutcome, LoanResult, phone_of
from checkin.core.models import Attendee
from checkin.core.session import EventSession

EXIT_REFUSED = 1
REFUSED_CODE_WORDS = {"unknown_code": "unknown code", "ambiguous": "code fits several people",
                      "other_event": "badge of another event", "invalid_input": "not a code"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("loan", help="lend an item (receiver, key…) to a badge's owner, or take it back")
    parser.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    parser.add_argument("code", metavar="CODE", nargs="?", help="the badge's code")
    parser.add_argument("item", metavar="ITEM", nargs="?", help="the item's number, as typed or scanned")
    parser.add_argument("--return", dest="returned", metavar="ITEM", help="take this item back")
    parser.add_argument("--deposit", default="", help="what was left against it (ID card, business card…)")
    parser.add_argument("--desk", default="", help="name of this desk")
    parser.add_argument("--at", help="when (ISO 8601, local time) for a loan written down after the fact")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=run_loan)

    listing = subparsers.add_parser("loans", help="items lent: who has what, and what is still out")
    listing.add_argument("event", metavar="EVENT", help=EVENT_HELP)
    listing.add_argument("--outstanding", action="store_true", help="only the items not returned yet")
    listing.add_argument("--set-items", action="append", default=[], metavar="KIND=NUMBERS",
                         help='set the event\'s items, e.g. "Interpretation receiver=R001-R150" (repeat per kind; '
                              'KIND= removes a kind)')
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_loans)


def run_loan(args: argparse.Namespace) -> int:
    if args.returned is not None and (args.code or args.item):
        raise CommandError("give either CODE ITEM to lend, or --return ITEM to take an item back")
    if args.returned is None and not (args.code and args.item):
        raise CommandError("give the badge's CODE and the ITEM number (or --return ITEM)")
    with opened_session(args.event, desk=args.desk) as session:
        when = parse_door_time(args.at, session.event.timezone)
        if args.returned is not None:
            result = lending.give_back(session, args.returned, when)
        else:
            result = lending.lend_by_code(session, args.code, args.item, args.deposit, when)
        line = describe(result, session, args.code or "")
        if args.json:
            document = result_json(result, session)
            if not result.done:
                document["error"] = line
            print_json(document)
        if result.done:
            if not args.json:
                print(line)
            return 0
        print(line, file=sys.stderr)
        return EXIT_REFUSED


def _since(loan: Loan, session: EventSession) -> str:
    shown = local_time(loan.out_at, session.event.timezone)
    return f"{shown:%H:%M}" if shown else ""


def describe(result: LoanResult, session: EventSession, code: str) -> str:
    who = one_line(result.attendee) if result.attendee else "someone no longer on the list"
    loan, item = result.loan, result.item
    deposit = f" (deposit: {loan.deposit})" if loan and loan.deposit else ""
    outcome = result.outcome
    if outcome is LoanOutcome.LENT:
        return f"lent {item} to {who}{deposit}"
    if outcome is LoanOutcome.ALREADY_OUT:
        assert loan is not None
        return f"{item} is already out: with {who} since {_since(loan, session)}{deposit}; nothing was lent"
    if outcome is LoanOutcome.RETURNED:
        give = f"; give back the deposit: {loan.deposit}" if loan and loan.deposit else ""
        return f"returned {item} from {who}{give}"
    if outcome is LoanOutcome.NOT_OUT:
        return f"{item} is not out: nobody holds it"
    if outcome is LoanOutcome.REFUSED_CODE:
        return f"{REFUSED_CODE_WORDS.get(result.code_outcome, 'refused code')} {code_preview(code)}; nothing was lent"
    kinds = lending.catalogue(session).kinds
    known = "; ".join(f"{k.kind}: {k.items}" for k in kinds)
    return f"{item!r} is not one of this event's items ({known})" if known else f"{item!r} is not an item number"


def loan_json(loan: Loan, attendee: Attendee | None, timezone: str) -> dict[str, Any]:
    def moment(value: Any) -> str | None:
        shown = local_time(value, timezone)
        return shown.isoformat() if shown else None

    return {
        "item": loan.item, "kind": loan.kind, "attendee": one_line(attendee) if attendee else None,
        "attendee_id": loan.attendee_id, "code": attendee.code if attendee else None,
        "name": attendee.name if attendee else None, "organisation": attendee.organisation if attendee else None,
        "email": attendee.email if attendee else None, "phone": phone_of(attendee) if attendee else None,
        "deposit": loan.deposit, "out_at": moment(loan.out_at), "out_desk": loan.out_desk,
        "returned_at": moment(loan.returned_at), "returned_desk": loan.returned_desk,
    }


def result_json(result: LoanResult, session: EventSession) -> dict[str, Any]:
    document: dict[str, Any] = {"outcome": result.outcome.value, "item": result.item, "loan": None}
    if result.loan is not None:
        document["loan"] = loan_json(result.loan, result.attendee, session.event.timezone)
    if result.code_outcome:
        document["code_outcome"] = result.code_outcome
    return document


def set_items(session: EventSession, specs: list[str]) -> None:
    kinds = {k.kind: k for k in lending.catalogue(session).kinds}
    for spec in specs:
        kind, separator, items = spec.partition("=")
        kind = " ".join(kind.split())
        if not separator or not kind:
            raise CommandError(f"--set-items {spec!r}: write KIND=NUMBERS, e.g. \"Interpretation receiver=R001-R150\"")
        if not items.strip():
            kinds.pop(kind, None)
            continue
        try:
            lending.expand_items(items)
        except ValueError as error:
            raise CommandError(f"--set-items {spec!r}: {error} is not a range of numbers (write R001-R150)") from None
        kinds[kind] = lending.ItemKind(kind, items.strip())
    session.store.set_setting(lending.ITEM_KINDS_SETTING, lending.kinds_setting(kinds.values()))


def run_loans(args: argparse.Namespace) -> int:
    with opened_session(args.event) as session:
        if args.set_items:
            set_items(session, args.set_items)
        loans = session.store.loans(outstanding=args.outstanding)
        timezone = session.event.timezone
        documents = [loan_json(loan, session.attendee(loan.attendee_id), timezone) for loan in loans]
        if args.json:
            print_json({"event": session.event.title, "outstanding_only": args.outstanding,
                        "items": [{"kind": k.kind, "items": k.items} for k in lending.catalogue(session).kinds],
                        "loans": documents})
            return 0
        if args.set_items:
            for kind in lending.catalogue(session).kinds:
                print(f"{kind.kind}: {kind.items} ({len(kind.numbers())} items)")
        out = sum(1 for loan in loans if loan.outstanding)
        print(f"{out} out" + ("" if args.outstanding else f", {len(loans) - out} returned"))
        for loan, document in zip(loans, documents):
            contact = " · ".join(part for part in (document["phone"], document["email"]) if part)
            state = (f"out since {_since(loan, session)}" if loan.outstanding
                     else f"returned {local_time(loan.returned_at, timezone):%H:%M}")
            print(f"  {loan.item:<8} {document['attendee'] or '?'}" + (f" · {contact}" if contact else "")
                  + (f" · deposit: {loan.deposit}" if loan.deposit else "") + f" · {state}")
    return 0
