"""Write an output file whole or not at all: a temporary file beside it, renamed at the end.

A report half-written under its final name looks complete to whoever opens it later; the
rename makes the file appear only once every byte is on disk. Failures are values with a
reason, so each face can put them into its own words.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from checkin.io.leftovers import held, remember_output_folder

# Windows refuses to rename onto (or away) a file another program holds open: ERROR_ACCESS_DENIED (5),
# ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33). Defender or the search indexer reading a file
# just written lets go within a moment; Excel with the old report does not, and the caller says so.
HELD_WINERRORS = (5, 32, 33)
HOLD_PATIENCE_SECONDS = 2.0
_sleep = time.sleep
_clock = time.monotonic


def _rename(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    os.replace(source, target)


class OutputProblem(StrEnum):
    MISSING_FOLDER = "missing_folder"  # the folder of the output does not exist
    NOT_WRITABLE = "not_writable"  # no permission to write there (or a read-only medium)
    IS_FOLDER = "is_folder"  # the output names a folder
    LOCKED = "locked"  # the file is open in Excel or LibreOffice
    NO_SPACE = "no_space"
    FAILED = "failed"  # any other system error; `detail` says which


class OutputError(Exception):
    def __init__(self, path: Path, problem: OutputProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value}{f' ({detail})' if detail else ''}")
        self.path = path
        self.problem = problem
        self.detail = detail


def lock_files(path: Path) -> list[Path]:
    """The marker files Excel (`~$name`) and LibreOffice (`.~lock.name#`) keep beside an open document."""
    return [path.with_name(f"~${path.name}"), path.with_name(f".~lock.{path.name}#")]


def check_output(path: Path) -> None:
    """Refuse early, before any work, what would make the final rename fail."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(path, OutputProblem.MISSING_FOLDER, str(folder))
    if path.is_dir():
        raise OutputError(path, OutputProblem.IS_FOLDER)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(path, OutputProblem.NOT_WRITABLE)
    if any(marker.exists() for marker in lock_files(path)):
        raise OutputError(path, OutputProblem.LOCKED)


def replace_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """os.replace, tried again for a couple of seconds while another program holds either file."""
    deadline = _clock() + HOLD_PATIENCE_SECONDS
    pause = 0.05
    while True:
        try:
            _rename(source, target)
            return
        except PermissionError as error:
            if getattr(error, "winerror", None) not in HELD_WINERRORS or _clock() >= deadline:
                raise
        _sleep(pause)
        pause = min(pause * 2, 0.4)


def _problem_of(error: OSError) -> OutputProblem:
    # Windows refuses to replace a file another program holds open (Excel does) with
    # ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33), surfaced as PermissionError.
    if getattr(error, "winerror", None) in (32, 33):
        return OutputProblem.LOCKED
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputProblem.NOT_WRITABLE
    if error.errno == errno.ENOSPC:
        return OutputProblem.NO_SPACE
    if error.errno == errno.ENOENT:
        return OutputProblem.MISSING_FOLDER
    if error.errno == errno.EISDIR:
        return OutputProblem.IS_FOLDER
    return OutputProblem.FAILED


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the output's folder; on success it replaces `path`.

    On any failure (including a cancel raised by a progress callback) the temporary
    file is removed and an existing file at `path` is left as it was.
    """
    target = Path(path).expanduser()
    check_output(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=f"{target.suffix}.part",
                                        dir=target.parent)
    except OSError as error:
        raise OutputError(target, _problem_of(error), error.strerror or "") from error
    os.close(handle)
    temporary = Path(name)
    # If this program dies before the rename, the next start removes the .part (it holds names).
    remember_output_folder(target.parent)
    try:
        with held(temporary):  # let go before the rename: Windows will not rename a file held open
            yield temporary
            _flush_to_disk(temporary)
        replace_file(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(target, _problem_of(error), error.strerror or "") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    # The rename is an ordinary file operation; make the new name itself durable too.
    _sync_folder(target.parent)


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    # mkstemp creates files readable by the owner only; a report is an ordinary document.
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
