"""Bad input, images, progress, name cards, QR details and the package's independence from Qt."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from badge_helpers import EVENT, PEOPLE, decode_qr_codes, make_people, open_pdf, page_size_mm, text_in_box_mm
from PIL import Image

import badges
from badges import EmptySelectionError, MissingImageError, render_badges, render_namecards
from badges.qr import ENCODERS, error_correction_for, qr_matrix

REPO = Path(__file__).resolve().parents[2]


def test_an_empty_selection_prints_nothing_and_says_so(tmp_path):
    out = tmp_path / "none.pdf"
    with pytest.raises(EmptySelectionError) as caught:
        render_badges([], out)
    assert "Nothing to print" in str(caught.value)
    assert not out.exists()
    with pytest.raises(EmptySelectionError, match="name cards"):
        render_namecards(iter(()), tmp_path / "cards.pdf")


def _logo_layout(tmp_path, **image):
    data = {
        "stock": {"width": 105, "height": 148},
        "front": [
            {"type": "image", "name": "logo", "x": 5, "y": 5, "width": 50, "height": 25, **image},
            {"type": "text", "field": "given_name", "x": 5, "y": 40, "width": 95, "height": 20, "size": 30},
        ],
    }
    path = tmp_path / "logo-layout.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_missing_logo_is_a_clear_error(tmp_path):
    layout = _logo_layout(tmp_path, path="no-such-logo.png")
    with pytest.raises(MissingImageError) as caught:
        render_badges(make_people(1), tmp_path / "x.pdf", layout=layout)
    assert caught.value.path.name == "no-such-logo.png"
    assert "no-such-logo.png" in str(caught.value) and "'logo'" in str(caught.value)
    event_logo = _logo_layout(tmp_path, field="event.logo")
    with pytest.raises(MissingImageError):
        render_badges(make_people(1), tmp_path / "y.pdf", layout=event_logo, event={"logo": str(tmp_path / "gone.png")})


def test_a_logo_is_downscaled_to_300_dpi_and_embedded_once(tmp_path):
    Image.new("RGB", (3000, 1500), "#1f5fa8").save(tmp_path / "big-logo.png")
    layout = _logo_layout(tmp_path, path="big-logo.png")
    out = tmp_path / "logo.pdf"
    render_badges(make_people(25), out, layout=layout)
    data = out.read_bytes()
    assert len(re.findall(rb"/Subtype /Image", data)) == 1
    widths = [int(w) for w in re.findall(rb"/Subtype /Image.*?/Width (\d+)", data, re.S)]
    assert widths and widths[0] <= round(50 / 25.4 * 300)
    assert len(data) < 100_000


def test_an_event_without_a_logo_simply_has_none(tmp_path):
    out = tmp_path / "nologo.pdf"
    render_badges(make_people(1), out, layout="a6", event=EVENT)
    assert b"/Subtype /Image" not in out.read_bytes()


def test_people_may_be_a_generator_and_progress_is_reported(tmp_path):
    calls = []
    generator = (p for p in make_people(9))
    report = render_badges(generator, tmp_path / "g.pdf", sheet="a4-4xa6", progress=lambda d, t: calls.append((d, t)))
    assert report.badges == 9 and report.pages == 3
    assert calls == [(4, None), (8, None), (9, None)]
    calls.clear()
    render_badges(make_people(3), tmp_path / "l.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (3, 3)


def test_raising_from_progress_cancels_without_leaving_a_file(tmp_path):
    class Cancelled(Exception):
        pass

    def cancel(done, total):
        raise Cancelled

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        render_badges(make_people(5), out, progress=cancel)
    assert not out.exists()


def test_output_may_be_a_binary_file_object():
    buffer = io.BytesIO()
    report = render_badges(make_people(2), buffer, layout="cr80")
    assert buffer.getvalue().startswith(b"%PDF") and report.pages == 2


def test_category_colours_come_from_the_layout_and_the_caller(tmp_path):
    def band_pixel(colours):
        out = tmp_path / "c.pdf"
        render_badges(
            [{"code": "C1", "given_name": "A", "category": "Speaker"}], out, layout="a6", category_colours=colours
        )
        image = open_pdf(out)[0].render(scale=1).to_pil().convert("RGB")
        return image.getpixel((5, image.height - 5))

    default = band_pixel(None)
    assert default[0] > 150 and default[2] < 100  # the layout's red for speakers
    assert band_pixel({"speaker": "#00ff00"})[1] > 200


def test_name_cards_read_right_way_up_on_both_faces(tmp_path):
    out = tmp_path / "cards.pdf"
    report = render_namecards(PEOPLE[:3], out, event=EVENT)
    pdf = open_pdf(out)
    assert report.pages == len(pdf) == 3
    assert page_size_mm(pdf, 0) == pytest.approx((297, 210), abs=0.05)
    for index, person in enumerate(PEOPLE[:3]):
        name = f"{person['given_name']} {person['family_name']}"
        lower = text_in_box_mm(pdf, index, 0, 105, 297, 105)
        upper = text_in_box_mm(pdf, index, 0, 0, 297, 105)
        assert name in lower and person["organisation"] in lower and person["country"] in lower
        assert name in upper
    # The upper face is turned 180°: its characters run right to left on the page.
    textpage = pdf[0].get_textpage()
    upper_chars = [
        textpage.get_charbox(i)
        for i in range(textpage.count_chars())
        if textpage.get_charbox(i)[1] > pdf[0].get_size()[1] / 2
    ]
    xs = [box[0] for box in upper_chars[:5]]
    assert xs == sorted(xs, reverse=True)


def test_name_cards_extra_line_can_be_another_field_or_none(tmp_path):
    person = {**PEOPLE[0], "mission": "Permanent Mission of Switzerland"}
    out = tmp_path / "m.pdf"
    render_namecards([person], out, extra_line="mission")
    assert "Permanent Mission of Switzerland" in text_in_box_mm(open_pdf(out), 0, 0, 105, 297, 105)
    render_namecards([person], out, extra_line=None)
    assert "Switzerland" not in text_in_box_mm(open_pdf(out), 0, 0, 105, 297, 105)


def test_error_correction_follows_payload_length():
    assert error_correction_for("A" * 20) == "H"
    assert error_correction_for("A" * 100) == "M"
    assert error_correction_for("A" * 300) == "L"


def test_qr_payload_is_the_code_only_with_level_h_and_a_blank_quiet_zone(tmp_path):
    out = tmp_path / "qr.pdf"
    render_badges(PEOPLE[:1], out, layout="a6", event=EVENT)
    pdf = open_pdf(out)
    decoded = decode_qr_codes(pdf, 0)
    assert [c for c, _, _ in decoded] == [PEOPLE[0]["code"]]
    box = next(e for e in badges.load_layout("a6").front if e.name == "qr").box
    dpi = 300
    image = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    k = dpi / 25.4
    modules = len(qr_matrix(PEOPLE[0]["code"])) + 8
    quiet = box.width / modules * 4 * 0.9  # a whisker inside the quiet zone
    frame = [
        (box.x, box.y, box.width, quiet),
        (box.x, box.y + box.height - quiet, box.width, quiet),
        (box.x, box.y, quiet, box.height),
        (box.x + box.width - quiet, box.y, quiet, box.height),
    ]
    for x, y, w, h in frame:
        crop = image.crop((int(x * k) + 1, int(y * k) + 1, int((x + w) * k) - 1, int((y + h) * k) - 1))
        assert sum(crop.histogram()[:128]) == 0


@pytest.mark.parametrize("encoder", sorted(ENCODERS))
def test_every_encoder_makes_codes_a_scanner_reads(tmp_path, encoder):
    people = make_people(4)
    out = tmp_path / f"{encoder}.pdf"
    render_badges(people, out, layout="a6", sheet="a4-4xa6", qr_encoder=encoder)
    assert sorted(c for c, _, _ in decode_qr_codes(open_pdf(out), 0)) == sorted(p["code"] for p in people)


def test_a_badge_costs_under_2_kb_without_photos():
    buffer = io.BytesIO()
    render_badges(make_people(300), buffer, layout="a6", event=EVENT)
    assert len(buffer.getvalue()) / 300 < 2048


def test_badges_never_import_qt_or_the_app():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'checkin'):\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import io, badges\n"
        "badges.render_badges([{'code': 'X1', 'given_name': 'A'}], io.BytesIO())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'checkin')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_resources_are_found_in_a_pyinstaller_bundle(monkeypatch, tmp_path):
    from badges import resources

    monkeypatch.delenv(resources.ENVIRONMENT_VARIABLE, raising=False)
    assert (resources.resources_dir() / "fonts" / "NotoSans-Regular.ttf").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"


def test_fonts_ship_with_their_licences():
    fonts = REPO / "resources" / "fonts"
    assert (fonts / "OFL-1.1-Noto.txt").read_text(encoding="utf-8").startswith("SIL OPEN FONT LICENSE")
    assert "Apache License" in (fonts / "Apache-2.0-DroidSansFallback.txt").read_text(encoding="utf-8")
    assert sum(f.stat().st_size for f in fonts.iterdir()) < 25 * 1024 * 1024
