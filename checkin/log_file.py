"""The desk's log file: what a windowed program would otherwise print to a console nobody sees.

A badge that fails to print, an event that would not open, an unexpected error: each leaves a line
(and a traceback) in `checkin.log` in the log folder (checkin.folders). It says what happened to the
desk, not who came: no check-ins, no attendee names of its own, since it outlives the event's
retention date. It is rotated at start, never while a desk writes to it (Windows refuses to rename a
file another desk on the same laptop holds open).
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType

from checkin import APP_NAME, __version__

LOG_NAME = f"{APP_NAME}.log"
ROTATE_BYTES = 1_000_000
KEEP = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(APP_NAME)
_handler: logging.Handler | None = None
_hooks: tuple = ()


def start_log_file(folder: str | Path | None = None, *, catch_uncaught: bool = True) -> Path:
    """Log the `checkin` loggers (and Qt's, routed by the desk) to LOG_NAME in `folder`; returns its path.

    With `catch_uncaught`, exceptions nobody caught (on the UI thread, or a worker's) are logged too.
    """
    global _handler, _hooks
    stop_log_file()
    if folder is None:
        from checkin.folders import log_folder

        folder = log_folder()
    path = Path(folder) / LOG_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, backupCount=KEEP, encoding="utf-8", delay=True)
    if path.exists() and path.stat().st_size > ROTATE_BYTES:
        try:
            handler.doRollover()
        except OSError:  # another desk on this laptop holds it: rotate next time
            pass
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _handler = handler
    if catch_uncaught:
        _hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = _log_uncaught
        threading.excepthook = _log_uncaught_in_thread
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    log.info("%s %s (%s) starts: Python %s, %s %s on %s", APP_NAME, __version__, frozen,
             platform.python_version(), platform.system(), platform.release(), platform.machine())
    return path


def stop_log_file() -> None:
    global _handler, _hooks
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _hooks:
        sys.excepthook, threading.excepthook = _hooks
        _hooks = ()


def _log_uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, error, trace))
    previous = _hooks[0] if _hooks else sys.__excepthook__
    if sys.stderr is not None:  # None in a windowed program on Windows
        previous(kind, error, trace)


def _log_uncaught_in_thread(arguments: threading.ExceptHookArgs) -> None:
    log.error("unexpected error in %s", getattr(arguments.thread, "name", "a thread"),
              exc_info=(arguments.exc_type, arguments.exc_value, arguments.exc_traceback))
