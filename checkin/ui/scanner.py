"""Recognise a keyboard-wedge scanner wherever the focus is, inside modal dialogs too.

Keys go through at once (typing never lags). When a burst (see key_bursts) ends in Enter or Tab, the
characters it left in the focused field are taken back (the field's text before the burst is restored)
and the Enter/Tab is swallowed: a scan never ends up typed into a form, nor submits a dialog.

Safe by construction: each key is looked at once, from the QKeyEvent and QApplication.focusWidget(), and
the `watched` object is never touched (under a modal dialog's nested loop its wrapper may already be gone).
No exception leaves the filter. Keys that only change the next key (Shift for every capital a scanner
sends, AltGr or Ctrl+Alt for @ and # on Swiss and French keyboards, Option on a Mac, Caps Lock) never
break a burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from checkin.ui.key_bursts import BurstDetector
from checkin.ui.safety import log

_END_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Mode_switch,
                  Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
                  Qt.Key.Key_Dead_Circumflex, Qt.Key.Key_Dead_Grave, Qt.Key.Key_Dead_Acute,
                  Qt.Key.Key_Dead_Diaeresis, Qt.Key.Key_Dead_Tilde, Qt.Key.Key_unknown}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


@dataclass(frozen=True)
class FieldBefore:
    """What the focused text field held before a burst: its C++ address (never a wrapper), text, cursor."""

    address: int
    text: str
    cursor: int


def text_field(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text field that keys typed into `widget` change (an editable combo's or a spin box's line edit)."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit() if widget.isEditable() else None
    elif isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    return widget if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else None


def note_field(widget: QWidget | None) -> FieldBefore | None:
    field = text_field(widget)
    if field is None or not shiboken6.isValid(field):
        return None
    if isinstance(field, QLineEdit):
        return FieldBefore(shiboken6.getCppPointer(field)[0], field.text(), field.cursorPosition())
    return FieldBefore(shiboken6.getCppPointer(field)[0], field.toPlainText(), field.textCursor().position())


def restore_field(before: FieldBefore | None) -> None:
    """Put back what the focused field held, if it is still the field the burst began in."""
    field = text_field(QApplication.focusWidget())
    if before is None or field is None or shiboken6.getCppPointer(field)[0] != before.address:
        return
    if isinstance(field, QLineEdit):
        field.setText(before.text)
        field.setCursorPosition(before.cursor)
    else:
        field.setPlainText(before.text)
        cursor = field.textCursor()
        cursor.setPosition(min(before.cursor, len(before.text)))
        field.setTextCursor(cursor)


def is_shortcut(event: QKeyEvent) -> bool:
    """Ctrl+key (Cmd+key on a Mac) is a command; Ctrl+Alt is AltGr on Windows and types a character."""
    modifiers = event.modifiers()
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    return (control and not alt) or bool(modifiers & Qt.KeyboardModifier.MetaModifier)


class ScannerFilter(QObject):
    """Installed on the QApplication; emits `scanned(code)` for each burst."""

    scanned = Signal(str)

    def __init__(self, monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # For keys without a time of their own (synthetic ones, tests): the clock when they arrive.
        self.monotonic = monotonic
        self.enabled = True
        self.bursts = BurstDetector()
        self._before: FieldBefore | None = None  # what the focused field held before the burst

    def in_burst(self) -> bool:
        """Keys are coming at a scanner's pace (two or more characters so far)."""
        return self.bursts.pending >= 2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            if not self.enabled or event.type() != QEvent.Type.KeyPress:
                return False
            focus = QApplication.focusWidget()
            # Each key comes by several times (its window, the focused widget, that widget's parents):
            # take it once, at the focused widget, or on its way into the window when nothing has the focus.
            if (watched is not focus) if focus is not None else not isinstance(watched, QWindow):
                return False
            assert isinstance(event, QKeyEvent)
            return self._key(event, focus)
        except Exception:
            log.exception("the scanner filter failed on a key; the desk carries on")
            return False

    def _key(self, event: QKeyEvent, focus: QWidget | None) -> bool:
        key = event.key()
        at_ms = float(event.timestamp()) or self.monotonic() * 1000.0
        if key in _END_KEYS and event.modifiers() in _PLAIN:
            code = self.bursts.end(at_ms)
            before, self._before = self._before, None
            if code is None:
                return False
            restore_field(before)
            self.scanned.emit(code)
            return True
        text = event.text()
        if key in _MODIFIER_KEYS and not text:
            return False  # Shift before a capital, AltGr before an @: the burst goes on
        if not text or event.isAutoRepeat() or is_shortcut(event):
            self.bursts.interrupt()
            return False
        if self.bursts.character(text, at_ms):
            self._before = note_field(focus)
        return False
