"""While an event is open, cycles are collected on the UI thread only, never in a worker beside it."""

from __future__ import annotations

import gc
import threading

from checkin.ui.main_window import MainWindow


def test_work_beside_an_open_event_never_collects_the_desks_objects(qtbot, window: MainWindow) -> None:
    threads: list[str] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def busy_worker() -> None:  # a background job making short-lived cycles, as an import or a badge batch does
        for _ in range(200_000):
            cycle: list = []
            cycle.append(cycle)

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=busy_worker, name="worker")
        worker.start()
        worker.join(60)
        assert not worker.is_alive()
        assert "worker" not in threads
        qtbot.waitUntil(lambda: "MainThread" in threads, timeout=5_000)  # the garbage is still collected
    finally:
        gc.callbacks.remove(seen)


def test_closing_the_event_gives_collection_back(qtbot, window: MainWindow, sample_event_path) -> None:
    assert not gc.isenabled()
    window.context.close()
    assert gc.isenabled()
    window.context.open(sample_event_path)
    window.context.open(sample_event_path)  # a reopen holds one pin, not two
    assert not gc.isenabled()
    window.context.close()
    assert gc.isenabled()
