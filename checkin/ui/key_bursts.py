"""Tell a keyboard-wedge scanner's burst from a person typing, from key times alone (no Qt in here).

A scanner types a whole code in a burst and ends it with Enter or Tab; a person types several times slower.
Times are the keyboard's own (the QKeyEvent timestamp, in ms), so a desk that handles the keys late still
sees the pace they were typed at. Windows stamps keys in 15.6 ms steps: a scanner sending a key every 33 ms
shows gaps of 31 and 47 ms. Hence the rules: no gap above MAX_GAP_MS, and a mean gap of at most
MAX_MEAN_GAP_MS over the code and its end key; the fastest typists average 80 ms a key, and nobody types,
reaches for the scanner and pulls its trigger within MAX_GAP_MS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_GAP_MS = 80.0
MAX_MEAN_GAP_MS = 40.0
MIN_LENGTH = 6
MAX_BUFFER = 20_000  # a confused scanner may send 10 kB; keep it, the core says it is no code


@dataclass
class BurstDetector:
    """Feed it characters, interruptions and end keys in the order they were typed."""

    max_gap_ms: float = MAX_GAP_MS
    max_mean_gap_ms: float = MAX_MEAN_GAP_MS
    min_length: int = MIN_LENGTH
    _characters: list[str] = field(default_factory=list)
    _first_ms: float = 0.0
    _last_ms: float | None = None

    def character(self, text: str, at_ms: float) -> bool:
        """A key that typed `text`; True when it starts a burst (the caller notes what the field held)."""
        gap = None if self._last_ms is None else at_ms - self._last_ms
        # A time before the last one is another clock (a synthetic key, a wrapped counter): start afresh.
        starts = gap is None or not 0 <= gap <= self.max_gap_ms
        if starts:
            self._characters = []
            self._first_ms = at_ms
        if len(self._characters) < MAX_BUFFER:
            self._characters.append(text)
        self._last_ms = at_ms
        return starts

    def interrupt(self) -> None:
        """A key that is no character (an arrow, Backspace, a shortcut): whatever came before was typed."""
        self._characters = []
        self._last_ms = None

    def end(self, at_ms: float) -> str | None:
        """Enter or Tab: the code when it closes a scanner's burst, None when a person typed what came before."""
        characters, first, last = self._characters, self._first_ms, self._last_ms
        self.interrupt()
        if last is None or len(characters) < self.min_length or not 0 <= at_ms - last <= self.max_gap_ms:
            return None
        if (at_ms - first) / len(characters) > self.max_mean_gap_ms:  # n characters and the end key: n gaps
            return None
        return "".join(characters)

    @property
    def pending(self) -> int:
        """How many characters the current burst holds."""
        return len(self._characters)
