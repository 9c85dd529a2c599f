"""A USB scanner's burst from every view and from inside every dialog, typed with real X key events.

Our codes are capitals, so the scanner presses Shift with every letter (xdotool does the same); the burst
must be recognised whatever has the focus, check the person in, and leave no trace in the focused field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desk.desk import Desk, checked_in_ids, find, records


def _scan_checks_in(desk: Desk, event: Path, family_name: str) -> None:
    person = find(event, family_name)
    desk.scan(person.code)
    desk.wait_until(lambda: person.id in checked_in_ids(event), f"{person.name} is checked in in the event file")
    desk.wait_until(lambda: family_name in desk.says(), f"the desk shows {person.name}")


def test_a_scan_into_the_search_field_checks_in_and_leaves_it_empty(desk, sample_event_path):
    _scan_checks_in(desk, sample_event_path, "Kulling")
    state = desk.state()
    assert state["colour"] == "green"
    assert state["search"] == ""


def test_a_scan_from_the_attendee_list_filter_leaves_the_filter_as_typed(desk, sample_event_path):
    desk.key("ctrl+2")
    desk.wait_until(lambda: desk.state()["tab"] == 1, "the attendee list shows")
    desk.click("window.attendees.text")
    desk.type("gen")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert desk.eval("window.attendees.text.text()") == "gen"


def test_a_scan_from_the_counters_checks_in(desk, sample_event_path):
    desk.key("ctrl+3")
    desk.wait_until(lambda: desk.state()["tab"] == 2, "the counters show")
    _scan_checks_in(desk, sample_event_path, "Kulling")


def test_a_scan_while_editing_a_job_title_does_not_land_in_it(desk, sample_event_path):
    desk.type("kurbalija")
    desk.wait_until(lambda: desk.state()["person"] == "Jovan Kurbalija", "Kurbalija is shown")
    title = desk.eval("window.checkin.person.fields['job_title'].text()")
    desk.click("window.checkin.person.fields['job_title']")
    desk.key("End")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert find(sample_event_path, "Kurbalija").job_title == title
    assert "STDE" not in desk.eval("window.checkin.person.fields['job_title'].text()")


def test_the_pin_dialog_takes_a_typed_pin_and_a_scan_inside_it_checks_in(desk, sample_event_path):
    desk.key("ctrl+l")
    desk.wait_modal()
    desk.type("2468")
    desk.key("Return")
    desk.wait_until(lambda: desk.state()["locked"], "the desk is locked")
    desk.key("ctrl+l")  # unlock: the PIN dialog again
    desk.wait_modal()
    desk.type("24")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert desk.modal() is not None, "the scan's Enter must not close the PIN dialog"
    desk.type("68")
    desk.key("Return")
    desk.wait_until(lambda: not desk.state()["locked"], "the PIN typed around the scan unlocks the desk")


def test_a_scan_inside_the_walk_in_form_keeps_the_form_as_typed(desk, sample_event_path):
    before = len(records(sample_event_path))
    desk.key("ctrl+n")
    desk.wait_modal()
    desk.type("Amina")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert desk.modal() is not None, "the walk-in form stays open"
    assert desk.eval("QApplication.activeModalWidget().given.text()") == "Amina"
    assert len(records(sample_event_path)) == before + 1
    assert not [a for a in _all(sample_event_path) if a.walk_in], "no walk-in was registered"


def test_a_scan_inside_the_import_wizard_and_its_file_chooser(desk, sample_event_path):
    desk.key("ctrl+i")
    desk.wait_modal("Import")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert "Import" in desk.modal()["title"], "the wizard stays open and no file chooser opened"
    desk.run("from PySide6.QtCore import QTimer; QTimer.singleShot(0, QApplication.activeModalWidget().browse)")
    desk.wait_until(lambda: desk.modal()["class"] == "QFileDialog", "the file chooser opens")
    desk.type("reg")
    _scan_checks_in(desk, sample_event_path, "Kurbalija")
    assert desk.modal()["class"] == "QFileDialog"
    assert desk.eval("QApplication.focusWidget().text()") == "reg"
    desk.key("Escape")
    desk.wait_until(lambda: "Import" in desk.modal()["title"], "back in the wizard")
    desk.key("Escape")
    desk.wait_no_modal()


def test_a_scan_inside_a_message_box_neither_closes_nor_crashes_it(desk, sample_event_path):
    desk.run("from PySide6.QtCore import QTimer; QTimer.singleShot(0, window.show_last_import)")
    desk.wait_modal(kind="QMessageBox")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert (desk.modal() or {}).get("class") == "QMessageBox", "the scan's Enter did not answer the message box"
    desk.key("Return")
    desk.wait_no_modal()


def test_a_scan_inside_the_desk_settings_leaves_the_desk_name_as_typed(desk, sample_event_path):
    desk.key("ctrl+comma")
    desk.wait_modal()
    desk.click("QApplication.activeModalWidget().desk")
    desk.key("ctrl+a")
    desk.type("Desk 7")
    _scan_checks_in(desk, sample_event_path, "Kulling")
    assert desk.eval("QApplication.activeModalWidget().desk.text()") == "Desk 7"
    desk.key("Escape")
    desk.wait_no_modal()


@pytest.mark.parametrize("layout", ["ch", "fr"])
def test_imported_codes_with_at_and_hash_scan_on_layouts_where_they_need_altgr(start_desk, sample_event_path,
                                                                                 x_server, layout):
    """On Swiss and French keyboards @ and # are typed with AltGr (ISO_Level3_Shift): the burst must hold."""
    from checkin.store import open_event

    store = open_event(sample_event_path)
    person = next(a for a in store.attendees() if a.family_name == "Kulling")
    store.update_attendees([person.with_changes(external_codes=("EB#4471@GVA",))])
    store.close()
    desk = start_desk(sample_event_path)
    x_server.keyboard_layout(layout)
    try:
        desk.key("ctrl+2")  # from the list's filter: no Enter of the search field can rescue a broken burst
        desk.wait_until(lambda: desk.state()["tab"] == 1, "the attendee list shows")
        desk.click("window.attendees.text")
        desk.scan("EB#4471@GVA")
        desk.wait_until(lambda: person.id in checked_in_ids(sample_event_path), "the AltGr code checks in")
        assert desk.eval("window.attendees.text.text()") == ""
    finally:
        x_server.keyboard_layout("us")


def _all(event: Path):
    from tests.desk.desk import attendees

    return attendees(event)
