"""`checkin sync URL --replica FILE`: take a desk's queued check-ins up to the server and say what came of them.

Also where `checkin scan URL - --replica FILE` gets its desk: the same offline-capable store as the desk
app (a local copy and an outbox), so a kiosk or a script works through outages exactly as a desk does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from checkin.commands.common import local_time, print_json
from checkin.commands.messages import CommandError
from checkin.core.session import EventSession
from checkin.store import is_server_url

EXIT_QUEUED = 1
# How long `sync` (and `scan -` at the end of its input) waits for the queue to go up.
SYNC_WITHIN = 30.0
SCAN_FLUSH_WITHIN = 5.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="upload a desk's queued check-ins (its --replica file) and report "
                                                "what needs checking")
    parser.add_argument("url", metavar="URL", help="postgresql://USER@HOST/DATABASE of the shared event")
    parser.add_argument("--replica", required=True, metavar="FILE", help="the desk's local copy (as given to scan)")
    parser.add_argument("--desk", default="", help="the desk's name (default: the one the copy was made for)")
    parser.add_argument("--within", type=float, default=SYNC_WITHIN, metavar="SECONDS",
                        help=f"how long to wait for the server (default {SYNC_WITHIN:g})")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(func=run)


def open_desk(url: str, replica: str, desk: str):
    if not is_server_url(url):
        raise CommandError(f"{url}: --replica works with a server event (postgresql://…); "
                           "an event file is already local")
    from checkin.store.offline_desk import DeskStore

    path = Path(replica).expanduser()
    if path.is_dir():
        raise CommandError(f"{replica} is a folder; give the file of this desk's copy, e.g. {replica}/desk1.checkin")
    return DeskStore.open(url, desk, replica=path)


@contextmanager
def opened_desk_session(url: str, replica: str, desk: str, checkpoint: str | None) -> Iterator[EventSession]:
    """A desk session on `url` working through `replica`: answers from the copy, uploads in the background."""
    store = open_desk(url, replica, desk)
    try:
        session = EventSession(store, clock=store.clock, desk=desk)
        if checkpoint:
            session.checkpoint = checkpoint
        yield session
        if not store.sync_now(SCAN_FLUSH_WITHIN):
            status = store.status()
            print(f"{status.queued} check-ins wait in {replica} for the server ({status.detail or 'offline'}); "
                  f"send them with: checkin sync {store.location} --replica {replica}", file=sys.stderr)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    path = Path(args.replica).expanduser()
    if not path.exists():
        raise CommandError(f"{args.replica}: no such desk copy (it is made by checkin scan URL - --replica FILE)")
    from checkin.store.replica import ReplicaStore

    replica = ReplicaStore.open_existing(path)
    try:
        queued_before = replica.queued_count()
        desk = args.desk or replica.state("desk") or ""
        timezone = replica.event().timezone
    finally:
        replica.close()
    store = open_desk(args.url, args.replica, desk)
    try:
        store.start()
        done = store.sync_now(args.within)
        status = store.status()
        conflicts = store.conflicts()
        parked = store.parked()
        document = {
            "online": status.online, "uploaded": queued_before - status.queued, "queued": status.queued,
            "parked": [{"uuid": p.record.uuid, "attendee_id": p.record.attendee_id, "reason": p.reason,
                        "door_time": local_time(p.record.door_time, timezone).isoformat()} for p in parked],
            "clock_offset_seconds": status.clock_offset,
            "to_check": [{"id": c.id, "kind": c.kind, "attendee_id": c.attendee_id, "detail": c.detail}
                         for c in conflicts],
            "detail": status.detail,
        }
    finally:
        store.close()
    if args.json:
        print_json(document)
    else:
        print(f"{document['uploaded']} check-ins uploaded to {store.location}; {status.queued} still queued")
        for item in parked:
            print(f"parked: a check-in of person #{item.record.attendee_id} at "
                  f"{local_time(item.record.door_time, timezone):%H:%M}: {item.reason}")
        for conflict in conflicts:
            print(f"to check: {conflict.kind} {conflict.detail}")
        if status.clock_offset is not None and abs(status.clock_offset) > 120:
            print(f"this computer's clock is {status.clock_offset / 60:+.0f} min off the server's: set its time")
    if not done:
        print(f"{store.location} cannot be reached ({status.detail or 'offline'}): {status.queued} check-ins "
              f"still wait in {args.replica}", file=sys.stderr)
        return EXIT_QUEUED
    return 0
