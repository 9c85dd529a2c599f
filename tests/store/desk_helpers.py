"""Desks on a server event as the store tests drive them: callbacks recorded, waits on conditions."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from checkin.core.session import EventSession
from checkin.store.offline_desk import DeskStatus, DeskStore

PATIENCE = 30.0  # generous bound on waiting for a condition; never a measured time


class Watched:
    """A desk with its callbacks recorded, so tests wait on conditions instead of sleeping."""

    def __init__(self, store: DeskStore) -> None:
        self.store = store
        self.session = EventSession(store, clock=store.clock, desk=store.desk)
        self.statuses: list[DeskStatus] = []
        self.conflicts: list = []
        self.changes = 0
        self._condition = threading.Condition()
        store.on_status = self._record(self.statuses.append)
        store.on_conflicts = self._record(self.conflicts.extend)
        store.on_changes = self._record(lambda changes: setattr(self, "changes", self.changes + len(changes)))

    def _record(self, action: Callable) -> Callable:
        def callback(value: object) -> None:
            with self._condition:
                action(value)
                self._condition.notify_all()
        return callback

    def wait_for(self, predicate: Callable[[], bool], what: str, patience: float = PATIENCE) -> None:
        """Wait until `predicate` holds: woken by every callback, and polled (the replica changes silently)."""
        deadline = time.monotonic() + patience
        with self._condition:
            while not predicate():
                left = deadline - time.monotonic()
                assert left > 0, f"{self.store.desk}: never {what}"
                self._condition.wait(min(left, 0.1))

    def synced(self) -> bool:
        return self.store.online and self.store.status().queued == 0
