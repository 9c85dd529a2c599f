"""The locked desk and privacy mode: search and check-in only, no e-mails, no codes, no edits; a PIN kept safe."""

from __future__ import annotations

from codecs import decode
from pathlib import Path

from checkin.core.codes import format_for_humans
from tests.desk.desk import Desk, checked_in_ids, find

PIN = "2468"


def _lock(desk: Desk, pin: str = PIN) -> None:
    desk.key("ctrl+l")
    desk.wait_modal()
    desk.type(pin)
    desk.key("Return")
    desk.wait_until(lambda: desk.state()["locked"], "the desk is locked")


def _settings_text(desk: Desk) -> str:
    return "\n".join(decode(p.read_bytes(), "utf-8", "replace") for p in (desk.folder / "config").rglob("*.conf"))


def test_a_locked_desk_searches_and_checks_in_but_shows_no_email_code_or_edit(desk, sample_event_path):
    _lock(desk)
    desk.type("k")
    desk.sync()
    assert desk.state()["results"] == [], "one letter lists people on a locked desk"
    desk.type("ul")
    desk.wait_until(lambda: desk.state()["person"] == "Sébastien Kulling", "three letters find Kulling")
    kulling = find(sample_event_path, "Kulling")
    facts = desk.eval("window.checkin.person.facts.text()")
    assert format_for_humans(kulling.code) not in facts and kulling.code not in facts
    assert not desk.eval("window.checkin.person.fields['email'].isVisible()")
    for field in ("given_name", "family_name", "organisation", "job_title", "category"):
        assert desk.eval(f"window.checkin.person.fields['{field}'].isReadOnly() or "
                         f"not window.checkin.person.fields['{field}'].isVisible()")
    for button in ("save_button", "reprint_button", "namecard_button", "preview_button"):
        assert not desk.eval(f"window.checkin.person.{button}.isEnabled()"), button
    desk.key("ctrl+p")
    desk.key("Return")
    desk.wait_until(lambda: kulling.id in checked_in_ids(sample_event_path), "check-in still works locked")
    assert desk.eval("window.checkin.person.attendee.badge_printed_at") is None, "Ctrl+P printed while locked"


def test_the_pin_is_kept_as_a_slow_salted_hash_never_as_typed(desk):
    _lock(desk)
    text = _settings_text(desk)
    assert PIN not in text
    assert "scrypt" in text


def test_wrong_pins_make_the_next_try_wait_longer(desk):
    _lock(desk)
    for wrong in ("1111", "2222", "3333"):
        desk.key("ctrl+l")
        desk.wait_modal()
        desk.type(wrong)
        desk.key("Return")
        desk.wait_no_modal()
    desk.key("ctrl+l")  # the right PIN, but too soon after three wrong ones
    desk.sync()
    if desk.modal() is not None:
        desk.type(PIN)
        desk.key("Return")
        desk.wait_no_modal()
    desk.sync()
    assert desk.state()["locked"], "the right PIN right after three wrong ones unlocked the desk"
    assert "s" in desk.state()["detail"] and any(ch.isdigit() for ch in desk.state()["detail"])


def test_the_lock_survives_killing_the_app(start_desk, sample_event_path):
    desk = start_desk(sample_event_path)
    _lock(desk)
    desk.process.kill()
    desk.process.wait()
    desk.process = None
    again = start_desk(sample_event_path, folder=desk.folder)
    again.wait_until(lambda: again.state()["locked"], "the restarted desk is locked")
    assert not again.eval("window.menuBar().isVisible()")


def test_privacy_mode_shows_no_full_list_even_with_ctrl_2(start_desk, sample_event_path: Path):
    desk = start_desk(sample_event_path, settings={"desk/privacy_mode": True})
    desk.key("ctrl+2")
    desk.type("a")
    desk.sync()
    state = desk.state()
    assert state["tab"] == 0
    assert not desk.eval("window.attendees.isVisible()")
    assert state["results"] == []
