"""Personal tickets: one page per person with a large QR code of their entry code.

A ticket is a badge layout the size of a sheet of paper (``resources/badges/ticket-a4.json`` and
``ticket-letter.json``), so it is drawn by the same painter as the badges: text fitting, glyph
fallback and QR drawing behave the same. Every word on the page that is not a person's field comes
from the event dict (``event.heading``, ``event.code_label``, ``event.practical_1``…), so the caller
chooses the language and this package stays free of sentences.

    renderer = TicketRenderer(event, paper="a4")
    pdf = renderer.pdf_bytes(person)          # one person's ticket, for an e-mail attachment
    png = qr_png(person["code"])              # the same code as an inline picture
    render_tickets(people, "all.pdf", event=event)   # every ticket in one PDF, for printing
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from .errors import LayoutError
from .layout import Layout, load_layout
from .qr import DEFAULT_ENCODER, qr_matrix
from .render import render_badges
from .report import RenderReport

PAPERS = {"a4": "ticket-a4", "letter": "ticket-letter"}
CODE_GROUP = 4  # letters per group in the typed code: "UJER SNXH PKXT…" is read aloud without losing one's place


def spaced_code(code: str, group: int = CODE_GROUP) -> str:
    """The code cut into groups for a person to read or type ("UJER SNXH PKXT UPUV KFHD")."""
    text = (code or "").strip()
    return " ".join(text[i : i + group] for i in range(0, len(text), group))


def ticket_layout(paper_or_layout: str | Path | Layout = "a4") -> Layout:
    """The layout for a paper name ("a4", "letter"), a layout name or path, or a loaded layout."""
    if isinstance(paper_or_layout, Layout):
        return paper_or_layout
    key = str(paper_or_layout).strip().casefold()
    return load_layout(PAPERS.get(key, paper_or_layout))


def ticket_person(person: Mapping[str, Any]) -> dict[str, Any]:
    """The person dict with the derived fields a ticket layout may name (``code_spaced``)."""
    enriched = dict(person)
    enriched.setdefault("code_spaced", spaced_code(str(person.get("code", ""))))
    return enriched


class TicketRenderer:
    """Draws one ticket PDF per call; the layout is loaded and checked once."""

    def __init__(
        self,
        event: Mapping[str, Any],
        paper: str | Path | Layout = "a4",
        *,
        qr_encoder: str = DEFAULT_ENCODER,
    ) -> None:
        self.event = dict(event)
        self.layout = ticket_layout(paper)
        self.qr_encoder = qr_encoder
        if not any(getattr(element, "field", None) == "code" for element in self.layout.front):
            raise LayoutError(self.layout.path, 'a ticket layout needs a QR element with "field": "code"')

    def pdf_bytes(self, person: Mapping[str, Any]) -> bytes:
        buffer = io.BytesIO()
        self.write(person, buffer)
        return buffer.getvalue()

    def write(self, person: Mapping[str, Any], out: str | Path | BinaryIO) -> RenderReport:
        return render_badges(
            [ticket_person(person)],
            out,
            layout=self.layout,
            sheet="single",
            event=self.event,
            qr_encoder=self.qr_encoder,
            what="tickets",
        )


def render_tickets(
    people: Iterable[Mapping[str, Any]],
    out: str | Path | BinaryIO,
    *,
    event: Mapping[str, Any],
    paper: str | Path | Layout = "a4",
    progress: Callable[[int, int | None], None] | None = None,
) -> RenderReport:
    """Every person's ticket in one PDF, one page each (to print them for people without e-mail)."""
    prepared = [ticket_person(p) for p in people]
    return render_badges(
        prepared, out, layout=ticket_layout(paper), sheet="single", event=event, progress=progress, what="tickets"
    )


def qr_png(payload: str, *, module_pixels: int = 8, quiet_zone: int = 4, encoder: str = DEFAULT_ENCODER) -> bytes:
    """The QR code of ``payload`` as a black-on-white PNG, from the same encoder as the printed code."""
    return qr_picture(payload, module_pixels=module_pixels, quiet_zone=quiet_zone, encoder=encoder)[0]


def qr_picture(payload: str, *, module_pixels: int = 8, quiet_zone: int = 4,
               encoder: str = DEFAULT_ENCODER) -> tuple[bytes, int]:
    """The PNG and its side in pixels.

    Whole pixels per module keep every edge sharp, and showing the picture at exactly this size (no
    scaling by the mail client) keeps it so: a phone photographing a screen still decodes it.
    """
    from PIL import Image

    matrix = qr_matrix(payload, encoder)
    side = len(matrix) + 2 * quiet_zone
    image = Image.new("1", (side, side), 1)
    pixels = image.load()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                pixels[c + quiet_zone, r + quiet_zone] = 0
    image = image.resize((side * module_pixels, side * module_pixels), Image.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue(), side * module_pixels
