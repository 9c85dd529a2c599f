"""All attendees as a sortable table (the organiser's list), plus its status/category filter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from checkin.core.folding import fold
from checkin.core.models import Attendee, PresenceState, Status
from checkin.core.needs import NeedKind, has_need
from checkin.ui.models.roles import AttendeeRole, PresenceRole, SortRole
from checkin.ui.safety import never_raises

NAME, ORGANISATION, CATEGORY, STATUS, CHECKED_IN, BADGE = range(6)
_HEADERS = (QT_TRANSLATE_NOOP("AttendeeTable", "Name"), QT_TRANSLATE_NOOP("AttendeeTable", "Organisation"),
            QT_TRANSLATE_NOOP("AttendeeTable", "Category"), QT_TRANSLATE_NOOP("AttendeeTable", "Status"),
            QT_TRANSLATE_NOOP("AttendeeTable", "Checked in"), QT_TRANSLATE_NOOP("AttendeeTable", "Badge"))


def status_text(attendee: Attendee, presence: PresenceState | None) -> str:
    if presence is not None and presence.checked_in:
        return QCoreApplication.translate("Status", "Checked in")
    if attendee.status is Status.WAITLISTED:
        return QCoreApplication.translate("Status", "Waitlisted")
    if attendee.status is Status.CANCELLED:
        return QCoreApplication.translate("Status", "Cancelled")
    return QCoreApplication.translate("Status", "Expected")


def local_time(when: datetime | None) -> str:
    return when.astimezone().strftime("%H:%M") if when else ""


class AttendeeTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Attendee] = []
        self._presence: Mapping[int, PresenceState] = {}

    def set_attendees(self, attendees: Sequence[Attendee], presence: Mapping[int, PresenceState]) -> None:
        self.beginResetModel()
        self._rows = list(attendees)
        self._presence = presence
        self.endResetModel()

    @never_raises(0)
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @never_raises(0)
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    @never_raises()
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AttendeeTable", _HEADERS[section])
        return None

    @never_raises()
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attendee = self._rows[index.row()]
        presence = self._presence.get(attendee.id) if attendee.id is not None else None
        column = index.column()
        if role == AttendeeRole:
            return attendee
        if role == PresenceRole:
            return presence
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(attendee, presence, column)
        if role == SortRole:
            return self._sort_key(attendee, presence, column)
        return None

    @staticmethod
    def _text(attendee: Attendee, presence: PresenceState | None, column: int) -> str:
        if column == NAME:
            return attendee.name
        if column == ORGANISATION:
            return attendee.organisation
        if column == CATEGORY:
            return attendee.category
        if column == STATUS:
            return status_text(attendee, presence)
        if column == CHECKED_IN:
            return local_time(presence.checked_in_at) if presence else ""
        return local_time(attendee.badge_printed_at)

    @staticmethod
    def _sort_key(attendee: Attendee, presence: PresenceState | None, column: int) -> Any:
        if column == NAME:
            return f"{fold(attendee.family_name)} {fold(attendee.given_name)}"
        if column == CHECKED_IN:
            return presence.checked_in_at.timestamp() if presence and presence.checked_in_at else 0.0
        if column == BADGE:
            return attendee.badge_printed_at.timestamp() if attendee.badge_printed_at else 0.0
        return fold(AttendeeTableModel._text(attendee, presence, column))


# Filter values of the status box.
ALL, EXPECTED, CHECKED, WAITLISTED, CANCELLED = "all", "expected", "checked_in", "waitlisted", "cancelled"


class AttendeeFilter(QSortFilterProxyModel):
    """Status and category filters plus a folded text filter over name and organisation."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SortRole)
        self._status = ALL
        self._category = ""
        self._text = ""
        self._need: tuple[NeedKind, str] | None = None

    def set_filters(self, status: str = ALL, category: str = "", text: str = "",
                    need: tuple[NeedKind, str] | None = None) -> None:
        """`need`: (kind, detail) keeps only people with that need ("" detail: any of the kind)."""
        self.beginFilterChange()
        self._status, self._category, self._text = status, category, fold(text.strip())
        self._need = need
        self.endFilterChange()

    @never_raises(True)
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        attendee: Attendee = model.data(index, AttendeeRole)
        presence: PresenceState | None = model.data(index, PresenceRole)
        inside = presence is not None and presence.checked_in
        if self._category and attendee.category != self._category:
            return False
        if self._text and self._text not in fold(f"{attendee.name} {attendee.organisation}"):
            return False
        if self._need is not None and not has_need(attendee, *self._need):
            return False
        return {
            ALL: True, CHECKED: inside, EXPECTED: attendee.status is Status.REGISTERED and not inside,
            WAITLISTED: attendee.status is Status.WAITLISTED, CANCELLED: attendee.status is Status.CANCELLED,
        }[self._status]
