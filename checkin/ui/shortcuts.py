"""Every desk action with its shortcut, in one table (the F1 overlay lists it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # translated in the "Actions" context
    shortcut: str  # "" for actions that live in a menu only (the F1 sheet lists those with a key)


ACTIONS = (
    ActionSpec("focus_search", QT_TRANSLATE_NOOP("Actions", "Search / scan"), "Ctrl+F"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "Take back the arrival shown"), "Ctrl+Z"),
    ActionSpec("walk_in", QT_TRANSLATE_NOOP("Actions", "Register a walk-in"), "Ctrl+N"),
    ActionSpec("admit", QT_TRANSLATE_NOOP("Actions", "Admit from the waiting list…"), "Ctrl+Return"),
    ActionSpec("remove_walk_in", QT_TRANSLATE_NOOP("Actions", "Remove this walk-in…"), ""),
    ActionSpec("reprint", QT_TRANSLATE_NOOP("Actions", "Reprint the badge"), "Ctrl+P"),
    ActionSpec("namecard", QT_TRANSLATE_NOOP("Actions", "Print a name card"), "Ctrl+Shift+P"),
    ActionSpec("preview", QT_TRANSLATE_NOOP("Actions", "Preview the badge"), "Ctrl+B"),
    ActionSpec("show_checkin", QT_TRANSLATE_NOOP("Actions", "Check-in view"), "Ctrl+1"),
    ActionSpec("show_attendees", QT_TRANSLATE_NOOP("Actions", "Attendee list"), "Ctrl+2"),
    ActionSpec("show_counters", QT_TRANSLATE_NOOP("Actions", "Counters"), "Ctrl+3"),
    ActionSpec("show_board", QT_TRANSLATE_NOOP("Actions", "Speakers' board"), "Ctrl+4"),
    ActionSpec("show_loans", QT_TRANSLATE_NOOP("Actions", "Items lent (receivers)"), "Ctrl+5"),
    ActionSpec("group_checkin", QT_TRANSLATE_NOOP("Actions", "Check in a group…"), "Ctrl+G"),
    ActionSpec("import_programme", QT_TRANSLATE_NOOP("Actions", "Import programme…"), ""),
    ActionSpec("lock", QT_TRANSLATE_NOOP("Actions", "Lock the desk (kiosk)"), "Ctrl+L"),
    ActionSpec("mute", QT_TRANSLATE_NOOP("Actions", "Sounds on/off"), "Ctrl+M"),
    ActionSpec("camera", QT_TRANSLATE_NOOP("Actions", "Camera on/off"), "Ctrl+Shift+C"),
    ActionSpec("desk_settings", QT_TRANSLATE_NOOP("Actions", "Desk settings…"), "Ctrl+,"),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "Import registrations…"), "Ctrl+I"),
    ActionSpec("batch_badges", QT_TRANSLATE_NOOP("Actions", "Print all badges to PDF…"), "Ctrl+Shift+B"),
    ActionSpec("last_import", QT_TRANSLATE_NOOP("Actions", "Last import report"), ""),
    ActionSpec("watch_mail", QT_TRANSLATE_NOOP("Actions", "Watch the registration mailbox…"), ""),
    ActionSpec("review_mail", QT_TRANSLATE_NOOP("Actions", "Review fetched e-mails…"), ""),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "Export…"), "Ctrl+E"),
    ActionSpec("confirmations", QT_TRANSLATE_NOOP("Actions", "Send confirmations…"), ""),
    ActionSpec("purge", QT_TRANSLATE_NOOP("Actions", "Purge personal data…"), ""),
    ActionSpec("new_event", QT_TRANSLATE_NOOP("Actions", "New event…"), "Ctrl+Shift+N"),
    ActionSpec("open_event", QT_TRANSLATE_NOOP("Actions", "Open event…"), "Ctrl+O"),
    ActionSpec("connect_server", QT_TRANSLATE_NOOP("Actions", "Connect to a server…"), ""),
    ActionSpec("close_event", QT_TRANSLATE_NOOP("Actions", "Close event"), "Ctrl+W"),
    ActionSpec("help", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "F1"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "Ctrl+Q"),
)
