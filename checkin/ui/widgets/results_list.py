"""Large, readable result rows: name, organisation, category and status at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from checkin.core.models import Attendee, PresenceState, Status
from checkin.ui.models.attendee_table import local_time
from checkin.ui.models.roles import AttendeeRole, PresenceRole
from checkin.ui.safety import never_raises

ROW_HEIGHT = 58


class AttendeeRowDelegate(QStyledItemDelegate):
    @never_raises(QSize())
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    @never_raises()
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        attendee: Attendee = index.data(AttendeeRole)
        presence: PresenceState | None = index.data(PresenceRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        palette = option.palette  # palette roles, not colours: readable in dark mode as in light
        painter.save()
        painter.fillRect(rect, palette.highlight() if selected else palette.base())
        text = palette.highlightedText().color() if selected else palette.text().color()
        painter.setPen(palette.midlight().color())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        status, colour = self._status(attendee, presence)
        status_width = 190
        name_font = QFont(option.font)
        name_font.setPointSizeF(option.font.pointSizeF() * 1.45)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text)
        text_rect = QRect(rect.left() + 14, rect.top() + 5, rect.width() - status_width - 28, 28)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(attendee.name, Qt.TextElideMode.ElideRight,
                                                          text_rect.width()))
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 1.05)
        painter.setFont(small)
        secondary = QColor(text)
        secondary.setAlphaF(0.75)
        painter.setPen(secondary)
        line = " · ".join(part for part in (attendee.organisation, attendee.category) if part)
        sub_rect = QRect(text_rect.left(), rect.top() + 33, text_rect.width(), 20)
        painter.drawText(sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, sub_rect.width()))
        chip = QRect(rect.right() - status_width, rect.top() + 15, status_width - 12, 28)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(chip, 14, 14)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                         painter.fontMetrics().elidedText(status, Qt.TextElideMode.ElideRight, chip.width() - 12))
        painter.restore()

    def _status(self, attendee: Attendee, presence: PresenceState | None) -> tuple[str, str]:
        if presence is not None and presence.checked_in:
            return self.tr("In since %1").replace("%1", local_time(presence.checked_in_at)), "#1e7b34"
        if attendee.status is Status.CANCELLED:
            return self.tr("Cancelled"), "#b3261e"
        if attendee.status is Status.WAITLISTED:
            return self.tr("Waitlisted"), "#b36b00"
        return self.tr("Expected"), "#5b6b7f"


class ResultsList(QListView):
    """Never takes the focus: the search field keeps it, arrows are forwarded to us."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(AttendeeRowDelegate(self))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows are as wide as the list

    def move_selection(self, step: int) -> None:
        count = self.model().rowCount()
        if not count:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        self.setCurrentIndex(self.model().index(max(0, min(count - 1, row + step)), 0))

    def current_attendee(self) -> Attendee | None:
        index = self.currentIndex()
        return index.data(AttendeeRole) if index.isValid() else None
