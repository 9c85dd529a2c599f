"""A desk on a server event that goes on checking people in when the network drops.

Reads come from a local replica (an event file kept current by the change
feed), so search and counters never wait for the network. A check-in goes to
the server when it is online, so two desks racing for one person still get one
"checked in" and one "already"; if the server does not answer within about a
second the desk turns offline and checks in against the replica, queueing each
record in the replica's outbox in the same transaction. A background thread
(desk_sync.py) reconnects, uploads the outbox (original door times, idempotent
by uuid), pulls what it missed and reports people checked in at two desks while apart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from checkin.core.models import DEFAULT_CHECKPOINT, Attendee, CheckInRecord, Event, PresenceState
from checkin.store import errors
from checkin.store.base import EventStore
from checkin.store.changes import Change
from checkin.store.desk_day_tables import DayTablesOnServer
from checkin.store.desk_sync import FAST_CONNECTION, RETRY_EVERY, DeskSync, offline_reason
from checkin.store.postgres_store import PostgresStore, redact
from checkin.store.replica import Duplicate, ReplicaStore, replica_path

ANSWER_WITHIN = 1.0


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


class DeskStore(DayTablesOnServer, EventStore):
    def __init__(self, url: str, desk: str, replica: ReplicaStore, answer_within: float = ANSWER_WITHIN) -> None:
        self.url = url
        self.desk = desk
        self.location = redact(url)
        self.answer_within = answer_within
        self._replica = replica
        self._writer: PostgresStore | None = None  # the desk thread's connection
        self._online = False
        self.name_in_use = False  # set by the sync thread
        self._detail = ""
        self._reason = ""
        self._lock = threading.RLock()  # guards the replica and the link state, shared with the sync thread
        self._sync = DeskSync(self, replica, self._lock)
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
            store._sync.connect(sync)
            try:
                store._sync.go_online()
            except errors.EventUnavailable as error:
                store.link_down(error.detail, offline_reason(error))
                store._sync.close_connection()
        if start:
            store.start()
        return store

    def start(self) -> None:
        self._sync.start()

    # -- status ---------------------------------------------------------------------
    @property
    def online(self) -> bool:
        return self._online

    def status(self) -> DeskStatus:
        with self._lock:
            return DeskStatus(self._online, self._replica.queued_count(), self.desk, self.name_in_use,
                              "" if self._online else self._detail, "" if self._online else self._reason)

    def announce(self) -> None:
        if self.on_status is not None:
            self.on_status(self.status())

    # -- the link, as the sync thread sees it (SyncedDesk) ------------------------------
    def link_writer(self) -> PostgresStore | None:
        return self._writer

    def link_up(self, writer: PostgresStore) -> None:
        """Back online: check-ins go to the server through `writer` (the sync thread holds the lock)."""
        with self._lock:
            self._writer, self._online, self._detail, self._reason = writer, True, "", ""

    def link_down(self, detail: str, reason: str = "unreachable") -> None:
        """From now on check-ins are answered from the replica and queued (any thread)."""
        with self._lock:
            was_online = self._online
            self._online, self._detail, self._reason = False, detail, reason
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        self._sync.wake()
        if was_online and not self._sync.stopping:
            self.announce()

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
                    self.link_down(error.detail)
                    raise
                self._replica.put_attendees(stored)
        if offline:
            self.announce()
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
                self.link_down(error.detail)
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
                    self.link_down(error.detail)
                else:
                    if before.accepts(record):  # written: keep it without waiting for the feed
                        self._replica.put_records([record])
                    elif before.first_entry is not None:
                        self._replica.put_records([before.first_entry])
                    return before
                finally:
                    timer.cancel()
                    timer.join()  # as in desk_sync.watched: no late interrupt on the next use
            before = self._replica.append_queued(record, want_checked_in)
        self.announce()
        return before

    def append_records(self, records: Iterable[CheckInRecord]) -> int:
        with self._lock:
            records = list(records)
            new = self._replica.put_records(records)
            self._replica.queue(new)
        self._sync.wake()
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
        self._sync.stop()
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


__all__ = ["ANSWER_WITHIN", "FAST_CONNECTION", "RETRY_EVERY", "DeskStatus", "DeskStore", "Duplicate",
           "offline_reason", "open_for_desk"]
