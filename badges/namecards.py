"""Tent cards for the speakers' table: an A4 landscape sheet folded in two along its long middle.

The lower face reads normally; the upper face is the same card turned 180° so that, once folded
into a tent, both faces read the right way up. The design is the ``namecard`` layout; the optional
third line (country, mission…) is chosen per call.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from .layout import Layout, TextElement, load_layout
from .render import Progress, render_badges
from .report import RenderReport
from .sheets import Calibration

EXTRA_LINE_ELEMENT = "extra"  # elements with this name (both faces) print the optional third line


def with_extra_line(layout: Layout, field: str | None) -> Layout:
    """The layout with its extra line bound to ``field`` (e.g. "country", "mission"), or removed."""

    def adapt(elements):
        out = []
        for element in elements or ():
            if isinstance(element, TextElement) and element.name.startswith(EXTRA_LINE_ELEMENT):
                if field is None:
                    continue
                element = dataclasses.replace(element, field=field, text=None)
            out.append(element)
        return tuple(out)

    return dataclasses.replace(layout, front=adapt(layout.front), back=adapt(layout.back) if layout.back else None)


def render_namecards(
    people: Iterable[Mapping[str, Any]],
    out: str | Path | BinaryIO,
    *,
    event: Mapping[str, Any] | None = None,
    layout: str | Path | Layout = "namecard",
    extra_line: str | None = "country",
    calibration: Calibration | None = None,
    progress: Progress | None = None,
) -> RenderReport:
    """One folded tent card per person, one card per A4 page."""
    the_layout = layout if isinstance(layout, Layout) else load_layout(layout)
    return render_badges(
        people,
        out,
        layout=with_extra_line(the_layout, extra_line),
        sheet="single",
        event=event,
        calibration=calibration,
        progress=progress,
        what="name cards",
    )
