"""Counts that say nothing about any one person: what an event keeps after its purge.

Small cells are what identify people ("the one Arabic-speaking speaker arrived at 10:40"), so:
groups smaller than the threshold are merged into one unnamed group; any remaining count
from 1 to threshold − 1 is withheld (None); and when a column has exactly one withheld
cell beside a published total, the next smallest cell is withheld too, or subtraction
would give it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from checkin.core.attendance import AttendanceFigures, GroupFigures, arrival_bands, event_zone
from checkin.core.models import Event

FORMAT_VERSION = 1
SUPPRESSION_THRESHOLD = 5
ANONYMISED_BAND_MINUTES = 15
BREAKDOWNS = ("by_category", "by_organisation_type", "by_language")
OTHER_GROUP = ""  # small groups merged, and people who gave no value


def suppress(values: list[int], threshold: int = SUPPRESSION_THRESHOLD) -> list[int | None]:
    """Withhold counts from 1 to threshold − 1, plus a second cell where one alone would be recoverable."""
    shown: list[int | None] = [None if 0 < value < threshold else value for value in values]
    withheld = [i for i, value in enumerate(shown) if value is None]
    if len(withheld) == 1:
        candidates = [i for i, value in enumerate(shown) if value]
        if candidates:
            smallest = min(candidates, key=lambda i: values[i])
            shown[smallest] = None
    return shown


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
    registered = suppress([g.registered for g in merged], threshold)
    arrived = suppress([g.arrived for g in merged], threshold)
    return [{"group": g.label, "registered": r, "arrived": a} for g, r, a in zip(merged, registered, arrived)]


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
    overall = {name: (None if 0 < value < threshold else value)
               for name, value in zip(overall_names, overall_values)}
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

