"""Thin models checked without views; the start screen and reopening the last event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from checkin.ui import settings as keys
from checkin.ui.app import fresh_sample, open_window
from checkin.ui.models.attendee_table import CHECKED, NAME, AttendeeFilter, AttendeeTableModel
from checkin.ui.models.roles import AttendeeRole, SortRole
from checkin.ui.models.search_results import SearchResultsModel


def test_attendee_models_pass_the_model_tester(qtmodeltester, sample_session):
    table = AttendeeTableModel()
    table.set_attendees(sample_session.attendees(), {})
    qtmodeltester.check(table)
    results = SearchResultsModel()
    results.set_results(sample_session.search("mul"), {})
    qtmodeltester.check(results)


def test_sort_role_sorts_by_folded_family_name_and_attendee_role_gives_the_object(sample_session):
    table = AttendeeTableModel()
    table.set_attendees(sample_session.attendees(), {})
    proxy = AttendeeFilter()
    proxy.setSourceModel(table)
    proxy.sort(NAME)
    keys_in_order = [proxy.index(row, NAME).data(SortRole) for row in range(proxy.rowCount())]
    assert keys_in_order == sorted(keys_in_order)
    assert proxy.index(0, 0).data(AttendeeRole) in sample_session.attendees()
    proxy.set_filters(status=CHECKED)
    assert proxy.rowCount() == 0


def test_the_last_event_reopens_on_next_start(qtbot, context, tmp_path: Path):
    first = fresh_sample(tmp_path)
    context.settings.remember_event(str(first))
    context.close()
    window = open_window(context, None, False, tmp_path)
    qtbot.addWidget(window)
    assert context.session is not None and context.session.store.location == str(first)
    assert window.stack.currentWidget() is window.event_page


def test_a_vanished_event_file_opens_the_start_screen_and_leaves_the_recent_list(qtbot, context, tmp_path: Path,
                                                                                 monkeypatch):
    context.settings.remember_event(str(tmp_path / "gone.checkin"))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    window = open_window(context, None, False, tmp_path)
    qtbot.addWidget(window)
    assert shown and "gone.checkin" in shown[0]
    assert window.stack.currentWidget() is window.start
    assert context.settings.get(keys.RECENT_EVENTS) == []


def test_demo_copies_are_fresh_each_time(tmp_path: Path):
    first, second = fresh_sample(tmp_path), fresh_sample(tmp_path)
    assert first != second and first.stat().st_size == second.stat().st_size
