"""The work behind registration_plan: messages read and ordered, people made records, outcomes found.

The people taken become records for the spreadsheet import's own plan (checkin.io.registrations
.plan_records): the same checks, the same grouping, the same merge and seat filling, so an e-mail
registration and a spreadsheet row of the same person meet as one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from checkin.core.folding import fold
from checkin.core.models import Attendee, Status
from checkin.core.session import EventSession
from checkin.io import import_report as codes
from checkin.io.import_report import Changes, ImportFailure
from checkin.io.mailboxes import MailItem
from checkin.io.registrations import plan_records
from checkin.mail.plan_values import (
    ALREADY_READ,
    CANCELLED,
    DROP,
    DROPPED,
    LATE,
    LATE_EXTRA,
    LEFT_OUT,
    MERGED,
    MESSAGE_ID_EXTRA,
    NOT_FOUND,
    READ_SETTING,
    REGISTERED,
    SKIP_AUTO_REPLY,
    SKIP_BULK,
    SKIP_DUPLICATE,
    SKIP_NOBODY,
    SKIP_OWN,
    SKIP_QUESTION,
    SUBJECT_EXTRA,
    UNCHANGED,
    UPDATED,
    WAITLISTED,
    MailImportPlan,
    PlannedMessage,
    PlannedPerson,
    Progress,
)
from checkin.mail.readings import READER_FAILED, Kind, MessageReading, UnreadableMessage
from checkin.mail.registration_reading import read_message

_SKIPPED_KINDS = {Kind.AUTO_REPLY: SKIP_AUTO_REPLY, Kind.BULK: SKIP_BULK, Kind.QUESTION: SKIP_QUESTION}
_LATEST = datetime.max.replace(tzinfo=UTC)


def read_items(items: Iterable[MailItem], progress: Progress | None = None, total: int = 0) -> list[PlannedMessage]:
    """Every message read, each once by Message-ID, in arrival order (unreadable ones last, as found)."""
    read: list[tuple[int, PlannedMessage]] = []
    unread: list[PlannedMessage] = []
    first_of: dict[str, str] = {}
    done = 0
    for done, item in enumerate(items, 1):
        if progress is not None and done % 100 == 0:
            progress(done, max(total, done))
        if item.problem:
            unread.append(PlannedMessage(item.key, item.where, None, skipped=item.problem))
            continue
        try:
            reading = read_message(item.raw)
        except UnreadableMessage as unreadable:
            unread.append(PlannedMessage(item.key, item.where, None, skipped=unreadable.code,
                                         detail=unreadable.detail))
            continue
        except Exception as fault:  # one message the reader trips on must not stop a thousand
            unread.append(PlannedMessage(item.key, item.where, None, skipped=READER_FAILED,
                                         detail=type(fault).__name__))
            continue
        if reading.message_id in first_of:
            unread.append(PlannedMessage(item.key, item.where, reading, skipped=SKIP_DUPLICATE,
                                         detail=first_of[reading.message_id]))
            continue
        first_of[reading.message_id] = item.where
        message = PlannedMessage(item.key, item.where, reading, skipped=_SKIPPED_KINDS.get(reading.kind, ""),
                                 detail=reading.kind_words if reading.kind in _SKIPPED_KINDS else "")
        if not message.skipped and not reading.people:
            message.skipped = SKIP_NOBODY
        read.append((done, message))
    if progress is not None:
        progress(done, max(total, done))
    own = own_addresses([message.reading for _, message in read if message.reading is not None])
    for _, message in read:
        if message.reading is not None and message.reading.sender in own:
            message.skipped, message.detail = SKIP_OWN, message.reading.sender
    read.sort(key=lambda pair: (_arrival(pair[1].reading), pair[0]))
    messages = [message for _, message in read] + unread
    number = 0
    for message in messages:
        if message.skipped or message.reading is None:
            continue
        for person in message.reading.people:
            number += 1
            message.people.append(PlannedPerson(number, message.key, person,
                                                cancels=message.reading.kind is Kind.CANCELLATION))
    return messages


def own_addresses(readings: list[MessageReading]) -> set[str]:
    """The mailbox's own addresses: those at least half of its messages were sent to (two at least).
    A message from one of them is the organiser's (a reply, or a sent copy in a Google Takeout export)."""
    counts = Counter(address for reading in readings for address in reading.recipients)
    return {address for address, count in counts.items() if count >= 2 and count * 2 >= len(readings)}


def _arrival(reading: MessageReading | None) -> datetime:
    return reading.received_at if reading is not None and reading.received_at is not None else _LATEST


