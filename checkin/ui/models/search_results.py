"""The results of the check-in search: at most a screenful of attendees, replaced on each keystroke."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from checkin.core.models import Attendee, PresenceState
from checkin.ui.models.roles import AttendeeRole, PresenceRole
from checkin.ui.safety import never_raises


class SearchResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Attendee] = []
        self._presence: Mapping[int, PresenceState] = {}

    def set_results(self, attendees: Sequence[Attendee], presence: Mapping[int, PresenceState]) -> None:
        self.beginResetModel()
        self._rows = list(attendees)
        self._presence = presence
        self.endResetModel()

    def update_attendee(self, attendee: Attendee) -> None:
        """One row changed (a check-in, an edit): repaint it alone."""
        for row, current in enumerate(self._rows):
            if current.id == attendee.id:
                self._rows[row] = attendee
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def follow(self, presence: Mapping[int, PresenceState],
               lookup: Callable[[int], Attendee | None] | None = None) -> None:
        """Changes made elsewhere: the same rows, in place, with fresh presence (and fresh people).

        No reset, so the highlighted row and the typed search stay as they are.
        """
        self._presence = presence
        if lookup is not None:
            self._rows = [(lookup(a.id) if a.id is not None else None) or a for a in self._rows]
        self.refresh()

    def refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def attendee(self, row: int) -> Attendee | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @never_raises(0)
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @never_raises()
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        attendee = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return attendee.name
        if role == AttendeeRole:
            return attendee
        if role == PresenceRole:
            return self._presence.get(attendee.id) if attendee.id is not None else None
        return None
