"""Who got which e-mail, kept in the event: one small setting per attendee (``mail.log.<id>``).

One key per person (rather than one document for everyone) keeps each write a few hundred bytes,
durable as soon as the server accepted the message, so a batch cut by a crash or a dropped
connection resumes without sending anyone a second copy. Nothing here is ever deleted: a resend
is one more entry, so the log tells exactly who got what, when, and what the server answered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from checkin.core.purge import SEND_LOG_PREFIX
from checkin.store.base import EventStore

KEY_PREFIX = SEND_LOG_PREFIX  # a purge removes every key under it
MAX_ENTRIES = 50  # per person; a runaway loop must not grow the event without bound

SENT = "sent"
FAILED = "failed"
SKIPPED = "skipped"


@dataclass(frozen=True)
class LogEntry:
    kind: str  # confirmation / waitlist
    status: str  # sent / failed / skipped
    at: str  # ISO 8601, UTC
    address: str = ""
    language: str = ""
    message_id: str = ""
    # The server's answer for a failure ("550 5.1.1 mailbox unknown"), or why it was skipped
    # ("no_email", "bad_email").
    detail: str = ""
    test: bool = False

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.at)


class SendLog:
    """The send log of one event, read and written through the store's settings."""

    def __init__(self, store: EventStore) -> None:
        self.store = store

    def entries(self, attendee_id: int) -> list[LogEntry]:
        raw = self.store.get_setting(f"{KEY_PREFIX}{attendee_id}", []) or []
        return [LogEntry(**item) for item in raw if isinstance(item, dict)]

    def entries_for(self, attendee_ids: Iterable[int]) -> dict[int, list[LogEntry]]:
        return {attendee_id: self.entries(attendee_id) for attendee_id in attendee_ids}

    def record(self, attendee_id: int, entry: LogEntry) -> None:
        entries = self.entries(attendee_id)
        if entry.status == SKIPPED and entries and entry == replace(entries[-1], at=entry.at):
            return  # the same skip again (still no address) adds nothing to read
        entries.append(entry)
        self.store.set_setting(f"{KEY_PREFIX}{attendee_id}", [asdict(e) for e in entries[-MAX_ENTRIES:]])

    def has_received(self, attendee_id: int, kind: str) -> bool:
        return last_sent(self.entries(attendee_id), kind) is not None


def last_sent(entries: list[LogEntry], kind: str | None = None) -> LogEntry | None:
    """The latest message the server accepted for this person (of ``kind``), test sends excluded."""
    for entry in reversed(entries):
        if entry.status == SENT and not entry.test and (kind is None or entry.kind == kind):
            return entry
    return None


def last_entry(entries: list[LogEntry]) -> LogEntry | None:
    return entries[-1] if entries else None
