"""What a crash leaves behind, removed at the next start and at a purge.

An export or a badge run writes a hidden `.NAME-XXXXXXXX.EXT.part` beside its output and renames
it at the end; printing renders each badge into a `checkin-print-*` folder in the system's
temporary folder. Killed half-way, both stay, holding names and working QR codes. Each writer
holds an advisory lock on what it is writing, so a cleaner never takes a file from under a
program that is still running; the folders outputs went to are remembered for the cleaner.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

PRINT_PREFIX = "checkin-print-"
IN_USE = ".in-use"  # the lock a running desk holds in its print folder
_PART = re.compile(r"^\..+-[a-z0-9_]{8}(\.[A-Za-z0-9]+)?\.part$")
_REMEMBERED = 100  # folders; the oldest are forgotten
# A file is made a moment before its writer locks it, and a second program may start in that moment:
# anything changed this recently is left for a later start (a crash's leftovers wait a minute more).
RECENT_S = 120.0

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which is lock enough
    fcntl = None  # type: ignore[assignment]


def _registry() -> Path:
    import platformdirs

    return platformdirs.user_data_path("checkin") / "output-folders.txt"


def remembered_folders() -> list[Path]:
    try:
        text = _registry().read_text(encoding="utf-8")
    except OSError:
        return []
    return [Path(line) for line in text.splitlines() if line.strip()]


def remember_output_folder(folder: Path) -> None:
    """Note a folder an output is being written to (best effort: never fails the output)."""
    folder = Path(os.path.abspath(folder))
    folders = [f for f in remembered_folders() if f != folder] + [folder]
    with suppress(OSError):
        registry = _registry()
        registry.parent.mkdir(parents=True, exist_ok=True)
        registry.write_text("".join(f"{f}\n" for f in folders[-_REMEMBERED:]), encoding="utf-8")


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold a lock on `path` (which must exist) while inside: a sign that its writer is alive."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        if fcntl is not None:
            with suppress(OSError):
                fcntl.flock(descriptor, fcntl.LOCK_SH)
        yield
    finally:
        os.close(descriptor)


def _abandoned(path: Path, changed: Path | None = None) -> bool:
    """No running program holds `path` (a file, or a print folder's lock file), and `changed` (by default
    `path` itself) has not changed for RECENT_S seconds."""
    try:
        if time.time() - (changed or path).stat().st_mtime < RECENT_S:
            return False
    except FileNotFoundError:
        pass
    except OSError:
        return False
    if fcntl is None:
        return True
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)


def clean_leftovers() -> list[Path]:
    """Remove the leftovers of programs that are no longer running; returns what was removed."""
    removed: list[Path] = []
    for folder in remembered_folders():
        with suppress(OSError):
            for path in folder.iterdir():
                if _PART.match(path.name) and path.is_file() and _abandoned(path):
                    with suppress(OSError):
                        path.unlink()
                        removed.append(path)
    with suppress(OSError):
        for folder in Path(tempfile.gettempdir()).glob(f"{PRINT_PREFIX}*"):
            if folder.is_dir() and _abandoned(folder / IN_USE, changed=folder):
                shutil.rmtree(folder, ignore_errors=True)
                if not folder.exists():
                    removed.append(folder)
    return removed


class PrintFolder:
    """A `checkin-print-*` folder for one running desk, marked in use until closed."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=PRINT_PREFIX))
        marker = self.path / IN_USE
        marker.touch()
        self._descriptor = os.open(marker, os.O_RDONLY)
        if fcntl is not None:
            with suppress(OSError):
                fcntl.flock(self._descriptor, fcntl.LOCK_SH)

    def close(self) -> None:
        if self._descriptor >= 0:
            os.close(self._descriptor)
            self._descriptor = -1
        shutil.rmtree(self.path, ignore_errors=True)
