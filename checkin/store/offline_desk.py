"""A desk on a server event that answers at once and goes on checking people in when the network drops.

Reads come from a local replica (an event file kept current by the sync thread),
so search and counters never wait for the network. A check-in is written to the
replica and its outbox in one transaction and answered from there, online or not:
the desk never waits for a round trip. The sync thread (desk_sync.py) takes the
outbox up record by record as soon as it can and pulls what the other desks did;
where the server disagrees (someone was checked in at another desk meanwhile) the
conflict comes back as data, on every desk's list to check. Edits other than
check-ins (people, settings) go to the server, which every desk must agree on, and
land in the replica only once the server committed them.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from checkin.core.clock import Clock, utc_now
from checkin.core.models import DEFAULT_CHECKPOINT, Attendee, CheckInRecord, Event, PresenceState
from checkin.store import errors
from checkin.store.base import EventStore
from checkin.store.changes import Change
from checkin.store.conflicts import Conflict
from checkin.store.desk_day_tables import DayTablesOnServer
from checkin.store.desk_sync import FAST_CONNECTION, RETRY_EVERY, DeskSync, offline_reason, watched
from checkin.store.passwords import password_in, save_password
from checkin.store.postgres_store import AccessDenied, PostgresStore, redact
from checkin.store.replica import ParkedRecord, ReplicaStore, replica_path

ANSWER_WITHIN = 1.0
# What a batch's COMMIT may take beyond a heartbeat's answer (the server writes the whole import then).
COMMIT_MARGIN = 4.0


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
    # When the link went down (None while online).
    offline_since: datetime | None = None
    # Records the server refused, kept on this desk and on the list to check.
    parked: int = 0
    # How far this computer's clock is ahead of the server's (seconds; None until measured).
    clock_offset: float | None = None


class DeskStore(DayTablesOnServer, EventStore):
    def __init__(self, url: str, desk: str, replica: ReplicaStore, answer_within: float = ANSWER_WITHIN,
                 clock: Clock = utc_now, connection_options: dict[str, str] | None = None) -> None:
        self.url = url
        self.desk = desk
        self.location = redact(url)
        self.answer_within = answer_within
        self.clock = clock
        self.connection_options = connection_options or _desk_connection()
        self._replica = replica
        self._writer: PostgresStore | None = None  # edits' connection (the sync thread has its own)
        self._online = False
        self.name_in_use = False  # set by the sync thread
        self._detail = ""
        self._reason = ""
        self._since: datetime | None = clock()
        if replica.state("desk") != desk:
            replica.set_state(desk=desk)  # `checkin sync` names the desk as its copy was made for
        offset = replica.state("clock_offset")
        self._offset: float | None = float(offset) if offset is not None else None
        self._after_commit: list[Callable[[], None]] | None = None  # replica writes waiting for a batch's COMMIT
        self._lock = threading.RLock()  # guards the replica and the link state, shared with the sync thread
        self._sync = DeskSync(self, replica, self._lock)
        # Called from the sync thread (the Qt adapter turns them into signals).
        self.on_status: Callable[[DeskStatus], None] | None = None
        self.on_changes: Callable[[list[Change]], None] | None = None
        self.on_conflicts: Callable[[list[Conflict]], None] | None = None

    @classmethod
    def open(cls, url: str, desk: str, replica_folder: Path | None = None,
             answer_within: float = ANSWER_WITHIN, start: bool = True, replica: Path | None = None,
             clock: Clock = utc_now) -> DeskStore:
        """Connect; with the server down (or refusing the password), start offline on this desk's copy.

        `replica`: the copy's file (the command line names it); by default one per server and desk name.
        """
        path = replica or replica_path(url, desk, replica_folder)
        options = _desk_connection()
        try:
            server = PostgresStore.open(url, **options)
        except (errors.EventUnavailable, AccessDenied) as error:
            if not path.exists() or not _complete(path):
                raise
            store = cls(url, desk, ReplicaStore.open_existing(path), answer_within, clock)
            store._detail, store._reason = error.detail, offline_reason(error)
        else:
            if password_in(url):
                save_password(url, password_in(url))  # the next start finds it without the address holding it
            try:
                store = cls(url, desk, ReplicaStore.open_or_create(path, server.event()), answer_within, clock,
                            options)
            except BaseException:
                server.close()
                raise
            store._sync.connect(server)  # the sync thread goes on with it (a slow link pays each connection)
            try:
                store._sync.go_online()
            except (errors.EventUnavailable, AccessDenied) as error:
                store._sync.close_connection()
                if not store._replica.first_pull_done():  # half a first pull: not a copy to work on
                    store._replica.close()
                    raise
                store.link_down(error.detail, offline_reason(error))
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
                              "" if self._online else self._detail, "" if self._online else self._reason,
                              None if self._online else self._since, self._replica.parked_count(), self._offset)

    def announce(self) -> None:
        if self.on_status is not None:
            self.on_status(self.status())

    def conflicts(self, include_seen: bool = False) -> list[Conflict]:
        """The list to check, as last pulled from the server (what this desk marked seen left out)."""
        with self._lock:
            return self._replica.conflicts(include_seen)

    def mark_seen(self, conflict_ids: Iterable[int], by: str) -> None:
        """Seen: off every desk's list (at the next sync, if this desk is offline)."""
        with self._lock:
            self._replica.mark_seen_offline(list(conflict_ids), by)
        self._sync.wake()

    def parked(self) -> list[ParkedRecord]:
        with self._lock:
            return self._replica.parked()

    def sync_now(self, within: float) -> bool:
        """Take the queue up now (the command line's `sync`); True when nothing is left queued."""
        self._sync.wake()
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            status = self.status()
            if status.online and status.queued == 0:
                return True
            threading.Event().wait(0.05)
        return False

    # -- the link, as the sync thread sees it (SyncedDesk) ------------------------------
    def link_writer(self) -> PostgresStore | None:
        return self._writer

    def link_up(self) -> None:
        """Back online: edits go to the server again (the sync thread holds the lock)."""
        with self._lock:
            self._online, self._detail, self._reason, self._since = True, "", "", None

    def _edits(self) -> PostgresStore:
        """The connection edits go through, opened at the first edit (the desk's lock held)."""
        if not self._online:
            raise self._offline_error()
        if self._writer is None or self._writer.connection.closed:
            try:
                self._writer = PostgresStore.open(self.url, **self.connection_options)
            except errors.EventUnavailable as error:
                self.link_down(error.detail)
                raise
        return self._writer

    def link_down(self, detail: str, reason: str = "unreachable") -> None:
        """From now on edits are refused until the server is back; check-ins go on (any thread)."""
        with self._lock:
            was_online = self._online
            if was_online or self._since is None:
                self._since = self.clock()
            self._online, self._detail, self._reason = False, detail, reason
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        self._sync.wake()
        if was_online and not self._sync.stopping:
            self.announce()

    def measured(self, offset: float) -> None:
        with self._lock:
            changed = self._offset is None or abs(self._offset - offset) > 1.0
            self._offset = offset
            if changed:
                self._replica.set_state(clock_offset=repr(offset))
        if changed:
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
            return self._replica.attendee(self._replica.server_id(attendee_id))

    def attendees_by_code(self, folded_code: str) -> list[Attendee]:
        with self._lock:
            return self._replica.attendees_by_code(folded_code)

    def add_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        """New attendees on the server; offline (a walk-in at a desk cut off) they wait in the replica."""
        with self._lock:
            if not self._online:
                if self._after_commit is not None:
                    raise self._offline_error()
                stored = self._replica.add_local_attendees(attendees)
                offline = True
            else:
                offline = False
                writer = self._edits()
                stored = self._edit_on_server(lambda: writer.add_attendees(attendees))
                self._locally(lambda: self._replica.put_attendees(stored))
        if offline:
            self.announce()
            self._sync.wake()
        return stored

    def update_attendees(self, attendees: Sequence[Attendee]) -> None:
        with self._lock:
            attendees = [a.with_changes(id=self._replica.server_id(a.id)) if a.id is not None else a
                         for a in attendees]
        self._server_then_replica(lambda server: server.update_attendees(attendees),
                                  lambda: self._replica.put_attendees(attendees))

    def mark_badges_printed(self, attendee_ids: Iterable[int], when: datetime) -> None:
        """A badge printed offline is marked here at once and on the server when it is back."""
        with self._lock:  # re-entrant: the state cannot change between the test and the write
            ids = [self._replica.server_id(i) for i in attendee_ids]
            if not self._online:
                self._replica.mark_badges_offline(ids, when)
                return
            self._server_then_replica(lambda server: server.mark_badges_printed(ids, when),
                                      lambda: self._replica.mark_badges_printed(ids, when))

    def purge_personal_data(self, statistics: dict[str, Any]) -> None:
        self._server_then_replica(lambda server: server.purge_personal_data(statistics),
                                  lambda: self._replica.purge_personal_data(statistics))

    def _offline_error(self) -> errors.ServerOffline:
        with self._lock:
            return errors.ServerOffline(self.location, self._since, self._replica.queued_count(),
                                        self._detail or "offline")

    def _server_then_replica(self, on_server: Callable[[PostgresStore], None], locally: Callable[[], None]) -> None:
        """Changes other than check-ins need the server: every desk must see the same attendees."""
        with self._lock:
            writer = self._edits()
            self._edit_on_server(lambda: on_server(writer))
            self._locally(locally)

    def _edit_on_server(self, call: Callable[[], Any]) -> Any:
        """A call on the edits' connection, cut if the server does not answer in time."""
        writer = self._writer
        assert writer is not None
        try:
            if self._after_commit is not None:  # inside a batch: the batch's own deadline holds
                return call()
            return watched(writer, call, self.answer_within)
        except errors.EventUnavailable as error:
            self.link_down(error.detail)
            raise

    def _locally(self, write: Callable[[], None]) -> None:
        """Write to the replica now, or, inside a batch, once the server has committed it."""
        if self._after_commit is not None:
            self._after_commit.append(write)
        else:
            write()

    # -- the check-in log ------------------------------------------------------------------
    def append_entry(self, record: CheckInRecord) -> PresenceState:
        return self._append(record, want_checked_in=False)

    def append_undo(self, record: CheckInRecord) -> PresenceState:
        return self._append(record, want_checked_in=True)

    def _append(self, record: CheckInRecord, want_checked_in: bool) -> PresenceState:
        """Decided on this desk's copy and queued in one local transaction; the sync thread takes it up."""
        with self._lock:
            record = replace(record, attendee_id=self._replica.server_id(record.attendee_id),
                             clock_offset=self._offset if record.clock_offset is None else record.clock_offset)
            before = self._replica.append_queued(record, want_checked_in)
            online = self._online
        self._sync.wake()
        if not online:
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
            if attendee_id is not None:
                attendee_id = self._replica.server_id(attendee_id)
            return self._replica.records(attendee_id, checkpoint)

    def presence(self, checkpoint: str = DEFAULT_CHECKPOINT) -> dict[int, PresenceState]:
        with self._lock:
            return self._replica.presence(checkpoint)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """An import through a desk: one server transaction; the replica takes it only once it committed."""
        with self._lock:
            writer = self._edits()
            self._after_commit = []
            try:
                timer: threading.Timer | None = None
                try:
                    with writer.batch():
                        try:
                            yield
                        finally:
                            # COMMIT (or ROLLBACK) is one short round trip: a silent link shows here.
                            timer = threading.Timer(self.answer_within + COMMIT_MARGIN, writer.interrupt)
                            timer.daemon = True
                            timer.start()
                finally:
                    if timer is not None:
                        timer.cancel()
                        timer.join()
                waiting, self._after_commit = self._after_commit, None
            except errors.EventUnavailable as error:
                self._after_commit = None
                self.link_down(error.detail)
                raise
            except BaseException:
                self._after_commit = None
                raise
            with self._replica.batch():
                for write in waiting:
                    write()

    def close(self) -> None:
        # No callback after close, even from a sync thread slow to notice (its receivers may be gone).
        self.on_status = self.on_changes = self.on_conflicts = None
        self._sync.stop()
        with self._lock:
            if self._writer is not None:
                self._writer.close()
            self._replica.close()


def _desk_connection() -> dict[str, str]:
    # Named uniquely for this open desk, so its own sessions left behind by a drop can be told from another desk's.
    return {**FAST_CONNECTION, "application_name": f"checkin desk {uuid.uuid4().hex[:12]}"}


def _complete(path: Path) -> bool:
    """The copy at `path` finished its first pull (a half one is not a copy to work on)."""
    replica = ReplicaStore.open_existing(path)
    try:
        return replica.first_pull_done()
    finally:
        replica.close()


def open_for_desk(location: str | Path, desk: str, replica_folder: Path | None = None) -> EventStore:
    """What a desk opens: a server URL as an offline-capable DeskStore, a file as itself."""
    from checkin.store import is_server_url, open_event

    if is_server_url(str(location)):
        return DeskStore.open(str(location), desk, replica_folder)
    return open_event(location)


__all__ = ["ANSWER_WITHIN", "FAST_CONNECTION", "RETRY_EVERY", "DeskStatus", "DeskStore", "ParkedRecord",
           "offline_reason", "open_for_desk"]
