"""Several desks on one PostgreSQL event: check-in latency, 8 desks at once, desk-to-desk propagation,
and a desk on a venue's network: scan → green over a 200 ms round trip, and coming back after an outage.

Starts a private PostgreSQL cluster (fsync on: a commit is a real commit) as the
tests do. Floors, measured in the same run on the same server: a bare one-row
INSERT + COMMIT through psycopg; 8 processes doing only that; a bare NOTIFY
heard by a LISTENing connection; the same desk's scan on loopback; the bare
transfer of what changed during the outage through the same shaped link.

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


def _venue_scan_rows(url: str, codes: list[str], replicas: Path) -> list[dict]:
    """Scan → answer at a desk whose server is 200 ms away, beside the same desk on loopback."""
    from tcp_proxy import CuttableProxy

    from checkin.core.session import EventSession
    from checkin.store.offline_desk import DeskStore

    def scans(desk_url: str, name: str, batch: list[str]) -> list[float]:
        store = DeskStore.open(desk_url, name, replica_folder=replicas, answer_within=3.0)
        session = EventSession(store, desk=name)
        samples = []
        try:
            for code in batch:
                started = time.perf_counter()
                session.check_in(code)
                samples.append(time.perf_counter() - started)
                time.sleep(0.05)  # a volunteer's pace, well above it: the upload runs meanwhile
            deadline = time.monotonic() + 60
            while store.status().queued and time.monotonic() < deadline:
                time.sleep(0.05)
            uploaded = store.status().queued == 0
        finally:
            store.close()
        assert uploaded, "the slow desk never took its check-ins up"
        return samples

    half = len(codes) // 2
    relay = CuttableProxy(int(url.rsplit(":", 1)[1].split("/")[0]), delay=0.1)
    try:
        slow = scans(relay.url_for(url), "Far desk", codes[:half])
    finally:
        relay.close()
    near = scans(url, "Near desk", codes[half:])
    return [{"name": "scan -> answer at a desk 200 ms from its server (p99)", "value": _p99(slow) * 1000,
             "unit": "ms", "floor": _p99(near) * 1000, "floor_name": "same desk on loopback p99",
             "target": "<= 50 ms", "median_ms": statistics.median(slow) * 1000}]


def _resume_rows(url: str, people: int, replicas: Path) -> list[dict]:
    """A desk of a 10,000-person event, offline for what five minutes at a busy entrance bring, then back on
    a 2 Mbit/s link: how long until its queue is up and it has everything the other desks did meanwhile."""
    import psycopg
    from tcp_proxy import CuttableProxy

    from checkin.core.models import Attendee
    from checkin.core.session import EventSession
    from checkin.store import open_event
    from checkin.store.offline_desk import DeskStore

    codes = _make_event(url, people)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    relay = CuttableProxy(port, delay=0.01)
    desk = DeskStore.open(relay.url_for(url), "Desk 1", replica_folder=replicas)
    try:
        relay.bandwidth = 2_000_000 / 8  # the venue's Wi-Fi from here on
        relay.refuse()
        while desk.online:
            time.sleep(0.05)
        # Five minutes at a busy entrance: 7 other desks at 13 a minute each, a few walk-ins and edits …
        others = EventSession(open_event(url), desk="Desk 2")
        for code in codes[: 7 * 13 * 5]:
            others.check_in(code)
        others.add_attendees([Attendee(None, "", given_name=f"Walk-in {n}", walk_in=True) for n in range(10)])
        edited = [a.with_changes(organisation="Edited") for a in others.attendees()[-20:]]
        others.update_attendees(edited)
        others.store.close()
        # … and this desk's own 65 scans meanwhile.
        session = EventSession(desk, desk="Desk 1")
        for code in codes[-65:]:
            session.check_in(code)
        before = relay.bytes_to_desk
        started = time.perf_counter()
        relay.restore()
        expected = 7 * 13 * 5 + 65
        deadline = time.monotonic() + 120
        while not (desk.online and desk.status().queued == 0 and len(desk.records()) >= expected):
            if time.monotonic() > deadline:
                raise RuntimeError("the desk did not come back within 2 minutes")
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        transferred = relay.bytes_to_desk - before
    finally:
        desk.close()
    # The floor: the rows that changed, fetched bare through the same link.
    started = time.perf_counter()
    with psycopg.connect(relay.url_for(url), autocommit=True) as bare:
        bare.execute("SELECT * FROM checkins").fetchall()
        bare.execute("SELECT * FROM attendees ORDER BY id DESC LIMIT 30").fetchall()
    floor = time.perf_counter() - started
    relay.close()
    return [{"name": f"back online after a 5-minute outage, {people:,} people, 2 Mbit/s", "value": elapsed,
             "unit": "s", "floor": floor, "floor_name": "bare fetch of the changed rows, same link",
             "target": "<= 10 s", "bytes_down": transferred}]


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
        url = cluster.create_database("venue")
        with tempfile.TemporaryDirectory() as folder:
            rows += _venue_scan_rows(url, _make_event(url, 200 if quick else 600), Path(folder))
        url = cluster.create_database("resume")
        with tempfile.TemporaryDirectory() as folder:
            rows += _resume_rows(url, 2000 if quick else 10_000, Path(folder))
        return rows
    finally:
        cluster.destroy()


if __name__ == "__main__":
    from benchmarks.run import print_table

    produced = run(quick="--quick" in sys.argv)
    print_table(produced)
    for row in produced:
        print({k: v for k, v in row.items() if k not in ("name", "value", "unit", "floor", "floor_name", "target")})
