"""The day's programme at the desk: the sessions kept at hand, and arrivals the organisers want to hear of.

A speaker or VIP checked in here is told to the volunteer in the outcome panel; one checked in at another
desk of a shared event reaches this desk through the server's change feed. Desks set as the organisers'
desk show those in the status bar and on the speakers' board.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, Signal, Slot

from checkin.core.models import DEFAULT_CHECKPOINT, Attendee, CheckInRecord, RecordKind
from checkin.core.outcomes import CheckInResult, Outcome
from checkin.core.programme import (
    DEFAULT_VIP_CATEGORIES,
    DEFAULT_WARNING_MINUTES,
    VIP_CATEGORIES_SETTING,
    WARNING_SETTING,
    ArrivalNotice,
    ProgrammeSession,
    arrival_notice,
)
from checkin.store.errors import StoreError
from checkin.ui import settings as keys
from checkin.ui.context import AppContext

# A record replayed long after its door time (a desk back from an outage) is no news any more.
FRESH_FOR = timedelta(minutes=30)
PROGRAMME_TABLES = {"programme_sessions", "session_people"}


class ProgrammeDay(QObject):
    changed = Signal()  # the programme was read again
    arrival = Signal(object, bool)  # ArrivalNotice, and True when checked in at this desk
    lending_changed = Signal()  # items lent or badges collected changed (here or elsewhere)
    failed = Signal(str)  # a store failure, in the store's words

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sessions: list[ProgrammeSession] = []
        self.notices: list[tuple[ArrivalNotice, bool]] = []
        self._server: QObject | None = None
        context.signals.opened.connect(self._opened)
        context.signals.closed.connect(self._closed)

    # -- the programme -------------------------------------------------------------------
    def reload(self) -> None:
        session = self.context.session
        try:
            self.sessions = session.store.programme() if session is not None else []
        except NotImplementedError:
            self.sessions = []
        except StoreError as error:
            self.failed.emit(str(error))
        self.changed.emit()

    def warning_minutes(self) -> int:
        session = self.context.session
        value = session.store.get_setting(WARNING_SETTING, DEFAULT_WARNING_MINUTES) if session else None
        return value if isinstance(value, int) and value >= 0 else DEFAULT_WARNING_MINUTES

    def vip_categories(self) -> list[str]:
        session = self.context.session
        value = session.store.get_setting(VIP_CATEGORIES_SETTING) if session else None
        return [str(v) for v in value] if isinstance(value, list) else list(DEFAULT_VIP_CATEGORIES)

    def notice_for(self, attendee: Attendee, result: CheckInResult | None = None) -> ArrivalNotice | None:
        """What the organisers are to be told of this person's arrival (None: nobody they wait for)."""
        when = (result.record.door_time if result is not None and result.record is not None
                else self.context.clock())
        return arrival_notice(attendee, when, self.sessions, self.vip_categories())

    # -- arrivals -----------------------------------------------------------------------
    def checked_in_here(self, result: CheckInResult) -> None:
        if result.outcome is Outcome.CHECKED_IN and result.attendee is not None:
            notice = self.notice_for(result.attendee, result)
            if notice is not None:
                self._tell(notice, here=True)

    @Slot(list)
    def records_arrived(self, records: list[CheckInRecord]) -> None:
        session = self.context.session
        if session is None:
            return
        now = self.context.clock()
        for record in records:
            if (record.kind is not RecordKind.ENTRY or record.desk == session.desk
                    or record.checkpoint != DEFAULT_CHECKPOINT or now - record.door_time > FRESH_FOR):
                continue
            attendee = session.attendee(record.attendee_id) or session.store.attendee(record.attendee_id)
            notice = arrival_notice(attendee, record.door_time, self.sessions, self.vip_categories()) \
                if attendee is not None else None
            if notice is not None:
                self._tell(notice, here=False)

    def _tell(self, notice: ArrivalNotice, here: bool) -> None:
        self.notices.append((notice, here))
        self.arrival.emit(notice, here)

    @property
    def organisers_desk(self) -> bool:
        return bool(self.context.settings.get(keys.ORGANISERS_DESK))

    # -- following a shared event ----------------------------------------------------------
    def _opened(self) -> None:
        self.notices = []
        self.reload()
        link = self.context.link
        if link is not None:
            self._server = link.server
            link.server.recordsArrived.connect(self.records_arrived)
            link.server.dayChanged.connect(self.day_tables_changed)
            link.server.attendeesChanged.connect(self.reload)  # after an outage too: the programme may be new

    def _closed(self) -> None:
        self.sessions, self.notices, self._server = [], [], None
        self.changed.emit()

    @Slot(list)
    def day_tables_changed(self, tables: list[str]) -> None:
        if self.context.session is None:
            return
        if PROGRAMME_TABLES & set(tables):
            self.reload()
        if {"loans", "badge_collections"} & set(tables):
            self.lending_changed.emit()
