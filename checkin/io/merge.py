"""Re-import is a merge: match, update, add, cancel the missing, then fill the seats first-come first-served.

People are matched by external code (or our own code), then e-mail ignoring case and folded name (a
mailbox may be a delegation's), then folded name + organisation, then e-mail alone where one person in the
event and one row in the file have it (a name whose typo was fixed). Only the columns the file has are
updated. People missing from the file are cancelled, never deleted; walk-ins are never cancelled; a
cancelled person who reappears is restored, unless the file itself says cancelled. Codes and check-ins
are never touched: they live in other columns and tables that no import writes.

The file's own status wins: a row the source system cancelled is cancelled, one it waitlisted waits.
Seats: with a capacity, a person who already holds a seat keeps it (a re-import never takes a confirmed
place away, unless the source did). Invited people (any category but the open one, Participant:
speakers, press, organisers…) always get a seat and count against the capacity; new, restored and
waitlisted participants whom the file calls registered (or says nothing of) take the free seats in
registration order and the rest are waitlisted. Registrations after the deadline (the event's day, in
its time zone) are flagged late.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from operator import itemgetter
from zoneinfo import ZoneInfo

from checkin.core.codes import fold_code
from checkin.core.models import Attendee, Event, Status
from checkin.io import import_report as codes
from checkin.io.import_report import Changes, Problem, RowDraft
from checkin.io.validation import name_key

_NEVER_TIME = datetime.max.replace(tzinfo=ZoneInfo("UTC"))
_BLANK = Attendee(id=None, code="")
_NO_TIME = timedelta(0)


def compute_changes(existing: Sequence[Attendee], drafts: Sequence[RowDraft], event: Event,
                    checked_in: Callable[[Sequence[int]], set[int]] = lambda ids: set(),
                    extra_columns: Sequence[str] = (), cancel_missing: bool = True,
                    open_category: str = "Participant") -> Changes:
    """What importing `drafts` into an event holding `existing` would change. Pure: writes nothing.

    `checked_in(ids)` tells which of the given people have a check-in (asked only about the cancelled).
    """
    by_code, by_email, by_name = _indexes(existing)
    file_emails = _emails_of(drafts) if existing else {}
    changes = Changes()
    matched: dict[int, int] = {}  # attendee id → row
    after: dict[int, Attendee] = {}  # existing people as they will be, by id
    rows_of: dict[int, int] = {}
    missing_ids: set[int] = set()
    drafts_by_row = {draft.row: draft for draft in drafts} if existing else {}
    new: list[tuple[RowDraft, Attendee]] = []
    if not existing:  # a first import: nobody to match, everyone is new
        new = list(zip(drafts, map(_new_attendee, drafts)))
    else:
        for draft in drafts:
            person = _match(draft, by_code, by_email, by_name, file_emails)
            if person is not None and person.id in matched:
                changes.problems.append(Problem(draft.row, "", codes.SAME_PERSON, person.name, matched[person.id]))
                continue
            if person is None:
                new.append((draft, _new_attendee(draft)))
                continue
            assert person.id is not None
            matched[person.id] = rows_of[person.id] = draft.row
            after[person.id] = _updated(person, draft, extra_columns)
    for person in existing:
        assert person.id is not None
        if person.id in matched:
            continue
        if cancel_missing and not person.walk_in and person.status is not Status.CANCELLED:
            after[person.id] = person.with_changes(status=Status.CANCELLED)
            missing_ids.add(person.id)
        else:
            after[person.id] = person

    stated = {person_id for person_id, row in rows_of.items() if _states_waiting(drafts_by_row[row])}
    statuses = _fill_seats(existing, after, new, event.capacity, rows_of, open_category, stated)
    before = {person.id: person for person in existing}
    for attendee_id, person in after.items():
        status = statuses.get(attendee_id, person.status)
        person = person if person.status is status else person.with_changes(status=status)
        old = before[attendee_id]
        if person == old:
            if attendee_id in matched:
                changes.unchanged += 1
            continue
        if person.status is Status.CANCELLED and old.status is not Status.CANCELLED:
            changes.cancelled.append(person)
            continue
        if old.status is Status.CANCELLED:
            changes.restored.append(person)
        changes.updated.append(person)
    if changes.cancelled:
        changes.missing = [person for person in changes.cancelled if person.id in missing_ids]
        present = checked_in([person.id for person in changes.cancelled if person.id is not None])
        changes.cancelled_checked_in = [person for person in changes.cancelled if person.id in present]
    registered = Status.REGISTERED
    if event.capacity is None:  # new people keep the seat they were made with (see _fill_seats)
        changes.added = list(map(itemgetter(1), new))
    else:
        changes.added = [person if (status := statuses.get(-1 - index, registered)) is registered
                         else person.with_changes(status=status) for index, (_draft, person) in enumerate(new)]
    changes.waitlisted = [p for p in after.values() if statuses.get(p.id, p.status) is Status.WAITLISTED]
    if event.capacity is not None:
        changes.waitlisted += [p for p in changes.added if p.status is Status.WAITLISTED]
    changes.late_rows = _late_rows(drafts, event, changes.problems)
    return changes


def _indexes(existing: Sequence[Attendee]) -> tuple[dict[str, Attendee], dict[str, list[Attendee]],
                                                    dict[tuple[str, str], Attendee]]:
    by_code: dict[str, Attendee] = {}
    by_email: dict[str, list[Attendee]] = {}
    by_name: dict[tuple[str, str], Attendee] = {}
    for person in existing:
        for code in (person.code, *person.external_codes):
            if code:
                by_code.setdefault(fold_code(code), person)
        if person.email:
            by_email.setdefault(person.email.casefold(), []).append(person)
        key = name_key(person.given_name, person.family_name, person.organisation)
        if key is not None:
            by_name.setdefault(key, person)
    return by_code, by_email, by_name


def _emails_of(drafts: Sequence[RowDraft]) -> dict[str, int]:
    """How many rows of the file have each e-mail address."""
    counts: dict[str, int] = {}
    for draft in drafts:
        email = draft.values.get("email")
        if email:
            key = email.casefold()
            counts[key] = counts.get(key, 0) + 1
    return counts


def _match(draft: RowDraft, by_code: dict[str, Attendee], by_email: dict[str, list[Attendee]],
           by_name: dict[tuple[str, str], Attendee], file_emails: dict[str, int]) -> Attendee | None:
    # Each lookup is skipped when nobody could match it: the first import of a list into an empty event.
    if by_code:
        for code in draft.external_codes:
            if (person := by_code.get(fold_code(code))) is not None:
                return person
    values = draft.values
    key = name_key(values.get("given_name", ""), values.get("family_name", ""), values.get("organisation", ""))
    email = values.get("email", "").casefold() if by_email else ""
    at_mailbox = by_email.get(email, ()) if email else ()
    if at_mailbox and key is not None:
        for person in at_mailbox:
            if _same_name(person, key[0]):
                return person
    if by_name and key is not None and (person := by_name.get(key)) is not None:
        return person
    if len(at_mailbox) == 1 and file_emails.get(email) == 1:
        return at_mailbox[0]  # one person at this address in the event and one in the file: a name corrected
    return None


def _same_name(person: Attendee, words: str) -> bool:
    key = name_key(person.given_name, person.family_name, person.organisation)
    return key is not None and key[0] == words


def _states_waiting(draft: RowDraft) -> bool:
    """Whether the file says this person waits (the source's own waitlist, not one of ours)."""
    return draft.values.get("status") is Status.WAITLISTED


def _new_attendee(draft: RowDraft) -> Attendee:
    # A copy of a blank attendee: the dataclass's own __init__ takes three times as long.
    return _BLANK.with_fields(draft.values, registered_at=draft.registered_at, external_codes=draft.external_codes,
                              extra=dict(draft.extra))


def _updated(person: Attendee, draft: RowDraft, extra_columns: Sequence[str]) -> Attendee:
    fields = {name: value for name, value in draft.values.items()
              if name not in draft.weak and getattr(person, name) != value}
    if draft.registered_at is not None and _moved(draft.registered_at, person.registered_at):
        fields["registered_at"] = draft.registered_at
    known = {fold_code(code) for code in person.external_codes}
    added_codes = tuple(code for code in draft.external_codes if fold_code(code) not in known)
    if added_codes:
        fields["external_codes"] = (*person.external_codes, *added_codes)
    extra = {key: value for key, value in person.extra.items() if key not in extra_columns}
    extra.update(draft.extra)
    if extra != person.extra:
        fields["extra"] = extra
    if person.status is Status.CANCELLED and "status" not in draft.values:
        fields["status"] = Status.REGISTERED  # restored; the seats step may waitlist them again
    return person.with_changes(**fields) if fields else person


def _moved(new: datetime, old: datetime | None) -> bool:
    """Whether a registration time changed, compared as instants. The file's times are in the event's zone and
    the stored ones in UTC, and == between zones calls a time in the hour that daylight saving repeats or skips
    (02:30 on the last Sunday of October or March in Geneva) different from its own instant (PEP 495):
    every re-import would have updated those people."""
    return old is None or new - old != _NO_TIME


def _fill_seats(existing: Sequence[Attendee], after: dict[int, Attendee], new: list[tuple[RowDraft, Attendee]],
                capacity: int | None, rows_of: dict[int, int], open_category: str,
                stated_waiting: set[int]) -> dict[int, Status]:
    """Status by id (new people by -1 - index) for everyone who competes for a free seat.

    Nobody the file cancels or waitlists competes: the source's own answer stands. Without a capacity
    there are seats for all, and the new people are left out: they were made with their status, and
    listing a status for each of them was a third of working out a first import's changes."""
    before = {person.id: person for person in existing}
    holders = {i for i, p in after.items() if p.status is Status.REGISTERED
               and before[i].status is Status.REGISTERED}
    statuses: dict[int, Status] = {}
    candidates: list[tuple[tuple[bool, datetime, int, int], int]] = []
    seekers = [(i, p, rows_of.get(i, 1 << 30)) for i, p in after.items()
               if p.status is not Status.CANCELLED and i not in holders and i not in stated_waiting]
    if capacity is None:  # nobody waits, no order to work out
        return dict.fromkeys([key for key, _, _ in seekers], Status.REGISTERED)
    seekers += [(-1 - index, person, draft.row) for index, (draft, person) in enumerate(new)
                if person.status is Status.REGISTERED]
    for key, person, row in seekers:
        if person.category != open_category:
            statuses[key] = Status.REGISTERED
        else:
            candidates.append((_order(person, row, key), key))
    candidates.sort()
    free = max(capacity - len(holders) - len(statuses), 0)
    statuses.update((key, Status.REGISTERED if rank < free else Status.WAITLISTED)
                    for rank, (_, key) in enumerate(candidates))
    return statuses


def _order(person: Attendee, row: int, attendee_id: int) -> tuple[bool, datetime, int, int]:
    moment = person.registered_at
    return (moment is None, moment or _NEVER_TIME, row, attendee_id)


def _late_rows(drafts: Sequence[RowDraft], event: Event, problems: list[Problem]) -> list[int]:
    if event.registration_deadline is None:
        return []
    zone = ZoneInfo(event.timezone)
    skipped = {p.row for p in problems}
    return [draft.row for draft in drafts if draft.row not in skipped and draft.registered_at is not None
            and draft.registered_at.astimezone(zone).date() > event.registration_deadline]
