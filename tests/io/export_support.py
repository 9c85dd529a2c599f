"""Helpers for the export tests: a sample event with a known morning of check-ins."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from checkin.core.models import Attendee, Status
from checkin.core.session import EventSession

ZURICH = ZoneInfo("Europe/Zurich")
DOORS = datetime(2018, 10, 18, 8, 20, tzinfo=ZURICH)
INJECTIONS = ('=HYPERLINK("http://evil.example","click")', "+41 22 000 00 00", "-2+3", "@SUM(A1:A9)",
              "\tTabbed", "\rReturn")


def attend(session: EventSession) -> dict[int, datetime]:
    """Check in four of every five confirmed people, one a minute from 08:20; undo one; a bus trip.

    Returns the first check-in time (aware) of everyone left checked in at the Entrance.
    """
    arrived: dict[int, datetime] = {}
    confirmed = [a for a in session.attendees() if a.status is Status.REGISTERED]
    for index, attendee in enumerate(confirmed):
        if index % 5 == 4:
            continue
        moment = DOORS + timedelta(minutes=index % 70, seconds=index % 60)
        session.check_in_attendee(attendee, door_time=moment, desk=f"Desk {1 + index % 2}")
        arrived[attendee.id] = moment  # type: ignore[index]
    undone = confirmed[0]
    session.undo(undone, door_time=DOORS + timedelta(hours=3))
    del arrived[undone.id]  # type: ignore[arg-type]
    session.check_in_attendee(confirmed[1], door_time=DOORS + timedelta(hours=4), checkpoint="Information bus")
    return arrived


def add_tricky_people(session: EventSession) -> list[Attendee]:
    """People whose fields look like formulas, as a hostile registration form would send them."""
    people = [
        Attendee(id=None, code="", given_name="Eve", family_name=INJECTIONS[0], organisation=INJECTIONS[1],
                 job_title=INJECTIONS[2], email="eve@evil.example", category="Participant", language="en",
                 extra={"Organisation type": INJECTIONS[3], "Country": INJECTIONS[4]}),
        Attendee(id=None, code="", given_name=INJECTIONS[5], family_name="Zwicky", organisation="Ctrl\x07 Corp",
                 email="zwicky@example.org", category="Participant", language="fr"),
    ]
    return session.add_attendees(people)
