"""Check-ins written on paper, entered back from a spreadsheet with a column of ticks.

The organiser ticks a column ("Present", "Checked in", "Signed"…) in any list that names
people by code, e-mail or family and given name (the attendance workbook itself works).
Every row is matched before anything is written: one row that fits nobody, or several
people, stops the whole import, so the event never holds half of a sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from checkin.core import codes
from checkin.core.folding import fold
from checkin.core.models import Attendee
from checkin.io.readers import open_source
from checkin.io.table_finder import find_table

TICK_HEADERS = ("present", "presente", "checked in", "signed", "signe", "signature", "tick", "attended",
                "here", "anwesend", "arrived")
TIME_HEADERS = ("first check-in", "check-in time", "arrival time", "time", "heure", "arrived at")
NOT_TICKED = frozenset({"", "no", "non", "nein", "n", "0", "false", "faux", "falsch", "-", "–", "—", "absent",
                        "abwesend", "assente"})
# What a person writes to say "was here" (folded: accents and case gone). Anything else ("No show",
# "absent (excused)", "not present", "?") is unclear: listed for the organiser, never guessed.
CLEAR_TICKS = frozenset({"x", "xx", "✓", "✔", "☑", "☒", "✗", "✘", "+", "yes", "y", "oui", "o", "ja", "j", "si",
                         "1", "true", "vrai", "wahr", "vero", "ok", "present", "presente", "anwesend", "here",
                         "signed", "signe", "unterschrieben", "firmato", "sig", "attended", "arrived", "arrive"})
FUTURE_TOLERANCE = timedelta(minutes=5)  # laptops' clocks disagree by a few minutes
_TIME = re.compile(r"^\d{1,2}\s*[:h.]\s*\d{2}(\s*[:.]\d{2})?$|^\d{4}-\d{2}-\d{2}[ t]\d{1,2}:\d{2}")


class TickProblem:
    NO_TICK_COLUMN = "no_tick_column"
    NO_NAME_COLUMNS = "no_name_columns"
    UNMATCHED = "unmatched"
    AMBIGUOUS = "ambiguous"
    NO_TIME = "no_time"
    BAD_TIME = "bad_time"
    UNCLEAR_TICK = "unclear_tick"
    FUTURE_TIME = "future_time"  # a mistyped year or day would outrank every real check-in


@dataclass
class TickPlan:
    tick_column: str = ""
    checks: list[tuple[int, Attendee, datetime | None]] = field(default_factory=list)  # (row, person, door time)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (row, problem, what)


def _find(header: Sequence[str], names: Sequence[str], wanted: str | None = None) -> int | None:
    folded = [fold(h) for h in header]
    candidates = [fold(wanted)] if wanted else list(names)
    for name in candidates:
        if name in folded:
            return folded.index(name)
    return None


def tick_of(value: Any) -> bool | None:
    """True for a clear tick (x, ✓, yes/oui/ja/sì, 1, a time, a signature mark), False for an empty
    or clearly negative cell, None for anything else."""
    if isinstance(value, bool):
        return value
    if isinstance(value, datetime | time):
        return True
    if isinstance(value, int | float):
        return True if value == 1 else False if value == 0 else None
    text = fold(str(value or "")).strip().rstrip(".!")
    if text in NOT_TICKED:
        return False
    if text in CLEAR_TICKS or _TIME.match(text):
        return True
    return None


def is_ticked(value: Any) -> bool:
    return tick_of(value) is True


def _door_time(value: Any, default: datetime | None, zone: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, str) and value.strip():
        moment = datetime.fromisoformat(value.strip())  # ValueError is reported by the caller
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return default


def plan_ticks(path: Path, attendees: Sequence[Attendee], zone: tzinfo, *, column: str | None = None,
               sheet: str | None = None, default_time: datetime | None = None) -> TickPlan:
    source = open_source(path)
    name = source.resolve_sheet(sheet) if sheet else source.sheet_names[0]
    table = find_table(source.read(name))
    plan = TickPlan()
    if table is None:
        plan.problems.append((1, TickProblem.NO_TICK_COLUMN, column or ""))
        return plan
    header = table.labels
    tick_index = _find(header, TICK_HEADERS, column)
    if tick_index is None:
        plan.problems.append((1, TickProblem.NO_TICK_COLUMN, column or ""))
        return plan
    plan.tick_column = header[tick_index]
    code_index = _find(header, ("code", "barcode", "ticket"))
    email_index = _find(header, ("e-mail", "email", "courriel"))
    family_index = _find(header, ("family name", "last name", "nom", "surname"))
    given_index = _find(header, ("given name", "first name", "prenom"))
    time_index = _find(header, TIME_HEADERS)
    if code_index is None and email_index is None and family_index is None:
        plan.problems.append((1, TickProblem.NO_NAME_COLUMNS, ""))
        return plan
    by_code = {codes.fold_code(a.code): a for a in attendees}
    for a in attendees:
        for external in a.external_codes:
            by_code.setdefault(codes.fold_code(external), a)
    by_email: dict[str, list[Attendee]] = {}
    by_name: dict[tuple[str, str], list[Attendee]] = {}
    for a in attendees:
        if a.email:
            by_email.setdefault(a.email.strip().casefold(), []).append(a)
        by_name.setdefault((fold(a.family_name or a.display_name), fold(a.given_name)), []).append(a)

    def cell(cells: list[Any], index: int | None) -> str:
        return str(cells[index] or "").strip() if index is not None and index < len(cells) else ""

    for number, cells in table.body:
        tick = tick_of(cells[tick_index]) if tick_index < len(cells) else False
        if tick is None:
            plan.problems.append((number, TickProblem.UNCLEAR_TICK, str(cells[tick_index]).strip()))
            continue
        if not tick:
            continue
        found: list[Attendee] = []
        what = ""
        if code := cell(cells, code_index):
            what = code
            found = [by_code[codes.fold_code(code)]] if codes.fold_code(code) in by_code else []
        if not found and (email := cell(cells, email_index)):
            what = email
            found = by_email.get(email.casefold(), [])
        if not found and (family := cell(cells, family_index)):
            what = f"{family}, {cell(cells, given_index)}".rstrip(", ")
            found = by_name.get((fold(family), fold(cell(cells, given_index))), [])
        if len(found) != 1:
            plan.problems.append((number, TickProblem.AMBIGUOUS if found else TickProblem.UNMATCHED, what))
            continue
        raw_time = cells[time_index] if time_index is not None and time_index < len(cells) else None
        try:
            door_time = _door_time(raw_time, default_time, zone)
        except ValueError:
            plan.problems.append((number, TickProblem.BAD_TIME, str(raw_time)))
            continue
        if door_time is None:
            plan.problems.append((number, TickProblem.NO_TIME, what))
            continue
        if door_time > datetime.now(UTC) + FUTURE_TOLERANCE:
            plan.problems.append((number, TickProblem.FUTURE_TIME, str(raw_time)))
            continue
        plan.checks.append((number, found[0], door_time))
    return plan
