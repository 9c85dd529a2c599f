"""Let the desk's shortcuts win over a text field's own key bindings.

A QLineEdit claims Ctrl+E (end of line on X11), Ctrl+Z (its own undo) and friends before any shortcut sees
them, so Ctrl+E from the search field never opened the export. Installed on the desk's fields, this gives
every Ctrl or Alt combination to the application's shortcuts, except the clipboard and word-wise editing
a volunteer still needs in a field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from checkin.ui.safety import log

_KEPT_BY_FIELDS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut,
                   QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.DeleteStartOfWord,
                   QKeySequence.StandardKey.DeleteEndOfWord, QKeySequence.StandardKey.MoveToNextWord,
                   QKeySequence.StandardKey.MoveToPreviousWord, QKeySequence.StandardKey.SelectNextWord,
                   QKeySequence.StandardKey.SelectPreviousWord)


class ShortcutsFirst(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            if event.type() != QEvent.Type.ShortcutOverride:
                return False
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers()
            if not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) and \
                    not Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35:
                return False
            if any(event.matches(kept) for kept in _KEPT_BY_FIELDS):
                return False
            event.ignore()  # not the field's: the shortcut map takes it
            return True
        except Exception:
            log.exception("the shortcut filter failed on a key; the desk carries on")
            return False
