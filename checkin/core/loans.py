"""Items lent at the desk: interpretation receivers, keys, laptops — whatever an event hands out.

Scan the badge, then the item; a deposit (an ID card, a business card) is noted. An item already out
is refused with who holds it; scanning it back returns it. The kinds and their numbers are set per
event ("Receiver: R001-R150"); without them any item number is accepted.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from checkin.core import codes
from checkin.core.anonymised import SUPPRESSION_THRESHOLD
from checkin.core.folding import fold
from checkin.core.models import Attendee

if TYPE_CHECKING:
    from checkin.core.session import EventSession

# The event setting: [{"kind": "Receiver", "items": "R001-R150"}, …].
ITEM_KINDS_SETTING = "loans.item_kinds"
MAX_ITEM_LENGTH = 40
MAX_DEPOSIT_LENGTH = 200
# Extra columns of a registration list that hold a phone number (folded words), for the closing list.
PHONE_WORDS = ("phone", "telephone", "tel", "mobile", "cell", "handy", "telefon", "telefono", "cellulare", "natel",
               "portable")
MAX_RANGE = 10_000
_RANGE = re.compile(r"^(?P<prefix>.*?)(?P<first>\d+)\s*[-–]\s*(?P=prefix)?(?P<last>\d+)$")


@dataclass(frozen=True)
class Loan:
    item: str
    attendee_id: int
    out_at: datetime
    kind: str = ""
    deposit: str = ""
    out_desk: str = ""
    returned_at: datetime | None = None
    returned_desk: str = ""
    uuid: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def outstanding(self) -> bool:
        return self.returned_at is None

    def returned(self, when: datetime, desk: str) -> Loan:
        return replace(self, returned_at=when, returned_desk=desk)


class LoanOutcome(StrEnum):
    LENT = "lent"
    ALREADY_OUT = "already_out"  # the item is with someone (maybe this same person)
    UNKNOWN_ITEM = "unknown_item"  # not one of the event's item numbers
    RETURNED = "returned"
    NOT_OUT = "not_out"  # returned an item nobody holds
    REFUSED_CODE = "refused_code"  # the badge did not name one person (see `code_outcome`)


@dataclass(frozen=True)
class LoanResult:
    outcome: LoanOutcome
    item: str = ""
    loan: Loan | None = None
    # Who holds it (ALREADY_OUT, RETURNED) or is lent it (LENT).
    attendee: Attendee | None = None
    # For REFUSED_CODE: the check-in outcome value that says why ("unknown_code", "ambiguous"…).
    code_outcome: str = ""

    @property
    def done(self) -> bool:
        return self.outcome in (LoanOutcome.LENT, LoanOutcome.RETURNED)


@dataclass(frozen=True)
class ItemKind:
    kind: str
    items: str  # "R001-R150, R200"

    def numbers(self) -> list[str]:
        return expand_items(self.items)


def clean_item(raw: str) -> str:
    """An item number as stored: what a scanner or a hand typed, upper case, without spaces around it."""
    return " ".join(codes.clean_scan(raw).split()).upper()[:MAX_ITEM_LENGTH]


def expand_items(spec: str) -> list[str]:
    """"R001-R150, R200" → R001 … R150, R200 (zero padding kept). ValueError names the part at fault."""
    items: list[str] = []
    for part in (p.strip() for p in re.split(r"[,;\n]", spec)):
        if not part:
            continue
        match = _RANGE.match(part.replace(" ", ""))
        if match is None:
            items.append(clean_item(part))
            continue
        prefix, first, last = match["prefix"], match["first"], match["last"]
        low, high = int(first), int(last)
        if high < low or high - low >= MAX_RANGE:
            raise ValueError(part)
        width = len(first) if first.startswith("0") else 0
        items.extend(clean_item(f"{prefix}{n:0{width}d}") for n in range(low, high + 1))
    return items


def item_kinds(setting: Any) -> list[ItemKind]:
    """The event's kinds from its setting (a damaged setting counts as none)."""
    kinds = []
    for entry in setting or []:
        if isinstance(entry, Mapping) and entry.get("kind") and isinstance(entry.get("items", ""), str):
            kinds.append(ItemKind(str(entry["kind"]), entry.get("items", "")))
    return kinds


