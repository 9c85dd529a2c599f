"""Text for the PDF reports in the bundled fonts, every script drawn by a font that has it.

The badges package already splits text into runs per font (Noto Sans, Noto Sans Arabic,
Droid Sans Fallback for CJK) and shapes right-to-left text; this turns those runs into
Paragraph markup for tables, and draws them on a canvas for hand-placed pages.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from badges.fonts import FontSet, PreparedText, font_set

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
# A paragraph taller than a page cannot be laid out at all (ReportLab's LayoutError): a cell of a
# pasted essay or a 4,000-character organisation is cut, as a badge cuts what does not fit.
MAX_PARAGRAPH = 300
# A table sets its cells' font (Helvetica unless told), declared in the PDF even where every cell is a Paragraph.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def fonts() -> FontSet:
    """The process-wide bundled fonts (registered with ReportLab on first use)."""
    return font_set()


def initial_font() -> str:
    """The font a canvas starts each page on: a bundled one, so that every font a PDF declares is embedded."""
    fonts()
    return REGULAR


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup of `text` with a <font> per run, so no glyph is drawn as a box."""
    prepared = fonts().prepare(text, bold)
    primary = BOLD if bold else REGULAR
    parts = []
    for font, run in prepared.runs:
        escaped = escape(run)
        parts.append(escaped if font == primary else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def paragraph(text: str, style: ParagraphStyle, bold: bool = False, limit: int = MAX_PARAGRAPH) -> Paragraph:
    return Paragraph(markup(cut(text, limit), bold), style)


def cut(text: str, limit: int = MAX_PARAGRAPH) -> str:
    """`text`, or its first `limit` characters (at a word's end where one is near) and "…"."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    space = head.rfind(" ")
    if space > limit * 0.8:
        head = head[:space]
    return head.rstrip() + "…"


def style(name: str, size: float, bold: bool = False, leading: float | None = None, **extra: object
          ) -> ParagraphStyle:
    fonts()
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size,
                          leading=leading or size * 1.25, **extra)  # type: ignore[arg-type]


def text_width(text: str, size: float, bold: bool = False) -> float:
    return fonts().prepare(text, bold).width_1pt * size


def draw_text(canvas: object, x: float, y: float, text: str | PreparedText, size: float,
              bold: bool = False, max_width: float | None = None) -> None:
    """Draw one line at (x, y); shrink it (down to 70 %) and then cut it to fit `max_width`."""
    prepared = fonts().prepare(text, bold) if isinstance(text, str) else text
    width = prepared.width_1pt * size
    if max_width is not None and width > max_width and prepared.width_1pt:
        size = max(size * 0.7, max_width / prepared.width_1pt)
        if prepared.width_1pt * size > max_width:
            prepared = _cut(prepared, max_width / size, bold)
    text_object = canvas.beginText(x, y)  # type: ignore[attr-defined]
    for font, run in prepared.runs:
        text_object.setFont(font, size)
        text_object.textOut(run)
    canvas.drawText(text_object)  # type: ignore[attr-defined]


def _cut(prepared: PreparedText, width_1pt: float, bold: bool) -> PreparedText:
    text = prepared.text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if fonts().prepare(text[:middle].rstrip() + "…", bold).width_1pt <= width_1pt:
            low = middle
        else:
            high = middle - 1
    return fonts().prepare(text[:low].rstrip() + "…", bold)
