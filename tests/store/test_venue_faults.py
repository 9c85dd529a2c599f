"""The venue's network at its worst, end to end: desks as separate processes, each behind a relay this test
controls, the server killed and started again; at the end nothing acknowledged is lost or doubled.

Each desk is what a kiosk runs: `checkin scan URL - --desk NAME --replica FILE --json`, fed one code a line.
One desk's clock runs seven minutes fast (libfaketime, as a laptop's clock would). The links are refused,
blackholed, slowed and cut right after the server took a person's lock; the server dies mid-morning.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from tcp_proxy import CuttableProxy

from checkin.core.models import Attendee, Event
from checkin.store import create_event, open_event

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(280)]
ANSWER_WITHIN = 10.0  # generous bound on a desk's answer to one scan (it answers from its copy)
FAKETIME_LIBRARY = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")  # Debian's faketime package


class DeskProcess:
    """One desk: a `checkin scan … --replica` process, fed codes and read back one JSON document per code."""

    def __init__(self, url: str, name: str, replica: Path, clock_ahead: str = "") -> None:
        env = dict(os.environ)
        if clock_ahead:
            env.update(LD_PRELOAD=str(FAKETIME_LIBRARY), FAKETIME=clock_ahead, FAKETIME_DONT_FAKE_MONOTONIC="1")
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, "-m", "checkin", "scan", url, "-", "--desk", name, "--replica", str(replica), "--json"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, env=env)
        self.answers: queue.Queue = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read_answers, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()

    def _read_answers(self) -> None:
        pending = ""
        for line in self.process.stdout:  # type: ignore[union-attr]
            pending += line
            try:
                document = json.loads(pending)
            except ValueError:
                continue  # a document on several lines, not whole yet
            self.answers.put(document)
            pending = ""

    def scan(self, code: str) -> dict:
        assert self.process.stdin is not None
        self.process.stdin.write(code + "\n")
        self.process.stdin.flush()
        try:
            return self.answers.get(timeout=ANSWER_WITHIN)
        except queue.Empty:
            raise AssertionError(f"{self.name} did not answer {code} within {ANSWER_WITHIN} s: "
                                 f"{''.join(self.stderr)}") from None

    def finish(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0, "".join(self.stderr)


def sync(url: str, replica: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "checkin", "sync", url, "--replica", str(replica), "--json"],
                          capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def own_cluster():
    """A cluster of this test's own, to kill and start again."""
    from pg_cluster import PrivateCluster, find_binaries

    bin_dir = find_binaries()
    if bin_dir is None:
        reason = "NO POSTGRESQL SERVER BINARIES: see the pg_cluster fixture"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = PrivateCluster(bin_dir).start()
    yield cluster
    cluster.destroy()