def is_late(deadline: date | None, zone: ZoneInfo, moment: datetime | None) -> bool:
    """Received after the deadline: the deadline's whole day counts, in the event's time zone."""
    return deadline is not None and moment is not None and moment.astimezone(zone).date() > deadline


def plan_outcomes(session: EventSession, plan: MailImportPlan) -> None:
    """Fill plan.records, plan.changes, plan.problems and each person's outcome from the decisions now."""
    event = session.event
    zone = ZoneInfo(event.timezone)
    existing = session.store.attendees()
    already_read = set(session.store.get_setting(READ_SETTING) or ())
    by_message: dict[str, list[Attendee]] = {}
    if already_read:
        for attendee in existing:
            if (message_id := attendee.extra.get(MESSAGE_ID_EXTRA)) in already_read:
                by_message.setdefault(message_id, []).append(attendee)
    known = _Known(existing)
    records: list[dict[str, object]] = []
    cancelled_here: set[tuple[str, str]] = set()
    rows: list[PlannedPerson] = []
    late_people: set[int] = set()
    for message in plan.messages:
        reading = message.reading
        if reading is None or message.skipped:
            continue
        message.late = is_late(event.registration_deadline, zone, reading.received_at)
        together = [person for person in message.people if not person.cancels and person.taken]
        for person in message.people:
            person.outcome, person.code, person.note = "", "", ""
            if reading.message_id in already_read:
                person.outcome = ALREADY_READ
                person.code = _code_from(person, by_message.get(reading.message_id, []))
                continue
            if person.decision == DROP:
                person.outcome = DROPPED
                continue
            if not person.taken:
                person.outcome = LEFT_OUT
                continue
            if person.cancels:
                target = known.cancelled_person(person, reading)
                if target is None:
                    person.outcome = NOT_FOUND
                    continue
                record = {**target, "status": "cancelled", MESSAGE_ID_EXTRA: reading.message_id}
                records.append(record)
                known.add(record)
                cancelled_here.add(_key(target))
                rows.append(person)
                continue
            record = _record(person, reading, len(together) > 1)
            key = _key(record)
            if key in cancelled_here:
                # Registering again after cancelling: the later message wins, the person is back.
                record["status"] = "registered"
                cancelled_here.discard(key)
            # A late message from someone already registered updates them: it takes no seat away.
            if message.late and key not in known.keys:
                record["status"] = "waitlisted"
                record[LATE_EXTRA] = reading.received_at.astimezone(zone).date().isoformat() \
                    if reading.received_at else ""
                late_people.add(person.number)
            records.append(record)
            known.add(record)
            rows.append(person)
    plan.problems = []
    if not records:
        plan.records, plan.changes = None, Changes()
        return
    try:
        plan.records = plan_records(session, records, source=str(plan.path), cancel_missing=False)
    except ImportFailure as failure:
        if failure.code != codes.NO_NAME_COLUMN:
            raise
        for person in rows:
            person.outcome = LEFT_OUT
        plan.records, plan.changes = None, Changes()
        return
    plan.changes = plan.records.preview
    _outcomes(plan, rows, existing, late_people)


def _code_from(person: PlannedPerson, from_message: list[Attendee]) -> str:
    """The code of the person in the event that this message's person became (among the people that
    keep the message's Message-ID, by name)."""
    values = person.values()
    name = fold(" ".join(filter(None, (values.get("given_name"), values.get("family_name")))))
    for attendee in from_message:
        if fold(attendee.name) == name:
            return attendee.code
    # The name was corrected when the person was accepted: the message's only person is them.
    return from_message[0].code if len(from_message) == 1 else ""


def decided_messages(plan: MailImportPlan) -> list[str]:
    """The Message-IDs of the messages every person of which is decided: taken, dropped, or cancelling nobody."""
    return [message.reading.message_id for message in plan.messages
            if message.reading is not None and message.people and not message.skipped
            and all(person.outcome not in ("", LEFT_OUT) for person in message.people)]


def _record(person: PlannedPerson, reading: MessageReading, grouped: bool) -> dict[str, object]:
    values = person.values()
    record: dict[str, object] = {name: values[name] for name in
                                 ("honorific", "given_name", "family_name", "job_title", "organisation", "email")
                                 if values.get(name)}
    record["language"] = values.get("language") or reading.language
    if reading.received_at is not None:
        record["registered_at"] = reading.received_at
    if grouped:
        record["order_code"] = reading.message_id
        record["order_email"] = reading.sender
    record[MESSAGE_ID_EXTRA] = reading.message_id
    record[SUBJECT_EXTRA] = reading.subject
    return record


