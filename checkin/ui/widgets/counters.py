"""Live counters: in / expected, by category, arrivals per 5 minutes, the last scans with their desk.

Refreshes are coalesced on a short timer and never touch the search field, so
they do not disturb the person typing.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from checkin.core.models import CheckInRecord, RecordKind
from checkin.ui.context import AppContext
from checkin.ui.safety import never_raises
from checkin.ui.widgets.to_check import ToCheckList

BUCKET_MINUTES = 5
LAST_SCANS = 12


def arrivals_per_bucket(records: list[CheckInRecord], most: int = 18, least: int = 12) -> list[tuple[datetime, int]]:
    """Entries per 5-minute slot, from the first slot (at most `most` slots back) to the latest record."""
    entries = [r.corrected_time for r in records if r.kind is RecordKind.ENTRY]  # on the server's clock
    if not entries:
        return []

    def slot(when: datetime) -> datetime:
        return when.replace(minute=when.minute - when.minute % BUCKET_MINUTES, second=0, microsecond=0)

    counts = Counter(slot(when) for when in entries)
    last, first = max(counts), min(counts)
    step = timedelta(minutes=BUCKET_MINUTES)
    span = int((last - first) / step) + 1
    shown = max(least, min(most, span))
    return [(last - step * i, counts.get(last - step * i, 0)) for i in reversed(range(shown))]


class ArrivalsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: list[tuple[datetime, int]] = []
        self.setMinimumHeight(150)

    def set_buckets(self, buckets: list[tuple[datetime, int]]) -> None:
        self.buckets = buckets
        self.update()

    @never_raises()
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.rect().adjusted(8, 24, -8, -24)  # room for the counts above the bars
        text = self.palette().windowText().color()  # palette roles: readable in dark mode as in light
        quiet = QColor(text)
        quiet.setAlphaF(0.7)
        if not self.buckets:
            painter.setPen(quiet)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet"))
            return
        peak = max(count for _, count in self.buckets) or 1
        width = area.width() / len(self.buckets)
        for i, (when, count) in enumerate(self.buckets):
            height = int(area.height() * count / peak)
            bar = QRect(int(area.left() + i * width + 3), area.bottom() - height, int(width - 6), height)
            painter.fillRect(bar, QColor("#2e7d4f"))
            painter.setPen(text)
            if count:
                painter.drawText(QRect(bar.left(), bar.top() - 18, bar.width(), 16), Qt.AlignmentFlag.AlignCenter,
                                 str(count))
            if i % 2 == 0:
                painter.setPen(quiet)
                painter.drawText(QRect(bar.left() - 10, area.bottom() + 4, bar.width() + 20, 18),
                                 Qt.AlignmentFlag.AlignCenter, when.astimezone().strftime("%H:%M"))


class CountersView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 28pt; font-weight: 600;")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.by_category = QGridLayout()
        self.chart = ArrivalsChart()
        self.last_scans = QListWidget()
        self.last_scans.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        categories = QGroupBox(self.tr("By category"))
        categories.setLayout(self.by_category)
        chart_box = QGroupBox(self.tr("Arrivals per 5 minutes"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        scans_box = QGroupBox(self.tr("Last scans"))
        QVBoxLayout(scans_box).addWidget(self.last_scans)
        grid = QGridLayout(self)
        grid.addWidget(self.total, 0, 0, 1, 2)
        grid.addWidget(self.progress, 1, 0, 1, 2)
        grid.addWidget(categories, 2, 0)
        grid.addWidget(chart_box, 2, 1)
        grid.addWidget(scans_box, 3, 0, 1, 2)
        grid.addWidget(ToCheckList(context), 4, 0, 1, 2)  # a shared event's doubles and the like; hidden if none
        grid.setRowStretch(3, 1)
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        context.signals.changed.connect(self._timer.start)
        context.signals.opened.connect(self.refresh)

    def refresh(self) -> None:
        session = self.context.session
        if session is None:
            return
        stats = session.stats()
        self.total.setText(self.tr("%1 checked in of %2 expected").replace("%1", str(stats.checked_in)).replace(
            "%2", str(stats.registered)))
        self.progress.setRange(0, max(stats.registered, 1))
        self.progress.setValue(min(stats.checked_in, stats.registered))
        while self.by_category.count():
            item = self.by_category.takeAt(0)
            if item.widget():
                item.widget().setParent(None)  # gone now, not at the next event loop turn
        for row, (category, counts) in enumerate(sorted(stats.by_category.items())):
            self.by_category.addWidget(QLabel(category), row, 0)
            number = QLabel(f"{counts.checked_in} / {counts.registered}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.by_category.addWidget(number, row, 1)
        records = session.store.records(checkpoint=session.checkpoint)
        self.chart.set_buckets(arrivals_per_bucket(records))
        self.last_scans.clear()
        for record in reversed(records[-LAST_SCANS:]):
            person = session.attendee(record.attendee_id)
            what = "" if record.kind is RecordKind.ENTRY else self.tr(" (undone)")
            self.last_scans.addItem(f"{record.corrected_time.astimezone():%H:%M}  {person.name if person else '?'}"
                                    f"{what}  —  {record.desk}")
