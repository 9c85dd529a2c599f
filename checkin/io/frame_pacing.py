"""Which camera frames to decode: every one while decoding is cheap, every n-th when the CPU is busy.

A laptop's webcam sends 30 frames a second; reading a 1080p frame for codes takes 10–60 ms of one core,
more when the machine is busy with printing or a sync. The decoder may use a share of the wall-clock
time (`budget`): n = decode time / (frame interval × budget). Decode time is measured in wall-clock
seconds, so a CPU shared with other programs makes each decode look longer and n grows by itself. While
the picture moves (someone raising a badge) or a code was seen recently, the share is larger, so the
badge answers quickly; a camera looking at an empty desk costs little.
"""

from __future__ import annotations

import math

IDLE_BUDGET = 0.2
ACTIVE_BUDGET = 0.6
ACTIVE_FOR_S = 4.0  # after a code was read: the next person is coming
MOVING_FOR_S = 1.0  # after the picture moved
MAX_STRIDE = 15  # at least two decodes a second, however slow
_SMOOTHING = 0.2  # weight of the newest measurement in the running averages
_FIRST_INTERVAL_S = 1 / 30


class FramePacer:
    """Fed every frame's arrival time and every decode's duration; says which frames to decode."""

    def __init__(self, idle_budget: float = IDLE_BUDGET, active_budget: float = ACTIVE_BUDGET) -> None:
        self.idle_budget = idle_budget
        self.active_budget = active_budget
        self.interval_s = _FIRST_INTERVAL_S
        self.decode_s = 0.0
        self._last_frame: float | None = None
        self._since_taken = math.inf  # the first frame is always decoded
        self._active_until = -math.inf
        self._now = 0.0

    @property
    def stride(self) -> int:
        """Decode one frame in `stride`."""
        budget = self.active_budget if self._now < self._active_until else self.idle_budget
        wanted = self.decode_s / (self.interval_s * budget) if self.interval_s > 0 else 1
        return max(1, min(MAX_STRIDE, math.ceil(wanted - 1e-9)))

    def offer(self, now: float, moved: bool = False) -> bool:
        """A frame arrived at `now` (`moved`: it differs from the one before): is it one to decode?

        The caller says `taken()` if it decodes it."""
        if self._last_frame is not None and now > self._last_frame:
            self.interval_s += _SMOOTHING * (min(now - self._last_frame, 1.0) - self.interval_s)
        self._last_frame = self._now = now
        if moved:
            still_before = now >= self._active_until
            self._active_until = max(self._active_until, now + MOVING_FOR_S)
            if still_before:  # something just came into view: this frame may hold it, read it now
                self._since_taken += 1
                return True
        self._since_taken += 1
        return self._since_taken >= self.stride

    def taken(self) -> None:
        self._since_taken = 0

    def decoded(self, seconds: float, found: bool, now: float) -> None:
        """A decode took `seconds` of wall-clock time; `found` if it read a code."""
        self.decode_s = seconds if self.decode_s == 0 else self.decode_s + _SMOOTHING * (seconds - self.decode_s)
        if found:
            self._active_until = now + ACTIVE_FOR_S
