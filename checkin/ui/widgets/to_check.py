"""The list to check on a shared event: what desks that were apart did that needs a person's eye.

Doubles, one walk-in registered at two desks, a desk whose clock is off, a check-in the server
refused. Every desk shows the same list (it is kept on the server) until someone marks an item seen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from checkin.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


class ToCheckList(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("To check"))
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.items.setWordWrap(True)
        # A few lines, scrolling beyond: the counters above stay the page's main content.
        self.items.setMaximumHeight(self.items.fontMetrics().height() * 6)
        self.seen = QPushButton(self.tr("Mark seen"))
        self.seen.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.seen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.seen.clicked.connect(self.mark_selected_seen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items)
        layout.addWidget(self.seen, alignment=Qt.AlignmentFlag.AlignRight)
        context.signals.changed.connect(self.refresh)
        context.signals.opened.connect(self.refresh)
        context.signals.closed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        link = self.context.link
        conflicts = link.conflicts() if link is not None else []
        self.items.clear()
        for conflict in conflicts:
            item = QListWidgetItem(link.describe(conflict))  # type: ignore[union-attr]
            item.setData(ID_ROLE, conflict.id)
            self.items.addItem(item)
        self.setVisible(bool(conflicts))

    def mark_selected_seen(self) -> None:
        link = self.context.link
        chosen = [item.data(ID_ROLE) for item in self.items.selectedItems()]
        if link is None or not chosen:
            return
        link.mark_seen(chosen)
        self.refresh()
