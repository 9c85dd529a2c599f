"""People, event and PDF read-back helpers for the badge tests (no Qt anywhere).

A module with its own name, not conftest: other test folders have a conftest of their own.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

MM = 72 / 25.4

EVENT = {
    "title": "Migration and Development: Diaspora Engagement Conference",
    "date": "18 October 2018",
    "venue": "Geneva, CICG",
}

# One person per script the renderer must handle, plus long Western names.
PEOPLE = [
    {
        "code": "K7M2X9QF4TRA",
        "given_name": "Amélie",
        "family_name": "Dupont-Lefèvre",
        "organisation": "Swiss Federal Department of Foreign Affairs",
        "job_title": "Deputy Head of Section",
        "category": "speaker",
        "country": "Switzerland",
    },
    {
        "code": "Z8D3P6WN2HCE",
        "given_name": "Владимир",
        "family_name": "Петров",
        "organisation": "Permanent Mission of the Russian Federation",
        "job_title": "Counsellor",
        "category": "mission",
        "country": "Russian Federation",
    },
    {
        "code": "Q4H9T2LM7VXB",
        "given_name": "Νικόλαος",
        "family_name": "Παπαδόπουλος",
        "organisation": "IOM",
        "category": "participant",
        "country": "Greece",
    },
    {
        "code": "R2N8F5KJ3WYD",
        "given_name": "محمد",
        "family_name": "العلي",
        "organisation": "بعثة المملكة المغربية",
        "job_title": "Attaché",
        "category": "panellist",
        "country": "Morocco",
    },
    {
        "code": "T6C1V9BX4PGH",
        "given_name": "李",
        "family_name": "小明",
        "organisation": "中国常驻联合国日内瓦办事处代表团",
        "job_title": "一等秘书",
        "category": "press",
        "country": "China",
    },
    {
        "code": "W3K7Y2DM8QRT",
        "given_name": "Jürgen",
        "family_name": "Øvergaard",
        "organisation": "University of Geneva",
        "category": "participant",
    },
]


def make_people(count: int, start: int = 0) -> list[dict]:
    return [
        {
            "code": f"CODE{start + i:06d}X",
            "given_name": f"Given{start + i}",
            "family_name": f"Family{start + i}",
            "organisation": "IOM",
            "job_title": "Officer",
            "category": "participant",
        }
        for i in range(count)
    ]


def open_pdf(path: Path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(path))


def page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    return pdf[index].get_textpage().get_text_range().replace("\r\n", "\n")


def text_in_box_mm(pdf, page_index: int, x: float, y: float, w: float, h: float, tolerance_mm: float = 0.8) -> str:
    """Text inside a box given in mm from the page's top-left corner (as layouts are written)."""
    page = pdf[page_index]
    _, page_h = page.get_size()
    t = tolerance_mm
    left, right = (x - t) * MM, (x + w + t) * MM
    top, bottom = page_h - (y - t) * MM, page_h - (y + h + t) * MM
    return page.get_textpage().get_text_bounded(left, bottom, right, top).replace("\r\n", " ").replace("\n", " ")


def decode_qr_codes(pdf, page_index: int, dpi: int = 200) -> list[tuple[str, float, float]]:
    """Every QR code on a page: (payload, centre x mm, centre y mm from the top-left)."""
    image = pdf[page_index].render(scale=dpi / 72).to_pil()
    found = []
    for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = barcode.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        px_per_mm = dpi / 25.4
        found.append((barcode.text, sum(xs) / 4 / px_per_mm, sum(ys) / 4 / px_per_mm))
    return found


def page_size_mm(pdf, index: int) -> tuple[float, float]:
    w, h = pdf[index].get_size()
    return w / MM, h / MM
