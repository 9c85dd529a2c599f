"""The paper fallback: an alphabetical sign-in sheet (liste de présence) to print before the doors open.

Large type, one person a row, a box to sign, headers in the event's languages, "A–C"
running heads and page numbers, so that a volunteer finds a name on paper as fast as on
screen. It can be cut per category or per letter range, one pile per desk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from badges.fitting import LEADING, fit_text
from checkin.core.folding import fold
from checkin.core.models import Attendee, Status
from checkin.io import pdf_text
from checkin.io.attendance_data import AttendanceData

# Headers per language; the sheet shows the event's first two languages, English when none is known.
LABELS = {
    "en": {"title": "Sign-in sheet", "family": "Family name", "given": "Given name",
           "organisation": "Organisation", "signature": "Signature", "page": "Page", "in": "checked in"},
    "fr": {"title": "Liste de présence", "family": "Nom", "given": "Prénom",
           "organisation": "Organisation", "signature": "Signature", "page": "Page", "in": "enregistré·e"},
    "de": {"title": "Anwesenheitsliste", "family": "Nachname", "given": "Vorname",
           "organisation": "Organisation", "signature": "Unterschrift", "page": "Seite", "in": "eingecheckt"},
    "it": {"title": "Foglio presenze", "family": "Cognome", "given": "Nome",
           "organisation": "Organizzazione", "signature": "Firma", "page": "Pagina", "in": "registrato/a"},
    "es": {"title": "Lista de asistencia", "family": "Apellido", "given": "Nombre",
           "organisation": "Organización", "signature": "Firma", "page": "Página", "in": "registrado/a"},
}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 12 * mm
ROW_HEIGHT = 11 * mm  # room to sign by hand
TOP = PAGE_HEIGHT - MARGIN - 27 * mm  # below the page header
BOTTOM = MARGIN + 8 * mm  # above the footer
HEADER_HEIGHT = 10 * mm
ROWS_PER_PAGE = int((TOP - HEADER_HEIGHT - BOTTOM) // ROW_HEIGHT)
# Columns as shares of the usable width: family, given, organisation, signature.
COLUMNS = (0.22, 0.17, 0.31, 0.30)
NAME_SIZE = 12
ORGANISATION_SIZE = 9.5
OTHER_INITIAL = "#"  # family names that do not start with a letter A–Z (other scripts, digits)
_RANGE = re.compile(r"^\s*([A-Za-z])\s*(?:[-–—]\s*([A-Za-z]))?\s*$")
STRIPE = colors.HexColor("#F2F2F2")


@dataclass(frozen=True)
class SheetSummary:
    pages: int
    people: int


def family_of(attendee: Attendee) -> str:
    return attendee.family_name or attendee.display_name or attendee.given_name


def initial(attendee: Attendee) -> str:
    folded = fold(family_of(attendee)).lstrip(" '’-.(")
    letter = folded[:1].upper()
    return letter if "A" <= letter <= "Z" else OTHER_INITIAL


def parse_letters(text: str) -> tuple[str, str]:
    """"A-C" → ("A", "C"); "D" → ("D", "D"). Raises ValueError on anything else."""
    match = _RANGE.match(text)
    if not match:
        raise ValueError(text)
    first = match.group(1).upper()
    last = (match.group(2) or first).upper()
    if last < first:
        raise ValueError(text)
    return first, last


def in_range(letter: str, letters: tuple[str, str] | None) -> bool:
    if letters is None:
        return True
    first, last = letters
    # Names in other scripts go with the last pile, so nobody is on no sheet at all.
    return first <= letter <= last or (letter == OTHER_INITIAL and last == "Z")


def select_people(data: AttendanceData, categories: Sequence[str] = (),
                  letters: tuple[str, str] | None = None) -> list[Attendee]:
    """Confirmed attendees, alphabetical (data.attendees already is), filtered by category and letters."""
    wanted = {fold(c) for c in categories}
    return [a for a in data.attendees
            if a.status is Status.REGISTERED and (not wanted or fold(a.category) in wanted)
            and in_range(initial(a), letters)]


def label_pairs(languages: Sequence[str]) -> list[dict[str, str]]:
    known = [LABELS[code] for code in dict.fromkeys(lang.split("-")[0].lower() for lang in languages)
             if code in LABELS]
    return known[:2] or [LABELS["en"]]


def _bilingual(pairs: list[dict[str, str]], key: str) -> str:
    return " / ".join(dict.fromkeys(p[key] for p in pairs))


def write_signin_sheet(data: AttendanceData, path: Path, *, categories: Sequence[str] = (),
                       letters: tuple[str, str] | None = None, printed_at: datetime | None = None
                       ) -> SheetSummary:
    """Draw the sheet to `path` (a temporary file; see atomic_output). An empty selection gives one empty page."""
    people = select_people(data, categories, letters)
    pairs = label_pairs(data.event.languages)
    pages = [people[i:i + ROWS_PER_PAGE] for i in range(0, len(people), ROWS_PER_PAGE)] or [[]]
    canvas = Canvas(str(path), pagesize=A4, initialFontName=pdf_text.initial_font())
    canvas.setTitle(f"{_bilingual(pairs, 'title')} — {data.event.title}")
    canvas.setAuthor("checkin")
    pdf_text.fonts()
    spelled = {fold(a.category): a.category for a in data.attendees}  # as the event writes them
    scope = ", ".join(spelled.get(fold(c), c) for c in categories)
    if letters:
        scope = f"{scope} · {letters[0]}–{letters[1]}" if scope else f"{letters[0]}–{letters[1]}"
    printed = printed_at or datetime.now(data.zone)
    for number, rows in enumerate(pages, start=1):
        _page(canvas, data, rows, pairs, scope, number, len(pages), printed)
        canvas.showPage()
    canvas.save()
    return SheetSummary(pages=len(pages), people=len(people))


def _running_head(rows: list[Attendee]) -> str:
    if not rows:
        return ""
    first, last = initial(rows[0]), initial(rows[-1])
    return first if first == last else f"{first}–{last}"


def _page(canvas: Canvas, data: AttendanceData, rows: list[Attendee], pairs: list[dict[str, str]], scope: str,
          number: int, total: int, printed: datetime) -> None:
    width = PAGE_WIDTH - 2 * MARGIN
    right = PAGE_WIDTH - MARGIN
    top = PAGE_HEIGHT - MARGIN
    head = _running_head(rows)
    head_width = pdf_text.text_width(head, 26, bold=True) + 6 * mm if head else 0
    canvas.setFillColor(colors.black)
    pdf_text.draw_text(canvas, MARGIN, top - 6 * mm, _bilingual(pairs, "title"), 16, bold=True,
                       max_width=width - head_width)
    pdf_text.draw_text(canvas, MARGIN, top - 12.5 * mm, data.event.title, 10, max_width=width - head_width)
    facts = f"{data.event.starts_on:%d.%m.%Y}" + (f" · {scope}" if scope else "")
    pdf_text.draw_text(canvas, MARGIN, top - 18 * mm, facts, 10, bold=bool(scope), max_width=width - head_width)
    if head:
        canvas.setFont(pdf_text.BOLD, 26)
        canvas.drawRightString(right, top - 10 * mm, head)
    # Column headers: one line per language, the first one bold.
    lefts = [MARGIN]
    for share in COLUMNS[:-1]:
        lefts.append(lefts[-1] + share * width)
    header_bottom = TOP - HEADER_HEIGHT
    canvas.setFillColor(colors.HexColor("#305496"))
    canvas.rect(MARGIN, header_bottom, width, HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    for key, left, share in zip(("family", "given", "organisation", "signature"), lefts, COLUMNS):
        words = list(dict.fromkeys(p[key] for p in pairs))
        for line, word in enumerate(words):
            pdf_text.draw_text(canvas, left + 1.5 * mm, TOP - (4.2 + 4 * line) * mm, word, 9, bold=line == 0,
                               max_width=share * width - 3 * mm)
    # One person a row.
    y = header_bottom
    for index, attendee in enumerate(rows):
        y -= ROW_HEIGHT
        if index % 2:
            canvas.setFillColor(STRIPE)
            canvas.rect(MARGIN, y, width, ROW_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        baseline = y + ROW_HEIGHT / 2 - NAME_SIZE * 0.35
        _wrapped(canvas, family_of(attendee), lefts[0] + 1.5 * mm, y, COLUMNS[0] * width - 3 * mm,
                 NAME_SIZE, 9, bold=True)
        given = attendee.given_name if attendee.family_name or attendee.display_name else ""
        pdf_text.draw_text(canvas, lefts[1] + 1.5 * mm, baseline, given, NAME_SIZE,
                           max_width=COLUMNS[1] * width - 3 * mm)
        if not _drawable(family_of(attendee)) and attendee.email:
            # A script none of the bundled fonts has: the e-mail still lets the desk find the row.
            canvas.setFillColor(colors.HexColor("#555555"))
            pdf_text.draw_text(canvas, lefts[0] + 1.5 * mm, baseline, attendee.email, 9,
                               max_width=(COLUMNS[0] + COLUMNS[1]) * width - 3 * mm)
            canvas.setFillColor(colors.black)
        _wrapped(canvas, attendee.organisation, lefts[2] + 1.5 * mm, y, COLUMNS[2] * width - 3 * mm,
                 ORGANISATION_SIZE, 7.5)
        _signature_box(canvas, data, attendee, pairs, lefts[3], y, COLUMNS[3] * width)
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, y, right, y)
    # Footer.
    canvas.setFillColor(colors.HexColor("#555555"))
    page = f"{_bilingual(pairs, 'page')} {number} / {total}"
    canvas.setFont(pdf_text.REGULAR, 9)
    canvas.drawRightString(right, MARGIN, page)
    pdf_text.draw_text(canvas, MARGIN, MARGIN, f"{printed:%d.%m.%Y %H:%M}", 8)


def _drawable(text: str) -> bool:
    return bool(pdf_text.fonts().prepare(text).text.strip())


def _wrapped(canvas: Canvas, text: str, left: float, y: float, box_width: float, size: float, min_size: float,
             bold: bool = False) -> None:
    """Long names and organisations shrink a little, then wrap onto two lines, and are cut last."""
    if not text:
        return
    fitted = fit_text(text, pdf_text.fonts(), width=box_width, height=ROW_HEIGHT - 1 * mm,
                      size=size, min_size=min_size, bold=bold, max_lines=2)
    line_height = fitted.size * LEADING
    first = y + ROW_HEIGHT / 2 + (len(fitted.lines) - 1) * line_height / 2 - fitted.size * 0.35
    for number, line in enumerate(fitted.lines):
        pdf_text.draw_text(canvas, left, first - number * line_height, line, fitted.size, bold=bold)


def _signature_box(canvas: Canvas, data: AttendanceData, attendee: Attendee, pairs: list[dict[str, str]],
                   left: float, y: float, box_width: float) -> None:
    canvas.setStrokeColor(colors.HexColor("#777777"))
    canvas.setFillColor(colors.white)  # white to sign on, even on a shaded row
    canvas.setLineWidth(0.6)
    canvas.rect(left + 1.5 * mm, y + 1.2 * mm, box_width - 1.5 * mm, ROW_HEIGHT - 2.4 * mm, stroke=1, fill=1)
    state = data.state(attendee)
    if state and state.checked_in and state.checked_in_at:
        # Already in when the sheet was printed: the desk need not ask for a signature.
        when = data.local(state.checked_in_at)
        canvas.setFillColor(colors.HexColor("#777777"))
        pdf_text.draw_text(canvas, left + 3 * mm, y + ROW_HEIGHT / 2 - 3, f"{_bilingual(pairs, 'in')} {when:%H:%M}",
                           8.5, max_width=box_width - 5 * mm)
