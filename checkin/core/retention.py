"""How long an event keeps personal data: a retention date, by default 90 days after the event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from checkin.core.models import Event

if TYPE_CHECKING:
    from checkin.store.base import EventStore

RETENTION_SETTING = "retention_until"  # ISO date, stored with the event
DEFAULT_RETENTION_DAYS = 90


@dataclass(frozen=True)
class RetentionState:
    until: date
    passed: bool  # personal data are kept beyond the retention date
    purged: bool  # personal data are gone already; only anonymised statistics remain

    @property
    def purge_due(self) -> bool:
        return self.passed and not self.purged


def default_retention(event: Event) -> date:
    return (event.ends_on or event.starts_on) + timedelta(days=DEFAULT_RETENTION_DAYS)


def retention_until(event: Event, stored: object) -> date:
    """The stored date, or the default when none (or an unreadable one) is stored."""
    if isinstance(stored, str):
        try:
            return date.fromisoformat(stored)
        except ValueError:
            pass
    return default_retention(event)


def retention_state(store: EventStore, today: date) -> RetentionState:
    """What the app says on opening an event: is the retention date past, has it been purged?"""
    from checkin.core.purge import is_purged

    until = retention_until(store.event(), store.get_setting(RETENTION_SETTING))
    return RetentionState(until=until, passed=today > until, purged=is_purged(store))


def set_retention(store: EventStore, until: date) -> None:
    store.set_setting(RETENTION_SETTING, until.isoformat())
