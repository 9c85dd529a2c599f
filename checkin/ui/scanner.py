"""Recognise a keyboard-wedge scanner wherever the focus is.

A scanner types a whole code in a burst (a few ms a key) and ends it with Enter
or Tab; a person types ten times slower. Keys go through at once (typing never
lags); when a fast burst of at least MIN_LENGTH characters ends in Enter/Tab,
the characters it left in the focused field are taken back (the field's text
before the burst is restored) and the Enter/Tab is swallowed, so a scan never
ends up typed into a form nor submits a dialog.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MAX_GAP_S = 0.035  # scanners send a key every 1–20 ms; people rarely below 60 ms
MIN_LENGTH = 6
MAX_BUFFER = 20_000  # a confused scanner may send 10 kB; keep it, the core says it is no code
_END_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


def _snapshot(widget: QWidget | None) -> tuple[QWidget, str, int] | None:
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit):
        return widget, widget.text(), widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget, widget.toPlainText(), widget.textCursor().position()
    return None


def _restore(snapshot: tuple[QWidget, str, int] | None) -> None:
    if snapshot is None:
        return
    widget, text, position = snapshot
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.setCursorPosition(position)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(text)
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(text)))
        widget.setTextCursor(cursor)


class ScannerFilter(QObject):
    """Installed on the QApplication; emits `scanned(code)` for each burst."""

    scanned = Signal(str)

    def __init__(self, monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monotonic = monotonic
        self.enabled = True
        self._buffer: list[str] = []
        self._last_key = -1e9
        self._snapshot: tuple[QWidget, str, int] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        # Each key reaches the filter once per widget on its way up; take the focused one only (the window
        # itself only when nothing in it has the focus: a page that takes no keys passes them up to it).
        if watched is not (watched.window().focusWidget() or watched.window()):
            return False
        assert isinstance(event, QKeyEvent)
        now = self.monotonic()
        fast = now - self._last_key <= MAX_GAP_S
        self._last_key = now
        if event.key() in _END_KEYS and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                              Qt.KeyboardModifier.KeypadModifier):
            return self._end_of_burst(fast)
        text = event.text()
        if not text or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._buffer = []
            return False
        if not fast:
            self._buffer = []
            self._snapshot = _snapshot(watched.window().focusWidget() or watched)
        if len(self._buffer) < MAX_BUFFER:
            self._buffer.append(text)
        return False

    def _end_of_burst(self, fast: bool) -> bool:
        code = "".join(self._buffer)
        self._buffer = []
        if not fast or len(code) < MIN_LENGTH:
            return False
        _restore(self._snapshot)
        self._snapshot = None
        self.scanned.emit(code)
        return True
