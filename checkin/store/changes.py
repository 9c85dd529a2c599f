"""The change feed of a server event: what other desks committed, as it commits (LISTEN / NOTIFY).

The schema's triggers send one notification per changed row at commit. A desk
takes a notification as the signal to pull (server_sync.pull): the pull asks for
every row written since the last one, so a notification lost with a dropped
connection loses nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

from checkin.core.models import CheckInRecord, RecordKind
from checkin.store import errors
from checkin.store.postgres_schema import CHANGES_CHANNEL
from checkin.store.postgres_store import translate
from checkin.store.rows import text_to_time

# Tables whose changes are announced by name only: the desk reads them again.
DAY_TABLES = ("programme_sessions", "session_people", "loans", "badge_collections")
# After the first notification, how long to keep collecting its burst (an import, a replay).
BURST_SECONDS = 0.05


@dataclass(frozen=True)
class Change:
    """One committed change: a check-in record, an attendee, the event or a setting."""

    table: str
    record: CheckInRecord | None = None
    attendee_id: int | None = None
    key: str | None = None


def parse_change(payload: str) -> Change | None:
    """The change a notification announces; None for anything we do not know (a newer desk's)."""
    try:
        data = json.loads(payload)
        table = data["table"]
        if table == "checkins":
            record = CheckInRecord(
                uuid=data["uuid"], attendee_id=int(data["attendee_id"]), checkpoint=data["checkpoint"],
                kind=RecordKind(data["kind"]), door_time=text_to_time(data["door_time"]),  # type: ignore[arg-type]
                desk=data["desk"], cancels=data.get("cancels") or "")
            return Change(table, record=record)
        if table == "attendees":
            return Change(table, attendee_id=int(data["id"]))
        if table in ("event", "settings"):
            return Change(table, key=data.get("key"))
        return Change(table)  # by name only: the day's tables, the list to check (a desk reads them again)
    except (ValueError, KeyError, TypeError):
        return None


class ChangeFeed:
    """LISTEN on one connection (its own, or one the caller also queries on between waits)."""

    def __init__(self, connection: psycopg.Connection, location: str) -> None:
        self._conn = connection
        self.location = location
        try:
            connection.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error as error:
            raise translate(error, location) from error

    def wait(self, timeout: float) -> list[Change]:
        """Changes committed since the last call; waits up to `timeout` seconds for the first."""
        found: list[Change] = []
        try:
            for notify in self._conn.notifies(timeout=timeout, stop_after=1):
                found.append(notify.payload)  # type: ignore[arg-type]
            if found:
                for notify in self._conn.notifies(timeout=BURST_SECONDS):
                    found.append(notify.payload)  # type: ignore[arg-type]
        except psycopg.Error as error:
            raise translate(error, self.location) from error
        changes = [parse_change(payload) for payload in found]  # type: ignore[arg-type]
        return [change for change in changes if change is not None]

    def close(self) -> None:
        try:
            self._conn.execute(f"UNLISTEN {CHANGES_CHANNEL}")
        except (psycopg.Error, errors.StoreError):
            pass
