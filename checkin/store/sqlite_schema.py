"""The SQLite event file: its schema and the migrations that bring old files up to date."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "CHKN": marks a SQLite file as an event of this app, so any other database is refused.
APPLICATION_ID = 0x43484B4E
SCHEMA_VERSION = 4

_V1 = """
CREATE TABLE event (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uid TEXT NOT NULL,
    code_prefix TEXT NOT NULL,
    title TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    venue TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '["en"]',
    capacity INTEGER,
    registration_deadline TEXT,
    timezone TEXT NOT NULL DEFAULT 'UTC'
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE attendees (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    honorific TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'Participant',
    language TEXT NOT NULL DEFAULT '',
    registered_at TEXT,
    status TEXT NOT NULL DEFAULT 'registered',
    notes TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',
    badge_printed_at TEXT,
    walk_in INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE external_codes (
    attendee_id INTEGER NOT NULL REFERENCES attendees(id),
    code TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (attendee_id, folded)
);
CREATE INDEX external_codes_by_folded ON external_codes(folded);
CREATE TABLE checkins (
    uuid TEXT PRIMARY KEY,
    attendee_id INTEGER NOT NULL REFERENCES attendees(id),
    checkpoint TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('entry', 'undo')),
    door_time TEXT NOT NULL,
    desk TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkins_by_attendee ON checkins(attendee_id, checkpoint);
CREATE INDEX checkins_by_time ON checkins(door_time);
"""

# Groups of people who registered together, people's needs, and undos that name the entry they take back.
_V2 = """
ALTER TABLE attendees ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
ALTER TABLE attendees ADD COLUMN needs TEXT NOT NULL DEFAULT '';
ALTER TABLE checkins ADD COLUMN cancels TEXT NOT NULL DEFAULT ''
"""

# The programme's day: sessions and the people who speak in them, items lent at the desk (one open loan
# per item), and badges collected by someone else than their owner.
_V3 = """
CREATE TABLE programme_sessions (
    id INTEGER PRIMARY KEY,
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    title TEXT NOT NULL,
    room TEXT NOT NULL DEFAULT ''
);
CREATE TABLE session_people (
    session_id INTEGER NOT NULL REFERENCES programme_sessions(id),
    attendee_id INTEGER NOT NULL REFERENCES attendees(id),
    role TEXT NOT NULL CHECK (role IN ('speaker', 'moderator', 'panellist')),
    in_person INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, attendee_id)
);
CREATE INDEX session_people_by_attendee ON session_people(attendee_id);
CREATE TABLE loans (
    uuid TEXT PRIMARY KEY,
    item TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    attendee_id INTEGER NOT NULL REFERENCES attendees(id),
    deposit TEXT NOT NULL DEFAULT '',
    out_at TEXT NOT NULL,
    out_desk TEXT NOT NULL DEFAULT '',
    returned_at TEXT,
    returned_desk TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX loans_one_open_per_item ON loans(item) WHERE returned_at IS NULL;
CREATE INDEX loans_by_attendee ON loans(attendee_id);
CREATE TABLE badge_collections (
    uuid TEXT PRIMARY KEY,
    attendee_id INTEGER NOT NULL REFERENCES attendees(id),
    collected_by TEXT NOT NULL,
    collected_at TEXT NOT NULL,
    desk TEXT NOT NULL DEFAULT ''
);
CREATE INDEX badge_collections_by_attendee ON badge_collections(attendee_id)
"""

# How far the desk's clock was off when it wrote a check-in (a replica of a server event keeps it).
_V4 = """
ALTER TABLE checkins ADD COLUMN clock_offset_ms INTEGER
"""


def _run_script(connection: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the surrounding transaction; a migration must
    # land whole or not at all, so statements run one by one inside it.
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


# MIGRATIONS[n] brings a file from version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: lambda connection: _run_script(connection, _V1),
    1: lambda connection: _run_script(connection, _V2),
    2: lambda connection: _run_script(connection, _V3),
    3: lambda connection: _run_script(connection, _V4),
}
