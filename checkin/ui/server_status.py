"""The desk's link to a shared server event, as Qt signals and a status light for the status bar.

The DeskStore calls back from its sync thread; emitting a signal from there is
safe, and Qt delivers it queued in the thread of the receiving widgets.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin.store.changes import DAY_TABLES, Change
from checkin.store.offline_desk import DeskStatus, DeskStore, Duplicate

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
    #: list[Duplicate]: people checked in at two desks while they were apart.
    duplicatesFound = Signal(list)
    #: list[CheckInRecord]: the records the feed brought (a speaker arriving at another desk).
    recordsArrived = Signal(list)
    #: list[str]: the programme, loans or badge collections changed elsewhere (their table names).
    dayChanged = Signal(list)

    def __init__(self, store: DeskStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.on_status = self.statusChanged.emit
        store.on_changes = self._on_changes
        store.on_duplicates = self.duplicatesFound.emit

    def status(self) -> DeskStatus:
        return self.store.status()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(change.table not in ("checkins", *DAY_TABLES) for change in changes):
            self.attendeesChanged.emit()
        if any(change.table == "checkins" for change in changes):
            self.checkinsChanged.emit()
        records = [change.record for change in changes if change.record is not None]
        if records:
            self.recordsArrived.emit(records)
        day = sorted({change.table for change in changes if change.table in DAY_TABLES})
        if day:
            self.dayChanged.emit(day)

    def detach(self) -> None:
        """Stop listening (before the store is closed)."""
        self.store.on_status = self.store.on_changes = self.store.on_duplicates = None


def status_text(status: DeskStatus) -> str:
    # QCoreApplication.translate spelled out in full: lupdate does not find the texts through an alias.
    if status.online:
        text = QCoreApplication.translate("ServerStatus", "Online")
    elif status.queued == 1:
        # One text per count, not %n: lupdate does not make a plural message of translate(), and a plain one
        # is not found with n. Two forms do for the desk's languages (English, French, German, Italian).
        text = QCoreApplication.translate("ServerStatus", "Offline — 1 check-in queued")
    elif status.queued:
        text = QCoreApplication.translate("ServerStatus", "Offline — %1 check-ins queued").replace(
            "%1", str(status.queued))
    else:
        text = QCoreApplication.translate("ServerStatus", "Offline — checking in on this desk's copy")
    text = f"{text} · {status.desk}" if status.desk else text
    if status.reason == "newer_schema":
        text += " · " + QCoreApplication.translate(
            "ServerStatus", "the event was upgraded by a newer checkin: update this desk")
    elif status.reason == "access_denied":
        text += " · " + QCoreApplication.translate("ServerStatus", "the server refused the user name or password")
    return text


def duplicate_text(duplicate: Duplicate, name: str, timezone: str) -> str:
    """"Ada Lovelace: also checked in at Desk 2 at 08:41 while offline (08:40 at Desk 1 counts)"."""
    others = "; ".join(
        QCoreApplication.translate("ServerStatus", "also checked in at %1 at %2 while offline")
        .replace("%1", r.desk or "?").replace("%2", _clock(r.door_time, timezone)) for r in duplicate.others)
    counted = QCoreApplication.translate("ServerStatus", "%1 at %2 counts") \
        .replace("%1", _clock(duplicate.counted.door_time, timezone)).replace("%2", duplicate.counted.desk or "?")
    return f"{name}: {others} ({counted})"


def _clock(moment: datetime, timezone: str) -> str:
    try:
        moment = moment.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        pass
    return f"{moment:%H:%M}"


class StatusLight(QWidget):
    """A coloured dot and words (never the colour alone): online, or offline with N queued."""

    def __init__(self, server: ServerStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        text = status_text(status)
        if status.desk_name_in_use:
            colour = WARNING_COLOUR if status.online else colour
            text += " · " + self.tr("another running desk has this name: rename one in the desk settings")
        self.dot.setStyleSheet(f"color: {colour};")
        self.label.setText(text)
        self.setToolTip(status.detail or text)
        self.setAccessibleName(text)
