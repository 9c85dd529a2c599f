"""Build resources/icons/checkin.ico (Windows) and checkin.icns (macOS) from checkin.svg.

    .venv/bin/python scripts/build_icons.py [--check]

Qt's own SVG renderer draws the source at every size offscreen (each size drawn crisp, not scaled
down from a big bitmap); Pillow writes the ICO and ICNS containers. --check exits 1 when the built
icons are older than the SVG, without writing anything.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "checkin.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # Qt needs one to draw
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def build(svg: Path = SOURCE, out_dir: Path = ICONS) -> list[Path]:
    from PIL import Image

    sizes = sorted(set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA") for size in sizes}
    ico = out_dir / "checkin.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    icns = out_dir / "checkin.icns"
    images[max(ICNS_SIZES)].save(icns, format="ICNS",
                                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    return [ico, icns]


def out_of_date(svg: Path = SOURCE, out_dir: Path = ICONS) -> list[Path]:
    built = [out_dir / "checkin.ico", out_dir / "checkin.icns"]
    return [p for p in built if not p.is_file() or p.stat().st_mtime < svg.stat().st_mtime]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report icons older than the SVG")
    args = parser.parse_args()
    if args.check:
        stale = out_of_date()
        for path in stale:
            print(f"{path}: older than {SOURCE.name}; run scripts/build_icons.py", file=sys.stderr)
        return 1 if stale else 0
    for path in build():
        print(f"wrote {path} ({path.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
