"""Tests of "permission denied" as a desk user sees it, even when the suite runs as root (CI)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


@contextmanager
def without_root() -> Iterator[None]:
    """Root writes anywhere: act as `nobody` for the duration, as a desk user would be."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder `nobody` can use, outside pytest's private (0700) temporary tree."""
    folder = Path(tempfile.mkdtemp(prefix="checkin-test-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            if path.is_dir():
                path.chmod(0o700)
        shutil.rmtree(folder)


@contextmanager
def read_only_folder(parent: Path) -> Iterator[Path]:
    folder = parent / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
