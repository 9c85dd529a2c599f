"""A video source and the Qt-free decoder joined: frames go to the decoder, sightings come back on the GUI thread.

The desk's camera pane and `checkin scan --camera` both use it. Each frame costs the GUI thread a
cheap question (`wants_frame`) and, for the frames the decoder takes, one copy of the luminance plane;
the reading itself happens on the decoder's thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QVideoFrame

from checkin.io.camera_decoder import CameraDecoder, moved
from checkin.ui.camera_frames import luminance, sampling
from checkin.ui.camera_source import VideoSource


class CameraScanner(QObject):
    sighted = Signal(object)  # Sighting, delivered on the GUI thread
    _from_worker = Signal(object)

    def __init__(self, source: VideoSource, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.clock = clock
        self.decoder = CameraDecoder(self._from_worker.emit, clock=clock)
        self._last_sampling: bytes | None = None
        # Emitted on the decoder's thread; Qt queues it to this object's (the GUI) thread.
        self._from_worker.connect(self.sighted.emit)
        source.frame.connect(self._on_frame)
        decoder = self.decoder
        # Deleted with its pane (a language switch rebuilds the view): the decoder's thread ends too.
        self.destroyed.connect(lambda: decoder.close(timeout=0))

    def start(self) -> None:
        self.source.start()

    def _on_frame(self, video_frame: QVideoFrame) -> None:
        now = self.clock()
        grid = sampling(video_frame)
        motion = moved(self._last_sampling, grid)
        self._last_sampling = grid
        if self.decoder.wants_frame(now, motion):
            frame = luminance(video_frame, now)
            if frame is not None:
                self.decoder.submit(frame)

    def finish(self, timeout: float = 5.0) -> None:
        """At the end of a file: let the decoder read what it was given (its sightings are then queued)."""
        self.decoder.drain(timeout)

    def stop(self) -> None:
        self.source.stop()
        self.decoder.close()
