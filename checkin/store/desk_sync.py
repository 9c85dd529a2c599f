"""The background synchronisation of a desk on a server event: one thread per DeskStore.

It listens for what other desks commit, checks the link every second when nothing
comes, reconnects when the link is back, uploads the outbox (walk-ins, badge
marks, check-ins with their original door times), pulls what it missed and
reports people checked in at two desks while apart. It shares the desk's lock,
which guards the replica and the link state; everything else it needs of the
desk goes through the few members of `SyncedDesk`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, Protocol, TypeVar

from checkin.core.models import Attendee, CheckInRecord, Event
from checkin.store import errors
from checkin.store.changes import Change, ChangeFeed
from checkin.store.postgres_schema import SCHEMA_VERSION
from checkin.store.postgres_store import AccessDenied, PostgresStore
from checkin.store.replica import Duplicate, ReplicaStore

RETRY_EVERY = 1.0
# libpq limits for the desk's connections: a dead link must show within a couple of seconds.
FAST_CONNECTION = {"connect_timeout": "2", "tcp_user_timeout": "1500", "keepalives_idle": "2",
                   "keepalives_interval": "1", "keepalives_count": "2"}
T = TypeVar("T")


def offline_reason(error: BaseException) -> str:
    if isinstance(error, errors.EventUnavailable):
        return "unreachable"
    if isinstance(error, errors.NewerSchema):
        return "newer_schema"
    if isinstance(error, AccessDenied):
        return "access_denied"
    return "other"


class SyncedDesk(Protocol):
    """What the sync thread needs of its desk (a DeskStore)."""

    url: str
    desk: str
    location: str
    answer_within: float
    # Another running desk holds the lock on this desk name.
    name_in_use: bool
    on_changes: Callable[[list[Change]], None] | None
    on_duplicates: Callable[[list[Duplicate]], None] | None

    @property
    def online(self) -> bool: ...

    def link_writer(self) -> PostgresStore | None:
        """The desk's own connection, kept while online."""
        ...

    def link_up(self, writer: PostgresStore) -> None:
        """Online again, check-ins through `writer` (called holding the desk's lock)."""
        ...

    def link_down(self, detail: str, reason: str) -> None:
        """Offline from now on (any thread)."""
        ...

    def announce(self) -> None:
        """Tell the face the desk's status."""
        ...


def watched(server: PostgresStore, call: Callable[[], T], within: float) -> T:
    """Run a server call; cut its connection if it does not answer in time (a silent network)."""
    timer = threading.Timer(within + 1.0, server.interrupt)
    timer.daemon = True
    timer.start()
    try:
        return call()
    finally:
        timer.cancel()
        timer.join()  # never let a late interrupt meet the next use of the connection


