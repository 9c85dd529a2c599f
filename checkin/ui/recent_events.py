"""How the start page names a recent event: its title and date, then where it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from checkin.store import is_server_url, open_event
from checkin.store.errors import StoreError


def describe_event(location: str) -> str:
    """ "Digital Technology… — 18 October 2018   (C:/…/geneva.checkin)"; the place alone if it cannot be read."""
    if is_server_url(location):
        return location
    try:
        store = open_event(Path(location))
    except (StoreError, OSError):
        return f"{Path(location).stem}   ({location})"
    try:
        event = store.event()
    except StoreError:
        return f"{Path(location).stem}   ({location})"
    finally:
        store.close()
    day = QLocale().toString(QDate(event.starts_on.year, event.starts_on.month, event.starts_on.day),
                             QLocale.FormatType.LongFormat)
    return f"{event.title} — {day}   ({location})"
