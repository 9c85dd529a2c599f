"""`checkin scan EVENT CODE --group`: the badge's owner and everyone of their group, each with a record."""

from __future__ import annotations

import sys
from datetime import datetime

from checkin.commands.common import print_json
from checkin.commands.scan import EXIT_REFUSED, describe, report, result_json
from checkin.core import groups
from checkin.core.models import Status
from checkin.core.outcomes import Outcome
from checkin.core.session import EventSession


def scan_group(session: EventSession, code: str, door_time: datetime | None, as_json: bool) -> int:
    """Exit 0 when anyone was newly checked in; the owner's refusal stops the rest (a wrong badge)."""
    owner = session.check_in(code, door_time=door_time)
    if owner.attendee is None or owner.outcome not in (Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN):
        report(owner, session, as_json)
        return EXIT_REFUSED
    group = owner.attendee.group
    others = [a for a in groups.members(session.attendees(), group)
              if a.id != owner.attendee.id and a.status is Status.REGISTERED]
    results = [owner, *groups.check_in_members(session, others, door_time or (
        owner.record.door_time if owner.record else None))]
    summary = groups.summary(session.attendees(), group, session.presence()) if group else None
    timezone = session.event.timezone
    if as_json:
        document = result_json(owner, session)
        document["group"] = None if summary is None else {
            "name": summary.name, "registered": summary.registered, "arrived": summary.arrived,
            "members": [result_json(result, session) for result in results[1:]]}
        print_json(document)
    else:
        for result in results:
            print(describe(result, timezone), file=sys.stdout)
        if summary is None:
            print("not in a group: only the badge's owner was checked in", file=sys.stderr)
        else:
            print(f"{summary.name}: {summary.registered} registered, {summary.arrived} arrived")
    return 0 if any(result.is_new_check_in for result in results) else EXIT_REFUSED
