"""The fonts the desk ships, used on screen too: a laptop without CJK or Arabic fonts still shows every name.

The badges draw from resources/fonts; the desk registers the same files with Qt and puts them after the
system's interface font, so a name the system cannot draw falls back to them instead of empty boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from checkin.resources import resources_dir

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register every bundled font once; returns their family names (Noto Sans, Droid Sans Fallback…)."""
    if not _registered:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in _registered:
                    _registered.append(family)
    return list(_registered)


def with_fallbacks(font: QFont) -> QFont:
    """`font` first, then the bundled families for the scripts it lacks."""
    fallback = QFont(font)
    families = [*font.families()] or [font.family()]
    fallback.setFamilies(families + [family for family in register_bundled_fonts() if family not in families])
    return fallback


def missing_glyphs(text: str, font: QFont) -> str:
    """The characters of `text` that `font` (with Qt's fallbacks) would draw as empty boxes."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line = layout.createLine()
    layout.endLayout()
    missing = 0
    for run in layout.glyphRuns():
        missing += sum(1 for index in run.glyphIndexes() if index == 0)
    if not missing:
        return ""
    # Which characters: draw them one by one (rare: only when something is wrong).
    return "".join(char for char in dict.fromkeys(text) if not char.isspace() and _one_missing(char, font))


def _one_missing(char: str, font: QFont) -> bool:
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(index == 0 for run in layout.glyphRuns() for index in run.glyphIndexes())
