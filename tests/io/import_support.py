"""Helpers for the import tests: real event files, real workbooks written by openpyxl."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from checkin.core.models import Attendee, Event
from checkin.core.session import EventSession
from checkin.store import create_event

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@contextmanager
def opened_event(tmp_path: Path, name: str = "event.checkin", **facts: Any) -> Iterator[EventSession]:
    event = Event(title="Import test", starts_on=date(2018, 10, 18), timezone="Europe/Zurich", **facts)
    store = create_event(tmp_path / name, event)
    try:
        yield EventSession(store, desk="Desk 1")
    finally:
        store.close()


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Registrations",
               before: Sequence[str] = ()) -> Path:
    """A workbook with `rows` on sheet `title`, after empty sheets named in `before`."""
    book = Workbook()
    first = book.active
    sheets = [*before, title]
    first.title = sheets[0]
    for name in sheets[1:]:
        book.create_sheet(name)
    sheet = book[title]
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def by_email(session: EventSession) -> dict[str, Attendee]:
    session.reload()
    return {a.email: a for a in session.attendees()}


def by_family(session: EventSession) -> dict[str, Attendee]:
    session.reload()
    return {a.family_name: a for a in session.attendees()}


def snapshot(session: EventSession) -> tuple[list[Attendee], list[Any]]:
    """Everything an import could touch, to prove a failed one changed nothing."""
    return session.store.attendees(), session.store.records()
