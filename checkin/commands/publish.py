"""`checkin publish EVENT.checkin URL`: copy a local event onto the server for the event day."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.commands.messages import CommandError
from checkin.store import is_server_url, open_event
from checkin.store.file_identity import sqlite_uri

if TYPE_CHECKING:
    from checkin.store.postgres_store import PostgresStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "publish", help="copy a local event (attendees, codes, check-ins, settings, programme, items lent) onto a "
                        "PostgreSQL server")
    parser.add_argument("event", metavar="EVENT", help="the local .checkin file")
    parser.add_argument("url", metavar="URL", help="postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    parser.set_defaults(func=run)


def read_settings(path: Path) -> dict[str, Any]:
    """Every setting of the event file (the store interface reads them one key at a time)."""
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return {key: json.loads(value) for key, value in connection.execute("SELECT key, value FROM settings")}
    finally:
        connection.close()


def run(args: argparse.Namespace) -> int:
    if is_server_url(args.event):
        raise CommandError(f"{args.event}: publish copies a local .checkin file; give the file first, then the URL")
    if not is_server_url(args.url):
        raise CommandError(f"{args.url!r} is not a server address; write postgresql://USER@HOST/DATABASE")
    from checkin.store.postgres_store import PostgresStore

    source = open_event(args.event)
    try:
        settings = read_settings(Path(args.event).expanduser())
        attendees = source.attendees()
        records = source.records()
        programme, loans, collections = source.programme(), source.loans(), source.collections()

        def populate(target: PostgresStore) -> None:
            for key, value in settings.items():
                target.set_setting(key, value)
            target.add_attendees(attendees)  # ids kept, so the check-ins still point at the right people
            target.append_records(records)
            target.replace_programme(programme, keep_ids=True)
            target.put_loans(loans)
            for collection in collections:
                target.add_collection(collection)

        target = PostgresStore.create(args.url, source.event(), populate=populate)
        location = target.location
        try:
            guarded = guard_database(target)
        finally:
            target.close()
    finally:
        source.close()
    print(f"published {args.event} to {location}: {len(attendees)} attendees, {len(records)} check-in records, "
          f"{len(settings)} settings, {len(programme)} sessions, {len(loans)} items lent")
    if guarded:
        print("the database now ends sessions a dropped desk leaves behind: "
              + ", ".join(f"{name} = {value}" for name, value in SERVER_TIMEOUTS.items()))
    else:
        print("to end the sessions a desk whose Wi-Fi drops leaves behind, have the server's administrator run:\n"
              + "\n".join(f"  ALTER SYSTEM SET {name} = '{value}';" for name, value in SERVER_TIMEOUTS.items())
              + "\n  SELECT pg_reload_conf();")
    return 0


# Every desk sets its own session limits; these protect the event from any other client too (an older desk,
# psql left open): a transaction left open by a dropped link ends within seconds, and the server notices a
# vanished client within about a minute instead of two hours (its keepalive default).
SERVER_TIMEOUTS = {
    "idle_in_transaction_session_timeout": "30s",
    "tcp_keepalives_idle": "30",
    "tcp_keepalives_interval": "10",
    "tcp_keepalives_count": "3",
}


def guard_database(target: PostgresStore) -> bool:
    """Set SERVER_TIMEOUTS on the event's database (its owner may); False if the role may not."""
    import psycopg
    from psycopg import sql

    conn = target.connection
    try:
        name = conn.info.dbname
        for setting, value in SERVER_TIMEOUTS.items():
            conn.execute(sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                sql.Identifier(name), sql.Identifier(setting), sql.Literal(value)))
    except psycopg.Error:
        return False
    return True
