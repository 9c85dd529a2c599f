"""Text that always fits, in every script, from embedded bundled fonts; and what gets reported."""

from __future__ import annotations

import re
import unicodedata

import pytest
from badge_helpers import EVENT, MM, PEOPLE, make_people, open_pdf, page_text, text_in_box_mm

from badges import load_layout, render_badges
from badges.fitting import fit_text
from badges.fonts import font_set
from badges.report import SHRUNK, TRUNCATED, WRAPPED


def test_names_in_every_script_are_in_the_text_layer(tmp_path):
    out = tmp_path / "scripts.pdf"
    report = render_badges(PEOPLE, out, layout="a6", event=EVENT)
    pdf = open_pdf(out)
    for index, person in enumerate(PEOPLE):
        text = page_text(pdf, index)
        for key in ("given_name", "family_name"):
            assert person[key] in text, (key, person[key], text)
    assert "بعثة المملكة المغربية" in page_text(pdf, 3)  # Arabic shaped, read back in logical order
    assert "中国常驻联合国日内瓦办事处代表团" in page_text(pdf, 4)
    assert report.missing_glyphs == []


def test_each_script_is_drawn_in_a_font_that_has_it(tmp_path):
    out = tmp_path / "fonts.pdf"
    render_badges(PEOPLE, out, layout="a6", event=EVENT)
    pdf = open_pdf(out)
    import ctypes

    import pypdfium2.raw as raw

    def fonts_of(page_index, word):
        textpage = pdf[page_index].get_textpage()
        text = textpage.get_text_range()
        start = text.index(word)
        names = set()
        buffer = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        for i in range(start, start + len(word)):
            length = raw.FPDFText_GetFontInfo(textpage.raw, i, buffer, 256, ctypes.byref(flags))
            names.add(buffer.raw[: length - 1].decode().split("+")[-1])
        return names

    assert all("NotoSans" in n for n in fonts_of(0, "Amélie"))
    assert all("NotoSans" in n for n in fonts_of(1, "Владимир"))
    assert all("NotoSans" in n for n in fonts_of(2, "Νικόλαος"))
    assert all("Arabic" in n for n in fonts_of(3, "محمد"))
    assert all("Droid" in n for n in fonts_of(4, "小明"))


def test_fonts_are_embedded(tmp_path):
    out = tmp_path / "embedded.pdf"
    render_badges(PEOPLE, out, layout="a6", event=EVENT)
    data = out.read_bytes()
    true_type = len(re.findall(rb"/Subtype /TrueType", data))
    embedded = len(re.findall(rb"/FontFile2", data))
    assert true_type >= 4  # Noto Sans regular and bold, Noto Sans Arabic, Droid Sans Fallback at least
    assert embedded == true_type


def test_decomposed_accents_are_normalised_to_nfc(tmp_path):
    out = tmp_path / "nfc.pdf"
    decomposed = unicodedata.normalize("NFD", "Amélie Ørsted-Nuñez")
    render_badges([{"code": "A1", "given_name": decomposed}], out, layout="a6")
    assert "Amélie Ørsted-Nuñez" in page_text(open_pdf(out), 0)


def test_a_300_character_name_still_fits_and_is_reported(tmp_path):
    long_name = ("Maximiliane Wilhelmina Theodora Alexandrina " * 8)[:300]
    people = [{"code": "OK1", "given_name": "Ann"}, {"code": "LONG1", "given_name": long_name, "family_name": "X"}]
    out = tmp_path / "long.pdf"
    report = render_badges(people, out, layout="a6", event=EVENT)
    layout = load_layout("a6")
    box = next(e for e in layout.front if e.name == "given_name").box
    truncated = [o for o in report.overflows if o.action == TRUNCATED]
    assert [(o.person_index, o.code, o.element) for o in truncated] == [(1, "LONG1", "given_name")]
    pdf = open_pdf(out)
    inside = text_in_box_mm(pdf, 1, box.x, box.y, box.width, box.height, tolerance_mm=0.2)
    assert inside.startswith("Maximiliane") and inside.rstrip().endswith("…")
    # Nothing of the name spills outside the box, left or right.
    page = pdf[1]
    textpage = page.get_textpage()
    _, page_h = page.get_size()
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i)
        if page_h - top >= box.y * MM and page_h - bottom <= (box.y + box.height) * MM:
            assert left >= box.x * MM - 0.5 and right <= (box.x + box.width) * MM + 0.5


