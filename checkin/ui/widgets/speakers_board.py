"""The speakers' board: each session of the day with its people, who has arrived and when.

A session starting within the warning time while one of its people is not in the house is flagged in
amber; a person arrived shows their time in green. Time moves on by itself, so the board looks again
every half minute. Arrivals of speakers and VIPs are listed beside it for the organisers.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.core.programme import ArrivalNotice, ProgrammeSession, SessionOnBoard, board
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.day_words import arrival_line, event_time, role_text, session_clock
from checkin.ui.programme_day import ProgrammeDay

LOOK_AGAIN_MS = 30_000
FLAG_BACKGROUND, FLAG_TEXT = "#f2c12e", "#1d1d1d"
ARRIVED, AWAITED, REMOTE, OVER = "#1e7b34", "#b3261e", "#6b7785", "#8a939e"
SessionRole = Qt.ItemDataRole.UserRole


class SpeakersBoard(QWidget):
    import_requested = Signal()
    add_requested = Signal()
    edit_requested = Signal(object)  # ProgrammeSession
    delete_requested = Signal(object)  # ProgrammeSession

    def __init__(self, context: AppContext, day: ProgrammeDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.day = day
        self.rows: list[SessionOnBoard] = []
        self.headline = QLabel()
        self.headline.setObjectName("BoardHeadline")
        self.headline.setStyleSheet("#BoardHeadline { font-size: 15pt; font-weight: 600; }")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Session / person"), self.tr("Role"), self.tr("Arrived")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 250)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setRootIsDecorated(False)
        self.tree.setStyleSheet("QTreeWidget { font-size: 12pt; }")
        self.tree.itemDoubleClicked.connect(lambda item, _: self._edit(item))
        self.arrivals = QListWidget()
        self.arrivals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.arrivals.setWordWrap(True)
        self.organisers = QCheckBox(self.tr("Organisers' desk: tell me when a speaker or VIP arrives at any desk"))
        self.organisers.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.organisers.setChecked(bool(context.settings.get(keys.ORGANISERS_DESK)))
        self.organisers.toggled.connect(lambda on: context.settings.set(keys.ORGANISERS_DESK, on))
        buttons = QHBoxLayout()
        for text, action in ((self.tr("Import programme…"), self.import_requested.emit),
                             (self.tr("Add session…"), self.add_requested.emit),
                             (self.tr("Edit session…"), lambda: self._edit(self.tree.currentItem())),
                             (self.tr("Remove session"), self._delete)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, act=action: act())
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Speakers and VIPs arrived")))
        side_layout.addWidget(self.arrivals, 1)
        side_layout.addWidget(self.organisers)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self, interval=LOOK_AGAIN_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._soon = QTimer(self, singleShot=True, interval=300)
        self._soon.timeout.connect(self.refresh)
        day.changed.connect(self.refresh)
        day.arrival.connect(self.add_arrival)
        context.signals.changed.connect(self._soon.start)
        for notice, here in day.notices:
            self.add_arrival(notice, here)
        self.refresh()

    def zone(self) -> str:
        return self.context.session.event.timezone if self.context.session is not None else "UTC"

    def now(self) -> datetime:
        return self.context.clock()

    def refresh(self) -> None:
        session = self.context.session
        if session is None:
            self.tree.clear()
            return
        by_id = {a.id: a for a in session.attendees() if a.id is not None}
        now = self.now()
        minutes = self.day.warning_minutes()
        self.rows = board(self.day.sessions, by_id, self.context.presence, now, minutes)
        flagged = [row for row in self.rows if row.flagged]
        if not self.rows:
            self.headline.setText(self.tr("No programme yet: import one (time, title, room, people, role)."))
        elif flagged:
            first = flagged[0]
            names = ", ".join(p.attendee.name for p in first.missing)
            self.headline.setText(self.tr("Not arrived for %1 %2: %3").replace(
                "%1", session_clock(first.session.starts_at, self.zone())).replace("%2", first.session.title)
                .replace("%3", names))
        else:
            self.headline.setText(self.tr("Everyone due within %1 minutes has arrived.").replace("%1", str(minutes)))
        current = self.tree.currentItem()
        kept = current.data(0, SessionRole).id if current is not None and current.data(0, SessionRole) else None
        self.tree.clear()
        for row in self.rows:
            item = self._session_item(row, now)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the title reads whole; its people fill the columns
            item.setExpanded(True)
            if kept is not None and row.session.id == kept:
                self.tree.setCurrentItem(item)

    def _session_item(self, row: SessionOnBoard, now: datetime) -> QTreeWidgetItem:
        session = row.session
        zone = self.zone()
        span = session_clock(session.starts_at, zone) + (
            f"–{session_clock(session.ends_at, zone)}" if session.ends_at else "")
        title = f"{span}  {session.title}" + (f"  [{session.room}]" if session.room else "")
        item = QTreeWidgetItem([title, "", ""])
        item.setData(0, SessionRole, session)
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        if row.flagged:
            minutes = int((session.starts_at - now).total_seconds() // 60)
            when = (self.tr("starts in %1 min").replace("%1", str(minutes)) if minutes > 0
                    else self.tr("has started"))
            item.setText(0, f"{title}   ⚠ " + self.tr("%1 — %2 not arrived").replace("%1", when)
                         .replace("%2", str(len(row.missing))))
            for column in range(3):
                item.setBackground(column, QBrush(QColor(FLAG_BACKGROUND)))
                item.setForeground(column, QBrush(QColor(FLAG_TEXT)))
        elif row.over:
            item.setForeground(0, QBrush(QColor(OVER)))
        for person in row.people:
            who = person.attendee.name + (f" — {person.attendee.organisation}" if person.attendee.organisation else "")
            if person.arrived_at is not None:
                state, colour = event_time(person.arrived_at, zone), ARRIVED
            elif not person.in_person:
                state, colour = self.tr("by video"), REMOTE
            else:
                state, colour = self.tr("not arrived"), AWAITED
            child = QTreeWidgetItem([f"    {who}", role_text(person.role), state])
            child.setData(0, SessionRole, session)
            child.setForeground(2, QBrush(QColor(colour)))
            item.addChild(child)
        return item

    def add_arrival(self, notice: ArrivalNotice, here: bool) -> None:
        self.arrivals.insertItem(0, arrival_line(notice, self.zone()))

    def selected_session(self) -> ProgrammeSession | None:
        item = self.tree.currentItem()
        return item.data(0, SessionRole) if item is not None else None

    def _edit(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, SessionRole) is not None:
            self.edit_requested.emit(item.data(0, SessionRole))

    def _delete(self) -> None:
        chosen = self.selected_session()
        if chosen is not None:
            self.delete_requested.emit(chosen)
