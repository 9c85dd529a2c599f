"""The anonymised statistics against an attacker who solves the table's own linear constraints.

The attacker knows every published count, that each breakdown's groups add up to the published
overall registered and arrived counts, that arrivals per band add up to the arrived count, that
counts are never negative and that nobody arrives without being registered (arrived ≤ registered).
For every withheld cell it computes, with linear programming (scipy's linprog), the least and the
greatest value the constraints allow. A withheld count the attacker can pin down to fewer than
`threshold` possibilities, a small count published, or a withheld cell labelled "<5" is a failure.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from checkin.core.anonymised import anonymised_statistics
from checkin.core.attendance import attendance_figures
from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind, Status, derive_presence
from checkin.io.anonymised import statistics_rows

scipy_optimize = pytest.importorskip("scipy.optimize")

EVENT = Event(title="Geneva", starts_on=date(2018, 10, 18), timezone="Europe/Zurich")
DOORS = datetime(2018, 10, 18, 6, 30, tzinfo=UTC)
THRESHOLD = 5


def people(spec: dict[str, tuple[int, int]], language: dict[str, str] | None = None) -> tuple[list, dict]:
    """Attendees per category: (registered, arrived); returns them and their presence."""
    attendees, presence = [], {}
    number = 0
    for category, (registered, arrived) in spec.items():
        for index in range(registered):
            number += 1
            attendee = Attendee(number, f"C{number}", family_name=f"P{number}", category=category,
                                language=(language or {}).get(category, "en"))
            attendees.append(attendee)
            if index < arrived:
                record = CheckInRecord(number, RecordKind.ENTRY, DOORS + timedelta(minutes=(number * 7) % 90))
                presence[number] = derive_presence([record])
    return attendees, presence


def statistics(attendees: list, presence: dict) -> dict:
    figures = attendance_figures(attendees, presence, EVENT.timezone)
    known = {a.id for a in attendees if a.status is Status.REGISTERED}
    firsts = [s.checked_in_at for i, s in presence.items() if i in known and s.checked_in]
    return anonymised_statistics(EVENT, figures, firsts, "Entrance", THRESHOLD)


def attack_breakdown(rows: list[dict], registered_total: int | None, arrived_total: int | None
                     ) -> dict[tuple[int, str], tuple[float, float]]:
    """Bounds of every withheld registered, arrived and no-show count of one breakdown."""
    n = len(rows)
    # variables: r_0..r_{n-1}, a_0..a_{n-1}
    equalities, values = [], []
    for column, total in ((0, registered_total), (1, arrived_total)):
        if total is not None:
            equalities.append([1.0 if (k // n) == column else 0.0 for k in range(2 * n)])
            values.append(total)
    bounds = []
    for key in ("registered", "arrived"):
        for row in rows:
            value = row[key]
            bounds.append((value, value) if value is not None else (0, None))
    inequalities = [[(1.0 if k == n + i else -1.0 if k == i else 0.0) for k in range(2 * n)] for i in range(n)]
    found = {}
    for i, row in enumerate(rows):
        for key, objective in (("registered", {i: 1}), ("arrived", {n + i: 1}), ("no_shows", {i: 1, n + i: -1})):
            if key == "no_shows" and row["registered"] is not None and row["arrived"] is not None:
                continue
            if key != "no_shows" and row[key] is not None:
                continue
            c = [objective.get(k, 0) for k in range(2 * n)]
            low = scipy_optimize.linprog(c, A_ub=inequalities, b_ub=[0] * n, A_eq=equalities or None,
                                         b_eq=values or None, bounds=bounds)
            high = scipy_optimize.linprog([-x for x in c], A_ub=inequalities, b_ub=[0] * n,
                                          A_eq=equalities or None, b_eq=values or None, bounds=bounds)
            assert low.status == 0 and high.status in (0, 3)
            found[(i, key)] = (low.fun, float("inf") if high.status == 3 else -high.fun)
    return found


def attack_bands(bands: list[dict], arrived_total: int | None) -> list[tuple[float, float]]:
    withheld = [b for b in bands if b["arrivals"] is None]
    if not withheld:
        return []
    if arrived_total is None:
        return [(0, float("inf"))] * len(withheld)
    rest = arrived_total - sum(b["arrivals"] for b in bands if b["arrivals"] is not None)
    return [(0, rest)] * len(withheld)  # each withheld band is anything from 0 to what the others leave


SPECS = [
    {"Participant": (60, 52), "Speaker": (50, 47), "Press": (6, 6), "Staff": (9, 0)},
    {"Participant": (120, 99), "Speaker": (12, 11), "Panel": (7, 7), "Mission": (40, 38), "Bus": (3, 1)},
    {"Participant": (30, 29), "Speaker": (30, 26)},
    {"A": (5, 5), "B": (5, 0), "C": (8, 4), "D": (100, 50)},
]


@pytest.mark.parametrize("spec", SPECS)
def test_no_withheld_count_can_be_solved_for(spec: dict) -> None:
    stats = statistics(*people(spec))
    overall = stats["overall"]
    for rows in (stats["by_category"], stats["by_language"], stats["by_organisation_type"]):
        if len(rows) == 1:
            # It repeats the overall figures, withheld as they are.
            assert (rows[0]["registered"], rows[0]["arrived"]) == (overall["registered"], overall["arrived"])
            continue
        for row in rows:
            registered, arrived = row["registered"], row["arrived"]
            published = [v for v in (registered, arrived) if v is not None]
            if registered is not None and arrived is not None:
                published.append(registered - arrived)  # the no-shows, by subtraction
            assert all(value >= THRESHOLD for value in published), (row, "a small count is published")
        # The best any table can do: a withheld count could be anything up to the table's own total.
        totals = {"registered": overall["registered"], "arrived": overall["arrived"],
                  "no_shows": None if None in (overall["registered"], overall["arrived"])
                  else overall["registered"] - overall["arrived"]}
        for (index, key), (low, high) in attack_breakdown(rows, overall["registered"], overall["arrived"]).items():
            assert high - low >= min(THRESHOLD, totals[key] if totals[key] is not None else THRESHOLD), \
                (rows[index], key, low, high)
    for low, high in attack_bands(stats["arrivals"], overall["arrived"]):
        assert high - low >= min(THRESHOLD, overall["arrived"] or THRESHOLD), (low, high, stats["arrivals"])


def test_a_random_event_survives_the_attack() -> None:
    generator = random.Random(20181018)
    tried = 0
    for _ in range(60):
        spec = {}
        for name in ("Participant", "Speaker", "Press", "Staff", "Mission", "Bus")[:generator.randint(2, 6)]:
            registered = generator.choice([1, 2, 4, 5, 6, 9, 12, 30, 50, 80])
            spec[name] = (registered, generator.randint(0, registered))
        test_no_withheld_count_can_be_solved_for(spec)
        tried += 1
    assert tried == 60


def test_withheld_cells_are_labelled_withheld_not_small() -> None:
    stats = statistics(*people(SPECS[0]))
    texts = [str(cell) for row in statistics_rows(stats) for cell in row]
    assert "<5" not in texts
    speaker = next(row for row in statistics_rows(stats) if row[1] == "Speaker")
    # 47 of 50 speakers arrived would give 3 no-shows: withheld, and labelled suppressed, not "<5".
    assert speaker[2:4] == ["suppressed", "suppressed"]
