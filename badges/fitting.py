"""Text that always fits its box: shrink to a minimum size, then wrap onto two lines, then truncate.

Widths are linear in the font size, so each candidate line is measured once at 1 pt and every size
is a division, not a search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fonts import FontSet, PreparedText
from .report import SHRUNK, TRUNCATED, WRAPPED

LEADING = 1.15  # line height as a multiple of the font size
ELLIPSIS = "…"
# Break after a space (which disappears), after a hyphen or slash (which stays), or between two CJK
# characters, which need no space to break.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_BREAK = re.compile(rf"(?<=[\s])|(?<=[-/‐–])(?=\S)|(?<=[{_CJK}])(?=[{_CJK}])")


@dataclass(frozen=True)
class FittedText:
    lines: tuple[PreparedText, ...]
    size: float  # points
    action: str | None  # None when the text fits at its design size
    missing: str  # characters no bundled font has


def _round_down(size: float) -> float:
    # Quarter points: finer steps are invisible and would make every name a different size.
    return int(size * 4) / 4.0


def break_points(text: str) -> list[int]:
    return [m.start() for m in _BREAK.finditer(text) if 0 < m.start() < len(text)]


def fit_text(
    text: str,
    fonts: FontSet,
    *,
    width: float,
    height: float,
    size: float,
    min_size: float,
    bold: bool = False,
    max_lines: int = 1,
) -> FittedText:
    """Fit ``text`` into a ``width`` × ``height`` box (points) at most at ``size`` and at least ``min_size``."""
    whole = fonts.prepare(text, bold)
    missing = whole.missing
    one_line_cap = height / LEADING
    natural = min(size, one_line_cap, width / whole.width_1pt if whole.width_1pt else size)
    if natural >= size - 1e-9:
        return FittedText((whole,), size, None, missing)
    floor = min(min_size, one_line_cap)  # a box too short for min_size still gets the largest line it holds
    if natural >= floor:
        return FittedText((whole,), _round_down(natural), SHRUNK, missing)

    two_line_cap = height / (2 * LEADING)
    if max_lines >= 2 and two_line_cap >= min_size:
        split = _best_split(text, fonts, bold)
        if split is not None:
            first, second = split
            widest = max(first.width_1pt, second.width_1pt)
            wrapped_size = min(size, two_line_cap, width / widest if widest else size)
            if wrapped_size >= min_size:
                return FittedText((first, second), _round_down(wrapped_size), WRAPPED, missing)
        # Two lines at the minimum size: fill the first line, cut the second.
        first_text, rest = _fill_line(text, fonts, bold, width / min_size)
        second = _truncate(rest, fonts, bold, width / min_size)
        return FittedText((fonts.prepare(first_text, bold), second), min_size, TRUNCATED, missing)

    line_size = floor
    return FittedText((_truncate(text, fonts, bold, width / line_size),), line_size, TRUNCATED, missing)


def _best_split(text: str, fonts: FontSet, bold: bool) -> tuple[PreparedText, PreparedText] | None:
    """The break that makes the wider of the two lines narrowest (balanced lines read best)."""
    best = None
    best_width = float("inf")
    for point in break_points(text):
        first = fonts.prepare(text[:point].rstrip(), bold)
        second = fonts.prepare(text[point:].lstrip(), bold)
        widest = max(first.width_1pt, second.width_1pt)
        if widest < best_width:
            best, best_width = (first, second), widest
    return best


def _fill_line(text: str, fonts: FontSet, bold: bool, width_1pt: float) -> tuple[str, str]:
    """The longest first line ending at a break that fits, and the rest."""
    chosen = None
    for point in break_points(text):
        if fonts.prepare(text[:point].rstrip(), bold).width_1pt <= width_1pt:
            chosen = point
        else:
            break
    if chosen is None:  # one unbreakable word: cut it where it stops fitting
        chosen = max(1, _longest_prefix(text, fonts, bold, width_1pt))
    return text[:chosen].rstrip(), text[chosen:].lstrip()


def _longest_prefix(text: str, fonts: FontSet, bold: bool, width_1pt: float, suffix: str = "") -> int:
    low, high = 0, len(text)
    while low < high:  # binary search: a 300-character name needs 9 measurements, not 300
        middle = (low + high + 1) // 2
        if fonts.prepare(text[:middle].rstrip() + suffix, bold).width_1pt <= width_1pt:
            low = middle
        else:
            high = middle - 1
    return low


def _truncate(text: str, fonts: FontSet, bold: bool, width_1pt: float) -> PreparedText:
    whole = fonts.prepare(text, bold)
    if whole.width_1pt <= width_1pt:
        return whole
    keep = _longest_prefix(text, fonts, bold, width_1pt, ELLIPSIS)
    return fonts.prepare(text[:keep].rstrip(" ,;:-·") + ELLIPSIS, bold)
