"""What can go wrong when opening or writing an event, as values with their facts.

The faces (CLI, desk) turn these into sentences; each carries the location
(file path or server URL) so the sentence can name it.
"""

from __future__ import annotations

from datetime import datetime


class StoreError(Exception):
    """Base of every failure of an event store."""

    def __init__(self, location: str, detail: str = "") -> None:
        super().__init__(f"{location}: {detail}" if detail else location)
        self.location = location
        self.detail = detail


class EventNotFound(StoreError):
    """No event at that path or URL."""


class EventExists(StoreError):
    """Creating an event where one (or any file) already is."""


class NotAnEvent(StoreError):
    """The file exists but is not an event of this app."""


class NewerSchema(StoreError):
    """The event was written by a newer version of the app."""

    def __init__(self, location: str, found: int, known: int) -> None:
        super().__init__(location, f"schema {found}, this version knows up to {known}")
        self.found = found
        self.known = known


class EventReadOnly(StoreError):
    """The event cannot be written (read-only file, folder or medium)."""


class EventBusy(StoreError):
    """Another program holds the event locked for longer than we wait."""


class EventUnavailable(StoreError):
    """The event went away while open (USB stick pulled, server down)."""


class EventReplaced(StoreError):
    """The file at the event's path is no longer the one this program opened (deleted, moved away,
    or another file copied onto it). Nothing more is written there; `rescued` names the file that
    holds what this program had saved (empty if none could be written)."""

    def __init__(self, location: str, detail: str, rescued: str = "") -> None:
        super().__init__(location, detail)
        self.rescued = rescued


class EventDamaged(StoreError):
    """The file is an event file, but its contents are damaged (a crash of the disk, a bad copy)."""


class DiskFull(StoreError):
    """The disk holding the event has no room left; nothing was written."""


class EventLocked(StoreError):
    """Another program holds the file so that it cannot be opened (Windows sharing violation)."""


class UnsafeFolder(StoreError):
    """The event is in a synced folder (OneDrive, iCloud Drive, Dropbox…) or on a network drive,
    where SQLite's log and locks are not safe: refused for writing. `where` names the service."""

    def __init__(self, location: str, where: str) -> None:
        super().__init__(location, where)
        self.where = where


class ServerOffline(EventUnavailable):
    """A desk on a server event is offline: check-ins go on and queue, edits wait for the server."""

    def __init__(self, location: str, since: datetime | None, queued: int, detail: str = "offline") -> None:
        super().__init__(location, detail)
        self.since = since
        self.queued = queued
