"""Draw one side of one badge at an origin on a ReportLab canvas.

Elements that are the same on every badge (event title, fixed words, lines, logos, fixed-colour
bands) are drawn once into a PDF form XObject and reused, which keeps both the time per badge and
the bytes per badge low; only what changes per person is drawn each time. Element order is kept:
consecutive static elements become one form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm

from .fields import depends_on_person, fill_template, resolve_field
from .fitting import LEADING, FittedText, fit_text
from .fonts import FontSet
from .images import load_image
from .layout import BandElement, Element, ImageElement, Layout, LineElement, QrElement, TextElement
from .qr import DEFAULT_ENCODER, draw_qr, qr_matrix
from .report import MissingGlyph, Overflow, RenderReport

# Where the baseline sits below the top of a line box, as a share of the font size: centres
# capitals and lower case visually within LEADING.
BASELINE_FROM_TOP = 0.93
STATIC_INDEX = -1  # person_index used for reports about static elements (such as the event title)


def _is_static(element: Element) -> bool:
    if isinstance(element, TextElement):
        return not depends_on_person(element.field, element.text)
    if isinstance(element, QrElement):
        return False
    if isinstance(element, ImageElement):
        return element.path is not None or (element.field or "").startswith("event.")
    if isinstance(element, BandElement):
        return element.colour is not None
    return True


class BadgePainter:
    def __init__(
        self,
        canvas,
        layout: Layout,
        fonts: FontSet,
        report: RenderReport,
        *,
        event: Mapping[str, Any] | None,
        category_colours: Mapping[str, Any] | None,
        qr_encoder: str = DEFAULT_ENCODER,
    ) -> None:
        self.canvas = canvas
        self.layout = layout
        self.fonts = fonts
        self.report = report
        self.event = event or {}
        self.category_colours = category_colours
        self.qr_encoder = qr_encoder
        self._fit_cache: dict[tuple[int, str], FittedText] = {}
        self._band_colours: dict[str, tuple[float, float, float]] = {}
        self._images: dict[str, Any] = {}
        self._steps = {side: self._plan(side, elements) for side, elements in self._sides().items()}
        self._forms_drawn: set[str] = set()
        self._check_images()

    def _sides(self) -> dict[str, tuple[Element, ...]]:
        sides = {"front": self.layout.front}
        if self.layout.back is not None:
            sides["back"] = self.layout.back
        return sides

    def _plan(self, side: str, elements: tuple[Element, ...]) -> list[tuple[str, Any]]:
        steps: list[tuple[str, Any]] = []
        group: list[Element] = []
        for element in elements:
            if _is_static(element):
                group.append(element)
                continue
            if group:
                steps.append(("form", (f"{self.layout.name}-{side}-{len(steps)}", tuple(group))))
                group = []
            steps.append(("element", element))
        if group:
            steps.append(("form", (f"{self.layout.name}-{side}-{len(steps)}", tuple(group))))
        return steps

    def _check_images(self) -> None:
        """Load every static image up front so a missing logo stops the run before page one."""
        for elements in self._sides().values():
            for element in elements:
                if isinstance(element, ImageElement) and _is_static(element):
                    self._image_for(element, {})

    def _image_for(self, element: ImageElement, person: Mapping[str, Any]):
        if element.path is not None:
            source = str(element.path)
        else:
            source = resolve_field(element.field or "", person, self.event)
            if not source:
                return None  # an optional logo the event does not have
        if source not in self._images:
            self._images[source] = load_image(source, element.box.width, element.box.height, element.name)
        return self._images[source]

    # --- drawing --------------------------------------------------------------------------

    def draw(self, side: str, x: float, y: float, person: Mapping[str, Any], person_index: int) -> None:
        """Draw ``side`` ("front"/"back") with its bottom-left corner at (x, y) points."""
        steps = self._steps.get(side) or self._steps["front"]
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(x, y)
        for kind, payload in steps:
            if kind == "form":
                name, group = payload
                if name not in self._forms_drawn:
                    self._make_form(name, group)
                canvas.doForm(name)
            else:
                self._draw_element(payload, person, person_index)
        canvas.restoreState()

    def _make_form(self, name: str, group: tuple[Element, ...]) -> None:
        canvas = self.canvas
        canvas.beginForm(name, 0, 0, self.layout.width * mm, self.layout.height * mm)
        for element in group:
            self._draw_element(element, {}, STATIC_INDEX)
        canvas.endForm()
        self._forms_drawn.add(name)

    def _rect(self, box) -> tuple[float, float, float, float]:
        return box.x * mm, (self.layout.height - box.y - box.height) * mm, box.width * mm, box.height * mm

    def _draw_element(self, element: Element, person: Mapping[str, Any], index: int) -> None:
        if isinstance(element, TextElement):
            self._draw_text(element, person, index)
        elif isinstance(element, QrElement):
            payload = resolve_field(element.field, person, self.event)
            if payload:
                x, y, w, _ = self._rect(element.box)
                draw_qr(self.canvas, qr_matrix(payload, self.qr_encoder), x, y, w, element.quiet_zone, element.colour)
        elif isinstance(element, BandElement):
            colour = element.colour
            if colour is None:
                by = element.by or "category"
                category = resolve_field(by, person, self.event)
                colour = self._band_colours.get(category)
                if colour is None:
                    colour = self._band_colours[category] = self.layout.colour_for(
                        category, self.category_colours, person.get(f"{by}_colour"))
            self.canvas.setFillColorRGB(*colour)
            self.canvas.rect(*self._rect(element.box), stroke=0, fill=1)
        elif isinstance(element, LineElement):
            self._draw_line(element)
        elif isinstance(element, ImageElement):
            self._draw_image(element, person)

    def _draw_line(self, element: LineElement) -> None:
        canvas = self.canvas
        height = self.layout.height
        canvas.saveState()
        canvas.setStrokeColorRGB(*element.colour)
        canvas.setLineWidth(element.width)
        if element.dash:
            canvas.setDash(list(element.dash))
        canvas.line(element.x1 * mm, (height - element.y1) * mm, element.x2 * mm, (height - element.y2) * mm)
        canvas.restoreState()

    def _draw_image(self, element: ImageElement, person: Mapping[str, Any]) -> None:
        image = self._image_for(element, person)
        if image is None:
            return
        reader, (pixel_w, pixel_h) = image
        x, y, w, h = self._rect(element.box)
        # Keep the aspect ratio and centre the picture in its box: logos must never look squashed.
        scale = min(w / pixel_w, h / pixel_h)
        draw_w, draw_h = pixel_w * scale, pixel_h * scale
        self._rotated(element.rotate, element.box)
        self.canvas.drawImage(reader, x + (w - draw_w) / 2, y + (h - draw_h) / 2, draw_w, draw_h, mask="auto")
        self._unrotate(element.rotate)

    def _rotated(self, rotate: int, box) -> None:
        if rotate:
            x, y, w, h = self._rect(box)
            self.canvas.saveState()
            self.canvas.translate(x + w / 2, y + h / 2)
            self.canvas.rotate(rotate)
            self.canvas.translate(-(x + w / 2), -(y + h / 2))

    def _unrotate(self, rotate: int) -> None:
        if rotate:
            self.canvas.restoreState()

    def _text_value(self, element: TextElement, person: Mapping[str, Any]) -> str:
        labels = self.layout.category_labels
        if element.field is not None:
            value = resolve_field(element.field, person, self.event, labels)
        else:
            value = fill_template(element.text or "", person, self.event, labels)
        return value.upper() if element.uppercase else value

    def _draw_text(self, element: TextElement, person: Mapping[str, Any], index: int) -> None:
        text = self._text_value(element, person)
        if not text:
            return
        key = (id(element), text)
        fitted = self._fit_cache.get(key)
        if fitted is None:
            fitted = fit_text(
                text,
                self.fonts,
                width=element.box.width * mm,
                height=element.box.height * mm,
                size=element.size,
                min_size=element.min_size,
                bold=element.bold,
                max_lines=element.max_lines,
            )
            if len(self._fit_cache) > 20000:
                self._fit_cache.clear()
            self._fit_cache[key] = fitted
        code = str(person.get("code", "")) if person else ""
        if fitted.action:
            self.report.overflows.append(Overflow(index, code, element.name, fitted.action))
        if fitted.missing:
            self.report.missing_glyphs.append(MissingGlyph(index, code, text, fitted.missing))
        x, y, w, h = self._rect(element.box)
        size = fitted.size
        line_height = size * LEADING
        block = line_height * len(fitted.lines)
        if element.valign == "top":
            top = y + h
        elif element.valign == "bottom":
            top = y + block
        else:
            top = y + (h + block) / 2
        canvas = self.canvas
        self._rotated(element.rotate, element.box)
        canvas.setFillColorRGB(*element.colour)
        for number, line in enumerate(fitted.lines):
            baseline = top - number * line_height - size * BASELINE_FROM_TOP
            width = line.width_1pt * size
            align = element.align
            if line.rtl and align != "center":
                align = "right" if align == "left" else "left"  # alignment follows the reading direction
            if align == "left":
                start = x
            elif align == "right":
                start = x + w - width
            else:
                start = x + (w - width) / 2
            if len(line.runs) == 1:
                font, run = line.runs[0]
                canvas.setFont(font, size)
                canvas.drawString(start, baseline, run)
            else:
                text_object = canvas.beginText(start, baseline)
                for font, run in line.runs:
                    text_object.setFont(font, size)
                    text_object.textOut(run)
                canvas.drawText(text_object)
        self._unrotate(element.rotate)
