"""Several desks on one PostgreSQL event: check-in latency, 8 desks at once, desk-to-desk propagation.

Starts a private PostgreSQL cluster (fsync on: a commit is a real commit) as the
tests do. Floors, measured in the same run on the same server: a bare one-row
INSERT + COMMIT through psycopg; 8 processes doing only that; a bare NOTIFY
heard by a LISTENing connection.

    python -m benchmarks.bench_multidesk [--quick]
"""

from __future__ import annotations

import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for folder in (REPO, REPO / "tests" / "store"):  # the private cluster helper lives with the tests
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

DESKS = 8


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _make_event(url: str, people: int) -> list[str]:
    from checkin.core.models import Attendee, Event
    from checkin.store import create_event

    with create_event(url, Event(title="Bench", starts_on=date(2026, 5, 4))) as store:
        added = store.add_attendees([Attendee(None, "", given_name=f"Person {n}") for n in range(people)])
    return [a.code for a in added]


def _latency_rows(url: str, codes: list[str]) -> list[dict]:
    import psycopg

    from checkin.core.session import EventSession
    from checkin.store import open_event

    samples = []
    with open_event(url) as store:
        session = EventSession(store, desk="Bench")
        for code in codes:
            started = time.perf_counter()
            session.check_in(code)
            samples.append(time.perf_counter() - started)
    bare = []
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE bare (id TEXT PRIMARY KEY)")
        for _ in codes:
            started = time.perf_counter()
            with conn.transaction():
                conn.execute("INSERT INTO bare VALUES (%s)", (uuid.uuid4().hex,))
            bare.append(time.perf_counter() - started)
    return [{"name": "check-in on PostgreSQL (loopback, p99, with commit)", "value": _p99(samples) * 1000,
             "unit": "ms", "floor": _p99(bare) * 1000, "floor_name": "bare INSERT+COMMIT p99",
             "target": "<= 25 ms", "median_ms": statistics.median(samples) * 1000}]


def _desk_process(url: str, desk: str, codes: list[str], barrier, results) -> None:
    from checkin.core.session import EventSession
    from checkin.store import open_event

    outcomes: dict[str, int] = {}
    with open_event(url) as store:
        session = EventSession(store, desk=desk)
        barrier.wait()
        started = time.perf_counter()
        for code in codes:
            outcome = session.check_in(code).outcome.value
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        results.put((desk, time.perf_counter() - started, outcomes))


def _bare_process(url: str, count: int, barrier, results) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        barrier.wait()
        started = time.perf_counter()
        for _ in range(count):
            with conn.transaction():
                conn.execute("INSERT INTO bare VALUES (%s)", (uuid.uuid4().hex,))
        results.put(("bare", time.perf_counter() - started, {}))


def _run_processes(target, argument_lists: list[tuple]) -> tuple[float, list]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(argument_lists) + 1)
    results = context.Queue()
    processes = [context.Process(target=target, args=(*arguments, barrier, results)) for arguments in argument_lists]
    for process in processes:
        process.start()
    barrier.wait()
    started = time.perf_counter()
    collected = [results.get(timeout=600) for _ in processes]
    elapsed = time.perf_counter() - started
    for process in processes:
        process.join()
    return elapsed, collected


def _throughput_rows(url: str, codes: list[str]) -> list[dict]:
    import random

    import psycopg

    from checkin.store import open_event

    orders = []
    for number in range(DESKS):
        order = codes[:]
        random.Random(number).shuffle(order)
        orders.append((url, f"Desk {number + 1}", order))
    elapsed, collected = _run_processes(_desk_process, orders)
    scans = DESKS * len(codes)
    totals: dict[str, int] = {}
    for _, _, outcomes in collected:
        for outcome, count in outcomes.items():
            totals[outcome] = totals.get(outcome, 0) + count
    with open_event(url) as store:
        presence = store.presence()
        records = len(store.records())
    exactly_once = (totals.get("checked_in") == len(codes) and records == len(codes)
                    and all(state.entries == 1 for state in presence.values()) and len(presence) == len(codes))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE bare (id TEXT PRIMARY KEY)")
    bare_elapsed, _ = _run_processes(_bare_process, [(url, len(codes))] * DESKS)
    return [{"name": f"{DESKS} desk processes scanning every code at once", "value": scans / elapsed,
             "unit": "check-ins/s", "floor": scans / bare_elapsed, "floor_name": f"{DESKS} procs bare INSERT+COMMIT",
             "target": ">= 500 /s, 0 lost, 1 first each", "exactly_one_first_each": exactly_once,
             "lost": scans - sum(totals.values()), "outcomes": totals}]


def _propagation_rows(url: str, codes: list[str], replicas: Path) -> list[dict]:
    import psycopg

    from checkin.core.session import EventSession
    from checkin.store.offline_desk import DeskStore

    sender = DeskStore.open(url, "Sender", replica_folder=replicas)
    receiver = DeskStore.open(url, "Receiver", replica_folder=replicas)
    arrived = threading.Event()
    receiver.on_changes = lambda changes: arrived.set()
    session = EventSession(sender, desk="Sender")
    samples = []
    try:
        for code in codes:
            arrived.clear()
            started = time.perf_counter()
            session.check_in(code)
            if arrived.wait(10):
                samples.append(time.perf_counter() - started)
    finally:
        sender.close()
        receiver.close()
    bare = []
    with psycopg.connect(url, autocommit=True) as listener, psycopg.connect(url, autocommit=True) as talker:
        listener.execute("LISTEN bench")
        for _ in codes:
            started = time.perf_counter()
            talker.execute("NOTIFY bench, 'x'")
            for _notify in listener.notifies(timeout=10, stop_after=1):
                bare.append(time.perf_counter() - started)
    return [{"name": "propagation desk -> desk (check-in to other desk's replica, max)",
             "value": max(samples), "unit": "s", "floor": max(bare), "floor_name": "bare NOTIFY->LISTEN max",
             "target": "<= 2 s", "median_s": statistics.median(samples), "heard": f"{len(samples)}/{len(codes)}"}]


def run(quick: bool = False) -> list[dict]:
    from pg_cluster import APT_PACKAGE, PrivateCluster, find_binaries

    bin_dir = find_binaries()
    if bin_dir is None:
        raise RuntimeError(f"no PostgreSQL server binaries; install {APT_PACKAGE}")
    cluster = PrivateCluster(bin_dir, fsync=True).start()
    try:
        people = 200 if quick else 400
        url = cluster.create_database("latency")
        rows = _latency_rows(url, _make_event(url, 300 if quick else 1000))
        url = cluster.create_database("desks")
        rows += _throughput_rows(url, _make_event(url, people))
        url = cluster.create_database("propagation")
        with tempfile.TemporaryDirectory() as folder:
            rows += _propagation_rows(url, _make_event(url, 30 if quick else 100), Path(folder))
        return rows
    finally:
        cluster.destroy()


if __name__ == "__main__":
    from benchmarks.run import print_table

    produced = run(quick="--quick" in sys.argv)
    print_table(produced)
    for row in produced:
        print({k: v for k, v in row.items() if k not in ("name", "value", "unit", "floor", "floor_name", "target")})
