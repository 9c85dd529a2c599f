"""Cut the needs icons out of Font Awesome 4.7's SVG font (Debian's fonts-font-awesome), one SVG each.

Usage: python resources/icons/needs/make_icons.py [PATH/TO/fontawesome-webfont.svg]
The glyphs are © Dave Gandy, under the SIL Open Font License 1.1 (see LICENSE.txt beside this script).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FONT = Path("/usr/share/fonts-font-awesome/fonts/fontawesome-webfont.svg")
HERE = Path(__file__).resolve().parent
# icon file → the glyph's code point in Font Awesome 4.7
ICONS = {
    "wheelchair": "f193", "hearing_loop": "f2a2", "sign_language": "f2a7", "interpretation": "f025",
    "meal": "f0f5", "vegetarian": "f06c", "other": "f05a",
}
ASCENT, UNITS = 1536, 1792


def main(argv: list[str]) -> None:
    font = Path(argv[0]) if argv else FONT
    text = font.read_text(encoding="utf-8")
    for name, code in ICONS.items():
        glyph = re.search(rf'<glyph[^>]*unicode="&#x{code};"[^>]*/>', text, re.S)
        if glyph is None:
            raise SystemExit(f"{font}: no glyph U+{code.upper()}")
        width = int(re.search(r'horiz-adv-x="(\d+)"', glyph.group(0)).group(1)) if "horiz-adv-x" in glyph.group(0) \
            else 1536
        path = re.search(r'\sd="([^"]+)"', glyph.group(0), re.S).group(1)
        path = " ".join(path.split())
        # Font units have y upwards from the baseline; SVG has y downwards from the top.
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {UNITS}">'
               f'<path transform="matrix(1 0 0 -1 0 {ASCENT})" fill="#000000" d="{path}"/></svg>\n')
        (HERE / f"{name}.svg").write_text(svg, encoding="utf-8")
        print(f"wrote {name}.svg")


if __name__ == "__main__":
    main(sys.argv[1:])
