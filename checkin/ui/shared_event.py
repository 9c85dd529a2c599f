"""A desk on a shared (server) event: what the other desks do reaches this desk's views.

The DeskStore reports from its sync thread; ServerStatus turns that into signals, and the slots
here live on the UI thread (Qt queues the calls), so the views are only ever touched from there.
Nothing here moves the focus or touches the search field: a change from another desk arrives
while a volunteer is typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from checkin.store.conflicts import Conflict
from checkin.store.offline_desk import DeskStatus, DeskStore
from checkin.ui.server_status import ServerStatus, conflict_text, status_text

if TYPE_CHECKING:
    from checkin.ui.context import AppContext


# How often a change from another desk that arrived during an import is tried again.
WHILE_WRITING_MS = 500


class SharedEventLink(QObject):
    """Owns the ServerStatus of one open DeskStore and relays it to the AppContext."""

    def __init__(self, context: AppContext, store: DeskStore) -> None:
        super().__init__()
        self.context = context
        self.store = store
        self.attached = True
        self.server = ServerStatus(store, self)
        self.server.checkinsChanged.connect(self.checkins_changed)
        self.server.attendeesChanged.connect(self.attendees_changed)
        self.server.statusChanged.connect(self.status_changed)
        self.server.conflictsFound.connect(self.conflicts_found)
        self.server.conflictsChanged.connect(self.conflicts_changed)

    def status(self) -> DeskStatus:
        return self.server.status()

    # Each slot checks `attached`: a call queued before detach() may arrive after it.
    @Slot()
    def checkins_changed(self) -> None:
        if self._deferred(self.checkins_changed):
            return
        if self.attached and self.context.session is not None:
            self.context.reload_presence()
            self.context.signals.changed.emit()

    @Slot()
    def attendees_changed(self) -> None:
        if self._deferred(self.attendees_changed):
            return
        if self.attached:
            self.context.refresh_from_store()

    def _deferred(self, slot: Callable[[], None]) -> bool:
        """While an import writes, the store is busy with it: read after, not (frozen) during it."""
        if self.attached and self.context.writing:
            QTimer.singleShot(WHILE_WRITING_MS, self, slot)
            return True
        return False

    @Slot(object)
    def status_changed(self, status: DeskStatus) -> None:
        if self.attached:
            session = self.context.session
            self.context.signals.connection_changed.emit(
                status_text(status, session.event.timezone if session is not None else ""))

    def conflicts(self) -> list[Conflict]:
        """The list to check, read from this desk's copy (it holds what every desk found)."""
        return self.store.conflicts() if self.attached else []

    def mark_seen(self, conflict_ids: list[int]) -> None:
        session = self.context.session
        self.store.mark_seen(conflict_ids, by=session.desk if session is not None else "")
        self.context.signals.changed.emit()

    def describe(self, conflict: Conflict) -> str:
        session = self.context.session
        if session is None:
            return ""
        person = session.attendee(conflict.attendee_id) if conflict.attendee_id is not None else None
        name = person.name if person else (f"#{conflict.attendee_id}" if conflict.attendee_id else "")
        return conflict_text(conflict, name, session.event.timezone)

    @Slot()
    def conflicts_changed(self) -> None:
        if self.attached and self.context.session is not None:
            self.context.signals.changed.emit()

    @Slot(list)
    def conflicts_found(self, conflicts: list[Conflict]) -> None:
        """New on the list to check: said in the status bar too (the list itself stays until marked seen)."""
        if not self.attached or self.context.session is None or not conflicts:
            return
        self.context.signals.notice.emit("  ·  ".join(self.describe(conflict) for conflict in conflicts))
        self.context.signals.changed.emit()

    def detach(self) -> None:
        """Before the store closes: no more calls from its sync thread, none of the queued ones acted on."""
        self.attached = False
        self.server.detach()
