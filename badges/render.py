"""Render people to a PDF of badges: stream them through a sheet, page by page.

People are consumed lazily (a generator is fine), and long runs write finished pages out as they
go (see :mod:`badges.streaming`), so memory stays flat from a hundred badges to ten thousand.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .errors import EmptySelectionError
from .fonts import font_set
from .layout import Layout, load_layout
from .painter import BadgePainter
from .qr import DEFAULT_ENCODER
from .report import RenderReport
from .sheets import Calibration, SheetPreset, resolve_sheet
from .streaming import CHUNK_BADGES, PageStream, open_output, plain_binary_streams

Progress = Callable[[int, int | None], None]
CROP_MARK_LENGTH = 5.0  # mm
CROP_MARK_GAP = 1.0  # mm between the cut and the start of its mark


def render_badges(
    people: Iterable[Mapping[str, Any]],
    out: str | Path | BinaryIO,
    *,
    layout: str | Path | Layout = "a6",
    sheet: str | SheetPreset = "single",
    event: Mapping[str, Any] | None = None,
    calibration: Calibration | None = None,
    category_colours: Mapping[str, Any] | None = None,
    crop_marks: bool = False,
    duplex: bool = False,
    progress: Progress | None = None,
    qr_encoder: str = DEFAULT_ENCODER,
    what: str = "badges",
    chunk_size: int = CHUNK_BADGES,
) -> RenderReport:
    """Draw one badge per person onto ``sheet`` pages and write the PDF to ``out``.

    With ``duplex`` each page of fronts is followed by a page of backs whose columns are mirrored,
    so a long-edge double-sided print puts each back behind its front. Raises
    :class:`EmptySelectionError` (and writes nothing) when ``people`` is empty.

    ``progress(done, total)`` is called after each page; ``total`` is None when ``people`` has no
    length (a generator). An exception raised from ``progress`` cancels the run: ReportLab opens a
    path only when saving, so a cancelled run leaves no half-written file behind.

    Every ``chunk_size`` badges the finished pages are written out and forgotten (see
    :mod:`badges.streaming`), so memory stays flat however many badges there are; a path ``out``
    is then written through a temporary file beside it, renamed at the end.
    """
    the_layout = layout if isinstance(layout, Layout) else load_layout(layout)
    the_sheet = resolve_sheet(sheet, the_layout.width, the_layout.height)
    the_sheet.check_fits(the_layout.width, the_layout.height, the_layout.name)
    total = len(people) if hasattr(people, "__len__") else None  # type: ignore[arg-type]
    iterator: Iterator[Mapping[str, Any]] = iter(people)
    first = next(iterator, None)
    if first is None:
        raise EmptySelectionError(what)
    iterator = itertools.chain([first], iterator)

    bleed = CROP_MARK_LENGTH + CROP_MARK_GAP + 1 if crop_marks and the_sheet.name == "single" else 0.0
    page_w = (the_sheet.page_width + 2 * bleed) * mm
    page_h = (the_sheet.page_height + 2 * bleed) * mm
    report = RenderReport()
    title = f"{the_layout.title} – {(event or {}).get('title', '')}".strip(" –")
    fonts = font_set()
    # ReportLab takes a str path or a file object, not a Path. Every page starts on a bundled font:
    # the default Helvetica would be declared on each page, never embedded, and fail a print shop's preflight.
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=(page_w, page_h), pageCompression=1,
                    initialFontName=fonts.regular[0])
    canvas.setTitle(title)
    canvas.setCreator("checkin badges")
    painter = BadgePainter(
        canvas, the_layout, fonts, report, event=event, category_colours=category_colours, qr_encoder=qr_encoder
    )
    # Centre a smaller badge in its slot (a 85.6 mm card in a 90 mm insert).
    inset_x = (the_sheet.label_width - the_layout.width) / 2 + bleed
    inset_y = (the_sheet.label_height - the_layout.height) / 2 + bleed
    front_slots = the_sheet.slots()
    back_slots = the_sheet.slots(mirrored=True)
    done = 0
    person_index = 0
    sheets_per_flush = max(1, chunk_size // the_sheet.per_page)
    with ExitStack() as cleanup:
        stream: PageStream | None = None
        sheets = 0
        while True:
            batch = list(itertools.islice(iterator, the_sheet.per_page))
            if not batch:
                break
            if sheets == sheets_per_flush:
                # A long run: from now on finished pages go to the output instead of staying in memory.
                if stream is None:
                    stream = PageStream(canvas, cleanup.enter_context(open_output(out)))
                stream.flush()
                sheets = 0
            sheets += 1
            faces = [("front", front_slots)] + ([("back", back_slots)] if duplex else [])
            for side, slots in faces:
                _begin_page(canvas, calibration, page_h)
                for offset, person in enumerate(batch):
                    slot_x, slot_y = slots[offset]
                    x = (slot_x + inset_x) * mm
                    y = page_h - (slot_y + inset_y + the_layout.height) * mm
                    painter.draw(side, x, y, person, person_index + offset)
                if crop_marks:
                    _draw_crop_marks(canvas, the_sheet, slots[: len(batch)], the_layout, inset_x, inset_y, page_h)
                canvas.showPage()
                report.pages += 1
            person_index += len(batch)
            done += len(batch)
            report.badges = done
            if progress is not None:
                progress(done, total)
        if stream is None:
            _save_binary(canvas)
        else:
            stream.save()
    return report


def _save_binary(canvas: Canvas) -> None:
    """Write the PDF with plain binary streams (see :func:`streaming.plain_binary_streams`)."""
    with plain_binary_streams():
        canvas.save()


def _begin_page(canvas: Canvas, calibration: Calibration | None, page_h: float) -> None:
    if calibration is None or (calibration.dx_mm == 0 and calibration.dy_mm == 0 and calibration.scale_pct == 100):
        return
    scale = calibration.scale_pct / 100.0
    # Shift right/down as measured on paper, then scale about the top-left corner of the page.
    canvas.translate(calibration.dx_mm * mm, -calibration.dy_mm * mm + page_h)
    canvas.scale(scale, scale)
    canvas.translate(0, -page_h)


def _draw_crop_marks(canvas: Canvas, sheet: SheetPreset, slots, layout: Layout, inset_x, inset_y, page_h) -> None:
    """Short hairlines on the cut lines, outside each badge, so a guillotine can find the edges.

    Marks that would fall on a neighbouring badge are skipped: they would be printed on it.
    """
    w, h = layout.width, layout.height
    boxes = [(sx + inset_x, sy + inset_y) for sx, sy in slots]

    def covered(px: float, py: float) -> bool:
        return any(bx - 0.01 < px < bx + w + 0.01 and by - 0.01 < py < by + h + 0.01 for bx, by in boxes)

    canvas.saveState()
    canvas.setLineWidth(0.25)
    canvas.setStrokeColorRGB(0, 0, 0)
    gap, length = CROP_MARK_GAP, CROP_MARK_LENGTH
    for bx, by in boxes:
        for cx in (bx, bx + w):
            for cy, direction in ((by, -1), (by + h, 1)):
                # Vertical mark above/below the corner, horizontal mark left/right of it.
                v_start, v_end = cy + direction * gap, cy + direction * (gap + length)
                if not covered(cx, (v_start + v_end) / 2):
                    canvas.line(cx * mm, page_h - v_start * mm, cx * mm, page_h - v_end * mm)
                h_dir = -1 if cx == bx else 1
                h_start, h_end = cx + h_dir * gap, cx + h_dir * (gap + length)
                if not covered((h_start + h_end) / 2, cy):
                    canvas.line(h_start * mm, page_h - cy * mm, h_end * mm, page_h - cy * mm)
    canvas.restoreState()
