"""The check-in view driven through real key presses on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from checkin.core.outcomes import Outcome
from checkin.store.errors import EventUnavailable
from checkin.ui.widgets.result_panel import GREEN, RED, YELLOW
from tests.ui.conftest import key_gaps


def _code_of(window, family_name: str) -> str:
    return next(a for a in window.context.session.attendees() if a.family_name == family_name).code


def _is_in(window, family_name: str) -> bool:
    session = window.context.session
    attendee = next(a for a in session.attendees() if a.family_name == family_name)
    return session.store.presence(session.checkpoint).get(attendee.id, None) is not None and \
        session.store.presence(session.checkpoint)[attendee.id].checked_in


def test_typing_a_name_and_enter_checks_in_the_highlighted_person(qtbot, window):
    key_gaps(window, 0.2)
    view = window.checkin
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "kulling")
    assert view.model.rowCount() >= 1
    assert view.results.current_attendee().family_name == "Kulling"
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.result_panel.colour == GREEN
    panel = view.result_panel
    assert (panel.headline.text(), panel.name.full_text, panel.organisation.full_text) == (
        "Welcome", "Sébastien Kulling", "digitalswitzerland")
    assert _is_in(window, "Kulling")
    assert view.search.text() == "" and view.search.hasFocus()


def test_arrow_keys_move_the_highlight_before_enter(qtbot, window):
    key_gaps(window, 0.2)
    view = window.checkin
    qtbot.keyClicks(view.search, "muller")
    second = view.model.attendee(1)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.results.current_attendee() == second
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.result_panel.colour == GREEN
    assert second.name in view.result_panel.says()


def test_a_scanner_burst_checks_in_from_any_focus_and_types_nothing(qtbot, window):
    code = _code_of(window, "Kulling")
    window.tabs.setCurrentIndex(1)
    field = window.attendees.text
    field.setFocus()
    key_gaps(window, 0.2)
    qtbot.keyClicks(field, "gen")  # someone was typing here
    key_gaps(window, 0.004)
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.checkin.result_panel.colour == GREEN
    assert _is_in(window, "Kulling")
    assert field.text() == "gen"
    assert window.tabs.currentIndex() == 0


def test_a_scan_into_the_search_field_does_not_leave_the_code_there(qtbot, window):
    key_gaps(window, 0.004)
    view = window.checkin
    qtbot.keyClicks(view.search, _code_of(window, "Kulling"))
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.result_panel.colour == GREEN
    assert view.search.text() == ""


def test_second_scan_is_yellow_and_a_double_read_within_3_s_is_ignored(qtbot, window):
    clock = [0.0]

    def tick() -> float:
        clock[0] += 0.004
        return clock[0]

    window.scanner.monotonic = tick
    window.operations.monotonic = tick
    code = _code_of(window, "Kulling")
    results = []
    window.operations.checked_in.connect(results.append)
    for _ in range(2):
        qtbot.keyClicks(window.checkin.search, code)
        qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert [r.outcome for r in results] == [Outcome.CHECKED_IN]  # the double read was dropped
    clock[0] += 5
    qtbot.keyClicks(window.checkin.search, code)
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert [r.outcome for r in results] == [Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN]
    panel = window.checkin.result_panel
    assert panel.colour == YELLOW
    assert "Already arrived" in panel.headline.text()
    assert "(Desk 1)" in panel.headline.text()


def test_undo_is_one_key_away(qtbot, window):
    window.operations.check_in(window.context.session.search("kulling")[0])
    assert _is_in(window, "Kulling")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not _is_in(window, "Kulling")
    assert "undone" in window.checkin.result_panel.says()


def test_unreadable_scanner_garbage_is_red_and_the_desk_goes_on(qtbot, window):
    key_gaps(window, 0.001)
    garbage = ("\x01\x02~" + "A" * 97) * 100  # 10 kB with control characters
    for char in garbage:  # as a scanner sends them; QTest refuses control characters
        QApplication.sendEvent(window.checkin.search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                                Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    panel = window.checkin.result_panel
    assert panel.colour == RED
    assert len(panel.headline.text()) < 120
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")
    assert window.checkin.model.rowCount() >= 1


def test_a_search_of_only_spaces_or_punctuation_lists_nobody(qtbot, window):
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "  ,.;-  ")
    assert window.checkin.model.rowCount() == 0
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    assert window.checkin.result_panel.colour != GREEN


def test_unknown_code_says_what_to_do_next(qtbot, window):
    key_gaps(window, 0.004)
    qtbot.keyClicks(window.checkin.search, "ZZZZ-9999-0000")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    panel = window.checkin.result_panel
    assert panel.colour == RED
    assert "Unknown code" in panel.headline.text()
    assert "walk-in" in panel.detail.text()


def test_an_event_file_that_goes_away_keeps_what_was_typed(qtbot, window, monkeypatch):
    key_gaps(window, 0.2)
    store = window.context.session.store

    def gone(record):
        raise EventUnavailable(store.location, "disk I/O error")

    monkeypatch.setattr(store, "append_entry", gone)
    qtbot.keyClicks(window.checkin.search, "kulling")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    panel = window.checkin.result_panel
    assert panel.colour == RED
    assert store.location in panel.detail.text()
    assert window.checkin.search.text() == "kulling"
