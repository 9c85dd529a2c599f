"""Qt-free rendering of conference badges and table name cards to PDF.

This package knows nothing of ``checkin``: the app passes people and the event as plain dicts.

    from badges import render_badges, Calibration
    report = render_badges(people, "badges.pdf", layout="a6", sheet="a4-4xa6", event={"title": ...})
"""

from __future__ import annotations

from .errors import BadgeError, EmptySelectionError, LayoutError, MissingImageError, SheetError
from .layout import Layout, list_layouts, load_layout
from .namecards import render_namecards
from .render import render_badges
from .report import MissingGlyph, Overflow, RenderReport
from .resources import resources_dir
from .sheets import SHEETS, Calibration, SheetPreset, list_sheets

__all__ = [
    "SHEETS",
    "BadgeError",
    "Calibration",
    "EmptySelectionError",
    "Layout",
    "LayoutError",
    "MissingGlyph",
    "MissingImageError",
    "Overflow",
    "RenderReport",
    "SheetError",
    "SheetPreset",
    "list_layouts",
    "list_sheets",
    "load_layout",
    "render_badges",
    "render_namecards",
    "resources_dir",
]
