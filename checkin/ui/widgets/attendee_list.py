"""The attendee table: sortable, filtered by status and category (hidden in privacy mode)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.ui.context import AppContext
from checkin.ui.models import attendee_table as table
from checkin.ui.models.roles import AttendeeRole
from checkin.ui.safety import never_raises
from checkin.ui.widgets.need_filter import NeedFilterBox


class AttendeeListView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = table.AttendeeTableModel()
        self.proxy = table.AttendeeFilter()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(table.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(table.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((table.NAME, 260), (table.CATEGORY, 150), (table.STATUS, 150),
                              (table.CHECKED_IN, 110), (table.BADGE, 110)):
            self.view.setColumnWidth(column, width)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter by name or organisation"))
        self.status = QComboBox()
        for value, label in ((table.ALL, self.tr("Everyone")), (table.EXPECTED, self.tr("Expected")),
                             (table.CHECKED, self.tr("Checked in")), (table.WAITLISTED, self.tr("Waitlisted")),
                             (table.CANCELLED, self.tr("Cancelled"))):
            self.status.addItem(label, value)
        self.category = QComboBox()
        self.need = NeedFilterBox()
        filters = QHBoxLayout()
        filters.addWidget(self.text, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.category)
        filters.addWidget(self.need)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        for signal in (self.text.textChanged, self.status.currentIndexChanged, self.category.currentIndexChanged,
                       self.need.currentIndexChanged):
            signal.connect(self._filter)
        self._timer = QTimer(self, singleShot=True, interval=600)
        self._timer.timeout.connect(self.refresh)
        context.signals.changed.connect(self._schedule)
        context.signals.opened.connect(self.refresh)

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    @never_raises()
    def showEvent(self, event: object) -> None:
        if getattr(self, "_stale", False):
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        self._stale = False
        session = self.context.session
        if session is None:
            return
        attendees = session.attendees()
        self.model.set_attendees(attendees, self.context.presence)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for category in sorted({a.category for a in attendees}):
            self.category.addItem(category, category)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filters(self.status.currentData() or table.ALL, self.category.currentData() or "",
                               self.text.text(), self.need.chosen())

    def selected_attendee(self) -> object:
        index = self.view.currentIndex()
        return index.data(AttendeeRole) if index.isValid() else None
