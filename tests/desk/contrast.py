"""How readable a widget's text is as drawn: the WCAG contrast between its background and its text pixels.

Runs inside the desk process (through the probe): the widget is grabbed as it is painted, with its style
sheet and palette, so a white text on a near-white panel shows here whatever the palette claims.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_contrast(widget: QWidget, force_show: bool = False) -> float:
    """The contrast between the most common colour (the background) and the text colour farthest from it."""
    if force_show and not widget.isVisible():
        widget.show()
        if isinstance(widget, QLabel) and not widget.text():
            widget.setText("Sample text")
    # Grabbed within its parent: a label's background is the panel behind it, drawn by the panel's style.
    parent = widget.parentWidget()
    if parent is not None and not widget.autoFillBackground():
        image = parent.grab(widget.geometry()).toImage()
    else:
        image = widget.grab().toImage()
    counts: Counter[int] = Counter()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            counts[image.pixel(x, y)] += 1
    if not counts:
        return 0.0
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    # Text pixels: the colours that are not the background; anti-aliasing gives many, the core of a glyph
    # is the one farthest from the background.
    return max((contrast(background, QColor.fromRgb(rgb)) for rgb, n in counts.items() if n >= 3), default=1.0)
