"""What the desk shows after each scan: the right person or nobody, edits never lost, the name first,
needs and roles where staff cannot miss them, a 1366×768 laptop, fonts for every script, printing trouble."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checkin.core.retention import set_retention
from checkin.store import open_event
from tests.desk.desk import checked_in_ids, find

LONG_ORGANISATION = "Permanent Mission of the People's Republic of China"


def test_an_unknown_code_clears_the_person_and_reprint_acts_on_nobody(desk, sample_event_path):
    desk.run(f"window.context.print_to_file = {str(desk.folder / 'printed.pdf')!r}")
    desk.type("kurbalija")
    desk.wait_until(lambda: desk.state()["person"] == "Jovan Kurbalija", "Kurbalija is shown")
    desk.scan("QW4471ZQ9087")
    desk.wait_until(lambda: desk.colour() == "red", "the unknown code is red")
    assert desk.state()["person"] is None, "an unrelated person stays beside 'Unknown code'"
    desk.key("ctrl+p")
    desk.sync()
    assert not (desk.folder / "printed.pdf").exists(), "Reprint printed a badge for someone else"


def test_an_unsaved_edit_is_not_thrown_away_by_the_next_scan(desk, sample_event_path):
    desk.type("kurbalija")
    desk.wait_until(lambda: desk.state()["person"] == "Jovan Kurbalija", "Kurbalija is shown")
    desk.click("window.checkin.person.fields['job_title']")
    desk.key("ctrl+a")
    desk.type("Head of Digital Policy")
    desk.scan(find(sample_event_path, "Kulling").code)
    desk.wait_until(lambda: desk.colour() == "green", "the scan is checked in")
    assert find(sample_event_path, "Kurbalija").job_title == "Head of Digital Policy"
    assert "Kurbalija" in desk.state()["status"], "the desk says what happened to the edit"


def test_save_says_it_saved(desk, sample_event_path):
    desk.type("kurbalija")
    desk.wait_until(lambda: desk.state()["person"] == "Jovan Kurbalija", "Kurbalija is shown")
    desk.click("window.checkin.person.fields['job_title']")
    desk.key("ctrl+a")
    desk.type("Director")
    desk.click("window.checkin.person.save_button")
    desk.wait_until(lambda: find(sample_event_path, "Kurbalija").job_title == "Director", "saved in the event")
    desk.wait_until(lambda: "saved" in (desk.state()["status"] or "").lower(), "the desk confirms")


def test_the_window_fits_a_1366_by_768_laptop_and_the_name_comes_first(start_desk, sample_event_path):
    store = open_event(sample_event_path)
    person = next(a for a in store.attendees() if a.organisation.startswith(LONG_ORGANISATION))
    set_retention(store, date(2019, 1, 16))  # the retention bar shows too: the tallest the desk gets
    store.close()
    desk = start_desk(sample_event_path)
    frame = desk.eval("(lambda g: [g.x(), g.y(), g.width(), g.height()])(window.frameGeometry())")
    screen = desk.eval("(lambda g: [g.x(), g.y(), g.width(), g.height()])"
                       "(window.screen().availableGeometry())")
    assert frame[0] >= screen[0] and frame[1] >= screen[1], (frame, screen)
    assert frame[0] + frame[2] <= screen[0] + screen[2] and frame[1] + frame[3] <= screen[1] + screen[3], \
        f"the window {frame} runs off the screen {screen}"
    desk.scan(person.code)
    desk.wait_until(lambda: desk.colour() == "green", "green")
    panel = "window.checkin.result_panel"
    name_size = desk.eval(f"{panel}.name.font().pointSizeF()")
    others = desk.eval(f"[w.font().pointSizeF() for w in {panel}.findChildren(__import__('PySide6.QtWidgets', "
                       f"fromlist=['QLabel']).QLabel) if w is not {panel}.name and w.isVisible()]")
    assert all(name_size > size for size in others), (name_size, others)
    organisation = desk.eval(f"{panel}.organisation.text()")
    assert organisation.endswith("…") and len(organisation) < len(person.organisation)
    line = desk.eval(f"{panel}.organisation.fontMetrics().height()")
    assert desk.eval(f"{panel}.organisation.height()") < 2 * line, "the organisation takes one line"
    assert desk.eval(f"{panel}.name.text()") == person.name


def test_needs_and_roles_reach_the_outcome(desk, sample_event_path):
    """Under the outcome (the programme's day draws it): needs as icons with words, a speaker's part."""
    wheelchair = next(a for a in _attendees(sample_event_path) if "Wheelchair" in a.needs)
    desk.scan(wheelchair.code)
    desk.wait_until(lambda: desk.colour() == "green", "green")
    chips = "window.day_outcome.chips"
    assert desk.eval(f"any('heelchair' in chip.text.text() for chip in {chips})")
    assert desk.eval("window.day_outcome.isVisible()")
    speaker = find(sample_event_path, "Kurbalija")
    desk.scan(speaker.code)
    desk.wait_until(lambda: "Kurbalija" in desk.says(), "the speaker")
    assert "Speaker" in desk.eval("window.day_outcome.role.text()")
    assert desk.eval("window.day_outcome.role.isVisible()")


def test_next_please_after_a_few_seconds(start_desk, sample_event_path):
    desk = start_desk(sample_event_path, settings={"desk/next_please_s": 1})
    desk.scan(find(sample_event_path, "Kulling").code)
    desk.wait_until(lambda: desk.colour() == "green", "green")
    desk.wait_until(lambda: desk.colour() == "neutral" and "Next" in desk.says(), "next, please",
                    timeout=5)


def test_a_walk_ins_green_stays_when_the_printer_fails(desk, sample_event_path):
    desk.run("window.context.settings.set(__import__('checkin.ui.settings', fromlist=['x']).PRINTER, 'No-Such')")
    desk.key("ctrl+n")
    desk.wait_modal()
    desk.type("Zoe")
    desk.key("Tab")
    desk.type("Walker")
    desk.key("Return")
    desk.wait_until(lambda: any(a.family_name == "Walker" for a in _attendees(sample_event_path)), "registered")
    assert find(sample_event_path, "Walker").id in checked_in_ids(sample_event_path)
    desk.wait_until(lambda: "not printed" in desk.eval("window.checkin.print_status.text()"), "the printer trouble")
    assert desk.colour() == "green"
    assert "Zoe Walker" in desk.eval("window.checkin.result_panel.name.text()")


def test_cjk_and_arabic_names_are_drawn_with_real_glyphs_without_system_fonts(start_desk, sample_event_path,
                                                                              tmp_path):
    """A laptop with no CJK or Arabic font installed: the desk uses the fonts it ships."""
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                      '<dir>/usr/share/fonts/truetype/dejavu</dir>'
                      f'<cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>')
    desk = start_desk(sample_event_path, env={"FONTCONFIG_FILE": str(config)})
    desk.type("sato")
    desk.wait_until(lambda: "佐藤花子" in desk.state()["results"], "the Japanese name is found")
    missing = desk.eval("__import__('checkin.ui.fonts', fromlist=['x']).missing_glyphs("
                        "'花子 佐藤 서연 이 محمد', window.checkin.results.font())")
    assert missing == ""


def test_the_recent_events_show_titles_and_dates(start_desk, sample_event_path, tmp_path):
    desk = start_desk(sample_event_path)
    desk.stop()
    desk.process = None
    again = start_desk(None, settings={"events/last": ""}, folder=desk.folder)
    again.wait_until(lambda: again.state()["page"] == "start", "the start page")
    first = again.eval("window.start.recent.item(0).text()")
    assert "Digital Technology" in first and "2018" in first


def test_french_desk_words(start_desk, sample_event_path):
    desk = start_desk(sample_event_path, settings={"ui/language": "fr"})
    kulling = find(sample_event_path, "Kulling")
    desk.scan(kulling.code)
    desk.wait_until(lambda: desk.colour() == "green", "green")
    desk.scan(find(sample_event_path, "Kurbalija").code)
    desk.wait_until(lambda: "Kurbalija" in desk.says(), "the next one")
    desk.type("kulling")
    desk.key("Return")
    desk.wait_until(lambda: desk.colour() == "yellow", "yellow")
    text = desk.says()
    assert "Arrivé·e à" in text
    assert "enregistré" not in text.lower()


def _attendees(path: Path):
    from tests.desk.desk import attendees

    return attendees(path)
