"""Several desk processes scanning the same people into one server event at once."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from checkin.core.models import Attendee, Event
from checkin.store import create_event, open_event

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
DESKS = 6
PEOPLE = 300


def json_documents(text: str) -> list[dict]:
    decoder, documents, position = json.JSONDecoder(), [], 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        document, position = decoder.raw_decode(text, position)
        documents.append(document)
    return documents


def test_every_person_is_checked_in_exactly_once_by_racing_desks(pg_url: str) -> None:
    with create_event(pg_url, Event(title="Race", starts_on=date(2026, 5, 4))) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"Person {n}") for n in range(PEOPLE)])
    codes = [person.code for person in people]
    desks = []
    for number in range(1, DESKS + 1):
        order = codes[:]
        random.Random(number).shuffle(order)
        if number % 2:
            order = [code.lower() for code in order]  # scanners differ; the code folds
        process = subprocess.Popen(
            [sys.executable, "-m", "checkin", "scan", pg_url, "-", "--desk", f"Desk {number}", "--json"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        desks.append((process, "\n".join(order) + "\n"))
    # Every desk answers a first scan before any person arrives: a desk whose start-up is slow must not find
    # everyone already checked in by the first one up.
    for process, _ in desks:
        process.stdin.write("NOTACODE\n")
        process.stdin.flush()
    for process, _ in desks:
        assert json.loads(process.stdout.readline())["outcome"] == "unknown_code"
    # Feed every desk at once (one thread each), so their scans interleave on the server.
    with ThreadPoolExecutor(len(desks)) as pool:
        outputs = list(pool.map(lambda desk: desk[0].communicate(desk[1], timeout=240), desks))

    outcomes: Counter[str] = Counter()
    first_by_code: Counter[str] = Counter()
    for (process, _), (stdout, stderr) in zip(desks, outputs):
        assert process.returncode == 0, stderr
        for document in json_documents(stdout):
            outcomes[document["outcome"]] += 1
            if document["outcome"] == "checked_in":
                first_by_code[document["attendee"]["code"]] += 1
    assert outcomes == {"checked_in": PEOPLE, "already_checked_in": PEOPLE * (DESKS - 1)}
    assert set(first_by_code) == set(codes) and set(first_by_code.values()) == {1}

    with open_event(pg_url) as store:
        records = store.records()
        presence = store.presence()
    assert len(records) == PEOPLE
    assert {record.attendee_id for record in records} == {person.id for person in people}
    assert all(state.checked_in and state.entries == 1 for state in presence.values())
    assert len({record.desk for record in records}) > 1  # the desks really raced
