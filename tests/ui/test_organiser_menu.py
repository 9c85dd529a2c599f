"""The Event menu's organiser actions: what each opens, and a clear line when a part is missing."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox


def test_the_event_menu_lists_the_organiser_actions_in_order(window):
    menu = window.menuBar().actions()[0].menu()
    names = {action: name for name, action in window.actions_by_name.items()}
    listed = [names.get(action) for action in menu.actions() if not action.isSeparator()]
    assert listed == ["new_event", "open_event", "connect_server", "close_event", "import", "last_import",
                      "watch_mail", "review_mail", "import_programme", "export",
                      "batch_badges", "confirmations", "purge", "quit"]


def test_send_confirmations_opens_the_confirmations_dialog_on_the_open_event(qtbot, window, monkeypatch):
    from checkin.ui.dialogs.confirmations_dialog import ConfirmationsDialog

    opened: list[ConfirmationsDialog] = []
    monkeypatch.setattr(ConfirmationsDialog, "exec", lambda self: opened.append(self) or 0)
    window.actions_by_name["confirmations"].trigger()
    assert len(opened) == 1 and opened[0].session is window.context.session
    assert opened[0].tasks is window.context.tasks


def test_without_the_mail_part_the_action_says_so_in_one_line(window, monkeypatch):
    said: list[str] = []
    monkeypatch.setitem(sys.modules, "checkin.ui.dialogs.confirmations_dialog", None)  # import fails
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: said.append(text))
    window.actions_by_name["confirmations"].trigger()
    assert len(said) == 1 and said[0].startswith("Sending confirmations is not available here")


def test_the_last_import_report_before_any_import_says_there_is_none(window, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: said.append(text))
    window.actions_by_name["last_import"].trigger()
    assert said == ["Nothing was imported into this event since it was opened."]
