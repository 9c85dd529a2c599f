"""A desk on a server event that goes on checking people in when the network drops.

Reads come from a local replica (an event file kept current by the change
feed), so search and counters never wait for the network. A check-in goes to
the server when it is online, so two desks racing for one person still get one
"checked in" and one "already"; if the server does not answer within about a
second the desk turns offline and checks in against the replica, queueing each
record in the replica's outbox in the same transaction. A background thread
reconnects, uploads the outbox (original door times, idempotent by uuid),
pulls what it missed and reports people checked in at two desks while apart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from checkin.core.models import DEFAULT_CHECKPOINT, Attendee, CheckInRecord, Event, PresenceState
from checkin.store import errors
from checkin.store.base import EventStore
from checkin.store.changes import Change, ChangeFeed
from checkin.store.postgres_schema import SCHEMA_VERSION
from checkin.store.postgres_store import PostgresStore, redact
from checkin.store.replica import Duplicate, ReplicaStore, replica_path

ANSWER_WITHIN = 1.0
RETRY_EVERY = 1.0
# libpq limits for the desk's connections: a dead link must show within a couple of seconds.
FAST_CONNECTION = {"connect_timeout": "2", "tcp_user_timeout": "1500", "keepalives_idle": "2",
                   "keepalives_interval": "1", "keepalives_count": "2"}
T = TypeVar("T")


@dataclass(frozen=True)
class DeskStatus:
    online: bool
    queued: int
    desk: str
    # Another running desk uses the same name (its check-ins would look like ours).
    desk_name_in_use: bool = False
    # Why the desk is offline, in the store's words (EventUnavailable detail).
    detail: str = ""
    # Why, as a value the face turns into words: "unreachable", "newer_schema", "access_denied", "other".
    reason: str = ""


def offline_reason(error: BaseException) -> str:
    from checkin.store.postgres_store import AccessDenied

    if isinstance(error, errors.EventUnavailable):
        return "unreachable"
    if isinstance(error, errors.NewerSchema):
        return "newer_schema"
    if isinstance(error, AccessDenied):
        return "access_denied"
    return "other"


class DeskStore(EventStore):
    def __init__(self, url: str, desk: str, replica: ReplicaStore, answer_within: float = ANSWER_WITHIN) -> None:
        self.url = url
        self.desk = desk
        self.location = redact(url)
        self.answer_within = answer_within
        self._replica = replica
        self._writer: PostgresStore | None = None  # the desk thread's connection
        self._sync: PostgresStore | None = None  # the sync thread's connection (LISTENs)
        self._feed: ChangeFeed | None = None
        self._online = False
        self._name_in_use = False
        self._detail = ""
        self._reason = ""
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._reported: set[str] = set()
        self._thread: threading.Thread | None = None
        # Called from the sync thread (the Qt adapter turns them into signals).
        self.on_status: Callable[[DeskStatus], None] | None = None
        self.on_changes: Callable[[list[Change]], None] | None = None
        self.on_duplicates: Callable[[list[Duplicate]], None] | None = None

    @classmethod
    def open(cls, url: str, desk: str, replica_folder: Path | None = None,
             answer_within: float = ANSWER_WITHIN, start: bool = True) -> DeskStore:
        """Connect; with the server down, start offline on the replica of an earlier session."""
        path = replica_path(url, desk, replica_folder)
        try:
            sync = PostgresStore.open(url, **FAST_CONNECTION)
        except errors.EventUnavailable as error:
            if not path.exists():
                raise
            store = cls(url, desk, ReplicaStore.open_existing(path), answer_within)
            store._detail, store._reason = error.detail, offline_reason(error)
        else:
            try:
                replica = ReplicaStore.open_or_create(path, sync.event())
            except BaseException:
                sync.close()
                raise
            store = cls(url, desk, replica, answer_within)
            store._sync = sync
            try:
                store._go_online()
            except errors.EventUnavailable as error:
                store._go_offline(error.detail, offline_reason(error))
                store._close_sync()
        if start:
            store.start()
        return store

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"checkin sync ({self.desk})", daemon=True)
        self._thread.start()

    # -- status ---------------------------------------------------------------------
    @property
    def online(self) -> bool:
        return self._online

    def status(self) -> DeskStatus:
        with self._lock:
            return DeskStatus(self._online, self._replica.queued_count(), self.desk, self._name_in_use,
                              "" if self._online else self._detail, "" if self._online else self._reason)

    def _announce(self) -> None:
        if self.on_status is not None:
            self.on_status(self.status())

    # -- the sync thread ------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if not self._online:
                    self._go_online()
                    continue
                feed, sync = self._feed, self._sync
                assert feed is not None and sync is not None
                changes = self._watched(sync, partial(feed.wait, self.answer_within))
                if changes:
                    self._apply(changes)
                else:
                    # A heartbeat: a silent network shows here, not at the next scan; and a
                    # newer desk upgrading the event's schema shows too.
                    version = self._watched(sync, sync.schema_version)
                    if version > SCHEMA_VERSION:
                        raise errors.NewerSchema(self.location, version, SCHEMA_VERSION)
            except Exception as error:  # the sync thread must outlive any surprise
                detail = error.detail if isinstance(error, errors.StoreError) else f"{type(error).__name__}: {error}"
                self._go_offline(detail or str(error), offline_reason(error))
                self._close_sync()
                self._wake.wait(RETRY_EVERY)
                self._wake.clear()

    def _watched(self, server: PostgresStore, call: Callable[[], T], within: float | None = None) -> T:
        """Run a server call; cut its connection if it does not answer in time (a silent network)."""
        timer = threading.Timer((within or self.answer_within) + 1.0, server.interrupt)
        timer.daemon = True
        timer.start()
        try:
            return call()
        finally:
            timer.cancel()
            timer.join()  # never let a late interrupt meet the next use of the connection

    def _go_online(self) -> None:
        """(Re)connect, upload the outbox, pull everything, then take check-ins to the server again."""
        if self._sync is None:
            self._sync = PostgresStore.open(self.url, **FAST_CONNECTION)
        sync = self._sync
        if self._feed is None:
            # Listen before pulling, so nothing committed in between is missed.
            self._feed = ChangeFeed(sync.connection, self.location)
            self._name_in_use = not sync.try_session_lock(f"checkin desk {self.desk}")
        writer = self._writer or PostgresStore.open(self.url, **FAST_CONNECTION)
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
                        self._writer, self._online, self._detail, self._reason = writer, True, "", ""
                        break
        except BaseException:
            if writer is not self._writer:
                writer.close()
            raise
        self._announce()
        self._report(duplicates)
        if self.on_changes is not None:
            self.on_changes([Change("event"), Change("attendees"), Change("checkins")])

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
        if self.on_changes is not None:
            self.on_changes(changes)
        self._report(duplicates)

    def _duplicates_among(self, new_records: Iterable[CheckInRecord]) -> list[Duplicate]:
        found = self._replica.duplicates_among(new_records, self._reported)
        for duplicate in found:
            self._reported.update(r.uuid for r in duplicate.others)
        return found

    def _report(self, duplicates: list[Duplicate]) -> None:
        if duplicates and self.on_duplicates is not None:
            self.on_duplicates(duplicates)

    def _go_offline(self, detail: str, reason: str = "unreachable") -> None:
        """From now on check-ins are answered from the replica and queued (any thread)."""
        with self._lock:
            was_online = self._online
            self._online, self._detail, self._reason = False, detail, reason
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        self._wake.set()
        if was_online and not self._stop.is_set():
            self._announce()

    def _close_sync(self) -> None:
        """Drop the sync thread's connection (the sync thread's business only)."""
        sync, self._sync, self._feed = self._sync, None, None
        if sync is not None:
            sync.close()

    # -- the event ---------------------------------------------------------------------
    def event(self) -> Event:
        with self._lock:
            return self._replica.event()

    def update_event(self, event: Event) -> None:
        self._server_then_replica(lambda server: server.update_event(event), lambda: self._replica.put_event(event))

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._replica.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self._server_then_replica(lambda server: server.set_setting(key, value),
                                  lambda: self._replica.put_settings({key: value}))

    # -- attendees (read locally; changed on the server, which every desk must agree on) --
    def attendees(self) -> list[Attendee]:
        with self._lock:
            return self._replica.attendees()

    def attendee(self, attendee_id: int) -> Attendee | None:
        with self._lock:
            return self._replica.attendee(attendee_id)

    def attendees_by_code(self, folded_code: str) -> list[Attendee]:
        with self._lock:
            return self._replica.attendees_by_code(folded_code)

    def add_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        """New attendees on the server; offline (a walk-in at a desk cut off) they wait in the replica."""
        with self._lock:
            if not self._online or self._writer is None:
                stored = self._replica.add_local_attendees(attendees)
                offline = True
            else:
                offline = False
                try:
                    stored = self._writer.add_attendees(attendees)
                except errors.EventUnavailable as error:
                    self._go_offline(error.detail)
                    raise
                self._replica.put_attendees(stored)
        if offline:
            self._announce()
        return stored

    def update_attendees(self, attendees: Sequence[Attendee]) -> None:
        self._server_then_replica(lambda server: server.update_attendees(attendees),
                                  lambda: self._replica.put_attendees(attendees))

    def mark_badges_printed(self, attendee_ids: Iterable[int], when: datetime) -> None:
        """A badge printed offline is marked here at once and on the server when it is back."""
        ids = list(attendee_ids)
        with self._lock:  # re-entrant: the state cannot change between the test and the write
            if not self._online or self._writer is None:
                self._replica.mark_badges_offline(ids, when)
                return
            self._server_then_replica(lambda server: server.mark_badges_printed(ids, when),
                                      lambda: self._replica.mark_badges_printed(ids, when))

    def purge_personal_data(self, statistics: dict[str, Any]) -> None:
        self._server_then_replica(lambda server: server.purge_personal_data(statistics),
                                  lambda: self._replica.purge_personal_data(statistics))

    def _server_then_replica(self, on_server: Callable[[PostgresStore], None], locally: Callable[[], None]) -> None:
        """Changes other than check-ins need the server: every desk must see the same attendees."""
        with self._lock:
            if not self._online or self._writer is None:
                raise errors.EventUnavailable(self.location, "offline: only check-ins can be made until the "
                                                             "server is back")
            try:
                on_server(self._writer)
            except errors.EventUnavailable as error:
                self._go_offline(error.detail)
                raise
            locally()

    # -- the check-in log ------------------------------------------------------------------
    def append_entry(self, record: CheckInRecord) -> PresenceState:
        return self._append(record, want_checked_in=False)

    def append_undo(self, record: CheckInRecord) -> PresenceState:
        return self._append(record, want_checked_in=True)

    def _append(self, record: CheckInRecord, want_checked_in: bool) -> PresenceState:
        with self._lock:
            writer = self._writer if self._online else None
            if writer is not None:
                timer = threading.Timer(self.answer_within, writer.interrupt)
                timer.daemon = True
                timer.start()
                try:
                    before = writer.append_undo(record) if want_checked_in else writer.append_entry(record)
                except errors.EventUnavailable as error:
                    # No answer in time: the record may or may not have landed; queue it
                    # anyway (the uuid makes a second copy harmless) and answer locally.
                    self._go_offline(error.detail)
                else:
                    if before.checked_in == want_checked_in:  # written: keep it without waiting for the feed
                        self._replica.put_records([record])
                    elif before.first_entry is not None:
                        self._replica.put_records([before.first_entry])
                    return before
                finally:
                    timer.cancel()
                    timer.join()
            before = self._replica.append_queued(record, want_checked_in)
        self._announce()
        return before

    def append_records(self, records: Iterable[CheckInRecord]) -> int:
        with self._lock:
            records = list(records)
            new = self._replica.put_records(records)
            self._replica.queue(new)
        self._wake.set()
        return len(new)

    def records(self, attendee_id: int | None = None, checkpoint: str | None = None) -> list[CheckInRecord]:
        with self._lock:
            return self._replica.records(attendee_id, checkpoint)

    def presence(self, checkpoint: str = DEFAULT_CHECKPOINT) -> dict[int, PresenceState]:
        with self._lock:
            return self._replica.presence(checkpoint)

    @contextmanager
    def batch(self) -> Iterator[None]:
        # An import through a desk: one server transaction; the replica follows by the change feed.
        with self._lock:
            if not self._online or self._writer is None:
                raise errors.EventUnavailable(self.location, "offline: only check-ins can be made until the "
                                                             "server is back")
            with self._writer.batch():
                yield

    def close(self) -> None:
        # No callback after close, even from a sync thread slow to notice (its receivers may be gone).
        self.on_status = self.on_changes = self.on_duplicates = None
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            sync = self._sync
            if sync is not None:
                sync.interrupt()  # out of its wait for notifications
            self._thread.join(timeout=15)
        else:
            self._close_sync()
        with self._lock:
            if self._writer is not None:
                self._writer.close()
            self._replica.close()


def open_for_desk(location: str | Path, desk: str, replica_folder: Path | None = None) -> EventStore:
    """What a desk opens: a server URL as an offline-capable DeskStore, a file as itself."""
    from checkin.store import is_server_url, open_event

    if is_server_url(str(location)):
        return DeskStore.open(str(location), desk, replica_folder)
    return open_event(location)


__all__ = ["DeskStatus", "DeskStore", "Duplicate", "open_for_desk"]
