"""Letting a helper thread that works mostly outside the interpreter lock have it back quickly.

SQLite writing rows and calamine parsing a sheet release the lock for their work and take it back
between two pieces. With the default switch interval (5 ms) such a thread waits up to that long each
time for the busy Python thread beside it to let go, longer than a piece often takes: the helper then
crawls and the work meant to overlap does not. A short interval while the helper runs keeps it going;
the Python thread pays only for the few extra hand-overs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

QUICK_INTERVAL = 0.0002


@contextmanager
def quick_handoffs(interval: float = QUICK_INTERVAL) -> Iterator[None]:
    """A short switch interval for the duration of the block; the one before is restored after."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, before))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
