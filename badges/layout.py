"""Badge layouts as data: a stock size and typed elements placed in millimetres.

A layout is a JSON file (see ``resources/badges/README.md``). Coordinates are measured from the
top-left corner of the badge, x to the right and y downwards, as a person measures with a ruler;
the renderer turns them into PDF coordinates. Everything is validated on load so that a broken file
fails before the first page, naming the element at fault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import LayoutError
from .resources import layouts_dir

ALIGNMENTS = ("left", "center", "right")
VERTICAL_ALIGNMENTS = ("top", "middle", "bottom")
ROTATIONS = (0, 180)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TextElement:
    name: str
    box: Box
    field: str | None  # a person key ("given_name") or "event.title"; None for fixed text
    text: str | None  # fixed text, may hold {placeholders}
    size: float  # design size in points
    min_size: float
    bold: bool = False
    align: str = "center"
    valign: str = "middle"
    colour: tuple[float, float, float] = (0.0, 0.0, 0.0)
    max_lines: int = 1
    uppercase: bool = False
    rotate: int = 0


@dataclass(frozen=True)
class QrElement:
    name: str
    box: Box  # square: width == height; includes the quiet zone
    field: str = "code"
    quiet_zone: int = 4  # modules, as the QR standard asks
    colour: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rotate: int = 0


@dataclass(frozen=True)
class ImageElement:
    name: str
    box: Box
    path: Path | None  # a fixed file
    field: str | None  # or a field naming a file, such as "event.logo"
    rotate: int = 0


@dataclass(frozen=True)
class BandElement:
    name: str
    box: Box
    colour: tuple[float, float, float] | None  # fixed colour, or None to colour by category
    by: str | None = "category"


@dataclass(frozen=True)
class LineElement:
    name: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5  # points
    colour: tuple[float, float, float] = (0.6, 0.6, 0.6)
    dash: tuple[float, ...] = ()


Element = TextElement | QrElement | ImageElement | BandElement | LineElement


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    width: float  # mm
    height: float  # mm
    front: tuple[Element, ...]
    back: tuple[Element, ...] | None = None
    category_colours: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    category_labels: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def colour_for(self, category: str, overrides: dict[str, Any] | None = None,
                   fallback: Any = None) -> tuple[float, float, float]:
        """Colour of a category band; the caller's overrides win, then the layout's, then the person's own
        `fallback` (a category the layout does not know: one an import met), then 'default'."""
        key = (category or "").strip().casefold()
        if overrides:
            folded = {k.casefold(): v for k, v in overrides.items()}
            if key in folded:
                return parse_colour(folded[key])
        if key in self.category_colours:
            return self.category_colours[key]
        if fallback:
            try:
                return parse_colour(fallback)
            except ValueError:
                pass
        return self.category_colours.get("default", (0.45, 0.45, 0.45))


def parse_colour(value: Any) -> tuple[float, float, float]:
    """Accept '#rrggbb', '#rgb' or an [r, g, b] list of 0–255 numbers."""
    if isinstance(value, (list, tuple)) and len(value) == 3:
        return tuple(float(c) / 255.0 for c in value)  # type: ignore[return-value]
    if isinstance(value, str):
        text = value.strip().lstrip("#")
        if len(text) == 3:
            text = "".join(ch * 2 for ch in text)
        if len(text) == 6:
            try:
                return tuple(int(text[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]
            except ValueError:
                pass
    raise ValueError(f"'{value}' is not a colour; write it like \"#1f5fa8\"")


def list_layouts() -> list[str]:
    """Names of the layouts shipped in ``resources/badges/``."""
    return sorted(p.stem for p in layouts_dir().glob("*.json"))


def load_layout(name_or_path: str | Path) -> Layout:
    """Load and validate a layout by its shipped name ("a6") or by the path of a JSON file."""
    path = _resolve(name_or_path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LayoutError(path, f"the file does not exist (shipped layouts: {', '.join(list_layouts())})") from None
    except OSError as exc:
        raise LayoutError(path, f"the file cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(raw_text)
    except json.JSONDecodeError as exc:
        raise LayoutError(path, f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    return parse_layout(data, path)


def _resolve(name_or_path: str | Path) -> Path:
    text = str(name_or_path)
    looks_like_path = isinstance(name_or_path, Path) or text.endswith(".json") or "/" in text or "\\" in text
    return Path(text) if looks_like_path else layouts_dir() / f"{text}.json"


def parse_layout(data: Any, path: Path | None = None) -> Layout:
    """Validate a decoded layout document and build the frozen :class:`Layout`."""
    if not isinstance(data, dict):
        raise LayoutError(path, "the file must hold one JSON object with 'stock' and 'front'")
    stock = data.get("stock")
    if not isinstance(stock, dict):
        raise LayoutError(path, '\'stock\' is missing; give the badge size as {"width": mm, "height": mm}')
    width = _positive(stock.get("width"), "stock width", path)
    height = _positive(stock.get("height"), "stock height", path)
    try:
        colours = {str(k).casefold(): parse_colour(v) for k, v in (data.get("category_colours") or {}).items()}
    except ValueError as exc:
        raise LayoutError(path, f"in 'category_colours': {exc}") from None
    labels = {str(k).casefold(): str(v) for k, v in (data.get("category_labels") or {}).items()}
    front_data = data.get("front")
    if not isinstance(front_data, list) or not front_data:
        raise LayoutError(path, "'front' must be a non-empty list of elements")
    front = tuple(_parse_element(item, i, path, width, height) for i, item in enumerate(front_data))
    back = None
    if data.get("back") is not None:
        if not isinstance(data["back"], list):
            raise LayoutError(path, "'back' must be a list of elements")
        offset = len(front_data)  # number back elements after the front ones, so messages stay unique
        back = tuple(_parse_element(item, offset + i, path, width, height) for i, item in enumerate(data["back"]))
    name = path.stem if path else str(data.get("name", "layout"))
    return Layout(
        name=name,
        title=str(data.get("title", name)),
        width=width,
        height=height,
        front=front,
        back=back,
        category_colours=colours,
        category_labels=labels,
        path=path,
    )


def _positive(value: Any, what: str, path: Path | None, index: int | None = None, name: str | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise LayoutError(
            path,
            f"'{what}' must be a positive number of millimetres, not {value!r}",
            element_index=index,
            element_name=name,
        )
    return float(value)


def _number(item: dict, key: str, path: Path | None, index: int, name: str, default: float | None = None) -> float:
    value = item.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LayoutError(path, f"'{key}' must be a number, not {value!r}", element_index=index, element_name=name)
    return float(value)


def _box(item: dict, path: Path | None, index: int, name: str, stock_w: float, stock_h: float) -> Box:
    x = _number(item, "x", path, index, name)
    y = _number(item, "y", path, index, name)
    w = _positive(item.get("width"), "width", path, index, name)
    h = _positive(item.get("height"), "height", path, index, name)
    tolerance = 0.01  # mm; float noise in hand-written files must not fail a layout
    if x < -tolerance or y < -tolerance or x + w > stock_w + tolerance or y + h > stock_h + tolerance:
        raise LayoutError(
            path,
            f"its box ({x:g}, {y:g}, {w:g} × {h:g} mm) goes outside the {stock_w:g} × {stock_h:g} mm badge",
            element_index=index,
            element_name=name,
        )
    return Box(x, y, w, h)


def _colour(item: dict, key: str, default: tuple | None, path: Path | None, index: int, name: str):
    if key not in item:
        return default
    try:
        return parse_colour(item[key])
    except ValueError as exc:
        raise LayoutError(path, str(exc), element_index=index, element_name=name) from None


def _rotation(item: dict, path: Path | None, index: int, name: str) -> int:
    rotate = item.get("rotate", 0)
    if rotate not in ROTATIONS:
        raise LayoutError(path, f"'rotate' must be 0 or 180, not {rotate!r}", element_index=index, element_name=name)
    return int(rotate)


def _choice(item: dict, key: str, choices: tuple, default: str, path: Path | None, index: int, name: str) -> str:
    value = item.get(key, default)
    if value not in choices:
        raise LayoutError(
            path, f"'{key}' must be one of {', '.join(choices)}, not {value!r}", element_index=index, element_name=name
        )
    return value


def _parse_element(item: Any, index: int, path: Path | None, stock_w: float, stock_h: float) -> Element:
    if not isinstance(item, dict):
        raise LayoutError(path, "each element must be a JSON object", element_index=index)
    kind = item.get("type")
    name = str(item.get("name") or item.get("field") or kind or "")
    if kind == "text":
        return _parse_text(item, index, name, path, stock_w, stock_h)
    if kind == "qr":
        box = _box(item, path, index, name, stock_w, stock_h)
        if abs(box.width - box.height) > 0.01:
            raise LayoutError(
                path, "a QR code box must be square (width = height)", element_index=index, element_name=name
            )
        quiet = item.get("quiet_zone", 4)
        if not isinstance(quiet, int) or quiet < 1:
            raise LayoutError(
                path, "'quiet_zone' must be a whole number of modules ≥ 1", element_index=index, element_name=name
            )
        return QrElement(
            name=name,
            box=box,
            field=str(item.get("field", "code")),
            quiet_zone=quiet,
            colour=_colour(item, "colour", (0.0, 0.0, 0.0), path, index, name),
            rotate=_rotation(item, path, index, name),
        )
    if kind == "image":
        box = _box(item, path, index, name, stock_w, stock_h)
        image_path = item.get("path")
        image_field = item.get("field")
        if bool(image_path) == bool(image_field):
            raise LayoutError(
                path,
                "an image needs exactly one of 'path' (a file) or 'field' (such as \"event.logo\")",
                element_index=index,
                element_name=name,
            )
        resolved = None
        if image_path:
            resolved = Path(image_path)
            if not resolved.is_absolute():
                resolved = (path.parent if path else layouts_dir()) / resolved
        return ImageElement(
            name=name, box=box, path=resolved, field=image_field, rotate=_rotation(item, path, index, name)
        )
    if kind == "band":
        box = _box(item, path, index, name, stock_w, stock_h)
        colour = _colour(item, "colour", None, path, index, name)
        by = item.get("by", None if colour else "category")
        if colour is None and not by:
            raise LayoutError(
                path, 'a band needs a \'colour\' or "by": "category"', element_index=index, element_name=name
            )
        return BandElement(name=name, box=box, colour=colour, by=by)
    if kind == "line":
        coords = [_number(item, key, path, index, name) for key in ("x1", "y1", "x2", "y2")]
        for x, y in (coords[:2], coords[2:]):
            if not (-0.01 <= x <= stock_w + 0.01 and -0.01 <= y <= stock_h + 0.01):
                raise LayoutError(path, "the line goes outside the badge", element_index=index, element_name=name)
        dash = item.get("dash", [])
        if not isinstance(dash, list) or not all(isinstance(d, (int, float)) and d > 0 for d in dash):
            raise LayoutError(
                path, "'dash' must be a list of positive lengths in points", element_index=index, element_name=name
            )
        return LineElement(
            name,
            *coords,
            width=_number(item, "width", path, index, name, default=0.5),
            colour=_colour(item, "colour", (0.6, 0.6, 0.6), path, index, name),
            dash=tuple(float(d) for d in dash),
        )
    raise LayoutError(
        path,
        f"unknown type {kind!r}; use text, qr, image, band or line",
        element_index=index,
        element_name=name or None,
    )


def _parse_text(item: dict, index: int, name: str, path: Path | None, stock_w: float, stock_h: float) -> TextElement:
    box = _box(item, path, index, name, stock_w, stock_h)
    field_name = item.get("field")
    text = item.get("text")
    if bool(field_name) == (text is not None):
        raise LayoutError(
            path,
            "a text element needs exactly one of 'field' (such as \"given_name\") or 'text' (fixed words)",
            element_index=index,
            element_name=name,
        )
    size = _positive(item.get("size", 12), "size", path, index, name)
    min_size = _positive(item.get("min_size", min(size, 6.0)), "min_size", path, index, name)
    if min_size > size:
        raise LayoutError(path, "'min_size' is larger than 'size'", element_index=index, element_name=name)
    max_lines = item.get("max_lines", 1)
    if max_lines not in (1, 2):
        raise LayoutError(path, "'max_lines' must be 1 or 2", element_index=index, element_name=name)
    return TextElement(
        name=name,
        box=box,
        field=str(field_name) if field_name else None,
        text=str(text) if text is not None else None,
        size=size,
        min_size=min_size,
        bold=bool(item.get("bold", False)),
        align=_choice(item, "align", ALIGNMENTS, "center", path, index, name),
        valign=_choice(item, "valign", VERTICAL_ALIGNMENTS, "middle", path, index, name),
        colour=_colour(item, "colour", (0.0, 0.0, 0.0), path, index, name),
        max_lines=max_lines,
        uppercase=bool(item.get("uppercase", False)),
        rotate=_rotation(item, path, index, name),
    )
