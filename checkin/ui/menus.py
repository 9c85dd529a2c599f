"""The window's actions and menus, built from the one table of shortcuts (checkin.ui.shortcuts).

Rebuilt on a language switch: the old actions are removed first, or every shortcut would exist twice and
Qt would refuse them all as ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from checkin.ui import i18n
from checkin.ui.shortcuts import ACTIONS

# The actions of each menu, in the order of the titles the window gives (Event, Desk, View, Help).
MENUS = (
    ("new_event", "open_event", "connect_server", "close_event", None, "import", "last_import", "watch_mail",
     "review_mail", "import_programme", "export", "batch_badges", "confirmations", None, "purge", None, "quit"),
    ("focus_search", "undo", "walk_in", "admit", "remove_walk_in", "group_checkin", None, "reprint", "namecard",
     "preview", None, "camera", "lock", "mute", "desk_settings"),
    ("show_checkin", "show_attendees", "show_counters", "show_board", "show_loans"),
    ("help",),
)


def install_actions(window: QMainWindow, handlers: Mapping[str, Callable[[], object]],
                    old: Mapping[str, QAction] | None = None) -> dict[str, QAction]:
    """One application-wide action per entry of the shortcut table; `old` ones are taken away first."""
    for action in (old or {}).values():
        window.removeAction(action)
        action.deleteLater()
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("Actions", spec.text), window)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _=False, handler=handlers[spec.name]: handler())
        window.addAction(action)
        actions[spec.name] = action
    return actions


def install_menus(window: QMainWindow, actions: Mapping[str, QAction], titles: tuple[str, ...], language: str,
                  switch_language: Callable[[str], None]) -> None:
    """The menu bar: `titles` are the translated Event, Desk, View, Help and Language menu titles."""
    bar = window.menuBar()
    bar.clear()
    for title, names in zip(titles, MENUS):
        menu = bar.addMenu(title)
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(actions[name])
    language_menu = bar.addMenu(titles[-1])
    group = QActionGroup(language_menu)
    for code, label in i18n.LANGUAGES.items():
        action = language_menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == language)
        action.triggered.connect(lambda _=False, c=code: switch_language(c))
        group.addAction(action)