def test_fitting_shrinks_then_wraps_then_truncates():
    fonts = font_set()
    args = dict(width=150.0, height=40.0, size=20.0, min_size=8.0, max_lines=2)
    assert fit_text("Ann", fonts, **args).action is None
    shrunk = fit_text("Annabelle Smith", fonts, **args)
    assert shrunk.action == SHRUNK and 8 <= shrunk.size < 20 and len(shrunk.lines) == 1
    wrapped = fit_text("International Organization for Migration", fonts, **args)
    assert wrapped.action == WRAPPED and len(wrapped.lines) == 2
    assert wrapped.lines[0].text == "International Organization" or wrapped.lines[1].text.startswith("for")
    cut = fit_text("word " * 80, fonts, **args)
    assert cut.action == TRUNCATED and cut.lines[-1].text.endswith("…")
    assert all(line.width_1pt * cut.size <= 150.0 + 1e-6 for line in cut.lines)
    one_line = fit_text("word " * 80, fonts, **{**args, "max_lines": 1})
    assert one_line.action == TRUNCATED and len(one_line.lines) == 1


def test_cjk_wraps_between_characters():
    fonts = font_set()
    fitted = fit_text(
        "中国常驻联合国日内瓦办事处代表团中国常驻联合国", fonts, width=160, height=40, size=14, min_size=11, max_lines=2
    )
    assert fitted.action == WRAPPED
    assert "".join(line.text for line in fitted.lines) == "中国常驻联合国日内瓦办事处代表团中国常驻联合国"


def test_a_character_no_font_has_is_reported_not_boxed(tmp_path):
    out = tmp_path / "missing.pdf"
    hieroglyph = "\U00013000"
    report = render_badges([{"code": "H1", "given_name": f"Ra{hieroglyph}mses"}], out, layout="a6")
    assert [(m.person_index, m.code, m.chars) for m in report.missing_glyphs] == [(0, "H1", hieroglyph)]
    assert report.missing_glyphs[0].text == f"Ra{hieroglyph}mses"
    text = page_text(open_pdf(out), 0)
    assert "Ramses" in text and hieroglyph not in text and "\u25a0" not in text
    # The character is left out of what is drawn, so no empty box can appear in its place.
    assert font_set().prepare(f"Ra{hieroglyph}mses").text == "Ramses"


def test_rtl_names_align_to_the_right_edge_of_a_left_aligned_box(tmp_path):
    out = tmp_path / "rtl.pdf"
    render_badges([{"code": "R1", "given_name": "محمد", "family_name": "Smith"}], out, layout="4x3in")
    layout = load_layout("4x3in")
    box = next(e for e in layout.front if e.name == "given_name").box
    left_half = text_in_box_mm(open_pdf(out), 0, box.x, box.y, box.width / 2, box.height, tolerance_mm=0)
    right_half = text_in_box_mm(
        open_pdf(out), 0, box.x + box.width / 2, box.y, box.width / 2, box.height, tolerance_mm=0
    )
    assert "محمد" in right_half and "محمد" not in left_half


@pytest.mark.parametrize("name", ["Amélie", "Владимир", "Νικόλαος", "محمد", "李小明"])
def test_every_script_measures_a_positive_width(name):
    prepared = font_set().prepare(name)
    assert prepared.width_1pt > 0 and not prepared.missing


def test_an_event_title_that_overflows_is_reported_once_not_per_badge(tmp_path):
    event = {"title": "The Very Long Annual Conference on Migration, Development and Diaspora Engagement " * 3}
    report = render_badges(make_people(5), tmp_path / "t.pdf", layout="a6", event=event)
    about_title = [o for o in report.overflows if o.element == "event title"]
    assert len(about_title) == 1 and about_title[0].person_index == -1