def test_three_desks_through_drops_a_dead_server_and_a_fast_clock_lose_and_double_nothing(own_cluster,
                                                                                         tmp_path) -> None:
    if not FAKETIME_LIBRARY.exists():
        pytest.fail(f"{FAKETIME_LIBRARY} is missing: install Debian's faketime (scripts/setup.sh does)")
    url = own_cluster.create_database("venue")
    with create_event(url, Event(title="Venue", starts_on=date(2026, 5, 4), timezone="Europe/Zurich")) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"Person {n}") for n in range(40)])
    codes = [person.code for person in people]
    relays = {name: CuttableProxy(own_cluster.port) for name in ("A", "B", "C")}
    replicas = {name: tmp_path / f"desk-{name}.checkin" for name in relays}
    acknowledged: list[dict] = []
    try:
        desks = {name: DeskProcess(relays[name].url_for(url), f"Desk {name}", replicas[name],
                                   clock_ahead="+7m" if name == "C" else "") for name in relays}

        def scan(name: str, index: int) -> dict:
            answer = desks[name].scan(codes[index])
            if answer["outcome"] == "checked_in":
                acknowledged.append(answer)
            return answer

        # All online.
        for n in range(15):
            assert scan("ABC"[n // 5], n)["outcome"] == "checked_in"
        # A's link goes silent, B's server vanishes, C's link slows to a crawl.
        relays["A"].blackhole()
        relays["B"].refuse()
        relays["C"].delay = 0.15
        for n in range(15, 20):
            assert scan("A", n)["outcome"] == "checked_in"
        for n in range(20, 25):
            assert scan("B", n)["outcome"] == "checked_in"
        for n in range(25, 28):
            assert scan("C", n)["outcome"] == "checked_in"
        # The same person at A and B while they are apart: each desk says "checked in".
        assert scan("A", 30)["outcome"] == "checked_in"
        assert scan("B", 30)["outcome"] == "checked_in"
        # The server dies; the desks go on.
        own_cluster.stop("immediate")
        for name, n in (("A", 28), ("B", 29), ("C", 31)):
            assert scan(name, n)["outcome"] == "checked_in"
        own_cluster.restart_server()
        # A comes back, and its link dies again right after the server took a person's lock for its upload.
        relays["A"].cut_on(b"FOR UPDATE", before=False)
        relays["A"].restore()
        assert relays["A"].cut_happened.wait(30), f"desk A never started its upload: {desks['A'].stderr}"
        relays["A"].restore(server_hears=False)  # the server still believes in the old session
        relays["B"].restore()
        for name, n in (("A", 32), ("B", 33), ("C", 34)):
            assert scan(name, n)["outcome"] == "checked_in"
        # An already-in person comes to the slow desk: told so if its copy has heard, else a double to check.
        late_answer = scan("C", 0)["outcome"]
        assert late_answer in ("already_checked_in", "checked_in")
        for desk in desks.values():
            desk.finish()
        reports = {name: sync(relays[name].url_for(url), replicas[name]) for name in relays}
    finally:
        for relay in relays.values():
            relay.close()

    assert all(report["queued"] == 0 and not report["parked"] for report in reports.values()), reports
    with open_event(url) as server:
        records = {record.uuid: record for record in server.records()}
        presence = server.presence()
        conflicts = server.conflicts()
    # Every acknowledged check-in is on the server exactly once (uuid is its key), with its door time.
    # 35 people, one of them at two desks while apart (and one more double if the slow desk had not heard).
    assert len(acknowledged) == 36 + (late_answer == "checked_in")
    for answer in acknowledged:
        record = records[answer["record_uuid"]]
        assert record.door_time == datetime.fromisoformat(answer["door_time"])
        assert record.attendee_id == answer["attendee"]["id"]
    assert len(records) == len(acknowledged)
    # Counts: each person once, whatever the doubles.
    assert sorted(presence) == sorted({answer["attendee"]["id"] for answer in acknowledged})
    assert all(state.checked_in for state in presence.values())
    # The double made while apart and the fast clock are on the list to check (every desk pulls it).
    doubles = {c.attendee_id: sorted(c.detail["desks"]) for c in conflicts if c.kind == "double_check_in"}
    expected = {people[30].id: ["Desk A", "Desk B"]}
    if late_answer == "checked_in":
        expected[people[0].id] = ["Desk A", "Desk C"]
    assert doubles == expected
    (skew,) = [c for c in conflicts if c.kind == "clock_skew"]
    assert skew.detail["desk"] == "Desk C" and 400 < skew.detail["offset_seconds"] < 440
    # The fast desk's records carry its offset, so reports use the right time.
    for answer in acknowledged:
        if answer["attendee"]["id"] in {people[n].id for n in (10, 11, 12, 13, 14, 25, 26, 27, 31, 34)}:
            assert 400 < records[answer["record_uuid"]].clock_offset < 440
    assert {kind for report in reports.values() for kind in (c["kind"] for c in report["to_check"])} == {
        "double_check_in", "clock_skew"}
