"""Search, check-in commit and event open: the figures of the foundation."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.synthetic import attendees, percentile
from checkin.core.folding import fold
from checkin.core.models import Event
from checkin.core.search import SearchIndex
from checkin.core.session import EventSession
from checkin.store import create_event, open_event


def _queries(people: list, count: int, seed: int = 3) -> list[str]:
    """What desk staff type: 1–6 first letters, two words, or a word with one typo."""
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        person = rng.choice(people)
        given, family = fold(person.given_name), fold(person.family_name).split()[0]
        kind = rng.random()
        if kind < 0.5:
            queries.append(family[: rng.randint(1, 6)])
        elif kind < 0.8:
            queries.append(f"{given[: rng.randint(1, 4)]} {family[: rng.randint(1, 5)]}")
        else:
            i = rng.randrange(1, max(2, len(family) - 1))
            queries.append(family[:i] + family[i + 1:] if len(family) > 4 else family)
    return queries


def _search_rows(size: int, query_count: int) -> list[dict]:
    people = [p.with_changes(id=i, code=f"BCDF{i:016d}") for i, p in enumerate(attendees(size), start=1)]
    index = SearchIndex(people)
    queries = _queries(people, query_count)
    samples = []
    for query in queries:
        started = time.perf_counter()
        index.search(query, limit=50)
        samples.append(time.perf_counter() - started)
    # Floor: the plain way, every attendee's folded text scanned for every word.
    haystacks = [(p.id, fold(f"{p.given_name} {p.family_name} {p.organisation} {p.email}")) for p in people]
    floor = []
    for query in queries[: max(20, query_count // 20)]:
        words = fold(query).split()
        started = time.perf_counter()
        [pid for pid, text in haystacks if all(word in text for word in words)]
        floor.append(time.perf_counter() - started)
    return [
        {"name": f"search p50, {size:,} attendees", "value": percentile(samples, 0.5) * 1e3, "unit": "ms",
         "floor": percentile(floor, 0.5) * 1e3, "floor_name": "folded linear scan p50", "target": ""},
        {"name": f"search p99, {size:,} attendees", "value": percentile(samples, 0.99) * 1e3, "unit": "ms",
         "floor": percentile(floor, 0.99) * 1e3, "floor_name": "folded linear scan p99",
         "target": "<= 2 ms" if size >= 100_000 else ""},
    ]


def _make_event(folder: Path, size: int) -> Path:
    path = folder / f"bench-{size}.checkin"
    store = create_event(path, Event(title="Benchmark", starts_on=date(2026, 5, 4)))
    with store.batch():
        store.add_attendees(list(attendees(size)))
    store.close()
    return path


def _checkin_rows(path: Path, count: int) -> list[dict]:
    store = open_event(path)
    session = EventSession(store, desk="Bench")
    people = session.attendees()
    rng = random.Random(5)
    chosen = rng.sample(people, min(count, len(people)))
    samples = []
    for person in chosen:
        started = time.perf_counter()
        result = session.check_in(person.code)
        samples.append(time.perf_counter() - started)
        assert result.is_new_check_in
    store.close()
    # Floor: the bare durable insert the check-in is built on.
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS floor_log (id TEXT PRIMARY KEY, at TEXT)")
    floor = []
    for number in range(len(chosen)):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO floor_log VALUES (?, datetime('now'))", (f"x{number}",))
        connection.execute("COMMIT")
        floor.append(time.perf_counter() - started)
    connection.close()
    return [
        {"name": "check-in on SQLite p50 (durable commit)", "value": percentile(samples, 0.5) * 1e3, "unit": "ms",
         "floor": percentile(floor, 0.5) * 1e3, "floor_name": "bare INSERT+COMMIT p50", "target": ""},
        {"name": "check-in on SQLite p99 (durable commit)", "value": percentile(samples, 0.99) * 1e3, "unit": "ms",
         "floor": percentile(floor, 0.99) * 1e3, "floor_name": "bare INSERT+COMMIT p99", "target": "<= 10 ms"},
    ]


def _open_rows(path: Path, size: int) -> list[dict]:
    timings, floors = [], []
    for _ in range(5):
        started = time.perf_counter()
        store = open_event(path)
        session = EventSession(store)
        session.index  # noqa: B018 - building the index is part of opening for the desk
        session.presence()
        timings.append(time.perf_counter() - started)
        store.close()
        started = time.perf_counter()
        connection = sqlite3.connect(path)
        connection.execute("SELECT * FROM attendees").fetchall()
        connection.close()
        floors.append(time.perf_counter() - started)
    return [{"name": f"open event with {size:,} attendees (load + index)", "value": min(timings), "unit": "s",
             "floor": min(floors), "floor_name": "bare SELECT of the rows", "target": "<= 0.5 s"}]


def run(quick: bool = False) -> list[dict]:
    rows: list[dict] = []
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    for size in sizes:
        rows.extend(_search_rows(size, 300 if quick else 2000))
    with tempfile.TemporaryDirectory() as folder:
        path = _make_event(Path(folder), 10_000)
        rows.extend(_open_rows(path, 10_000))
        rows.extend(_checkin_rows(path, 200 if quick else 1000))
    return rows


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(run())