class DeskSync:
    """The sync thread of one desk, with its own connection (it LISTENs on it)."""

    def __init__(self, desk: SyncedDesk, replica: ReplicaStore, lock: threading.RLock) -> None:
        self._desk = desk
        self._replica = replica
        self._lock = lock
        self._sync: PostgresStore | None = None  # the sync thread's connection (LISTENs)
        self._feed: ChangeFeed | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._reported: set[str] = set()
        self._thread: threading.Thread | None = None

    # -- what the desk calls ------------------------------------------------------------
    def connect(self, sync: PostgresStore) -> None:
        """Take the connection the desk opened with (before start)."""
        self._sync = sync

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"checkin sync ({self._desk.desk})", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Try again now (the link went down, or check-ins were queued)."""
        self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """End the thread (or, never started, drop its connection)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            sync = self._sync
            if sync is not None:
                sync.interrupt()  # out of its wait for notifications
            self._thread.join(timeout=15)
        else:
            self.close_connection()

    def close_connection(self) -> None:
        """Drop the sync thread's connection (the sync thread's business only, or before start)."""
        sync, self._sync, self._feed = self._sync, None, None
        if sync is not None:
            sync.close()

    # -- the thread ----------------------------------------------------------------------
    def _run(self) -> None:
        desk = self._desk
        while not self._stop.is_set():
            try:
                if not desk.online:
                    self.go_online()
                    continue
                feed, sync = self._feed, self._sync
                assert feed is not None and sync is not None
                changes = self._watched(sync, partial(feed.wait, desk.answer_within))
                if changes:
                    self._apply(changes)
                else:
                    # A heartbeat: a silent network shows here, not at the next scan; and a
                    # newer desk upgrading the event's schema shows too.
                    version = self._watched(sync, sync.schema_version)
                    if version > SCHEMA_VERSION:
                        raise errors.NewerSchema(desk.location, version, SCHEMA_VERSION)
            except Exception as error:  # the sync thread must outlive any surprise
                detail = error.detail if isinstance(error, errors.StoreError) else f"{type(error).__name__}: {error}"
                desk.link_down(detail or str(error), offline_reason(error))
                self.close_connection()
                self._wake.wait(RETRY_EVERY)
                self._wake.clear()

    def _watched(self, server: PostgresStore, call: Callable[[], T], within: float | None = None) -> T:
        return watched(server, call, within or self._desk.answer_within)

    def go_online(self) -> None:
        """(Re)connect, upload the outbox, pull everything, then take check-ins to the server again."""
        desk = self._desk
        if self._sync is None:
            self._sync = PostgresStore.open(desk.url, **FAST_CONNECTION)
        sync = self._sync
        if self._feed is None:
            # Listen before pulling, so nothing committed in between is missed.
            self._feed = ChangeFeed(sync.connection, desk.location)
            desk.name_in_use = not sync.try_session_lock(f"checkin desk {desk.desk}")
        current = desk.link_writer()
        writer = current or PostgresStore.open(desk.url, **FAST_CONNECTION)
        try:
            self._register_walk_ins(sync)
            with self._lock:
                marks = self._replica.queued_badge_marks()
            for when, ids in marks.items():
                self._watched(sync, partial(sync.mark_badges_printed, ids, when))
                with self._lock:
                    self._replica.clear_badge_marks(ids)
            while True:
                with self._lock:
                    pending = self._replica.queued()
                if pending:
                    self._watched(sync, partial(sync.append_records, pending), within=5.0)
                    with self._lock:
                        self._replica.acknowledge(record.uuid for record in pending)
                sync.forget_cached()
                pulled = self._watched(sync, lambda: (sync.event(), sync.settings(), sync.attendees(),
                                                      sync.records()), within=10.0)
                with self._lock:
                    duplicates = self._take_in(*pulled)
                    if self._replica.queued_count() == 0:
                        desk.link_up(writer)
                        break
        except BaseException:
            if writer is not desk.link_writer():
                writer.close()
            raise
        desk.announce()
        self._report(duplicates)
        if desk.on_changes is not None:
            desk.on_changes([Change("event"), Change("attendees"), Change("checkins")])

    def _register_walk_ins(self, sync: PostgresStore) -> None:
        """Walk-ins added offline get their server ids before their check-ins go up (by code: idempotent)."""
        with self._lock:
            waiting = self._replica.queued_attendees()
        for attendee in waiting:
            assert attendee.id is not None
            known = self._watched(sync, partial(sync.attendees_by_code, attendee.code))
            if known:
                server_id = known[0].id
            else:
                (added,) = self._watched(sync, partial(sync.add_attendees, [attendee.with_changes(id=None)]))
                server_id = added.id
            assert server_id is not None
            with self._lock:
                self._replica.renumber(attendee.id, server_id)

    def _take_in(self, event: Event, settings: dict[str, Any], attendees: list[Attendee],
                 records: list[CheckInRecord]) -> list[Duplicate]:
        self._replica.put_event(event)
        self._replica.put_settings(settings)
        self._replica.put_attendees(attendees)
        return self._duplicates_among(self._replica.put_records(records))

    def _apply(self, changes: list[Change]) -> None:
        assert self._sync is not None
        sync = self._sync
        ids = sorted({c.attendee_id for c in changes if c.attendee_id is not None})
        attendees = self._watched(sync, lambda: sync.attendees(ids)) if ids else []
        tables = {c.table for c in changes}
        if "event" in tables:
            sync.forget_cached()
        event = self._watched(sync, sync.event) if "event" in tables else None
        settings = self._watched(sync, sync.settings) if "settings" in tables else None
        with self._lock:
            if event is not None:
                self._replica.put_event(event)
            if settings is not None:
                self._replica.put_settings(settings)
            self._replica.put_attendees(attendees)
            duplicates = self._duplicates_among(
                self._replica.put_records(c.record for c in changes if c.record is not None))
        if self._desk.on_changes is not None:
            self._desk.on_changes(changes)
        self._report(duplicates)

    def _duplicates_among(self, new_records: Iterable[CheckInRecord]) -> list[Duplicate]:
        found = self._replica.duplicates_among(new_records, self._reported)
        for duplicate in found:
            self._reported.update(r.uuid for r in duplicate.others)
        return found

    def _report(self, duplicates: list[Duplicate]) -> None:
        if duplicates and self._desk.on_duplicates is not None:
            self._desk.on_duplicates(duplicates)
