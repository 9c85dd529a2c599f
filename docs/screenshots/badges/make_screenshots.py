"""Regenerate the badge screenshots in this folder: ``python docs/screenshots/badges/make_screenshots.py``.

One PNG per shipped layout and one per sheet preset, at about 100 dpi, from sample people in the
scripts the renderer supports.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import badges  # noqa: E402

EVENT = {"title": "Migration and Development: Diaspora Engagement", "date": "18 October 2018", "venue": "Geneva, CICG"}
PEOPLE = [
    {
        "code": "K7M2X9QF4TRB",
        "given_name": "Amélie",
        "family_name": "Dupont-Lefèvre",
        "organisation": "Swiss Federal Department of Foreign Affairs",
        "job_title": "Deputy Head of Section",
        "category": "speaker",
        "country": "Switzerland",
    },
    {
        "code": "Z8D3P6WN2HCD",
        "given_name": "Владимир",
        "family_name": "Петров",
        "organisation": "Permanent Mission of the Russian Federation",
        "job_title": "Counsellor",
        "category": "mission",
        "country": "Russian Federation",
    },
    {
        "code": "Q4H9T2LM7VXF",
        "given_name": "Νικόλαος",
        "family_name": "Παπαδόπουλος",
        "organisation": "International Organization for Migration",
        "category": "participant",
        "country": "Greece",
    },
    {
        "code": "R2N8F5KJ3WYG",
        "given_name": "محمد",
        "family_name": "العلي",
        "organisation": "بعثة المملكة المغربية",
        "job_title": "Attaché",
        "category": "panellist",
        "country": "Morocco",
    },
    {
        "code": "T6C1V9BX4PGJ",
        "given_name": "李",
        "family_name": "小明",
        "organisation": "中国常驻联合国日内瓦办事处代表团",
        "job_title": "一等秘书",
        "category": "press",
        "country": "China",
    },
    {
        "code": "W3K7Y2DM8QRL",
        "given_name": "Jürgen",
        "family_name": "Øvergaard",
        "organisation": "University of Geneva",
        "category": "organiser",
    },
]
LAYOUTS = ["a6", "a7", "4x3in", "cr80", "fold", "namecard", "label-80x50", "label-75x40"]
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


def save_page(pdf_bytes: bytes, target: Path, dpi: float = 100) -> None:
    page = pdfium.PdfDocument(pdf_bytes)[0]
    page.render(scale=dpi / 72).to_pil().convert("RGB").save(target, optimize=True)


def main() -> None:
    for name in LAYOUTS:
        buffer = io.BytesIO()
        if name == "namecard":
            badges.render_namecards(PEOPLE[:1], buffer, event=EVENT)
        else:
            badges.render_badges(PEOPLE[:1], buffer, layout=name, event=EVENT)
        save_page(buffer.getvalue(), HERE / f"layout-{name}.png", dpi=60 if name == "namecard" else 100)
    for sheet, layout in SHEET_LAYOUTS.items():
        count = badges.SHEETS[sheet].per_page
        people = [dict(PEOPLE[i % len(PEOPLE)], code=f"{PEOPLE[i % len(PEOPLE)]['code']}{i}") for i in range(count)]
        buffer = io.BytesIO()
        badges.render_badges(people, buffer, layout=layout, sheet=sheet, event=EVENT, crop_marks=True)
        save_page(buffer.getvalue(), HERE / f"sheet-{sheet}.png", dpi=60)


if __name__ == "__main__":
    main()
