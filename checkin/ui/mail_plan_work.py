"""The work the wizard's mail page hands to the task runner, and the copies that let it run beside the review.

No widget here: plain functions over `checkin.mail` and `checkin.io.mailboxes`, called on a worker
(`plan_mail`) or on the desk's thread around one (`planning_copy`, `take_outcomes`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import tzinfo
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.core.session import EventSession
from checkin.io.mailboxes import MailItem
from checkin.mail.plan_values import MailImportPlan, Progress


def event_zone(name: str) -> tzinfo | None:
    """The event's time zone, in which the review says when each message arrived."""
    try:
        return ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        return None  # the computer's own zone: better than no time


T = TypeVar("T")


def plan_mail(session: EventSession, paths: Sequence[Path], progress: Progress) -> MailImportPlan:
    """The plan of one mail source, or of several .eml files taken together, with progress message by message."""
    from checkin.io.mailboxes import read_mail_source
    from checkin.mail.registration_plan import plan_mail_items

    sources = [read_mail_source(path) for path in paths]  # a source that cannot be read fails here, whole
    total = sum(message_count(path) for path in paths)

    def counted() -> Iterator[MailItem]:
        done = 0
        for items in sources:
            for item in items:
                yield item
                done += 1
                progress(done, total)  # on the task runner: raises Cancelled when Stop was pressed

    return plan_mail_items(session, counted(), str(paths[0] if len(paths) == 1 else paths[0].parent))


def message_count(path: Path) -> int:
    """How many messages a mail source holds, counted without reading them (for the progress bar)."""
    from checkin.io import mailboxes

    kind = mailboxes.mail_source_kind(path)
    try:
        if kind == mailboxes.MBOX:
            return mailboxes.count_mbox_messages(path)
        if kind == mailboxes.MAILDIR:
            return sum(1 for folder in mailboxes.MAILDIR_FOLDERS for child in (path / folder).iterdir()
                       if not child.name.startswith("."))
        if kind == mailboxes.EML_FOLDER:
            return sum(1 for child in path.iterdir() if child.suffix.lower() in mailboxes.EML_SUFFIXES)
    except OSError:
        return 0  # the reading says what is wrong; the bar only goes without a total
    return 1


def planning_copy(plan: MailImportPlan) -> MailImportPlan:
    """The plan with its own messages and people (decisions as now): a refresh on the task runner writes
    outcomes into the copy while the organiser goes on deciding in the original."""
    messages = []
    for message in plan.messages:
        people = []
        for person in message.people:
            person_copy = _shallow(person)
            person_copy.corrections = dict(person.corrections)
            people.append(person_copy)
        message_copy = _shallow(message)
        message_copy.people = people
        messages.append(message_copy)
    plan_copy = _shallow(plan)
    plan_copy.messages, plan_copy.problems = messages, list(plan.problems)
    return plan_copy


def _shallow(value: T) -> T:
    """A copy sharing the fields' values. copy.copy goes through the pickle protocol and
    dataclasses.replace through __init__: on 10,000 people each costs the list a visible pause."""
    clone = object.__new__(type(value))
    clone.__dict__.update(value.__dict__)
    return clone


def take_outcomes(plan: MailImportPlan, worked_out: MailImportPlan) -> None:
    """What a refresh of `planning_copy(plan)` worked out, into `plan` (same messages, same people)."""
    for message, done in zip(plan.messages, worked_out.messages, strict=True):
        message.late = done.late
        for person, person_done in zip(message.people, done.people, strict=True):
            person.outcome, person.code, person.note = person_done.outcome, person_done.code, person_done.note
    plan.records, plan.changes, plan.problems = worked_out.records, worked_out.changes, worked_out.problems
