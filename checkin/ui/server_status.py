"""The desk's link to a shared server event, as Qt signals and a status light for the status bar.

The DeskStore calls back from its sync thread; emitting a signal from there is
safe, and Qt delivers it queued in the thread of the receiving widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin.store.changes import DAY_TABLES, Change
from checkin.store.conflicts import CLOCK_SKEW, DOUBLE_CHECK_IN, PARKED, SAME_WALK_IN, SKEW_WARNING_SECONDS, Conflict
from checkin.store.errors import ServerOffline
from checkin.store.offline_desk import DeskStatus, DeskStore
from checkin.store.rows import text_to_time

ONLINE_COLOUR = "#1e8e3e"
OFFLINE_COLOUR = "#d93025"
WARNING_COLOUR = "#e37400"


class ServerStatus(QObject):
    """Signals of one open DeskStore. Keep it alive as long as the store is open."""

    #: DeskStatus: online or offline, how many check-ins are queued, the desk name.
    statusChanged = Signal(object)
    #: Check-ins or undos made at other desks arrived: refresh presence and counters.
    checkinsChanged = Signal()
    #: Attendees (walk-ins, edits) or the event changed elsewhere: reload attendees and the search index.
    attendeesChanged = Signal()
    #: list[Conflict]: new on the list to check (doubles, one walk-in twice, a skewed clock, a refused record).
    conflictsFound = Signal(list)
    #: The list to check changed (new, or marked seen at some desk).
    conflictsChanged = Signal()
    #: list[CheckInRecord]: the records the feed brought (a speaker arriving at another desk).
    recordsArrived = Signal(list)
    #: list[str]: the programme, loans or badge collections changed elsewhere (their table names).
    dayChanged = Signal(list)

    def __init__(self, store: DeskStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.on_status = _while_listened(self, self.statusChanged.emit)
        store.on_changes = _while_listened(self, self._on_changes)
        store.on_conflicts = _while_listened(self, self.conflictsFound.emit)

    def status(self) -> DeskStatus:
        return self.store.status()

    def _on_changes(self, changes: list[Change]) -> None:
        tables = {change.table for change in changes}
        if tables - {"checkins", "conflicts", *DAY_TABLES}:
            self.attendeesChanged.emit()
        if "checkins" in tables:
            self.checkinsChanged.emit()
        records = [change.record for change in changes if change.record is not None]
        if records:
            self.recordsArrived.emit(records)
        day = sorted({change.table for change in changes if change.table in DAY_TABLES})
        if day:
            self.dayChanged.emit(day)
        if "conflicts" in tables:
            self.conflictsChanged.emit()

    def detach(self) -> None:
        """Stop listening (before the store is closed)."""
        self.store.on_status = self.store.on_changes = self.store.on_conflicts = None


def _while_listened(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """The sync thread may read a callback just before the window that owns `owner` is closed and its Qt
    side deleted; the call then raises in the sync thread (PySide says RuntimeError or TypeError, depending
    on how far the deletion got). Nobody is listening any more, so say nothing; while `owner` lives, an
    error is a real one and is raised."""

    def call(*args: object) -> None:
        if not shiboken6.isValid(owner):
            return
        try:
            callback(*args)
        except (RuntimeError, TypeError):
            if shiboken6.isValid(owner):
                raise

    return call


def status_text(status: DeskStatus, timezone: str = "") -> str:
    # QCoreApplication.translate spelled out in full: lupdate does not find the texts through an alias.
    if status.online:
        text = QCoreApplication.translate("ServerStatus", "Online")
    else:
        since = _clock(status.offline_since, timezone) if status.offline_since else ""
        if since:
            text = QCoreApplication.translate("ServerStatus", "Offline since %1").replace("%1", since)
        else:
            text = QCoreApplication.translate("ServerStatus", "Offline")
        # One text per count, not %n: lupdate does not make a plural message of translate(), and a plain one
        # is not found with n. Two forms do for the desk's languages (English, French, German, Italian).
        if status.queued == 1:
            text += " — " + QCoreApplication.translate("ServerStatus", "1 check-in queued")
        elif status.queued:
            text += " — " + QCoreApplication.translate("ServerStatus", "%1 check-ins queued").replace(
                "%1", str(status.queued))
        else:
            text += " — " + QCoreApplication.translate("ServerStatus", "checking in on this desk's copy")
        text += QCoreApplication.translate("ServerStatus", "; edits wait for the server")
    text = f"{text} · {status.desk}" if status.desk else text
    if status.reason == "newer_schema":
        text += " · " + QCoreApplication.translate(
            "ServerStatus", "the event was upgraded by a newer checkin: update this desk")
    elif status.reason == "access_denied":
        text += " · " + QCoreApplication.translate("ServerStatus", "the server refused the user name or password")
    if status.parked:
        text += " · " + QCoreApplication.translate(
            "ServerStatus", "%1 check-ins the server refused: see the list to check").replace("%1", str(status.parked))
    if status.clock_offset is not None and abs(status.clock_offset) > SKEW_WARNING_SECONDS:
        text += " · " + clock_warning(status.clock_offset)
    return text


def offline_text(error: ServerOffline, timezone: str) -> str:
    """What a volunteer reads when an edit is refused offline: since when, what waits, that check-ins go on."""
    since = _clock(error.since, timezone) if error.since else "?"
    return (QCoreApplication.translate("ServerStatus", "Offline since %1, %2 check-ins queued; edits wait for the "
                                                       "server. Check-ins go on.")
            .replace("%1", since).replace("%2", str(error.queued)))


def clock_warning(offset: float) -> str:
    minutes = str(max(1, round(abs(offset) / 60)))
    if offset > 0:
        text = QCoreApplication.translate("ServerStatus", "this computer's clock is %1 min ahead of the server's: "
                                                          "set its time")
    else:
        text = QCoreApplication.translate("ServerStatus", "this computer's clock is %1 min behind the server's: "
                                                          "set its time")
    return text.replace("%1", minutes)


def conflict_text(conflict: Conflict, name: str, timezone: str) -> str:
    """One line of the list to check: who, which desks, which times (on the server's clock)."""
    detail = conflict.detail
    if conflict.kind == DOUBLE_CHECK_IN:
        counted, other = detail["counted"], detail["other"]
        return QCoreApplication.translate(
            "ServerStatus", "%1: checked in at %2 at %3 and again at %4 at %5 (the first counts)") \
            .replace("%1", name).replace("%2", counted["desk"] or "?") \
            .replace("%3", _clock(text_to_time(counted["corrected_time"]), timezone)) \
            .replace("%4", other["desk"] or "?").replace("%5", _clock(text_to_time(other["corrected_time"]), timezone))
    if conflict.kind == SAME_WALK_IN:
        return QCoreApplication.translate(
            "ServerStatus", "%1: registered as a walk-in at %2 and at %3; kept as one person, both badges scan") \
            .replace("%1", name).replace("%2", detail["desks"][0] or "?").replace("%3", detail["desks"][-1] or "?")
    if conflict.kind == CLOCK_SKEW:
        offset = float(detail["offset_seconds"])
        minutes = str(max(1, round(abs(offset) / 60)))
        if offset > 0:
            text = QCoreApplication.translate("ServerStatus", "The clock of %1 is %2 min ahead of the server's: "
                                                              "times from it are corrected; set its time")
        else:
            text = QCoreApplication.translate("ServerStatus", "The clock of %1 is %2 min behind the server's: "
                                                              "times from it are corrected; set its time")
        return text.replace("%1", detail["desk"] or "?").replace("%2", minutes)
    if conflict.kind == PARKED:
        return QCoreApplication.translate(
            "ServerStatus", "A check-in at %1 at %2 did not reach the server: the person is not on the server") \
            .replace("%1", detail.get("desk") or "?") \
            .replace("%2", _clock(text_to_time(detail["corrected_time"]), timezone))
    return f"{conflict.kind}: {name}"


def _clock(moment: datetime | None, timezone: str) -> str:
    if moment is None:
        return "?"
    try:
        moment = moment.astimezone(ZoneInfo(timezone)) if timezone else moment.astimezone()
    except (ZoneInfoNotFoundError, ValueError):
        pass
    return f"{moment:%H:%M}"


class StatusLight(QWidget):
    """A coloured dot and words (never the colour alone): online, or offline with N queued."""

    def __init__(self, server: ServerStatus, parent: QWidget | None = None, timezone: str = "") -> None:
        super().__init__(parent)
        self.timezone = timezone or server.store.event().timezone  # the venue's clock, as the desk shows times
        self.dot = QLabel("●")
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        server.statusChanged.connect(self.show_status)
        self.show_status(server.status())

    def show_status(self, status: DeskStatus) -> None:
        colour = ONLINE_COLOUR if status.online else OFFLINE_COLOUR
        text = status_text(status, self.timezone)
        if status.desk_name_in_use:
            colour = WARNING_COLOUR if status.online else colour
            text += " · " + self.tr("another running desk has this name: rename one in the desk settings")
        self.dot.setStyleSheet(f"color: {colour};")
        self.label.setText(text)
        self.setToolTip(status.detail or text)
        self.setAccessibleName(text)
        self.updateGeometry()  # the status bar lays its permanent widgets out again for the longer text
