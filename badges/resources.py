"""Find the repository's ``resources/`` folder from inside the ``badges`` package.

The package is used from a source checkout (``resources/`` is a sibling of ``badges/``) and from a
PyInstaller one-folder bundle, where data files are unpacked below ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Lets a packager or a test point the package at another resources folder without code changes.
ENVIRONMENT_VARIABLE = "CHECKIN_RESOURCES"


def resources_dir() -> Path:
    """Return the folder that holds ``badges/``, ``fonts/`` and the other shipped resources."""
    override = os.environ.get(ENVIRONMENT_VARIABLE)
    if override:
        return Path(override)
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def layouts_dir() -> Path:
    return resources_dir() / "badges"
