"""The camera tests' event and recorded videos, made once per test session in a temporary folder.

The event is the sample event plus four people registered through other systems, whose codes come
printed as those systems print them:

- an Eventbrite "Barcode #" (the attendee summary's column): 18 digits, printed as Code 128;
- a box office's EAN-13 ticket number;
- two pretix ticket secrets, 32 lower-case letters and digits without the look-alikes o, 0, 1, i, l
  (pretix `src/pretix/base/secrets.py`, `RandomTicketSecretGenerator`; pretix-docs
  `development/api/ticket-secrets`), as a Data Matrix and as an Aztec code.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from checkin.core.models import Attendee, Status
from checkin.mail.ticket_words import ticket_event
from checkin.sample import create_sample_event
from checkin.selftest import person_fields
from tests.camera.footage import (
    FULL_HD,
    HD,
    Footage,
    Shot,
    badge_card,
    barcode_card,
    phone_card,
    plain_card,
    ticket_card,
    write_h264,
)

OTHER_SYSTEMS = (
    # (given, family, organisation, external code, symbology, what the stub says)
    ("Anna", "Kowalczyk", "La Strada International", "218734905562140001", "Code128", "Eventbrite"),
    ("Jonas", "Berger", "Caritas Schweiz", "7612345678900", "EAN13", "Box office"),
    ("Mei", "Tanaka", "IOM", "qmzaw7pkxc3v9bn2hgtfd4rsyue8j5e6", "DataMatrix", "pretix"),
    ("Omar", "Haddad", "UNHCR", "hx7t2kw9pq3mzr4svbn8ce6dgj5ya2ut", "Aztec", "pretix"),
)


@dataclass(frozen=True)
class Clip:
    """A recorded video and who is shown in it, in order (a person shown twice appears twice)."""

    path: Path
    size: tuple[int, int]
    shown: tuple[str, ...]  # the attendees' own codes, in the order they are held up
    expected: frozenset[str]  # the codes of the people it must check in, each exactly once


@dataclass(frozen=True)
class CameraEvent:
    path: Path
    people: tuple[Attendee, ...]  # confirmed people with our own codes, for badges, tickets and phones
    others: tuple[Attendee, ...]  # the four people of OTHER_SYSTEMS


@pytest.fixture(scope="session")
def camera_event_master(tmp_path_factory: pytest.TempPathFactory) -> CameraEvent:
    path = tmp_path_factory.mktemp("camera-event") / "geneva.checkin"
    session = create_sample_event(path)
    try:
        people = tuple(a for a in session.attendees() if a.status is Status.REGISTERED)[:10]
        others = tuple(session.add_attendees([
            Attendee(id=None, code="", given_name=given, family_name=family, organisation=organisation,
                     external_codes=(code,))
            for given, family, organisation, code, _, _ in OTHER_SYSTEMS]))
    finally:
        session.store.close()
    # The store gives our own codes to people imported with an external one; the camera reads the external.
    return CameraEvent(path, people, others)


@pytest.fixture
def camera_event(camera_event_master: CameraEvent, tmp_path: Path) -> Path:
    """A fresh copy of the camera event for one test."""
    path = tmp_path / "geneva.checkin"
    shutil.copyfile(camera_event_master.path, path)
    return path


@pytest.fixture(scope="session")
def clips(camera_event_master: CameraEvent, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Clip]:
    """Every recorded video of the camera tests, made on first use and kept for the session."""
    return ClipMaker(camera_event_master, tmp_path_factory.mktemp("camera-clips"))


class ClipMaker(dict):
    """A dict of clips that records a clip the first time a test asks for it."""

    def __init__(self, event: CameraEvent, folder: Path) -> None:
        super().__init__()
        self.event = event
        self.folder = folder

    def __missing__(self, name: str) -> Clip:
        clip = self[name] = getattr(self, f"_{name.replace('-', '_')}")()
        return clip

    def _badge(self, index: int) -> tuple[str, object]:
        person = self.event.people[index]
        return person.code, badge_card(person_fields(person), "Digital Technology and Trafficking", self.folder)

    def _record(self, name: str, footage: Footage, shown: tuple[str, ...]) -> Clip:
        path = write_h264(footage, self.folder / f"{name}.mp4")
        return Clip(path, footage.size, shown, frozenset(shown))

    def _badges_720p(self) -> Clip:
        """Seven badges: large, small and tilted, leaning, out of focus, dim, under a glare, moving; the
        first one held up again a moment later (the same read: no second answer)."""
        cards, shown = {}, []
        for index in range(7):
            code, cards[f"badge{index}"] = self._badge(index)
            shown.append(code)
        shots = [
            Shot("badge0", 0.5, 0.9, 0.30),
            Shot("badge0", 1.9, 0.7, 0.30, x=0.55, angle=-8),  # taken away and shown again within 3 s
            Shot("badge1", 3.0, 0.9, 0.14, x=0.4, angle=20),
            Shot("badge2", 4.25, 0.9, 0.22, angle=-20, lean=0.25),
            Shot("badge3", 5.5, 0.9, 0.32, blur=1.4),
            Shot("badge4", 6.75, 0.9, 0.26, light=0.35),
            Shot("badge5", 8.0, 0.9, 0.28, glare=0.8),
            Shot("badge6", 9.25, 1.2, 0.26, motion=0.4),
        ]
        return self._record("badges-720p", Footage(HD, 10.8, shots, cards, seed=7), (shown[0], *shown))

    def _tickets_1080p(self) -> Clip:
        """A printed ticket, a phone showing the confirmation, the four codes of other systems, a small badge."""
        event = self.event
        ticket_person, phone_person = event.people[7], event.people[8]
        words = ticket_event(_event_of(event.path), ("en", "fr"))
        cards = {"ticket": ticket_card(person_fields(ticket_person), words),
                 "phone": phone_card(phone_person.code, phone_person.name)}
        for (_, _, _, code, symbology, caption), _person in zip(OTHER_SYSTEMS, event.others):
            cards[symbology] = barcode_card(code, symbology, caption)
        badge_code, cards["badge"] = self._badge(9)
        shots = [
            Shot("ticket", 0.5, 0.9, 0.34, angle=8, lean=-0.15),
            Shot("phone", 1.75, 0.9, 0.14, angle=-10, glare=0.5),
            Shot("Code128", 3.0, 0.9, 0.30, angle=4),
            Shot("EAN13", 4.25, 0.9, 0.24, angle=-5, light=0.6),
            Shot("DataMatrix", 5.5, 0.9, 0.16, angle=20, lean=0.2),
            Shot("Aztec", 6.75, 0.9, 0.16, angle=-20),
            Shot("badge", 8.0, 0.9, 0.15, x=0.42, angle=15, lean=0.2, blur=0.5),
        ]
        shown = (ticket_person.code, phone_person.code, *(o.code for o in event.others), badge_code)
        return self._record("tickets-1080p", Footage(FULL_HD, 9.2, shots, cards, seed=11), shown)

    def _nothing_720p(self) -> Clip:
        """The desk with nobody presenting a code: a business card waved about, a striped shirt, a poster."""
        cards = {"card": plain_card("Maria Gonzalez")}
        shots = [Shot("card", 0.4, 1.4, 0.30, angle=12, motion=0.3), Shot("card", 2.2, 0.8, 0.22, angle=-18)]
        return self._record("nothing-720p", Footage(HD, 3.2, shots, cards, seed=3), ())

    def _desk_720p(self) -> Clip:
        """Two badges, for the desk's camera pane."""
        cards, shown = {}, []
        for index in (0, 1):
            code, cards[f"badge{index}"] = self._badge(index)
            shown.append(code)
        shots = [Shot("badge0", 0.4, 1.2, 0.30, x=0.45), Shot("badge1", 2.0, 1.2, 0.26, angle=12)]
        return self._record("desk-720p", Footage(HD, 3.4, shots, cards, seed=5), tuple(shown))


def _event_of(path: Path):
    from checkin.store import open_event

    store = open_event(path)
    try:
        return store.event()
    finally:
        store.close()