class _Known:
    """The people a cancellation may be about, and whom a late message only updates: the event's people
    and those of the messages read before, by address."""

    def __init__(self, existing: list[Attendee]) -> None:
        self.by_email: dict[str, list[dict[str, object]]] = {}
        self.keys: set[tuple[str, str]] = set()
        for attendee in existing:
            self.add({"given_name": attendee.given_name, "family_name": attendee.family_name,
                      "email": attendee.email, "organisation": attendee.organisation,
                      "status": attendee.status.value})

    def add(self, values: dict[str, object]) -> None:
        self.keys.add(_key(values))
        email = str(values.get("email", "")).casefold()
        if email:
            self.by_email.setdefault(email, []).append(values)

    def cancelled_person(self, person: PlannedPerson, reading: MessageReading) -> dict[str, object] | None:
        """The name and address of the person a cancellation is about: named in it, or the one registered
        from the sender's address."""
        values = person.values()
        name = fold(" ".join(filter(None, (values.get("given_name"), values.get("family_name")))))
        addresses = {address.casefold() for address in (values.get("email", ""), reading.sender, reading.reply_to)
                     if address}
        candidates = [known for address in addresses for known in self.by_email.get(address, ())
                      if known.get("status") != "cancelled"]
        if name:
            named = [known for known in candidates if _key(known)[1] == name]
            if named:
                candidates = named
            elif len({_key(known) for known in candidates}) != 1:
                return None
        unique = {_key(known): known for known in candidates}
        if len(unique) != 1:
            return None
        target = next(iter(unique.values()))
        return {key: target[key] for key in ("given_name", "family_name", "email", "organisation") if target.get(key)}


def _key(values: dict[str, object]) -> tuple[str, str]:
    name = " ".join(filter(None, (str(values.get("given_name", "")), str(values.get("family_name", "")))))
    return str(values.get("email", "")).casefold(), fold(name)


def _outcomes(plan: MailImportPlan, rows: list[PlannedPerson], existing: list[Attendee], late: set[int]) -> None:
    assert plan.records is not None
    changes = plan.changes
    merged_into: dict[int, int] = {}  # the later message's row → the row of the same person's earlier one
    for problem in plan.records.problems + changes.problems:
        person = rows[problem.row - 1]
        if problem.code == codes.DOUBLE_SUBMISSION and person.cancels:
            merged_into[problem.row] = problem.other_row or problem.row
            continue
        plan.problems.append(problem.__class__(
            person.number, problem.column, problem.code, problem.value,
            rows[problem.other_row - 1].number if problem.other_row else None))
        if problem.code == codes.DOUBLE_SUBMISSION and problem.other_row:
            merged_into[problem.row] = problem.other_row
            if not person.cancels:
                person.note = problem.code
        elif problem.skipped:
            person.note = problem.code
            person.outcome = LEFT_OUT
    by_key: dict[tuple[str, str], tuple[str, Attendee]] = {}
    for outcome, people in ((UPDATED, changes.updated), (CANCELLED, changes.cancelled), ("added", changes.added)):
        for attendee in people:
            by_key.setdefault(_attendee_key(attendee), (outcome, attendee))
    before_by_key = {_attendee_key(attendee): attendee for attendee in existing}
    for draft in plan.records.rows:
        person = rows[draft.row - 1]
        key = (draft.values.get("email", "").casefold(),
               fold(" ".join(filter(None, (draft.values.get("given_name"), draft.values.get("family_name"))))))
        found = by_key.get(key)
        if found is None:
            person.outcome = UNCHANGED  # already in the event as this message has them
            if key in before_by_key:
                person.code = before_by_key[key].code
            continue
        outcome, attendee = found
        person.code = attendee.code
        if outcome == "added":
            outcome = LATE if person.number in late else \
                WAITLISTED if attendee.status is Status.WAITLISTED else \
                CANCELLED if attendee.status is Status.CANCELLED else REGISTERED
        elif outcome == UPDATED and attendee.status is Status.CANCELLED:
            outcome = CANCELLED
        person.outcome = outcome
    chains: dict[int, list[int]] = {}
    for row in merged_into:
        root = row
        while root in merged_into:
            root = merged_into[root]
        chains.setdefault(root, [root]).append(row)
    for root, members in chains.items():
        # The person keeps the first message's place and shows where they ended; a later registration
        # says that its details went to them.
        final = max(members)
        outcome, code = rows[final - 1].outcome, rows[final - 1].code
        for row in members:
            person = rows[row - 1]
            person.code = code
            person.outcome = MERGED if row != root and not person.cancels else outcome
    for person in rows:
        if not person.outcome:
            person.outcome = UNCHANGED


def _attendee_key(attendee: Attendee) -> tuple[str, str]:
    return attendee.email.casefold(), fold(" ".join(filter(None, (attendee.given_name, attendee.family_name))))
