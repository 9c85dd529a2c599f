"""The outcome of a scan made while a dialog is open, shown over that dialog for a few seconds.

The check-in view behind a modal dialog may be hidden; this floating line (a tool tip window: it never
takes the focus, so the dialog's form keeps every key) says "Welcome · Sébastien Kulling" or the refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from checkin.ui.widgets.result_panel import GREEN, RED, YELLOW

SHOWN_MS = 4000
_COLOURS = {GREEN: ("#1e7b34", "#ffffff"), YELLOW: ("#f2c12e", "#1d1d1d"), RED: ("#b3261e", "#ffffff")}


class ScanNotice(QLabel):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("ScanNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)

    def show_over(self, dialog: QWidget, colour: str, text: str) -> None:
        background, foreground = _COLOURS.get(colour, ("#39424e", "#ffffff"))
        self.setStyleSheet(f"#ScanNotice {{ background: {background}; color: {foreground}; font-size: 14pt; "
                           "font-weight: 600; padding: 10px 16px; border-radius: 8px; }")
        self.setText(text)
        frame = dialog.frameGeometry()
        self.setFixedWidth(max(320, min(frame.width(), 640)))
        self.adjustSize()
        self.move(QPoint(frame.center().x() - self.width() // 2, max(frame.top() - self.height() - 6, 0)))
        self.show()
        self.raise_()
        self._timer.start()
