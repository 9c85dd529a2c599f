"""Helpers shared by the subcommands: opening the EVENT argument, JSON views of attendees."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.core.models import Attendee, PresenceState
from checkin.core.session import EventSession
from checkin.store import open_event

EVENT_HELP = "the event: a .checkin file or a postgresql:// URL"


@contextmanager
def opened_session(location: str, desk: str = "", checkpoint: str | None = None) -> Iterator[EventSession]:
    store = open_event(location)
    try:
        session = EventSession(store, desk=desk)
        if checkpoint:
            session.checkpoint = checkpoint
        yield session
    finally:
        store.close()


def local_time(moment: datetime | None, timezone: str) -> datetime | None:
    if moment is None:
        return None
    try:
        return moment.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def attendee_json(attendee: Attendee, presence: PresenceState | None, timezone: str = "UTC") -> dict[str, Any]:
    """The attendee as scripts see it; these key names are a contract."""
    checked_in_at = local_time(presence.checked_in_at if presence else None, timezone)
    return {
        "id": attendee.id,
        "code": attendee.code,
        "honorific": attendee.honorific,
        "given_name": attendee.given_name,
        "family_name": attendee.family_name,
        "display_name": attendee.name,
        "job_title": attendee.job_title,
        "organisation": attendee.organisation,
        "email": attendee.email,
        "category": attendee.category,
        "language": attendee.language,
        "status": attendee.status.value,
        "checked_in": bool(presence and presence.checked_in),
        "checked_in_at": checked_in_at.isoformat() if checked_in_at else None,
        "walk_in": attendee.walk_in,
        "group": attendee.group,
        "needs": attendee.needs,
        "external_codes": list(attendee.external_codes),
        "extra": dict(attendee.extra),
    }


_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def print_json(document: Any, compact: bool = False) -> None:
    """One JSON document; `compact` keeps it on one line (JSON Lines, for commands that answer as they go)."""
    text = json.dumps(document, ensure_ascii=False, indent=None if compact else 2,
                      separators=(",", ":") if compact else None)
    if compact:
        # Valid inside a JSON string, but a line break to many readers of JSON Lines (a scanned code may hold one).
        text = text.translate(_LINE_BREAKS)
    sys.stdout.write(text)
    sys.stdout.write("\n")
    sys.stdout.flush()


def one_line(attendee: Attendee) -> str:
    """Name — organisation (category), for lists and outcomes."""
    text = attendee.name or "(no name)"
    if attendee.organisation:
        text += f" — {attendee.organisation}"
    return text
