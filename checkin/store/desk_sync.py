"""The background synchronisation of a desk on a server event: one thread per DeskStore.

Check-ins are written to the desk's replica and its outbox first; this thread takes them
up as soon as it can, record by record (a refused one is parked, never blocking the
rest), and pulls what the other desks wrote: after an outage only what changed since
its last pull, the whole event only on a first open (in pages, resumed where a drop
left it). At every round trip it measures the desk's clock against the server's. It
listens for what other desks commit, checks the link every second when nothing comes,
and reconnects when the link is back. It shares the desk's lock, which guards the
replica and the link state; what else it needs of the desk goes through `SyncedDesk`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Protocol, TypeVar

from checkin.core.models import CheckInRecord
from checkin.store import errors
from checkin.store import server_sync as server_side
from checkin.store.changes import Change, ChangeFeed
from checkin.store.conflicts import Conflict
from checkin.store.postgres_schema import SCHEMA_VERSION
from checkin.store.postgres_store import AccessDenied, PostgresStore
from checkin.store.replica import ReplicaStore

RETRY_EVERY = 1.0
# libpq limits for the desk's connections: a dead link must show within a couple of seconds.
FAST_CONNECTION = {"connect_timeout": "2", "tcp_user_timeout": "1500", "keepalives_idle": "2",
                   "keepalives_interval": "1", "keepalives_count": "2"}
# How long the sync thread sleeps between looks at its queue while waiting for notifications.
QUEUE_LOOK = 0.05
UPLOAD_BATCH = 500
UPLOAD_SECONDS_PER_RECORD = 0.02
# A pull or an upload carries more than a heartbeat: it may take this long on a slow link.
BULK_WITHIN = 15.0
PULL_MARGIN = 2.0
# Pull even when no notification came, every this many heartbeats (seconds, on a quiet link).
PULL_ANYWAY_EVERY = 15
# After a server restart, pull again the rows of this many transactions before the last pull's horizon.
RESTART_MARGIN = 1000
# What a pull brings; a notification from any other table is passed on to the face as it came.
PULLED_TABLES = ("checkins", "attendees", "event", "settings", "conflicts")
# The clock offset is written to the server when it moved by more than this (seconds), or every minute.
CLOCK_NOTE = 1.0
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
    clock: Callable[[], datetime]
    connection_options: dict[str, str]
    # Another running desk holds the lock on this desk name.
    name_in_use: bool
    on_changes: Callable[[list[Change]], None] | None
    on_conflicts: Callable[[list[Conflict]], None] | None

    @property
    def online(self) -> bool: ...

    def link_up(self) -> None:
        """Online (again) (called holding the desk's lock)."""
        ...

    def link_down(self, detail: str, reason: str) -> None:
        """Offline from now on (any thread)."""
        ...

    def link_writer(self) -> PostgresStore | None: ...

    def measured(self, offset: float) -> None:
        """The desk's clock is `offset` seconds ahead of the server's."""
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
        self._server: PostgresStore | None = None  # the sync thread's connection (LISTENs)
        self._feed: ChangeFeed | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._noted: tuple[float, float] | None = None  # (offset, when) last written to the server
        self._round_trip = 0.0  # the link's, as the last heartbeat measured it
        self._quiet = 0  # heartbeats since the last pull
        self._restarted = False  # the server started again since the last pull

    # -- what the desk calls ------------------------------------------------------------
    def connect(self, server: PostgresStore) -> None:
        """Take the connection the desk opened with (before start)."""
        self._server = server

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"checkin sync ({self._desk.desk})", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look at the queue now (check-ins were queued, or the link went down)."""
        self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """End the thread (or, never started, drop its connection)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            server = self._server
            if server is not None:
                server.interrupt()  # out of whatever it waits for
            self._thread.join(timeout=15)
        else:
            self.close_connection()

    def close_connection(self) -> None:
        """Drop the sync thread's connection (the sync thread's business only, or before start)."""
        server, self._server, self._feed = self._server, None, None
        if server is not None:
            server.close()

    # -- the thread ----------------------------------------------------------------------
    def _run(self) -> None:
        desk = self._desk
        while not self._stop.is_set():
            try:
                if not desk.online or self._feed is None:
                    self.go_online()
                    continue
                self._upload()
                changes = self._listen()
                if changes:
                    self._pull(changes)
                elif not self._wake.is_set():
                    self._heartbeat()
            except Exception as error:  # the sync thread must outlive any surprise
                if self._stop.is_set():
                    return
                detail = error.detail if isinstance(error, errors.StoreError) else f"{type(error).__name__}: {error}"
                desk.link_down(detail or str(error), offline_reason(error))
                self.close_connection()
                self._wake.wait(RETRY_EVERY)
                self._wake.clear()

    def _watched(self, call: Callable[[], T], within: float | None = None, round_trips: int = 1) -> T:
        """A server call cut if it does not answer in time: the time allowed grows with the link's round
        trip, so a slow but working link (500 ms at a crowded venue) is never mistaken for a dead one."""
        assert self._server is not None
        allowed = (within or self._desk.answer_within) + round_trips * self._round_trip
        return watched(self._server, call, allowed)

    def _listen(self) -> list[Change]:
        """Notifications from other desks, waiting up to a heartbeat's interval, or less if woken."""
        feed = self._feed
        assert feed is not None
        deadline = time.monotonic() + self._desk.answer_within
        while not self._stop.is_set():
            changes = feed.wait(QUEUE_LOOK)
            if changes or self._wake.is_set() or time.monotonic() >= deadline:
                return changes
        return []

    def go_online(self) -> None:
        """(Re)connect, take the queue up, pull what changed, then call the desk online."""
        desk = self._desk
        if self._server is None:
            self._server = PostgresStore.open(desk.url, **desk.connection_options)
        server = self._server
        if self._feed is None:
            # Listen before pulling, so nothing committed in between is missed.
            self._feed = self._watched(lambda: ChangeFeed(server.connection, desk.location))
            desk.name_in_use = not self._watched(lambda: self._take_desk_name(server), round_trips=4)
        self._heartbeat()
        self._pull([])  # what the other desks did first: this desk's answers come from its copy
        self._upload()
        with self._lock:
            desk.link_up()
        desk.announce()
        if desk.on_changes is not None:
            desk.on_changes([Change("event"), Change("attendees"), Change("checkins")])

    def _take_desk_name(self, server: PostgresStore) -> bool:
        """The desk name's lock; one held by this desk's own sessions from before a drop is taken back."""
        name = f"checkin desk {self._desk.desk}"
        if server.try_session_lock(name):
            return True
        mine = self._desk.connection_options["application_name"]
        live = {server.connection.info.backend_pid}
        writer = self._desk.link_writer()
        if writer is not None and not writer.connection.closed:
            live.add(writer.connection.info.backend_pid)
        server.end_orphans(mine, live)
        return server.try_session_lock(name)

    def _heartbeat(self) -> None:
        """One round trip: the link is alive, the clock measured, the schema still ours."""
        desk = self._desk
        beat = self._watched(partial(server_side.heartbeat, self._server, desk.clock), round_trips=3)
        if beat.version > SCHEMA_VERSION:
            raise errors.NewerSchema(desk.location, beat.version, SCHEMA_VERSION)
        self._round_trip = beat.round_trip
        with self._lock:
            known = self._replica.state("server_started")
            if known != beat.started:
                self._restarted = known is not None
                self._replica.set_state(server_started=beat.started)
        desk.measured(beat.offset)
        now = time.monotonic()
        if self._noted is None or abs(self._noted[0] - beat.offset) > CLOCK_NOTE or now - self._noted[1] > 60:
            self._watched(partial(server_side.record_clock, self._server, desk.desk, beat.offset))
            self._noted = (beat.offset, now)
        self._quiet += 1
        if self._quiet >= PULL_ANYWAY_EVERY:  # a notification lost on the way costs at most this long
            self._pull([])

    # -- up --------------------------------------------------------------------------------
    def _upload(self) -> None:
        """Walk-ins, badge marks, seen marks, then the queued records, batch by batch until none is left."""
        self._wake.clear()
        self._register_walk_ins()
        server = self._server
        assert server is not None
        with self._lock:
            marks = self._replica.queued_badge_marks()
            seen = self._replica.seen_marks()
        for when, ids in marks.items():
            self._watched(partial(server.mark_badges_printed, ids, when))
            with self._lock:
                self._replica.clear_badge_marks(ids)
        for by, ids in seen.items():
            self._watched(partial(server.mark_seen, ids, by))
            with self._lock:
                self._replica.clear_seen_marks(ids)
        while not self._stop.is_set():
            with self._lock:
                pending = self._replica.queued(UPLOAD_BATCH)
                if pending:
                    pending = self._replica.stamp_offsets(pending, self._offset())
            if not pending:
                return
            # A scan or two must show a dead link as fast as a heartbeat; a long queue gets longer.
            within = self._desk.answer_within + UPLOAD_SECONDS_PER_RECORD * len(pending)
            result = self._watched(partial(server_side.upload, server, pending), within=within, round_trips=6)
            with self._lock, self._replica.batch():
                self._replica.acknowledge(result.on_server)
                self._replica.park(result.parked)
            self._desk.announce()

    def _offset(self) -> float:
        with self._lock:
            measured = self._replica.state("clock_offset")
        return float(measured) if measured is not None else 0.0

    def _register_walk_ins(self) -> None:
        """Walk-ins added offline get their server ids before their check-ins go up (idempotent by code)."""
        with self._lock:
            waiting = self._replica.queued_attendees()
        for attendee in waiting:
            assert attendee.id is not None
            server_id, merged = self._watched(
                partial(server_side.register_walk_in, self._server, attendee, self._desk.desk))
            with self._lock:
                self._replica.renumber(attendee.id, server_id, merged)

    # -- down ------------------------------------------------------------------------------
    def _pull(self, changes: list[Change]) -> None:
        """What changed on the server since the last pull (the first time: everything, page by page)."""
        server = self._server
        assert server is not None
        self._quiet = 0
        with self._lock:
            since = self._replica.state("since")
        if since is not None and self._restarted:
            since = server_side.earlier_horizon(since, RESTART_MARGIN)
        small_since = None
        if since is None:
            small_since = "0"  # settings and the list to check come whole with a first pull
            self._first_pull(server)
            with self._lock:
                since = self._replica.state("since")
            if since is None:  # stopped half way: the next open resumes
                return
        # What changed since the last pull is small (a few minutes' check-ins): a silent link shows soon.
        within = BULK_WITHIN if small_since else self._desk.answer_within + PULL_MARGIN
        pulled = self._watched(partial(server_side.pull, server, since, small_since), within=within, round_trips=4)
        # One local transaction (one disk sync) while the desk waits for its lock.
        with self._lock, self._replica.batch():
            self._replica.put_event(pulled.event)
            self._replica.put_settings(pulled.settings)
            self._replica.put_attendees(pulled.attendees)
            new_records = self._replica.put_records(pulled.records)
            new_conflicts = self._replica.put_conflicts(pulled.conflicts)
            self._replica.set_state(since=pulled.since)
        self._restarted = False
        desk = self._desk
        if desk.on_changes is not None:
            # What the pull brought, and what it does not cover (the day's tables, read again by name).
            reported = [Change("checkins", record=record) for record in new_records]
            if pulled.attendees or pulled.settings:
                reported.append(Change("attendees"))
            if pulled.conflicts:
                reported.append(Change("conflicts"))
            reported += [change for change in changes if change.table not in PULLED_TABLES]
            if reported:
                desk.on_changes(reported)
        if new_conflicts and desk.on_conflicts is not None:
            desk.on_conflicts(new_conflicts)

    def _first_pull(self, server: PostgresStore) -> None:
        """Everything, in pages; each page lands with its bookmark, so a drop resumes there."""
        with self._lock:
            horizon = self._replica.state("first_pull_horizon")
        if not horizon:
            horizon = self._watched(partial(server_side.snapshot_horizon, server))
            with self._lock:
                self._replica.set_state(first_pull_horizon=horizon, first_pull_attendee="0", first_pull_record="")
        while not self._stop.is_set():
            with self._lock:
                after_id = int(self._replica.state("first_pull_attendee") or 0)
            page = self._watched(partial(server_side.attendee_page, server, after_id), within=BULK_WITHIN)
            if page:
                with self._lock, self._replica.batch():
                    self._replica.put_attendees(page)
                    self._replica.set_state(first_pull_attendee=str(page[-1].id))
            if len(page) < server_side.ATTENDEE_PAGE:
                break
        while not self._stop.is_set():
            with self._lock:
                after_uuid = self._replica.state("first_pull_record") or ""
            records: list[CheckInRecord] = self._watched(
                partial(server_side.record_page, server, after_uuid, horizon), within=BULK_WITHIN)
            if records:
                with self._lock, self._replica.batch():
                    self._replica.put_records(records)
                    self._replica.set_state(first_pull_record=records[-1].uuid)
            if len(records) < server_side.RECORD_PAGE:
                break
        if self._stop.is_set():
            return
        with self._lock:
            self._replica.set_state(since=horizon, first_pull_horizon=None, first_pull_attendee=None,
                                    first_pull_record=None)
