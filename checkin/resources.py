"""Where the bundled resources (sample event, layouts, fonts, translations) live.

The same lookup as `badges.resources` (which must not import checkin); importing that one from
here would load ReportLab through `badges/__init__` at every start of the desk.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Honoured by `badges` too, so both find the same folder when a packager or a test moves it.
ENVIRONMENT_VARIABLE = "CHECKIN_RESOURCES"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_dir() -> Path:
    return resources_dir() / "sample"
