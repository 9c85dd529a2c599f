"""Render every shipped layout and sheet, then read the PDF back: sizes, slot text, QR payloads."""

from __future__ import annotations

import pytest
from badge_helpers import EVENT, PEOPLE, decode_qr_codes, make_people, open_pdf, page_size_mm, page_text, text_in_box_mm

import badges
from badges import load_layout, render_badges
from badges.layout import TextElement
from badges.sheets import SHEETS


def element(layout, name):
    return next(e for e in layout.front if e.name == name)


@pytest.mark.parametrize("layout_name", ["a6", "a7", "4x3in", "cr80", "fold", "label-80x50"])
def test_one_badge_per_page_reads_back(tmp_path, layout_name):
    out = tmp_path / "badges.pdf"
    report = render_badges(PEOPLE, out, layout=layout_name, event=EVENT)
    layout = load_layout(layout_name)
    assert report.pages == len(PEOPLE) and report.badges == len(PEOPLE)
    pdf = open_pdf(out)
    assert len(pdf) == len(PEOPLE)
    for index, person in enumerate(PEOPLE):
        assert page_size_mm(pdf, index) == pytest.approx((layout.width, layout.height), abs=0.05)
        given = element(layout, "given_name").box
        family = element(layout, "family_name").box
        assert person["given_name"] in text_in_box_mm(pdf, index, given.x, given.y, given.width, given.height)
        assert person["family_name"] in text_in_box_mm(pdf, index, family.x, family.y, family.width, family.height)
        codes = [c for c, _, _ in decode_qr_codes(pdf, index)]
        assert codes == [person["code"]]


def test_event_and_category_words_are_on_the_badge(tmp_path):
    out = tmp_path / "a6.pdf"
    render_badges(PEOPLE[:1], out, layout="a6", event=EVENT)
    text = page_text(open_pdf(out), 0)
    assert EVENT["title"] in text
    assert "18 October 2018 · Geneva, CICG" in text
    assert "Speaker · Intervenant" in text  # bilingual label from the layout, keyed by category


def test_date_line_without_venue_has_no_dangling_separator(tmp_path):
    out = tmp_path / "a6.pdf"
    render_badges(PEOPLE[:1], out, layout="a6", event={"title": "T", "date": "18 October 2018"})
    assert "18 October 2018\n" in page_text(open_pdf(out), 0) + "\n"
    assert "·  " not in page_text(open_pdf(out), 0)


# Which layout goes on which sheet: the sheet places badges, it never scales them.
SHEET_LAYOUTS = {
    "a4-4xa6": "a6",
    "a4-8xa7": "a7",
    "a4-2xa5": "fold",
    "avery-l7418": "cr80",
    "avery-5392": "4x3in",
    "herma-4412": "label-80x50",
    "durable-1445": "cr80",
    "durable-1453": "label-75x40",
    "durable-1456": "cr80",
}


def test_every_sheet_preset_is_listed():
    assert set(SHEET_LAYOUTS) | {"single"} == set(badges.list_sheets())
    assert set(SHEET_LAYOUTS) == set(badges.SHEETS)


@pytest.mark.parametrize(("sheet_name", "layout_name"), sorted(SHEET_LAYOUTS.items()))
def test_sheets_put_each_person_in_their_slot(tmp_path, sheet_name, layout_name):
    sheet = SHEETS[sheet_name]
    layout = load_layout(layout_name)
    people = make_people(sheet.per_page + 1)  # one full page and one more
    out = tmp_path / f"{sheet_name}.pdf"
    report = render_badges(people, out, layout=layout_name, sheet=sheet_name, event=EVENT)
    pdf = open_pdf(out)
    assert report.pages == len(pdf) == 2
    assert page_size_mm(pdf, 0) == pytest.approx((sheet.page_width, sheet.page_height), abs=0.05)
    given = element(layout, "given_name").box
    inset_x = (sheet.label_width - layout.width) / 2
    inset_y = (sheet.label_height - layout.height) / 2
    slots = sheet.slots()
    for number, person in enumerate(people):
        page, slot = divmod(number, sheet.per_page)
        sx, sy = slots[slot][0] + inset_x, slots[slot][1] + inset_y
        text = text_in_box_mm(pdf, page, sx + given.x, sy + given.y, given.width, given.height, tolerance_mm=0.3)
        assert text.strip() == person["given_name"], (sheet_name, number, text)
    has_qr = any(e.name == "qr" for e in layout.front)
    if has_qr:
        qr = element(layout, "qr").box
        for page in (0, 1):
            decoded = decode_qr_codes(pdf, page)
            on_page = people[page * sheet.per_page : (page + 1) * sheet.per_page]
            assert sorted(c for c, _, _ in decoded) == sorted(p["code"] for p in on_page)
            for code, cx, cy in decoded:
                slot = [p["code"] for p in on_page].index(code)
                sx, sy = slots[slot][0] + inset_x, slots[slot][1] + inset_y
                assert sx + qr.x < cx < sx + qr.x + qr.width and sy + qr.y < cy < sy + qr.y + qr.height


