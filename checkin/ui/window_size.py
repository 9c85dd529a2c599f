"""The window's first size: as large as the desk needs, never larger than the laptop's screen (1366×768)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 800)
# Room for the window's title bar and borders, which the window manager adds around it.
FRAME = (16, 48)


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED)
        return
    room = screen.availableGeometry()
    width = min(PREFERRED[0], room.width() - FRAME[0])
    height = min(PREFERRED[1], room.height() - FRAME[1])
    window.resize(width, height)
    window.move(room.x() + (room.width() - width - FRAME[0]) // 2, room.y() + max(0, (room.height() - height
                                                                                     - FRAME[1]) // 2))
