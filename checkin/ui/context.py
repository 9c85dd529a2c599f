"""The one context object of the desk: built at start, passed down, replaced by fakes in tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from checkin.core.clock import Clock, utc_now
from checkin.core.models import PresenceState
from checkin.core.session import EventSession
from checkin.store import is_server_url, open_event
from checkin.ui import main_thread_gc
from checkin.ui import settings as keys
from checkin.ui.printing import PrinterService, PrintSetup
from checkin.ui.settings import Settings
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from checkin.ui.shared_event import SharedEventLink


class EventSignals(QObject):
    """What views listen to: an event opened or closed, and the event's data changed."""

    opened = Signal()
    closed = Signal()
    # Attendees or check-ins changed (here, or reported by the store of another desk).
    changed = Signal()
    # Status-bar hook for multi-desk stores: a short text such as "online" / "offline".
    connection_changed = Signal(str)
    # Something the desk should know without stopping (people checked in at two desks while apart).
    notice = Signal(str)


@dataclass
class AppContext:
    settings: Settings
    tasks: TaskRunner
    printer: PrinterService
    sounds: Sounds
    clock: Clock = utc_now
    session: EventSession | None = None
    signals: EventSignals = field(default_factory=EventSignals)
    # Presence at this desk's checkpoint, kept current by the desk's own check-ins.
    presence: dict[int, PresenceState] = field(default_factory=dict)

    # -- the open event ----------------------------------------------------------
    def open(self, location: str | Path) -> EventSession:
        """Open an event file or URL; raises StoreError with the location on failure."""
        desk = self.settings.get(keys.DESK_NAME)
        remembered = str(location)
        if is_server_url(str(location)):
            # Imported here: psycopg loads for a shared event only, not at every desk's start.
            from checkin.store.offline_desk import DeskStore, open_for_desk
            from checkin.store.postgres_connection import redact
            from checkin.store.replica import replica_path

            if self.link is not None and self.session is not None and replica_path(
                    self.location, self.session.desk, self.replica_folder) == replica_path(
                    str(location), desk, self.replica_folder):
                self.close()  # the same desk on the same event: its replica and desk lock must be free first
            store = open_for_desk(str(location), desk, self.replica_folder)
            remembered = redact(str(location))  # the recent list is a plain file: never the password
        else:
            store = open_event(location)
        self.close()
        self.session = EventSession(store, clock=self.clock, desk=desk,
                                    checkpoint=self.settings.get(keys.CHECKPOINT))
        main_thread_gc.pin_to_main_thread()  # background work and the sync thread run beside the desk now
        self.session.index  # noqa: B018 - build the search index now, not on the first keystroke
        self.reload_presence()
        self.location = str(location)  # kept (password included) in memory only, to reopen on a rename
        if is_server_url(str(location)) and isinstance(store, DeskStore):
            from checkin.ui.shared_event import SharedEventLink

            self.link = SharedEventLink(self, store)
        self.settings.remember_event(remembered)
        self.signals.opened.emit()
        if self.link is not None:
            self.link.status_changed(self.link.status())
        return self.session

    def close(self) -> None:
        if self.session is not None:
            if self.link is not None:
                self.link.detach()  # no callback from the sync thread into a closing store
                self.link = None
            self.session.store.close()
            self.session = None
            main_thread_gc.unpin()
            self.presence = {}
            self.last_import = None
            self.location = ""
            self.signals.connection_changed.emit("")
            self.signals.closed.emit()

    def reload_presence(self) -> None:
        if self.session is not None:
            self.presence = self.session.presence()

    def refresh_from_store(self) -> None:
        """The hook for a store that reports changes made elsewhere (another desk)."""
        if self.session is not None:
            self.session.reload()
            self.session.index  # noqa: B018 - rebuilt now, not on the volunteer's next keystroke
            self.reload_presence()
            self.signals.changed.emit()

    def apply_desk_settings(self) -> None:
        """Take the saved desk settings; on a shared event a new desk name reopens it (raises StoreError)."""
        if self.session is not None:
            desk = self.settings.get(keys.DESK_NAME)
            if self.link is not None and desk != self.session.desk:
                # The desk name is the server's lock and the replica's name: a rename is a reopen.
                self.open(self.location)
                return
            self.session.desk = desk
            checkpoint = self.settings.get(keys.CHECKPOINT)
            if checkpoint != self.session.checkpoint:
                self.session.checkpoint = checkpoint
                self.reload_presence()
                self.signals.changed.emit()

    def print_setup(self, output_pdf: str = "") -> PrintSetup:
        s = self.settings
        return PrintSetup(printer_name=s.get(keys.PRINTER), layout=s.get(keys.LAYOUT),
                          dx_mm=s.get(keys.OFFSET_X), dy_mm=s.get(keys.OFFSET_Y), scale_pct=s.get(keys.SCALE),
                          output_pdf=output_pdf or self.print_to_file)

    # Set by tests (and a future "print to PDF" desk) to send badges to a file.
    print_to_file: str = ""
    # True while an import writes in the background: scans wait, so none joins (or is rolled back with) it.
    writing: bool = False
    # The report of the last import into the open event (ImportReport), shown again on request.
    last_import: object = None
    # The open shared event's link to its server (SharedEventLink), None for an event file.
    link: SharedEventLink | None = None
    # Where the open event came from, as given (a URL with its password stays in memory only).
    location: str = ""
    # Where shared events keep this desk's copy; None is the user's data folder (tests give theirs).
    replica_folder: Path | None = None


def create_context(settings: Settings | None = None, clock: Clock = utc_now) -> AppContext:
    settings = settings or Settings()
    sounds = Sounds(muted=settings.get(keys.MUTED))
    return AppContext(settings=settings, tasks=TaskRunner(), printer=PrinterService(), sounds=sounds, clock=clock)