def test_a_badge_too_big_for_the_sheet_is_refused_in_plain_words(tmp_path):
    with pytest.raises(badges.SheetError) as caught:
        render_badges(make_people(1), tmp_path / "x.pdf", layout="a6", sheet="durable-1445")
    assert "105 × 148 mm" in str(caught.value) and "durable-1445" in str(caught.value)
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_sheet_lists_the_presets(tmp_path):
    with pytest.raises(badges.SheetError, match="a4-4xa6"):
        render_badges(make_people(1), tmp_path / "x.pdf", sheet="a3-9up")


def test_duplex_backs_mirror_the_columns(tmp_path):
    sheet = SHEETS["a4-4xa6"]
    layout = load_layout("a6")
    people = make_people(3)
    out = tmp_path / "duplex.pdf"
    report = render_badges(people, out, layout="a6", sheet="a4-4xa6", duplex=True, event=EVENT)
    pdf = open_pdf(out)
    assert report.pages == len(pdf) == 2
    given = element(layout, "given_name").box
    front, back = sheet.slots(), sheet.slots(mirrored=True)
    for index, person in enumerate(people):
        fx, fy = front[index]
        bx, by = back[index]
        assert person["given_name"] in text_in_box_mm(pdf, 0, fx + given.x, fy + given.y, given.width, given.height)
        assert person["given_name"] in text_in_box_mm(pdf, 1, bx + given.x, by + given.y, given.width, given.height)
    # Person 0 sits top-left on the front and top-right on the back.
    assert back[0][0] > front[0][0]


def test_single_sheet_duplex_gives_a_back_page_per_badge(tmp_path):
    out = tmp_path / "d.pdf"
    report = render_badges(make_people(2), out, layout="fold", duplex=True)
    assert report.pages == 4


def test_calibration_moves_and_scales_everything(tmp_path):
    layout = load_layout("a6")
    given = element(layout, "given_name").box
    person = make_people(1)
    plain, shifted, scaled = tmp_path / "p.pdf", tmp_path / "s.pdf", tmp_path / "k.pdf"
    render_badges(person, plain, layout="a6", sheet="a4-4xa6")
    render_badges(person, shifted, layout="a6", sheet="a4-4xa6", calibration=badges.Calibration(12, 20, 100))
    render_badges(person, scaled, layout="a6", sheet="a4-4xa6", calibration=badges.Calibration(0, 0, 50))
    x0, y0 = SHEETS["a4-4xa6"].slots()[0]
    name = person[0]["given_name"]
    box = (x0 + given.x, y0 + given.y, given.width, given.height)
    assert name in text_in_box_mm(open_pdf(plain), 0, *box)
    assert name not in text_in_box_mm(open_pdf(shifted), 0, *box, tolerance_mm=0)
    assert name in text_in_box_mm(open_pdf(shifted), 0, box[0] + 12, box[1] + 20, box[2], box[3])
    half = tuple(v / 2 for v in box)
    assert name in text_in_box_mm(open_pdf(scaled), 0, *half)
    qr = decode_qr_codes(open_pdf(shifted), 0)
    qr_box = element(layout, "qr").box
    assert qr[0][1] == pytest.approx(x0 + qr_box.x + qr_box.width / 2 + 12, abs=1.0)
    assert qr[0][2] == pytest.approx(y0 + qr_box.y + qr_box.height / 2 + 20, abs=1.0)


def _dark_pixels(pdf, page, x_mm, y_mm, w_mm, h_mm, dpi=150):
    image = pdf[page].render(scale=dpi / 72).to_pil().convert("L")
    k = dpi / 25.4
    crop = image.crop((int(x_mm * k), int(y_mm * k), int((x_mm + w_mm) * k) + 1, int((y_mm + h_mm) * k) + 1))
    return sum(crop.histogram()[:128])


def test_crop_marks_are_drawn_in_the_margins_only_when_asked(tmp_path):
    sheet = SHEETS["avery-5392"]  # 1 in top margin: room for marks
    plain, marked = tmp_path / "p.pdf", tmp_path / "m.pdf"
    render_badges(make_people(2), plain, layout="4x3in", sheet="avery-5392")
    render_badges(make_people(2), marked, layout="4x3in", sheet="avery-5392", crop_marks=True)
    x0, y0 = sheet.slots()[0]
    # A strip just above the first badge's left edge, where the vertical mark goes.
    strip = (x0 - 0.6, y0 - 6, 1.2, 4.5)
    assert _dark_pixels(open_pdf(plain), 0, *strip) == 0
    assert _dark_pixels(open_pdf(marked), 0, *strip) > 0


def test_crop_marks_on_single_pages_add_a_margin(tmp_path):
    out = tmp_path / "m.pdf"
    render_badges(make_people(1), out, layout="cr80", crop_marks=True)
    w, h = page_size_mm(open_pdf(out), 0)
    assert w > 85.6 + 10 and h > 53.98 + 10


def test_text_elements_have_names_for_reports():
    for name in ("a6", "namecard"):
        assert all(e.name for e in load_layout(name).front if isinstance(e, TextElement))
