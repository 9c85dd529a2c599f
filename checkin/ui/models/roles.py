"""Custom roles shared by every attendee model."""

from PySide6.QtCore import Qt

AttendeeRole = Qt.ItemDataRole.UserRole + 1  # the Attendee itself, never read back from text
SortRole = Qt.ItemDataRole.UserRole + 2  # a native value to sort on
PresenceRole = Qt.ItemDataRole.UserRole + 3  # the PresenceState at this desk's checkpoint, or None
