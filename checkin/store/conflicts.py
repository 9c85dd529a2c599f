"""What desks that were apart did that needs a person's eye, kept as data until someone marks it seen.

A conflict is found on the server when a desk's records go up (so it is found once, whichever desk
restarted, and every desk pulls it like any other change): a person checked in at two desks, one
walk-in registered at two desks, a desk whose clock is off, a record the server refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from checkin.core.models import CheckInRecord, RecordKind, derive_presence
from checkin.store.rows import text_to_time, time_to_text

DOUBLE_CHECK_IN = "double_check_in"
SAME_WALK_IN = "same_walk_in"
CLOCK_SKEW = "clock_skew"
PARKED = "parked"
# A desk clock further off than this is reported (the desk warns, the list to check names it).
SKEW_WARNING_SECONDS = 120.0

CONFLICT_COLUMNS = ("id", "key", "kind", "attendee_id", "detail", "found_at", "seen_at", "seen_by")


@dataclass(frozen=True)
class Conflict:
    id: int
    key: str
    kind: str
    attendee_id: int | None
    detail: dict[str, Any] = field(default_factory=dict)
    found_at: datetime | None = None
    seen_at: datetime | None = None
    seen_by: str = ""


def row_to_conflict(row: Any) -> Conflict:
    return Conflict(id=row[0], key=row[1], kind=row[2], attendee_id=row[3], detail=json.loads(row[4]),
                    found_at=text_to_time(row[5]), seen_at=text_to_time(row[6]), seen_by=row[7])


def conflict_to_row(conflict: Conflict) -> tuple[Any, ...]:
    return (conflict.id, conflict.key, conflict.kind, conflict.attendee_id,
            json.dumps(conflict.detail, ensure_ascii=False, sort_keys=True), time_to_text(conflict.found_at),
            time_to_text(conflict.seen_at), conflict.seen_by)


def record_detail(record: CheckInRecord) -> dict[str, Any]:
    return {"uuid": record.uuid, "desk": record.desk, "kind": record.kind.value,
            "door_time": time_to_text(record.door_time), "corrected_time": time_to_text(record.corrected_time),
            "checkpoint": record.checkpoint, "attendee_id": record.attendee_id,
            "clock_offset": record.clock_offset}


def live_entries(log: list[CheckInRecord]) -> list[CheckInRecord]:
    """The entries that count towards presence, whatever rule the log follows for undos.

    An entry is live when taking it away leaves one entry fewer: the same answer as the
    presence rule itself (derive_presence), without a second copy of that rule here.
    """
    entries = derive_presence(log).entries
    if entries < 2:
        first = derive_presence(log).first_entry
        return [first] if first is not None else []
    return [r for r in log if r.kind is RecordKind.ENTRY
            and derive_presence([o for o in log if o.uuid != r.uuid]).entries == entries - 1]


def doubles(log: list[CheckInRecord]) -> list[tuple[str, dict[str, Any]]]:
    """(key, detail) of each entry beyond the one that counts: the earliest by the server's clock."""
    live = sorted(live_entries(log), key=lambda r: (r.corrected_time, r.uuid))
    if len(live) < 2:
        return []
    counted = live[0]
    return [(f"{DOUBLE_CHECK_IN}:{other.uuid}",
             {"checkpoint": counted.checkpoint, "counted": record_detail(counted), "other": record_detail(other),
              "desks": [counted.desk, other.desk]}) for other in live[1:]]


def skew_detail(desk: str, offset: float) -> dict[str, Any]:
    return {"desk": desk, "offset_seconds": round(offset, 1)}


def unseen(conflicts: Iterable[Conflict]) -> list[Conflict]:
    return [c for c in conflicts if c.seen_at is None]
