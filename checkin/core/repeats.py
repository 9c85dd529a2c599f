"""One read of a code, however many times the reader sends it.

A keyboard-wedge scanner sometimes types a badge twice; a camera sees the same badge in every frame
while it is held up. Both hand their codes through `RepeatFilter`: a code seen again less than
REPEAT_WINDOW_S after it was last seen is the same read and is ignored. Each sighting renews the
window, so a badge held before the camera for ten seconds is one scan, and a second scan needs the
badge taken away for three seconds (or an undo, which forgets every code).
"""

from __future__ import annotations

from checkin.core.codes import clean_scan

REPEAT_WINDOW_S = 3.0
# Codes seen within the window are few (people arrive one by one); forget old ones past this many.
_PRUNE_ABOVE = 64


class RepeatFilter:
    """Remembers when each code was last seen; times are a monotonic clock's seconds."""

    def __init__(self, window_s: float = REPEAT_WINDOW_S) -> None:
        self.window_s = window_s
        self._last_seen: dict[str, float] = {}

    def admit(self, raw: str, now: float) -> bool:
        """True for a new read; False for the same code again within the window. Either way it is seen now."""
        code = clean_scan(raw)
        last = self._last_seen.get(code)
        self._last_seen[code] = now
        if len(self._last_seen) > _PRUNE_ABOVE:
            self._last_seen = {c: t for c, t in self._last_seen.items() if now - t < self.window_s}
        return not code or last is None or not (0 <= now - last < self.window_s)

    def forget(self) -> None:
        """After an undo: the same badge may be scanned again at once."""
        self._last_seen.clear()
