"""Camera frames in, codes out: zxing-cpp on a worker thread, with no Qt.

Whatever delivers the frames (a webcam or a video file through QtMultimedia at the desk and in
`checkin scan --camera`, a file reader in the tests) hands over 8-bit luminance pictures; the decoder
reads QR codes and the barcodes other systems print on their tickets (Code 128, EAN/UPC, Data Matrix,
Aztec) and reports each sighting. What to do with a code (the 3-second repeat rule, the check-in)
is the caller's: the decoder only sees.

A linear barcode has only a check digit to protect it, and a striped shirt or a blurred frame can
pass one; it is reported once it has been read the same in two decoded frames within a second.
QR codes, Data Matrix and Aztec carry Reed–Solomon error correction: one read is enough.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from checkin.io.frame_pacing import FramePacer

# The symbologies the desk reads, in zxing-cpp's names (barcode_formats_from_str).
DESK_SYMBOLOGIES = ("QRCode", "DataMatrix", "Aztec", "Code128", "EAN-13", "EAN-8", "UPC-A")
_LINEAR = {"Code128", "EAN13", "EAN8", "UPCA"}
CONFIRM_WITHIN_S = 1.0
MOTION_LEVELS = 24  # of 255: a change of a sample beyond the noise of a dim webcam


@dataclass(frozen=True)
class Frame:
    """One picture: `pixels` holds width × height bytes of luminance, row after row, nothing between."""

    pixels: bytes
    width: int
    height: int
    captured_at: float = 0.0  # monotonic seconds at which the frame arrived


@dataclass(frozen=True)
class Sighting:
    """A code read in a frame, with where it was (the desk frames it for a moment)."""

    text: str
    symbology: str
    corners: tuple[tuple[int, int], ...]  # top-left, top-right, bottom-right, bottom-left, in frame pixels
    frame_size: tuple[int, int]
    captured_at: float


def moved(before: bytes | None, after: bytes | None) -> bool:
    """Whether two coarse samplings of consecutive frames differ as when something is raised into view.

    Sensor noise moves a few samples by a few levels; a badge coming up changes a tenth of the picture."""
    if not before or not after or len(before) != len(after):
        return False
    changed = sum(1 for a, b in zip(before, after) if abs(a - b) > MOTION_LEVELS)
    return changed * 10 > len(after)


class DecoderUnavailable(RuntimeError):
    """zxing-cpp is missing from this installation."""


def _reader() -> tuple[Callable, object, object]:
    try:
        import zxingcpp
    except ImportError as error:
        raise DecoderUnavailable(f"the barcode reader (zxing-cpp) is not installed: {error}") from None
    formats = zxingcpp.barcode_formats_from_str(",".join(DESK_SYMBOLOGIES))
    # Plain text, as a keyboard-wedge scanner types it: no GS1 brackets added around the fields.
    return zxingcpp.read_barcodes, formats, zxingcpp.TextMode.Plain


class CameraDecoder:
    """Reads codes in frames on a thread of its own; `on_sighting` is called on that thread."""

    def __init__(self, on_sighting: Callable[[Sighting], None], pacer: FramePacer | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.on_sighting = on_sighting
        self.pacer = pacer or FramePacer()
        self.clock = clock
        self._read, self._formats, self._text_mode = _reader()
        self._linear_seen: dict[str, float] = {}
        self._pending: Frame | None = None
        self._busy = False
        self._stopped = False
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self.frames_offered = 0
        self.frames_decoded = 0
        self.decode_seconds = 0.0

    # -- the capture side (any thread: the desk's GUI thread) -----------------------------------
    def wants_frame(self, now: float | None = None, moved: bool = False) -> bool:
        """Called for every frame before it is converted: False for the frames that are skipped."""
        now = self.clock() if now is None else now
        self.frames_offered += 1
        if not self.pacer.offer(now, moved):
            return False
        with self._condition:
            if self._stopped:
                return False
        # Taken even while the worker reads an earlier frame: it waits in the one pending place,
        # replacing any older one, and is read the moment the worker is free.
        self.pacer.taken()
        return True

    def submit(self, frame: Frame) -> None:
        """Hand a frame to the worker; one not yet started is replaced (only the newest matters)."""
        with self._condition:
            if self._stopped:
                return
            self._pending = frame
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="camera-decoder", daemon=True)
                self._thread.start()
            self._condition.notify()

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every frame handed over has been read (the end of a video file)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._pending is not None or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._condition.wait(left)
        return True

    def close(self, timeout: float = 5.0) -> None:
        with self._condition:
            self._stopped = True
            self._pending = None
            self._condition.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- the worker ---------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._stopped:
                    self._condition.wait()
                if self._stopped:
                    return
                frame, self._pending, self._busy = self._pending, None, True
            try:
                for sighting in self.decode(frame):
                    self.on_sighting(sighting)
            finally:
                with self._condition:
                    self._busy = False
                    self._condition.notify_all()

    def decode(self, frame: Frame) -> list[Sighting]:
        """Read one frame now, on the calling thread (the worker, a test, the benchmark)."""
        started = time.perf_counter()
        image = memoryview(frame.pixels).cast("B", (frame.height, frame.width))
        found = self._read(image, formats=self._formats, text_mode=self._text_mode, try_invert=False)
        seconds = time.perf_counter() - started
        self.frames_decoded += 1
        self.decode_seconds += seconds
        sightings = [s for s in (self._sighting(code, frame) for code in found) if s is not None]
        self.pacer.decoded(seconds, bool(sightings), self.clock())
        return sightings

    def _sighting(self, code: object, frame: Frame) -> Sighting | None:
        text: str = code.text  # type: ignore[attr-defined]
        symbology = code.format.name  # type: ignore[attr-defined]
        if not text:
            return None
        if symbology in _LINEAR and not self._confirmed(f"{symbology}:{text}", frame.captured_at):
            return None
        position = code.position  # type: ignore[attr-defined]
        corners = tuple((int(p.x), int(p.y)) for p in (position.top_left, position.top_right,
                                                        position.bottom_right, position.bottom_left))
        return Sighting(text, symbology, corners, (frame.width, frame.height), frame.captured_at)

    def _confirmed(self, key: str, now: float) -> bool:
        """A linear code counts once it was also read in an earlier frame less than CONFIRM_WITHIN_S before."""
        previous = self._linear_seen.get(key)
        self._linear_seen[key] = now
        if len(self._linear_seen) > 32:
            self._linear_seen = {k: t for k, t in self._linear_seen.items() if now - t <= CONFIRM_WITHIN_S}
        return previous is not None and 0 < now - previous <= CONFIRM_WITHIN_S
