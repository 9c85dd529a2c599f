"""Python's cycle collector, run on the UI thread only while the desk has an event open.

The interpreter runs a collection in whichever thread happens to pass the allocation threshold: a
background import, a batch of badges, the shared event's sync thread. A collection there can destroy a
window's Qt objects caught in a reference cycle from the wrong thread, which Qt does not allow: the
worker then hangs or the desk crashes, at a moment no test chooses. While a pin is held, automatic
collection is off and a timer on the UI thread collects instead, generation by generation as the
interpreter would have (the same thresholds), so memory is still given back.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class _Collector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.pins = 0
        self.was_enabled = True
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.collect_what_is_due)

    def collect_what_is_due(self) -> None:
        # The oldest generation over its threshold, as the interpreter picks it (a full collection of an
        # open 10,000-person event takes some 15 ms).
        due = [g for g, (count, threshold) in enumerate(zip(gc.get_count(), gc.get_threshold())) if count > threshold]
        if due:
            gc.collect(due[-1])


_collector: _Collector | None = None


def pin_to_main_thread() -> None:
    """Called on the UI thread; every pin is released by one `unpin()`."""
    global _collector
    if _collector is None:
        _collector = _Collector()
    if _collector.pins == 0:
        _collector.was_enabled = gc.isenabled()
        gc.disable()
        _collector.timer.start()
    _collector.pins += 1


def unpin() -> None:
    """The last release gives collection back to the interpreter, as it was before the first pin."""
    if _collector is None or _collector.pins == 0:
        return
    _collector.pins -= 1
    if _collector.pins == 0:
        _collector.timer.stop()
        if _collector.was_enabled:
            gc.enable()
