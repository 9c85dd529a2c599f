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

from checkin.store.offline_desk import DeskStatus, DeskStore, Duplicate
from checkin.ui.server_status import ServerStatus, duplicate_text, status_text

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
        self.server.duplicatesFound.connect(self.duplicates_found)

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
            self.context.signals.connection_changed.emit(status_text(status))

    @Slot(list)
    def duplicates_found(self, duplicates: list[Duplicate]) -> None:
        session = self.context.session
        if not self.attached or session is None or not duplicates:
            return
        timezone = session.event.timezone
        lines = []
        for duplicate in duplicates:
            person = session.attendee(duplicate.attendee_id)
            lines.append(duplicate_text(duplicate, person.name if person else f"#{duplicate.attendee_id}", timezone))
        self.context.signals.notice.emit("  ·  ".join(lines))

    def detach(self) -> None:
        """Before the store closes: no more calls from its sync thread, none of the queued ones acted on."""
        self.attached = False
        self.server.detach()
