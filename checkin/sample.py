"""The bundled sample event (Geneva, 18 October 2018), created fresh from its spreadsheet."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from checkin.core.models import Event
from checkin.core.session import EventSession
from checkin.io.registrations import import_file
from checkin.resources import sample_dir
from checkin.store import create_event

SAMPLE_SPREADSHEET = "geneva-2018-registrations.xlsx"
SAMPLE_FACTS = "event.json"


def sample_event_facts() -> Event:
    facts = json.loads((sample_dir() / SAMPLE_FACTS).read_text(encoding="utf-8"))
    deadline = facts.get("registration_deadline")
    return Event(
        title=facts["title"], starts_on=date.fromisoformat(facts["date"]), venue=facts.get("venue", ""),
        languages=tuple(facts.get("languages", ["en"])), capacity=facts.get("capacity"),
        registration_deadline=date.fromisoformat(deadline) if deadline else None,
        timezone=facts.get("timezone", "Europe/Zurich"),
    )


def create_sample_event(path: Path) -> EventSession:
    """A new event file at `path` holding the sample registrations."""
    store = create_event(path, sample_event_facts())
    session = EventSession(store)
    import_file(session, sample_dir() / SAMPLE_SPREADSHEET, index=False)
    return session
