"""Sheet imposition: where badges go on a printed page, separately from how a badge looks.

Presets are declarative (page size, columns, rows, label size, pitch and margins, all in mm, from the
top-left corner of the sheet). Manufacturers' figures are nominal: a per-printer
:class:`Calibration` corrects what the printer really does.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SheetError

A4 = (210.0, 297.0)
A4_LANDSCAPE = (297.0, 210.0)
LETTER = (215.9, 279.4)
INCH = 25.4


@dataclass(frozen=True)
class Calibration:
    """Per-printer correction measured on a test print: shift right/down in mm, then scale in %.

    Scaling happens about the top-left corner of the page, where printers start feeding.
    """

    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale_pct: float = 100.0


@dataclass(frozen=True)
class SheetPreset:
    name: str
    title: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    pitch_x: float | None = None  # left edge to next left edge; default: labels touch
    pitch_y: float | None = None
    margin_left: float | None = None  # default: the grid is centred on the page
    margin_top: float | None = None

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def slot_origin(self, column: int, row: int) -> tuple[float, float]:
        """Top-left corner of a slot in mm from the top-left of the page."""
        pitch_x = self.pitch_x or self.label_width
        pitch_y = self.pitch_y or self.label_height
        grid_w = (self.columns - 1) * pitch_x + self.label_width
        grid_h = (self.rows - 1) * pitch_y + self.label_height
        left = self.margin_left if self.margin_left is not None else (self.page_width - grid_w) / 2
        top = self.margin_top if self.margin_top is not None else (self.page_height - grid_h) / 2
        return left + column * pitch_x, top + row * pitch_y

    def slots(self, mirrored: bool = False) -> list[tuple[float, float]]:
        """Slot corners in reading order; ``mirrored`` swaps columns for the backs of a duplex print
        (a long-edge flip puts the back of column 0 under the last column)."""
        out = []
        for row in range(self.rows):
            for column in range(self.columns):
                col = self.columns - 1 - column if mirrored else column
                out.append(self.slot_origin(col, row))
        return out

    def check_fits(self, width: float, height: float, layout_name: str) -> None:
        tolerance = 0.5  # mm: a 85.6 mm card in an 86 mm slot is fine, a 105 mm badge is not
        if width > self.label_width + tolerance or height > self.label_height + tolerance:
            raise SheetError(
                self.name,
                f"the badge layout '{layout_name}' is {width:g} × {height:g} mm but the labels of this sheet are "
                f"{self.label_width:g} × {self.label_height:g} mm. "
                "Choose a layout of that size, or the sheet 'single'.",
            )


def single_sheet(width: float, height: float) -> SheetPreset:
    """One badge per page, the page the size of the badge: what badge printers expect."""
    return SheetPreset(
        "single", "One badge per page (badge printers)", width, height, 1, 1, width, height, margin_left=0, margin_top=0
    )


SHEETS: dict[str, SheetPreset] = {
    p.name: p
    for p in (
        SheetPreset("a4-4xa6", "A4, four A6 badges", *A4, columns=2, rows=2, label_width=105, label_height=148),
        SheetPreset(
            "a4-8xa7",
            "A4 landscape, eight A7 badges",
            *A4_LANDSCAPE,
            columns=4,
            rows=2,
            label_width=74,
            label_height=105,
            pitch_x=74.25,
        ),
        SheetPreset(
            "a4-2xa5",
            "A4 landscape, two A5 fold badges",
            *A4_LANDSCAPE,
            columns=2,
            rows=1,
            label_width=148,
            label_height=210,
            pitch_x=148.5,
        ),
        SheetPreset(
            "avery-l7418",
            "Avery L7418 name badge labels 86 × 55 mm (A4, 2 × 4)",
            *A4,
            columns=2,
            rows=4,
            label_width=86,
            label_height=55,
            pitch_x=96,
            pitch_y=63,
        ),
        SheetPreset(
            "avery-5392",
            "Avery 5392 name badge inserts 4 × 3 in (Letter, 2 × 3)",
            *LETTER,
            columns=2,
            rows=3,
            label_width=4 * INCH,
            label_height=3 * INCH,
            margin_left=0.25 * INCH,
            margin_top=1 * INCH,
        ),
        SheetPreset(
            "herma-4412",
            "HERMA 4412 name badge labels 80 × 50 mm (A4, 2 × 5)",
            *A4,
            columns=2,
            rows=5,
            label_width=80,
            label_height=50,
            pitch_x=90,
            pitch_y=55,
        ),
        SheetPreset(
            "durable-1445",
            "DURABLE 1445 badge inserts 90 × 54 mm (A4, 2 × 5)",
            *A4,
            columns=2,
            rows=5,
            label_width=90,
            label_height=54,
        ),
        SheetPreset(
            "durable-1453",
            "DURABLE 1453 badge inserts 75 × 40 mm (A4, 2 × 6)",
            *A4,
            columns=2,
            rows=6,
            label_width=75,
            label_height=40,
        ),
        SheetPreset(
            "durable-1456",
            "DURABLE 1456 badge inserts 90 × 60 mm (A4, 2 × 4)",
            *A4,
            columns=2,
            rows=4,
            label_width=90,
            label_height=60,
        ),
    )
}


def list_sheets() -> list[str]:
    return ["single", *SHEETS]


def resolve_sheet(sheet: str | SheetPreset, badge_width: float, badge_height: float) -> SheetPreset:
    if isinstance(sheet, SheetPreset):
        return sheet
    if sheet == "single":
        return single_sheet(badge_width, badge_height)
    try:
        return SHEETS[sheet]
    except KeyError:
        raise SheetError(sheet, f"there is no such sheet; choose one of {', '.join(list_sheets())}") from None
