"""The bundled sample event (Geneva, 18 October 2018), created fresh from its spreadsheets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from checkin.core.loans import ITEM_KINDS_SETTING, ItemKind, kinds_setting
from checkin.core.models import Attendee, Event
from checkin.core.session import EventSession
from checkin.io.programme_sheet import plan_programme
from checkin.io.registrations import import_file
from checkin.resources import sample_dir
from checkin.store import create_event

SAMPLE_SPREADSHEET = "geneva-2018-registrations.xlsx"
SAMPLE_PROGRAMME = "geneva-2018-programme.xlsx"
SAMPLE_FACTS = "event.json"
# The sheet's own columns for people's needs and delegations.
NEEDS_COLUMN, DELEGATION_COLUMN = "Needs", "Delegation"


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
    """A new event file at `path` holding the sample registrations, its programme and its receivers."""
    store = create_event(path, sample_event_facts())
    session = EventSession(store)
    import_file(session, sample_dir() / SAMPLE_SPREADSHEET, index=False)
    session.reload()
    _needs_and_delegations(session)
    plan = plan_programme(sample_dir() / SAMPLE_PROGRAMME, session.event, session.attendees())
    store.replace_programme(plan.sessions)
    facts = json.loads((sample_dir() / SAMPLE_FACTS).read_text(encoding="utf-8"))
    kinds = [ItemKind(k["kind"], k["items"]) for k in facts.get("items_lent", [])]
    store.set_setting(ITEM_KINDS_SETTING, kinds_setting(kinds))
    return session


def _needs_and_delegations(session: EventSession) -> None:
    """The sheet's Needs and Delegation columns into the people's needs and groups, where an import that
    does not know these headers kept them as extra columns."""
    changed: list[Attendee] = []
    for attendee in session.attendees():
        extra = dict(attendee.extra)
        needs = attendee.needs or extra.pop(NEEDS_COLUMN, "")
        group = attendee.group or extra.pop(DELEGATION_COLUMN, "")
        if (needs, group) != (attendee.needs, attendee.group) or extra != attendee.extra:
            changed.append(attendee.with_changes(needs=needs, group=group, extra=extra))
    if changed:
        session.update_attendees(changed)
