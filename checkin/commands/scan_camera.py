"""`checkin scan EVENT --camera SOURCE` and `checkin scan --list-cameras`: the desk's camera, on the command line.

SOURCE is a camera (its number in `--list-cameras`, or part of its name; "" for the default) or a
video file, which goes through exactly the same pipeline as the desk's camera pane: QtMultimedia
delivers the frames, the Qt-free decoder reads them on its thread, the 3-second repeat rule drops the
same badge seen again, and each new code is checked in and answered as `scan -` answers, one line
(or one JSON Lines document) a code. It ends at the end of the file, or on Ctrl+C (exit status 0:
every answer printed was committed first).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from checkin import APP_NAME
from checkin.commands.messages import CommandError
from checkin.commands.scan import report
from checkin.core.repeats import RepeatFilter

# What the command says when the camera or the file fails; {detail} names the device or file.
PROBLEM_LINES = {
    "no_camera": "no camera found on this computer",
    "not_found": "camera {detail!r} not found; `checkin scan --list-cameras` lists the cameras",
    "in_use": "the camera cannot be opened ({detail}); close any other program using it and try again",
    "permission": "this program may not use the camera ({detail}); allow it in the system's privacy settings",
    "no_picture": "the camera {detail!r} sends no picture; close any other program using it, or choose another",
    "unreadable": "{detail}",
}
# How often Python gets to run during Qt's event loop, so that Ctrl+C is heard.
SIGNAL_POLL_MS = 150


def _application():
    """A Qt application without a window: offscreen unless the caller chose a platform."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QLoggingCategory
        from PySide6.QtGui import QGuiApplication
    except ImportError as error:
        raise CommandError(f"the camera needs Qt, which cannot be loaded here: {error}") from None
    if not os.environ.get("CHECKIN_DEBUG"):
        # QtMultimedia and FFmpeg describe every library they look for and every file they open: the
        # command's own lines are the ones that count on stderr.
        QLoggingCategory.setFilterRules("qt.multimedia*=false")
    return QGuiApplication.instance() or QGuiApplication([APP_NAME])


def list_cameras(as_json: bool) -> int:
    _application()
    from checkin.ui.camera_source import list_cameras as cameras_here

    cameras = cameras_here()
    if as_json:
        print(json.dumps([{"index": c.index, "name": c.name, "id": c.id, "front": c.front, "default": c.default,
                           "resolutions": [f"{w}x{h}" for w, h in c.resolutions]} for c in cameras],
                         ensure_ascii=False, indent=2))
    elif not cameras:
        print(f"{APP_NAME}: no camera found on this computer", file=sys.stderr)
    for camera in [] if as_json else cameras:
        largest = f", up to {camera.resolutions[-1][0]}×{camera.resolutions[-1][1]}" if camera.resolutions else ""
        print(f"{camera.index}  {camera.name}{' (default)' if camera.default else ''}{largest}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.list_cameras:
        return list_cameras(args.json)
    if args.event is None:
        raise CommandError("give the EVENT to check people in to, before --camera")
    if args.code is not None:
        raise CommandError("give either a CODE (or -) or --camera, not both")
    if args.at:
        raise CommandError("--at is for codes entered after the fact; a camera scans now")
    if getattr(args, "group", False):
        raise CommandError("--group takes one CODE (the delegate's badge), not --camera")
    app = _application()
    from checkin.commands.scan import scan_session  # --replica: a desk that works through outages

    with scan_session(args) as session:
        return _scan(app, session, args)


@contextmanager
def native_chatter_hidden() -> Iterator[None]:
    """FFmpeg writes its own lines ("moov atom not found") straight to the process's stderr, below Qt's
    logging; while the camera runs, the native stderr goes nowhere and Python's stderr (the command's
    own lines) to the real one. CHECKIN_DEBUG keeps everything."""
    if os.environ.get("CHECKIN_DEBUG"):
        yield
        return
    sys.stderr.flush()
    real = os.dup(2)
    python_stderr = sys.stderr
    sys.stderr = open(real, "w", encoding=python_stderr.encoding, errors="backslashreplace",  # noqa: SIM115
                      closefd=False)
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, 2)
    os.close(nowhere)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(real, 2)
        sys.stderr = python_stderr
        os.close(real)


def _scan(app, session, args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer

    from checkin.ui.camera_scanner import CameraScanner
    from checkin.ui.camera_source import VideoSource

    source = VideoSource(args.camera)
    scanner = CameraScanner(source)
    repeats = RepeatFilter()
    problems: list[str] = []

    def on_sighting(sighting) -> None:
        if repeats.admit(sighting.text, time.monotonic()):
            # Committed before it is printed, as `scan -` does: a crash after an answer loses nothing.
            report(session.check_in(sighting.text), session, args.json, stream=True)

    def on_failed(problem: str, detail: str) -> None:
        problems.append(PROBLEM_LINES.get(problem, "{detail}").format(detail=detail))
        app.quit()

    def on_ended() -> None:
        scanner.finish()
        QTimer.singleShot(0, app.quit)  # after the last sightings the decoder queued

    scanner.sighted.connect(on_sighting)
    source.failed.connect(on_failed)
    source.ended.connect(on_ended)
    poll = QTimer()
    poll.start(SIGNAL_POLL_MS)
    poll.timeout.connect(lambda: None)
    previous = signal.signal(signal.SIGINT, lambda *_: app.quit())
    try:
        with native_chatter_hidden():
            scanner.start()
            app.exec()
    finally:
        signal.signal(signal.SIGINT, previous)
        poll.stop()
        scanner.stop()
    if problems:
        if args.json:
            print(json.dumps({"error": problems[0]}, ensure_ascii=False), flush=True)
        raise CommandError(problems[0])
    return 0
