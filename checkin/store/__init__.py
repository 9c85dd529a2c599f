"""Persistence of events behind one interface: a SQLite file, or a server for several desks."""

from __future__ import annotations

from pathlib import Path

from checkin.core.models import Event
from checkin.store.base import EventStore
from checkin.store.errors import EventNotFound, StoreError

EVENT_SUFFIX = ".checkin"
SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(location: str) -> bool:
    return location.startswith(SERVER_SCHEMES)


def open_event(location: str | Path) -> EventStore:
    """Open the event at a file path or a `postgresql://` URL."""
    text = str(location)
    if is_server_url(text):
        return _server_store().open(text)
    from checkin.store.sqlite_store import SQLiteStore

    return SQLiteStore.open(Path(text).expanduser())


def create_event(location: str | Path, event: Event) -> EventStore:
    text = str(location)
    if is_server_url(text):
        return _server_store().create(text, event)
    from checkin.store.sqlite_store import SQLiteStore

    return SQLiteStore.create(Path(text).expanduser(), event)


def _server_store() -> type:
    try:
        from checkin.store.postgres_store import PostgresStore  # type: ignore[import-not-found]
    except ImportError as error:
        raise EventNotFound("postgresql", "server stores are not available in this build") from error
    return PostgresStore


__all__ = ["EVENT_SUFFIX", "EventStore", "StoreError", "create_event", "is_server_url", "open_event"]
