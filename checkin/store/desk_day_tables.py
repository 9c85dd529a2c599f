"""The programme, loans and badge collections at a desk on a server event (a mixin of DeskStore).

Every desk must agree on who holds receiver R042, so lending, returning and noting a collection need
the server, like an edit of an attendee: offline they are refused with one clear line and nothing is
kept half-done. The programme is read from the server while online and kept in the desk's replica,
so the speakers' board still shows it when the link drops.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from checkin.core.groups import BadgeCollection
from checkin.core.loans import Loan
from checkin.core.programme import ProgrammeSession
from checkin.store import errors
from checkin.store.desk_sync import watched

if TYPE_CHECKING:
    from checkin.store.postgres_store import PostgresStore
    from checkin.store.replica import ReplicaStore

T = TypeVar("T")
OFFLINE = "offline: items lent, badges collected and the programme wait for the server"


class DayTablesOnServer:
    """Needs the DeskStore's lock, link state, writer connection and replica."""

    if TYPE_CHECKING:
        location: str
        answer_within: float
        _lock: threading.RLock
        _online: bool
        _writer: PostgresStore | None
        _replica: ReplicaStore

        def link_down(self, detail: str, reason: str = "unreachable") -> None: ...

        def _edits(self) -> PostgresStore:
            """The edits' connection, opened at the first edit."""
            ...

    def _on_server(self, call: Callable[[PostgresStore], T]) -> T:
        with self._lock:
            if not self._online:
                raise errors.EventUnavailable(self.location, OFFLINE)
            writer = self._edits()
            try:
                # Cut off when a silent network keeps the answer: the desk says so instead of hanging.
                return watched(writer, lambda: call(writer), self.answer_within)
            except errors.EventUnavailable as error:
                self.link_down(error.detail)
                raise

    # -- the programme: the server's while online, the replica's copy otherwise -------------
    def programme(self) -> list[ProgrammeSession]:
        with self._lock:
            try:
                sessions = self._on_server(lambda server: server.programme())
            except errors.EventUnavailable:
                return self._replica.programme()
            try:
                self._replica.replace_programme(sessions, keep_ids=True)
            except errors.StoreError:
                pass  # a speaker the replica has not heard of yet: the copy catches up on the next read
            return sessions

    def save_session(self, session: ProgrammeSession) -> ProgrammeSession:
        stored = self._on_server(lambda server: server.save_session(session))
        self.programme()
        return stored

    def delete_session(self, session_id: int) -> None:
        self._on_server(lambda server: server.delete_session(session_id))
        self.programme()

    def replace_programme(self, sessions: Sequence[ProgrammeSession], keep_ids: bool = False
                          ) -> list[ProgrammeSession]:
        stored = self._on_server(lambda server: server.replace_programme(sessions, keep_ids))
        self.programme()
        return stored

    # -- items lent and badges collected: the server's only ----------------------------------
    def lend(self, loan: Loan) -> Loan | None:
        return self._on_server(lambda server: server.lend(loan))

    def return_item(self, item: str, when: datetime, desk: str) -> Loan | None:
        return self._on_server(lambda server: server.return_item(item, when, desk))

    def loans(self, outstanding: bool = False) -> list[Loan]:
        return self._on_server(lambda server: server.loans(outstanding))

    def put_loans(self, loans: Sequence[Loan]) -> None:
        self._on_server(lambda server: server.put_loans(loans))

    def add_collection(self, collection: BadgeCollection) -> None:
        self._on_server(lambda server: server.add_collection(collection))

    def collections(self) -> list[BadgeCollection]:
        return self._on_server(lambda server: server.collections())
