"""Tell a keyboard-wedge scanner's burst from a person typing, from key times alone (no Qt in here).

A scanner types a whole code in a burst and ends it with Enter or Tab; a person types several times slower.
Times are the keyboard's own (the QKeyEvent timestamp, in ms), so a desk that handles the keys late still
sees the pace they were typed at. Windows stamps keys in 15.6 ms steps: a scanner sending a key every 33 ms
shows gaps of 31 and 47 ms. Hence the rules: no gap above MAX_GAP_MS, and a mean gap of at most
MAX_MEAN_GAP_MS over the code and its end key; the fastest typists average 80 ms a key.

A person may type a few letters just before a scan ("Amina", then the badge): the scan starts after the
last gap that is several times longer than the scanner's own pace (BREAK_FACTOR) when the keys before it came
at a person's pace too, so those letters stay the person's. The caller notes what the focused field held
before each key that may start a scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

MAX_GAP_MS = 80.0
MAX_MEAN_GAP_MS = 40.0
MIN_LENGTH = 6
MAX_BUFFER = 20_000  # a confused scanner may send 10 kB; keep it, the core says it is no code
# A gap this many times the scanner's pace after it, and at least BREAK_MIN_MS, is a person's, not the scanner's.
BREAK_FACTOR = 3.0
BREAK_MIN_MS = 20.0


@dataclass(frozen=True)
class Scan:
    code: str
    # Index, among the characters since the burst began, of the code's first character.
    start: int


@dataclass
class BurstDetector:
    """Feed it characters, interruptions and end keys in the order they were typed."""

    max_gap_ms: float = MAX_GAP_MS
    max_mean_gap_ms: float = MAX_MEAN_GAP_MS
    min_length: int = MIN_LENGTH
    _characters: list[str] = field(default_factory=list)
    _times: list[float] = field(default_factory=list)

    def character(self, text: str, at_ms: float) -> int | None:
        """A key that typed `text`: its index in the burst when a scan may start at it (0 starts a burst; the
        caller notes what the field held before it), None otherwise."""
        gap = at_ms - self._times[-1] if self._times else None
        # A time before the last one is another clock (a synthetic key, a wrapped counter): start afresh.
        if gap is None or not 0 <= gap <= self.max_gap_ms:
            self._characters, self._times = [], []
        if len(self._characters) >= MAX_BUFFER:
            self._times[-1] = at_ms
            return None
        self._characters.append(text)
        self._times.append(at_ms)
        index = len(self._characters) - 1
        return index if index == 0 or gap is None or gap > BREAK_MIN_MS else None

    def interrupt(self) -> None:
        """A key that is no character (an arrow, Backspace, a shortcut): whatever came before was typed."""
        self._characters, self._times = [], []

    def end(self, at_ms: float) -> Scan | None:
        """Enter or Tab: the scan it closes, or None when a person typed what came before."""
        characters, times = self._characters, [*self._times, at_ms]
        self.interrupt()
        if len(characters) < self.min_length or not 0 <= at_ms - times[-2] <= self.max_gap_ms:
            return None
        gaps = [later - earlier for earlier, later in pairwise(times)]  # gaps[i]: after character i
        start = self._scan_start(gaps, len(characters))
        if len(characters) - start < self.min_length:
            return None
        if (at_ms - times[start]) / (len(characters) - start) > self.max_mean_gap_ms:
            return None
        return Scan("".join(characters[start:]), start)

    @staticmethod
    def _scan_start(gaps: list[float], count: int) -> int:
        """Where the scanner took over from a person: after the last gap that is a person's, if any.

        A gap is a person's when it is several times the scanner's pace after it and the keys before it
        came at a person's pace too; a lone slow gap among fast keys is the desk stalling, not a person.
        """
        for i in range(count - 1, max(0, count - 256), -1):  # a code is shorter than 256 characters
            gap = gaps[i - 1]
            if gap <= BREAK_MIN_MS:
                continue
            threshold = max(BREAK_FACTOR * median(gaps[i:]), BREAK_MIN_MS)
            if gap > threshold and (i == 1 or median(gaps[max(0, i - 65):i - 1]) > threshold):
                return i
        return 0

    @property
    def pending(self) -> int:
        """How many characters the current burst holds."""
        return len(self._characters)
