"""The one context object of the desk: built at start, passed down, replaced by fakes in tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from checkin.core.clock import Clock, utc_now
from checkin.core.models import PresenceState
from checkin.core.session import EventSession
from checkin.store import open_event
from checkin.ui import settings as keys
from checkin.ui.printing import PrinterService, PrintSetup
from checkin.ui.settings import Settings
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner


class EventSignals(QObject):
    """What views listen to: an event opened or closed, and the event's data changed."""

    opened = Signal()
    closed = Signal()
    # Attendees or check-ins changed (here, or reported by the store of another desk).
    changed = Signal()
    # Status-bar hook for multi-desk stores: a short text such as "online" / "offline".
    connection_changed = Signal(str)


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
        store = open_event(location)
        self.close()
        self.session = EventSession(store, clock=self.clock, desk=self.settings.get(keys.DESK_NAME),
                                    checkpoint=self.settings.get(keys.CHECKPOINT))
        self.session.index  # noqa: B018 - build the search index now, not on the first keystroke
        self.reload_presence()
        self.settings.remember_event(str(location))
        self.signals.opened.emit()
        return self.session

    def close(self) -> None:
        if self.session is not None:
            self.session.store.close()
            self.session = None
            self.presence = {}
            self.last_import = None
            self.signals.closed.emit()

    def reload_presence(self) -> None:
        if self.session is not None:
            self.presence = self.session.presence()

    def refresh_from_store(self) -> None:
        """The hook for a store that reports changes made elsewhere (another desk)."""
        if self.session is not None:
            self.session.reload()
            self.reload_presence()
            self.signals.changed.emit()

    def apply_desk_settings(self) -> None:
        if self.session is not None:
            self.session.desk = self.settings.get(keys.DESK_NAME)
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


def create_context(settings: Settings | None = None, clock: Clock = utc_now) -> AppContext:
    settings = settings or Settings()
    sounds = Sounds(muted=settings.get(keys.MUTED))
    return AppContext(settings=settings, tasks=TaskRunner(), printer=PrinterService(), sounds=sounds, clock=clock)
