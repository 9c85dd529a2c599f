"""Counters of the day beside the arrivals: what the people in the house need, badges fetched for others,
items still out. Receivers per language and meals per kind count only who has arrived."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from checkin.core.needs import count_needs
from checkin.store.errors import StoreError
from checkin.ui.context import AppContext
from checkin.ui.day_words import language_text, meal_text
from checkin.ui.programme_day import ProgrammeDay


class DayCounters(QWidget):
    def __init__(self, context: AppContext, day: ProgrammeDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.receivers = QGridLayout()
        self.meals = QGridLayout()
        self.desk = QGridLayout()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for title, grid in ((self.tr("Interpretation receivers needed (arrived)"), self.receivers),
                            (self.tr("Meals needed (arrived)"), self.meals),
                            (self.tr("At the desk"), self.desk)):
            box = QGroupBox(title)
            box.setLayout(grid)
            row.addWidget(box)
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        self._stale = False
        # Items out and badges collected are read from the store (the server, on a shared event) only when
        # they change, not at every check-in of every desk.
        self._lending: tuple[int, int] | None = None
        context.signals.changed.connect(self._schedule)
        context.signals.opened.connect(self._lending_changed)
        day.lending_changed.connect(self._lending_changed)
        self.figures: dict[str, int] = {}
        self.refresh()

    def _lending_changed(self) -> None:
        self._lending = None
        self._schedule()

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def lending(self) -> tuple[int, int]:
        """(people whose badge someone else collected, items still out)."""
        session = self.context.session
        if self._lending is None and session is not None:
            try:
                self._lending = (len({c.attendee_id for c in session.store.collections()}),
                                 len(session.store.loans(outstanding=True)))
            except (StoreError, NotImplementedError):
                return 0, 0
        return self._lending or (0, 0)

    def refresh(self) -> None:
        session = self.context.session
        if session is None:
            return
        attendees = session.attendees()
        counted = count_needs(attendees, self.context.presence)
        receivers = [(language_text(language), count) for language, count in counted.receivers.items()]
        meals = [(meal_text(meal), count) for meal, count in counted.meals.items()]
        access = [(self.tr("Wheelchair"), counted.wheelchair), (self.tr("Hearing loop"), counted.hearing_loop),
                  (self.tr("Sign language"), counted.sign_language)]
        self._stale = False
        collected, out = self.lending()
        arrived = sum(1 for state in self.context.presence.values() if state.checked_in)
        # A badge fetched for someone is not their presence: the two are counted apart.
        desk = [(self.tr("Arrived"), arrived), (self.tr("Badges collected for others"), collected),
                (self.tr("Items still out"), out)] + [(label, n) for label, n in access if n]
        self.figures = {label: n for label, n in (*receivers, *meals, *desk)}
        for grid, lines in ((self.receivers, receivers), (self.meals, meals), (self.desk, desk)):
            self._fill(grid, lines or [(self.tr("none yet"), None)])

    @staticmethod
    def _fill(grid: QGridLayout, lines: list[tuple[str, int | None]]) -> None:
        while grid.count():
            item = grid.takeAt(0)
            if item.widget():
                item.widget().setParent(None)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for row, (label, count) in enumerate(lines):
            grid.addWidget(QLabel(label), row, 0)
            number = QLabel("" if count is None else str(count))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setStyleSheet("font-weight: 600;")
            grid.addWidget(number, row, 1)
        grid.setRowStretch(len(lines), 1)  # the lines at the top, however tall the box
