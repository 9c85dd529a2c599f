"""Logos and other pictures: loaded once, downscaled to 300 dpi for their box, embedded once per PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader

from .errors import MissingImageError

PRINT_DPI = 300


def load_image(source: str | Path, box_width_mm: float, box_height_mm: float, element_name: str | None = None):
    """Return (ImageReader, (width_px, height_px)); raise :class:`MissingImageError` if unusable."""
    from PIL import Image, UnidentifiedImageError

    path = Path(source)
    if not path.is_file():
        raise MissingImageError(path, element_name=element_name, reason="Check that the file exists.")
    try:
        with Image.open(path) as opened:
            opened.load()
            image = opened
    except (UnidentifiedImageError, OSError) as exc:
        raise MissingImageError(
            path, element_name=element_name, reason=f"It is not a picture we can read ({exc})."
        ) from None
    # More pixels than the printer can place only make the PDF heavier (a 10 MB ticket is a known pain).
    max_w = max(1, round(box_width_mm / 25.4 * PRINT_DPI))
    max_h = max(1, round(box_height_mm / 25.4 * PRINT_DPI))
    if image.width > max_w or image.height > max_h:
        image = image.copy()
        image.thumbnail((max_w, max_h), Image.LANCZOS)
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "transparency" in image.info or image.mode == "P" else "RGB")
    return ImageReader(image), (image.width, image.height)
