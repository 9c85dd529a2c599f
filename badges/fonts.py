"""Bundled fonts, per-character fallback, and right-to-left shaping.

Every run of text is drawn in the first bundled font that has its glyphs (Noto Sans for Latin,
Greek and Cyrillic; Noto Sans Arabic; Droid Sans Fallback for Chinese and Japanese; Nanum Square
for Korean, whose syllables Droid Sans Fallback lacks). A character that none of them
has is left out and reported, because ReportLab would otherwise draw an empty box for it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .resources import fonts_dir

# (PDF font name, regular file, bold file or None when the family has no bold).
FONT_CHAIN: tuple[tuple[str, str, str | None], ...] = (
    ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("DroidSansFallback", "DroidSansFallbackFull.ttf", None),
    ("NanumSquare", "NanumSquareR.ttf", None),
)

# Hebrew, Arabic, Syriac, Thaana, NKo… and the Arabic presentation forms: text with these needs bidi.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")

Run = tuple[str, str]  # (font name, text)


@dataclass(frozen=True)
class PreparedText:
    """Text ready to measure and draw: visual order, split in font runs, width at 1 pt."""

    runs: tuple[Run, ...]
    width_1pt: float
    missing: str  # characters no bundled font has, in order of first appearance
    rtl: bool = False  # the text starts right-to-left: "left" alignment means the right edge

    @property
    def text(self) -> str:
        return "".join(t for _, t in self.runs)


class FontSet:
    """The registered bundled fonts and a cache of which font draws which character."""

    def __init__(self) -> None:
        self.regular: list[str] = []
        self.bold: list[str] = []
        self._cmaps: list[dict[int, int]] = []
        self._char_font: dict[tuple[str, bool], int] = {}
        self._prepared: dict[tuple[str, bool], PreparedText] = {}
        directory = fonts_dir()
        for family, regular_file, bold_file in FONT_CHAIN:
            regular = TTFont(family, str(directory / regular_file))
            pdfmetrics.registerFont(regular)
            self.regular.append(family)
            self._cmaps.append(regular.face.charToGlyph)
            if bold_file:
                bold_name = f"{family}-Bold"
                pdfmetrics.registerFont(TTFont(bold_name, str(directory / bold_file)))
                self.bold.append(bold_name)
            else:
                self.bold.append(family)

    def _font_index(self, char: str, bold: bool, current: int | None) -> int | None:
        key = (char, bold)
        cached = self._char_font.get(key)
        if cached is not None:
            return cached if cached >= 0 else None
        code = ord(char)
        found = -1
        for index, cmap in enumerate(self._cmaps):
            if code in cmap:
                found = index
                break
        self._char_font[key] = found
        return found if found >= 0 else None

    def prepare(self, text: str, bold: bool = False) -> PreparedText:
        """Shape, reorder and split ``text`` into runs; results are cached (names repeat a lot)."""
        key = (text, bold)
        hit = self._prepared.get(key)
        if hit is not None:
            return hit
        prepared = self._prepare(text, bold)
        if len(self._prepared) > 20000:  # bounded: a 10,000-person run must not grow without limit
            self._prepared.clear()
        self._prepared[key] = prepared
        return prepared

    def _prepare(self, text: str, bold: bool) -> PreparedText:
        names = self.bold if bold else self.regular
        if text.isascii() and text.isprintable():
            # Fast path: the primary font has all of printable ASCII.
            return PreparedText(((names[0], text),), pdfmetrics.stringWidth(text, names[0], 1.0), "")
        rtl = starts_right_to_left(text)
        text = visual_order(text)
        runs: list[Run] = []
        missing: list[str] = []
        current: int | None = None
        chunk: list[str] = []
        for char in text:
            category = unicodedata.category(char)
            if category in ("Cc", "Cf"):
                continue  # joiners and marks of direction have done their work in shaping
            if char.isspace():
                char = " "
                if current is not None:
                    chunk.append(char)
                    continue
            if current is not None and ord(char) in self._cmaps[current]:
                chunk.append(char)
                continue
            index = self._font_index(char, bold, current)
            if index is None:
                if char not in missing:
                    missing.append(char)
                continue
            if chunk:
                runs.append((names[current], "".join(chunk)))  # type: ignore[index]
            current, chunk = index, [char]
        if chunk and current is not None:
            runs.append((names[current], "".join(chunk)))
        width = sum(pdfmetrics.stringWidth(t, f, 1.0) for f, t in runs)
        return PreparedText(tuple(runs), width, "".join(missing), rtl)


def starts_right_to_left(text: str) -> bool:
    """True when the first letter with a strong direction is Hebrew or Arabic (Unicode bidi rule P2)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def visual_order(text: str) -> str:
    """Arabic letters joined into their contextual forms, and right-to-left runs reordered.

    PDF text is drawn left to right glyph by glyph, so shaping and bidi must happen before drawing.
    """
    if not _RTL.search(text):
        return text
    if _ARABIC.search(text):
        import arabic_reshaper  # imported lazily: most badges never need it

        text = arabic_reshaper.reshape(text)
    from bidi import get_display

    return get_display(text)


_lock = threading.Lock()
_font_set: FontSet | None = None


def font_set() -> FontSet:
    """The process-wide font set; fonts are parsed once, not once per badge or per PDF."""
    global _font_set
    with _lock:
        if _font_set is None:
            _font_set = FontSet()
        return _font_set
