"""The start screen: recent events, create an event, open a file or a server URL, the sample."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from checkin.ui import settings as keys
from checkin.ui.recent_events import describe_event
from checkin.ui.settings import Settings


class StartPage(QWidget):
    open_requested = Signal(str)  # a path or URL
    new_requested = Signal()
    browse_requested = Signal()
    url_requested = Signal()
    sample_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Registration desk"))
        title.setStyleSheet("font-size: 24pt; font-weight: 600;")
        self.message = QLabel()
        self.message.setObjectName("StartMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("#StartMessage { background: #b3261e; color: #ffffff; font-size: 13pt; "
                                   "padding: 8px 12px; border-radius: 6px; }")
        self.message.hide()
        self.recent = QListWidget()
        self.recent.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }")
        for location in settings.get(keys.RECENT_EVENTS):
            item = QListWidgetItem(describe_event(location))
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        buttons = QVBoxLayout()
        for text, signal in ((self.tr("New event…"), self.new_requested),
                             (self.tr("Open event file…"), self.browse_requested),
                             (self.tr("Connect to a server…"), self.url_requested),
                             (self.tr("Open the sample event"), self.sample_requested)):
            button = QPushButton(text)
            button.setMinimumHeight(40)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        columns = QHBoxLayout()
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("Recent events")))
        recent_box.addWidget(self.recent)
        columns.addLayout(recent_box, 2)
        columns.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)
        self.setFocusProxy(self.recent)

    def show_message(self, text: str) -> None:
        """Something the desk cannot do from here (a scan with no event open), in red above the list."""
        self.message.setText(text)
        self.message.show()