def kinds_setting(kinds: Iterable[ItemKind]) -> list[dict[str, str]]:
    return [{"kind": k.kind, "items": k.items} for k in kinds]


class ItemCatalogue:
    """Which kind an item number is, with the scanner's keyboard-layout slips repaired."""

    def __init__(self, kinds: Iterable[ItemKind]) -> None:
        self.kinds = list(kinds)
        self._kind_of: dict[str, str] = {}
        for kind in self.kinds:
            for number in kind.numbers():
                self._kind_of.setdefault(number, kind.kind)

    @property
    def open(self) -> bool:
        """No numbers set: any item is accepted, of no particular kind."""
        return not self._kind_of

    def resolve(self, raw: str) -> tuple[str, str] | None:
        """(item, kind) for a typed or scanned number; None when the event has no such item."""
        item = clean_item(raw)
        if self.open:
            return (item, "") if item else None
        if item in self._kind_of:
            return item, self._kind_of[item]
        for reading in codes.readings(raw):  # "R&é3" from a scanner on an AZERTY laptop is R123
            if reading in self._kind_of:
                return reading, self._kind_of[reading]
        return None


def catalogue(session: EventSession) -> ItemCatalogue:
    return ItemCatalogue(item_kinds(session.store.get_setting(ITEM_KINDS_SETTING)))


def lend(session: EventSession, attendee: Attendee, raw_item: str, deposit: str = "",
         when: datetime | None = None) -> LoanResult:
    """Hand an item to someone; refused when the item is unknown or already with someone."""
    assert attendee.id is not None
    found = catalogue(session).resolve(raw_item)
    if found is None:
        return LoanResult(LoanOutcome.UNKNOWN_ITEM, item=clean_item(raw_item))
    item, kind = found
    loan = Loan(item=item, attendee_id=attendee.id, out_at=when or session.clock(), kind=kind,
                deposit=" ".join(codes.clean_scan(deposit).split())[:MAX_DEPOSIT_LENGTH], out_desk=session.desk)
    holding = session.store.lend(loan)
    if holding is not None:
        return LoanResult(LoanOutcome.ALREADY_OUT, item, holding, session.attendee(holding.attendee_id))
    return LoanResult(LoanOutcome.LENT, item, loan, attendee)


def lend_by_code(session: EventSession, raw_code: str, raw_item: str, deposit: str = "",
                 when: datetime | None = None) -> LoanResult:
    refusal, candidates = session.resolve_code(raw_code)
    if refusal is not None:
        return LoanResult(LoanOutcome.REFUSED_CODE, clean_item(raw_item), code_outcome=refusal.value)
    return lend(session, candidates[0], raw_item, deposit, when)


def give_back(session: EventSession, raw_item: str, when: datetime | None = None) -> LoanResult:
    """An item scanned at return: its loan is closed, and the deposit can go back to its owner."""
    found = catalogue(session).resolve(raw_item)
    item = found[0] if found else clean_item(raw_item)
    loan = session.store.return_item(item, when or session.clock(), session.desk)
    if loan is None:
        return LoanResult(LoanOutcome.NOT_OUT if found else LoanOutcome.UNKNOWN_ITEM, item)
    return LoanResult(LoanOutcome.RETURNED, item, loan, session.attendee(loan.attendee_id))


def phone_of(attendee: Attendee) -> str:
    """A phone number from the registration list's own columns ("Téléphone portable", "Mobile"), or ""."""
    for key, value in attendee.extra.items():
        words = fold(key).replace("/", " ").replace("-", " ").split()
        if value and any(word in words for word in PHONE_WORDS):
            return value
    return ""


def loan_statistics(loans: Iterable[Loan], threshold: int = SUPPRESSION_THRESHOLD) -> list[dict[str, Any]]:
    """Per kind: items lent and not returned; counts from 1 to threshold − 1 withheld (None)."""
    lent: dict[str, int] = {}
    kept: dict[str, int] = {}
    for loan in loans:
        lent[loan.kind] = lent.get(loan.kind, 0) + 1
        kept[loan.kind] = kept.get(loan.kind, 0) + loan.outstanding

    def shown(value: int) -> int | None:
        return None if 0 < value < threshold else value

    return [{"kind": kind, "lent": shown(lent[kind]), "not_returned": shown(kept[kind])} for kind in sorted(lent)]
