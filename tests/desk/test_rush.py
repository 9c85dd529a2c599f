"""The 8:30 rush under real hands: refusals never stall the desk, double reads are ignored, nothing is lost."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from checkin.core.models import Status
from checkin.store import open_event
from tests.desk.desk import Desk, checked_in_ids, find, presence, records

# A code of this app's shape for another event (its four-letter event prefix differs from the sample's STDE).
OTHER_EVENT_CODE = "BCDFGHJKNPRSTUVXBCDF"
# Not one of ours (Q, W and digits are outside our alphabet) and nobody's imported code.
UNKNOWN_CODE = "QW4471ZQ9087"


def test_a_refused_scan_is_red_and_the_next_scan_is_checked_in(desk, sample_event_path):
    desk.scan(UNKNOWN_CODE)  # unknown
    desk.wait_until(lambda: desk.colour() == "red", "the unknown code is red")
    state = desk.state()
    assert UNKNOWN_CODE in desk.says()
    assert state["search"] == "", "the refused code must not stay in the field for the next scan to append to"
    kulling = find(sample_event_path, "Kulling")
    desk.scan(kulling.code)
    desk.wait_until(lambda: desk.colour() == "green", "the next scan is green")
    assert kulling.id in checked_in_ids(sample_event_path)
    assert desk.state()["search"] == ""


def test_a_refusal_typed_by_hand_is_red_and_the_next_scan_replaces_it(desk, sample_event_path):
    desk.type("zzqxw")
    desk.key("Return")
    desk.wait_until(lambda: desk.colour() == "red", "nobody found is a red answer, not a grey one")
    kulling = find(sample_event_path, "Kulling")
    desk.scan(kulling.code)
    desk.wait_until(lambda: kulling.id in checked_in_ids(sample_event_path), "the scan after it checks in")
    assert desk.state()["search"] == ""


def test_a_double_read_is_ignored_not_yellow(desk, sample_event_path):
    kulling, kurbalija = find(sample_event_path, "Kulling"), find(sample_event_path, "Kurbalija")
    desk.scan(kulling.code)
    desk.scan(kulling.code)  # the scanner read the badge twice
    desk.sync()
    assert desk.colour() == "green"
    assert "Welcome" in desk.says()
    desk.scan(kurbalija.code)
    desk.wait_until(lambda: kurbalija.id in checked_in_ids(sample_event_path), "the next person is checked in")
    desk.type("kulling")  # the person at the desk again, found by name: a second arrival, not a double read
    desk.key("Return")
    desk.wait_until(lambda: desk.colour() == "yellow", "a second arrival is yellow")
    entries = [r for r in records(sample_event_path) if r.attendee_id == kulling.id]
    assert len(entries) == 1


@pytest.mark.slow
def test_a_rush_of_a_hundred_arrivals_with_refusals_and_double_reads(start_desk, sample_event_path):
    """100 arrivals, one every 0.3 s, as a queue at the door: every valid person in once, every refusal red."""
    store = open_event(sample_event_path)
    people = [a for a in store.attendees() if a.status is Status.REGISTERED]
    rng = random.Random(830)
    rng.shuffle(people)
    cancelled = people[:4]
    store.update_attendees([a.with_changes(status=Status.CANCELLED) for a in cancelled])
    waitlisted = [a for a in store.attendees() if a.status is Status.WAITLISTED][:4]
    store.close()
    valid = people[4:84]
    arrivals: list[tuple[str, str, int | None]] = [("valid", a.code, a.id) for a in valid]
    arrivals += [("unknown", "".join(rng.choice("BCDEFGHJKNPRSTUVX") for _ in range(20)), None) for _ in range(4)]
    arrivals += [("other event", OTHER_EVENT_CODE, None), ("other event", "BCDEXBCDEXBCDEXBCDEX", None)]
    arrivals += [("cancelled", a.code, a.id) for a in cancelled]
    arrivals += [("waitlisted", a.code, a.id) for a in waitlisted]
    rng.shuffle(arrivals)
    doubles = {i for i, arrival in enumerate(arrivals) if arrival[0] == "valid"} and \
        set(rng.sample([i for i, a in enumerate(arrivals) if a[0] == "valid"], 6))
    desk = start_desk(sample_event_path)
    colours: dict[str, set[str]] = {}
    for i, (kind, code, _attendee_id) in enumerate(arrivals):
        started = time.monotonic()
        desk.scan(code)
        if i in doubles:
            desk.scan(code)  # the badge read twice
        expected = "green" if kind == "valid" else "red"
        desk.wait_until(lambda code=code, expected=expected: _shows(desk, code, expected),
                        f"arrival {i} ({kind}) is {expected}")
        colours.setdefault(kind, set()).add(desk.colour())
        assert desk.state()["search"] == ""
        time.sleep(max(0.0, 0.3 - (time.monotonic() - started)))  # the next person steps up
    desk.sync()
    assert colours == {"valid": {"green"}, "unknown": {"red"}, "other event": {"red"}, "cancelled": {"red"},
                       "waitlisted": {"red"}}
    # The event file, read back by another process: each valid arrival in exactly once, nobody else.
    present = presence(sample_event_path)
    entries = [r for r in records(sample_event_path) if r.kind.value == "entry"]
    assert sorted(r.attendee_id for r in entries) == sorted(a.id for a in valid)
    assert {i for i, s in present.items() if s.checked_in} == {a.id for a in valid}
    desk.wait_until(lambda: desk.eval("window.checkin.arrivals.text()").startswith(f"{len(valid)} of "),
                    "the arrivals line counts every valid arrival")


def _shows(desk: Desk, code: str, colour: str) -> bool:
    state = desk.state()
    if state["colour"] != colour:
        return False
    recent = desk.eval("[row.code for row in window.checkin.recent.outcomes]")
    return bool(recent) and recent[0] == code


def test_the_desk_says_how_many_arrived_and_shows_the_last_five_outcomes(desk, sample_event_path: Path):
    people = [find(sample_event_path, name) for name in ("Kulling", "Kurbalija", "Cucos", "Zahn", "Crowe")]
    for person in people[:3]:
        desk.scan(person.code)
    desk.scan(UNKNOWN_CODE)
    for person in people[3:]:
        desk.scan(person.code)
    desk.wait_until(lambda: desk.eval("len(window.checkin.recent.outcomes)") >= 5, "five outcomes are listed")
    desk.wait_until(lambda: desk.eval("window.checkin.arrivals.text()").startswith("5 of 300 arrived"),
                    "the arrivals line counts five")
    assert "295 expected" in desk.eval("window.checkin.arrivals.text()")
    rows = desk.eval("[(row.colour, window.checkin.recent.item(i).text()) "
                     "for i, row in enumerate(window.checkin.recent.outcomes)]")
    assert len(rows) == 5
    assert [colour for colour, _ in rows] == ["green", "green", "red", "green", "green"]
    assert "Crowe" in rows[0][1] and ":" in rows[0][1][:6]  # newest first, with its time
