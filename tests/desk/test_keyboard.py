"""Keyboard reach at the desk: shortcuts in every language, Enter with several matches, Tab, Ctrl+E, Ctrl+Z."""

from __future__ import annotations

from tests.desk.desk import checked_in_ids, find, presence


def test_shortcuts_still_work_after_switching_language(desk):
    desk.key("alt+l")  # the Language menu
    desk.wait_until(lambda: desk.eval("QApplication.activePopupWidget() is not None"), "the menu opens")
    desk.key("Down", "Return")  # English, Français…
    desk.wait_until(lambda: "Scannez" in desk.eval("window.checkin.search.placeholderText()"), "the desk is French")
    for key, expected in (("ctrl+3", 2), ("ctrl+1", 0)):
        desk.key(key)
        desk.wait_until(lambda expected=expected: desk.state()["tab"] == expected, f"{key} switches the view")
    desk.key("ctrl+n")
    desk.wait_modal()
    desk.key("Escape")
    desk.wait_no_modal()
    desk.key("F1")
    desk.wait_until(lambda: desk.eval("window.help.isVisible()"), "F1 shows the shortcuts")


def test_enter_with_several_matches_checks_in_nobody_and_asks(desk, sample_event_path):
    desk.type("schneider")
    desk.key("Return")
    desk.wait_until(lambda: desk.state()["focus"]["class"] == "ResultsList", "the list takes the focus")
    assert not checked_in_ids(sample_event_path), "Enter with three matches checked somebody in"
    assert desk.eval("window.checkin.results.currentIndex().row()") == 0
    assert "3" in desk.says()
    desk.key("Down", "Return")
    desk.wait_until(lambda: len(checked_in_ids(sample_event_path)) == 1, "the chosen one is checked in")
    (chosen,) = checked_in_ids(sample_event_path)
    assert "Franziska Schneider" in desk.says()
    assert desk.eval(f"window.context.session.attendee({chosen}).name") == "Franziska Schneider"
    assert desk.state()["focus"]["name"] == "SearchField"


def test_enter_with_the_only_match_checks_in(desk, sample_event_path):
    desk.type("kulling")
    desk.key("Return")
    kulling = find(sample_event_path, "Kulling")
    desk.wait_until(lambda: kulling.id in checked_in_ids(sample_event_path), "the only match is checked in")


def test_ctrl_z_after_a_yellow_leaves_the_previous_green_person_alone(desk, sample_event_path):
    first, second = find(sample_event_path, "Kulling"), find(sample_event_path, "Kurbalija")
    desk.scan(first.code)
    desk.scan(second.code)
    desk.wait_until(lambda: second.id in checked_in_ids(sample_event_path), "both are in")
    desk.type("kulling")
    desk.key("Return")
    desk.wait_until(lambda: desk.colour() == "yellow", "Kulling again is yellow")
    desk.key("ctrl+z")
    desk.wait_until(lambda: "undone" in desk.says(), "the undo answers")
    assert "Kulling" in desk.says(), "Ctrl+Z undoes the person the screen shows"
    assert second.id in checked_in_ids(sample_event_path), "Kurbalija's check-in must stay"
    assert first.id not in checked_in_ids(sample_event_path)
    desk.key("ctrl+z")
    desk.wait_until(lambda: "Nothing to undo" in desk.says(), "a second Ctrl+Z says why")
    assert desk.state()["detail"], "it says why nothing happens"
    assert second.id in checked_in_ids(sample_event_path)


def test_ctrl_z_after_a_refusal_undoes_nothing_and_says_so(desk, sample_event_path):
    kulling = find(sample_event_path, "Kulling")
    desk.scan(kulling.code)
    desk.scan("QW4471ZQ9087")
    desk.wait_until(lambda: desk.colour() == "red", "the unknown code is red")
    desk.key("ctrl+z")
    desk.wait_until(lambda: "Nothing to undo" in desk.says(), "Ctrl+Z explains")
    assert presence(sample_event_path)[kulling.id].checked_in


def test_tab_from_the_search_field_reaches_the_person_panel(desk):
    desk.type("kulling")
    desk.wait_until(lambda: desk.state()["person"] == "Sébastien Kulling", "Kulling is shown")
    desk.key("Tab")
    desk.wait_until(lambda: desk.eval("window.checkin.person.isAncestorOf(QApplication.focusWidget())"),
                    "Tab moves into the person panel")


def test_ctrl_e_from_the_search_field_opens_the_export(desk):
    desk.type("kul")
    desk.key("ctrl+e")
    desk.wait_modal("Export")


def test_escape_in_a_half_filled_walk_in_form_asks_before_discarding(desk):
    desk.key("ctrl+n")
    desk.wait_modal()
    desk.type("Amina")
    desk.key("Escape")
    desk.wait_modal(kind="QMessageBox")
    desk.key("Escape")  # no: back to the form
    desk.wait_modal(kind="WalkInDialog")
    assert desk.eval("QApplication.activeModalWidget().given.text()") == "Amina"


def test_ctrl_q_and_ctrl_w_ask_first(desk):
    for key in ("ctrl+q", "ctrl+w"):
        desk.key(key)
        desk.wait_modal(kind="QMessageBox")
        desk.key("Escape")
        desk.wait_no_modal()
        assert desk.state()["page"] == "event"


def test_a_scan_on_the_start_page_opens_nothing_and_says_why(start_desk, sample_event_path):
    desk = start_desk(None)
    desk.wait_until(lambda: desk.state()["page"] == "start", "the start page shows")
    desk.scan(find(sample_event_path, "Kulling").code)
    desk.wait_until(lambda: "event" in desk.eval("window.start.message.text()").lower(), "the start page says why")
    assert desk.state()["page"] == "start"
    assert not checked_in_ids(sample_event_path)
