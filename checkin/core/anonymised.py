"""Counts that say nothing about any one person: what an event keeps after its purge.

Small cells are what identify people ("the one Arabic-speaking speaker arrived at 10:40"), and
a table gives back what it withholds through its own sums: a withheld cell is its column's total
less the cells shown, and "arrived ≤ registered" pins what is left. So, in each breakdown:

- groups smaller than the threshold are merged into one unnamed group;
- a group is sensitive when its registered count, its arrivals or its no-shows (registered less
  arrived, which anyone can subtract) fall below the threshold: "none of the 7 came" and "all but
  2 came" say as much about people as "2 came";
- a sensitive group's counts are withheld, and more groups (the smallest first) are withheld with
  it until at least two are, their arrivals add up to the threshold or more and so do their
  no-shows: then each withheld count could be anything from 0 to the withheld sum, which the
  published totals still match (primary and complementary suppression across rows and columns).

Arrivals per time band follow the same rule on their own column. Withheld counts are None here and
"suppressed" in every file: never "<5", which a complementary cell of 50 is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from checkin.core.attendance import AttendanceFigures, GroupFigures, arrival_bands, event_zone
from checkin.core.models import Event

FORMAT_VERSION = 2  # 2: withheld counts are suppressed with their complements, and say so
SUPPRESSION_THRESHOLD = 5
ANONYMISED_BAND_MINUTES = 15
BREAKDOWNS = ("by_category", "by_organisation_type", "by_language")
OTHER_GROUP = ""  # small groups merged, and people who gave no value


def suppress(values: list[int], threshold: int = SUPPRESSION_THRESHOLD) -> list[int | None]:
    """One column that adds up to a published total: withhold counts from 1 to threshold − 1, and
    the smallest others with them until at least two are withheld and they add up to the threshold."""
    hidden = {i for i, value in enumerate(values) if 0 < value < threshold}
    spare = sorted((i for i, value in enumerate(values) if value and i not in hidden), key=lambda i: values[i])
    while hidden and spare and (len(hidden) < 2 or sum(values[i] for i in hidden) < threshold):
        hidden.add(spare.pop(0))
    return [None if i in hidden else value for i, value in enumerate(values)]


def protect_groups(groups: Sequence[GroupFigures], threshold: int = SUPPRESSION_THRESHOLD) -> set[int]:
    """The indexes of the groups whose registered and arrived counts are withheld (see the module)."""

    def sensitive(group: GroupFigures) -> bool:
        return min(group.registered, group.arrived, group.registered - group.arrived) < threshold

    def safe(hidden: set[int]) -> bool:
        arrived = sum(groups[i].arrived for i in hidden)
        no_shows = sum(groups[i].registered - groups[i].arrived for i in hidden)
        return len(hidden) >= 2 and arrived >= threshold and no_shows >= threshold

    if len(groups) < 2:
        return set()  # one group is the overall figures again, published on their own
    hidden = {i for i, group in enumerate(groups) if sensitive(group)}
    spare = sorted(set(range(len(groups))) - hidden, key=lambda i: (groups[i].registered, i))
    while hidden and spare and not safe(hidden):
        hidden.add(spare.pop(0))
    return hidden


def merge_small_groups(groups: Iterable[GroupFigures], threshold: int = SUPPRESSION_THRESHOLD
                       ) -> list[GroupFigures]:
    kept: list[GroupFigures] = []
    other_registered = other_arrived = 0
    for group in groups:
        if group.registered >= threshold and group.label != OTHER_GROUP:
            kept.append(group)
        else:
            other_registered += group.registered
            other_arrived += group.arrived
    if other_registered:
        kept.append(GroupFigures(OTHER_GROUP, other_registered, other_arrived))
    return kept


def _breakdown(groups: Iterable[GroupFigures], threshold: int) -> list[dict[str, Any]]:
    merged = merge_small_groups(groups, threshold)
    if len(merged) == 1:
        # One group is the overall figures again: withheld exactly as they are.
        only = merged[0]
        return [{"group": only.label, "registered": _alone(only.registered, threshold),
                 "arrived": _alone(only.arrived, threshold)}]
    hidden = protect_groups(merged, threshold)
    return [{"group": g.label, "registered": None if i in hidden else g.registered,
             "arrived": None if i in hidden else g.arrived} for i, g in enumerate(merged)]


def _alone(value: int, threshold: int) -> int | None:
    """A figure that no published total is the sum of: withheld only when small."""
    return None if 0 < value < threshold else value


def anonymised_statistics(event: Event, figures: AttendanceFigures, first_entries: Iterable[Any],
                          checkpoint: str, threshold: int = SUPPRESSION_THRESHOLD,
                          band_minutes: int = ANONYMISED_BAND_MINUTES) -> dict[str, Any]:
    """A JSON-ready document of counts only. `first_entries` are the first check-in times (UTC)."""
    zone = event_zone(event.timezone)
    bands = arrival_bands(first_entries, zone, band_minutes)
    band_counts = suppress([b.arrivals for b in bands], threshold)
    overall_names = ("registered", "arrived", "walk_ins", "waitlisted", "cancelled")
    overall_values = [figures.registered, figures.arrived, figures.walk_ins, figures.waitlisted, figures.cancelled]
    # Each overall figure stands alone (no published total is their sum), so only the first rule applies.
    overall = {name: _alone(value, threshold) for name, value in zip(overall_names, overall_values)}
    return {
        "format": FORMAT_VERSION,
        "event": {"title": event.title, "date": event.starts_on.isoformat(), "venue": event.venue,
                  "checkpoint": checkpoint},
        "suppression_threshold": threshold,
        "overall": overall,
        **{name: _breakdown(getattr(figures, name), threshold) for name in BREAKDOWNS},
        "band_minutes": band_minutes,
        "arrivals": [{"date": band.start.date().isoformat(), "from": f"{band.start:%H:%M}",
                      "to": f"{band.start + timedelta(minutes=band_minutes):%H:%M}", "arrivals": count}
                     for band, count in zip(bands, band_counts)],
    }

