"""Converting domain values to and from the flat rows every SQL store keeps."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind, Status

ATTENDEE_COLUMNS = (
    "id", "code", "honorific", "given_name", "family_name", "display_name", "job_title",
    "organisation", "email", "category", "language", "registered_at", "status", "notes",
    "extra", "badge_printed_at", "walk_in", "group_name", "needs",
)
RECORD_COLUMNS = ("uuid", "attendee_id", "checkpoint", "kind", "door_time", "desk", "cancels", "clock_offset_ms")
# One encoder for every row: json.dumps with options builds a new one per call (a fifth of writing a row).
_EXTRA_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def time_to_text(moment: datetime | None) -> str | None:
    """UTC with fixed precision, so text order is time order."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("times must carry their time zone")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def text_to_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def date_to_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def text_to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def attendee_to_row(attendee: Attendee) -> dict[str, Any]:
    return dict(zip(ATTENDEE_COLUMNS, attendee_to_values(attendee)))


def attendee_to_values(attendee: Attendee) -> tuple[Any, ...]:
    """The row in ATTENDEE_COLUMNS order."""
    return attendees_to_values([attendee])[0]


def attendees_to_values(attendees: Sequence[Attendee], registered: Iterable[Any] | None = None,
                        ) -> list[tuple[Any, ...]]:
    """The rows in ATTENDEE_COLUMNS order, built column by column: an import writes tens of thousands,
    and a Python call per person is left only where a value needs converting (times, extra columns).
    `registered`: the registration times as they are to be written, in the people's order (time_to_text()
    of each unless given)."""
    fields = list(map(vars, attendees))

    def column(name: str) -> Iterator[Any]:
        return map(itemgetter(name), fields)

    return list(zip(
        column("id"), column("code"), column("honorific"), column("given_name"), column("family_name"),
        column("display_name"), column("job_title"), column("organisation"), column("email"), column("category"),
        # _value_ is the member's value as stored on it: .value goes through a descriptor, ten times slower.
        column("language"), map(time_to_text, column("registered_at")) if registered is None else registered,
        map(attrgetter("_value_"), column("status")),
        column("notes"), map(_extra_text, column("extra")), map(time_to_text, column("badge_printed_at")),
        map(int, column("walk_in")), column("group"), column("needs"),
    ))


def _extra_text(extra: dict[str, str]) -> str:
    return extra_to_text(tuple(extra.items())) if extra else "{}"


@lru_cache(maxsize=4096)
def extra_to_text(items: tuple[tuple[str, str], ...]) -> str:
    """The extra columns as stored, keyed by their items: a column such as "Organisation type" holds a
    handful of values, and encoding each person's again was a tenth of writing an import."""
    return _EXTRA_ENCODER.encode(dict(items))


def row_to_attendee(row: Any, external_codes: tuple[str, ...] = ()) -> Attendee:
    """`row` is indexable in ATTENDEE_COLUMNS order."""
    return Attendee(
        id=row[0], code=row[1], honorific=row[2], given_name=row[3], family_name=row[4],
        display_name=row[5], job_title=row[6], organisation=row[7], email=row[8],
        category=row[9], language=row[10], registered_at=text_to_time(row[11]),
        status=Status(row[12]), notes=row[13], extra=json.loads(row[14] or "{}"),
        badge_printed_at=text_to_time(row[15]), walk_in=bool(row[16]), group=row[17], needs=row[18],
        external_codes=external_codes,
    )


def record_filter(attendee_id: int | None, checkpoint: str | None, placeholder: str) -> tuple[str, list[Any]]:
    """The WHERE clause (or "") and its parameters that select part of the check-in log."""
    clauses, parameters = [], []
    if attendee_id is not None:
        clauses.append(f"attendee_id = {placeholder}")
        parameters.append(attendee_id)
    if checkpoint is not None:
        clauses.append(f"checkpoint = {placeholder}")
        parameters.append(checkpoint)
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), parameters


def insert_records_sql(placeholder: str, verb: str = "INSERT") -> str:
    """The statement that writes one record in RECORD_COLUMNS order (`verb`: "INSERT OR IGNORE" …)."""
    return (f"{verb} INTO checkins ({', '.join(RECORD_COLUMNS)}) "
            f"VALUES ({', '.join([placeholder] * len(RECORD_COLUMNS))})")


def record_to_row(record: CheckInRecord) -> tuple[Any, ...]:
    offset = None if record.clock_offset is None else round(record.clock_offset * 1000)
    return (record.uuid, record.attendee_id, record.checkpoint, record.kind.value,
            time_to_text(record.door_time), record.desk, record.cancels, offset)


def row_to_record(row: Any) -> CheckInRecord:
    return CheckInRecord(uuid=row[0], attendee_id=row[1], checkpoint=row[2], kind=RecordKind(row[3]),
                         door_time=text_to_time(row[4]), desk=row[5], cancels=row[6],  # type: ignore[arg-type]
                         clock_offset=None if row[7] is None else row[7] / 1000)


def event_to_row(event: Event) -> dict[str, Any]:
    return {
        "uid": event.uid, "code_prefix": event.code_prefix, "title": event.title,
        "starts_on": date_to_text(event.starts_on), "ends_on": date_to_text(event.ends_on),
        "venue": event.venue, "languages": json.dumps(list(event.languages)),
        "capacity": event.capacity, "registration_deadline": date_to_text(event.registration_deadline),
        "timezone": event.timezone,
    }


def row_to_event(row: Any) -> Event:
    """`row` is a mapping with the keys of event_to_row."""
    return Event(
        uid=row["uid"], code_prefix=row["code_prefix"], title=row["title"],
        starts_on=text_to_date(row["starts_on"]), ends_on=text_to_date(row["ends_on"]),  # type: ignore[arg-type]
        venue=row["venue"], languages=tuple(json.loads(row["languages"])), capacity=row["capacity"],
        registration_deadline=text_to_date(row["registration_deadline"]), timezone=row["timezone"],
    )
