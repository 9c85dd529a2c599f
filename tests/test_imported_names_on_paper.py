"""Imported people on paper and at the desk: names in the order they are written, a colour for each new category.

A list is imported through the command line, then badges and the sign-in sheet are printed and read back
(pypdfium2 text in the layout's boxes, the category band's pixels); the desk's search line is read too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import Workbook

from checkin.badge_people import CATEGORIES_SETTING as BADGE_CATEGORIES
from checkin.badge_people import category_colours, family_name_first, person_fields
from checkin.core.models import Attendee
from checkin.io.registrations import CATEGORIES_SETTING
from tests.cli_runner import cli

MM = 72 / 25.4
# The a6 layout's boxes (resources/badges/a6.json): the big name line, the second one, the band.
FIRST_LINE = (6, 30, 93, 18)
SECOND_LINE = (6, 48, 93, 11)
BAND_Y_MM = 140


def text_in_box_mm(page: pdfium.PdfPage, x: float, y: float, w: float, h: float) -> str:
    _, page_h = page.get_size()
    left, right, top, bottom = (x - 0.8) * MM, (x + w + 0.8) * MM, page_h - (y - 0.8) * MM, page_h - (y + h + 0.8) * MM
    return " ".join(page.get_textpage().get_text_bounded(left, bottom, right, top).split())


@pytest.fixture
def event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "names.checkin"
    assert cli(capsys, "new", path, "--title", "Names", "--date", "2018-10-18")[0] == 0
    book = Workbook()
    sheet = book.active
    sheet.append(["First name", "Last name", "Email", "Category"])
    sheet.append(["芳", "王", "fang@example.cn", "Délégation officielle"])
    sheet.append(["Ada", "Lovelace", "ada@example.org", "Speaker"])
    sheet.append(["János", "Kovács", "janos@example.hu", "Observer"])
    book.save(tmp_path / "names.xlsx")
    assert cli(capsys, "import", path, tmp_path / "names.xlsx")[0] == 0
    full = tmp_path / "full.csv"
    full.write_text("Name,Email,Category\nWANG Xiaoming,wang@example.cn,Observer\n", encoding="utf-8")
    assert cli(capsys, "import", path, full, "--keep-missing")[0] == 0
    return path


def badge_pages(event: Path, tmp_path: Path, capsys) -> dict[str, pdfium.PdfPage]:
    out = tmp_path / "badges.pdf"
    status, _, err = cli(capsys, "badges", event, "-o", out, "--no-mark")
    assert status == 0, err
    pdf = pdfium.PdfDocument(str(out))
    pages = {}
    for index in range(len(pdf)):
        page = pdf[index]
        text = page.get_textpage().get_text_range()
        email_hint = next(name for name in ("王", "Lovelace", "Kovács", "Xiaoming") if name in text)
        pages[email_hint] = page
    return pages


def test_family_name_first_names_keep_their_order_on_badges(event: Path, tmp_path: Path, capsys) -> None:
    pages = badge_pages(event, tmp_path, capsys)
    assert (text_in_box_mm(pages["王"], *FIRST_LINE), text_in_box_mm(pages["王"], *SECOND_LINE)) == ("王芳", "")
    assert (text_in_box_mm(pages["Xiaoming"], *FIRST_LINE),
            text_in_box_mm(pages["Xiaoming"], *SECOND_LINE)) == ("WANG", "Xiaoming")
    assert (text_in_box_mm(pages["Lovelace"], *FIRST_LINE),
            text_in_box_mm(pages["Lovelace"], *SECOND_LINE)) == ("Ada", "Lovelace")
    # Two columns of a Hungarian name: read as typed, given name first, as the organiser wrote it.
    assert text_in_box_mm(pages["Kovács"], *FIRST_LINE) == "János"


def band_colour(page: pdfium.PdfPage) -> tuple[int, int, int]:
    image = page.render(scale=1).to_pil().convert("RGB")
    return image.getpixel((5, round(BAND_Y_MM * MM)))


def test_each_new_category_has_a_colour_band_of_its_own(event: Path, tmp_path: Path, capsys) -> None:
    pages = badge_pages(event, tmp_path, capsys)
    grey = (127, 140, 141)  # the a6 layout's "default"
    delegation, observer = band_colour(pages["王"]), band_colour(pages["Kovács"])
    assert band_colour(pages["Xiaoming"]) == observer  # one category, one colour
    assert len({delegation, observer, band_colour(pages["Lovelace"]), grey}) == 4
    # The same colours in the next run: they follow the order the event keeps its categories in.
    again = badge_pages(event, tmp_path, capsys)
    assert band_colour(again["王"]) == delegation


def test_the_desk_and_the_sign_in_sheet_show_names_as_written(event: Path, tmp_path: Path, capsys) -> None:
    status, out, _ = cli(capsys, "search", event, "", "--json")
    assert status == 0
    names = {person["email"]: person["display_name"] for person in json.loads(out)}
    assert names["fang@example.cn"] == "王芳" and names["wang@example.cn"] == "WANG Xiaoming"
    status, out, _ = cli(capsys, "search", event, "wang")
    assert status == 0 and "WANG Xiaoming" in out
    sheet = tmp_path / "signin.pdf"
    assert cli(capsys, "signin-sheet", event, "-o", sheet)[0] == 0
    text = " ".join(pdfium.PdfDocument(str(sheet))[0].get_textpage().get_text_range().split())
    assert "WANG Xiaoming" in text and "王 芳" in text  # family name, then given name, on one row


def test_person_fields_say_the_order_and_the_colour() -> None:
    chinese = Attendee(id=1, code="A", given_name="芳", family_name="王", display_name="王芳", category="Délégation")
    western = Attendee(id=2, code="B", given_name="Ada", family_name="Lovelace", display_name="Ada Lovelace")
    assert family_name_first(chinese) and not family_name_first(western)
    colours = category_colours(["Speaker", "Participant", "Délégation", "Observer"])
    assert list(colours) == ["Délégation", "Observer"] and len(set(colours.values())) == 2
    fields = person_fields(chinese, colours)
    assert (fields["name_order"], fields["category_colour"]) == ("family_first", colours["Délégation"])
    assert "name_order" not in person_fields(western, colours) and BADGE_CATEGORIES == CATEGORIES_SETTING
