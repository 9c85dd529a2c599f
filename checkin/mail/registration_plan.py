"""Registration by e-mail: a mail source read into a plan, reviewed, then merged into the event.

    plan = plan_mail_import(session, path)          # reads, classifies, extracts, orders; writes nothing
    for person in plan.people():                    # each person found, in arrival order
        person.reading.fields[...]                  # value, confidence, words (see checkin.mail.readings)
        person.outcome                              # what applying would do to them (see OUTCOMES)
    person.accept({"family_name": "Dupont"})        # an unsure person taken in, with corrections
    person.drop()                                   # a person left out
    refresh(session, plan)                          # outcomes again after decisions
    report = apply_mail_import(session, plan)       # the merge, all or nothing

The rules:
- First come, first served by the organiser's clock: messages are ordered by the time the organiser's
  server received them (topmost Received header, else Date), each person's registration time is that.
- With the event's capacity the first people take the seats and later ones are waitlisted (the
  spreadsheet import's merge does the seats: checkin.io.merge). Messages received after the event's
  registration deadline (the whole day, in the event's time zone) are late: Status has no "late", so a
  late person is imported waitlisted (never taking a seat unasked) with the extra field LATE_EXTRA
  holding the day it arrived; the organiser may still register them. A late message from someone
  already registered only updates them.
- Several people in one message are a group (Attendee.group). A cancellation cancels the person it
  names or, when it names nobody, the one registered from the sender's address; registering again
  after it brings them back. A second message from the same person: the later details win, the first
  message's place in the queue is kept, and the report says so (DOUBLE_SUBMISSION, MERGED).
- Re-reading a source is idempotent by Message-ID: a message is read once per source, and a message
  whose people were all decided (taken or dropped) by an earlier import is not applied again
  (ALREADY_READ; the ids are kept in the event setting READ_SETTING), so what the organiser edited or
  dropped since stays so. A message with people left out as unsure comes back until they are decided.
  People of new messages are matched as a spreadsheet's rows are (e-mail and name), so codes and
  check-ins stay. Each person keeps the Message-ID, subject and language of their message (extra
  fields MESSAGE_ID_EXTRA, SUBJECT_EXTRA and Attendee.language) so confirmations can answer as replies
  (checkin.mail.replies).
- A message that cannot be read, or that the reader trips on, is named with a code (PlannedMessage
  .skipped) and the others are read: nothing is lost silently.
- Nothing unsure is imported silently: a person with an unsure field (PersonReading.unsure) is left out
  (LEFT_OUT) unless accepted; the CLI's --accept-unsure accepts them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from checkin.core.session import EventSession
from checkin.io.mailboxes import MailItem, count_messages, read_mail_source
from checkin.io.registrations import apply_import
from checkin.mail.mail_planning import decided_messages, plan_outcomes, read_items
from checkin.mail.plan_values import (
    ACCEPT,
    ALREADY_READ,
    AUTO,
    CANCELLED,
    DROP,
    DROPPED,
    LATE,
    LATE_EXTRA,
    LEFT_OUT,
    MERGED,
    MESSAGE_ID_EXTRA,
    NOT_FOUND,
    OUTCOMES,
    READ_SETTING,
    REGISTERED,
    SUBJECT_EXTRA,
    UNCHANGED,
    UPDATED,
    WAITLISTED,
    MailImportPlan,
    MailImportReport,
    PlannedMessage,
    PlannedPerson,
    Progress,
)

__all__ = [
    "ACCEPT",
    "ALREADY_READ",
    "AUTO",
    "CANCELLED",
    "DROP",
    "DROPPED",
    "LATE",
    "LATE_EXTRA",
    "LEFT_OUT",
    "MERGED",
    "MESSAGE_ID_EXTRA",
    "NOT_FOUND",
    "OUTCOMES",
    "READ_SETTING",
    "REGISTERED",
    "SUBJECT_EXTRA",
    "UNCHANGED",
    "UPDATED",
    "WAITLISTED",
    "MailImportPlan",
    "MailImportReport",
    "PlannedMessage",
    "PlannedPerson",
    "apply_mail_import",
    "plan_mail_import",
    "plan_mail_items",
    "refresh",
]


def plan_mail_import(session: EventSession, path: Path | str, progress: Progress | None = None) -> MailImportPlan:
    """Read every message of the mail source at `path` into a plan (see the module's docstring).

    Raises ImportFailure when the source cannot be read at all (see checkin.io.mailboxes); `progress` as
    for plan_mail_items, with the source's message count as the total."""
    items = read_mail_source(path)
    return plan_mail_items(session, items, str(path), progress, total=count_messages(path) if progress else 0)


def plan_mail_items(session: EventSession, items: Iterable[MailItem], source: str,
                    progress: Progress | None = None, total: int = 0) -> MailImportPlan:
    """A plan from messages however they came (a folder, an IMAP fetch); `source` names them in reports.

    `progress(done, total)` is called every hundred messages and at the end (`total` 0: not known);
    raise ImportCancelled from it to stop: nothing has been written."""
    messages = read_items(items, progress, total)
    plan = MailImportPlan(source, messages)
    refresh(session, plan)
    return plan


def refresh(session: EventSession, plan: MailImportPlan) -> MailImportPlan:
    """Work out again what applying would do, after decisions changed. Writes nothing."""
    plan_outcomes(session, plan)
    return plan


def apply_mail_import(session: EventSession, plan: MailImportPlan,
                      progress: Progress | None = None) -> MailImportReport:
    """Merge the people taken into the event in one transaction (nothing is written on failure)."""
    refresh(session, plan)
    if plan.records is not None and plan.records.rows:
        apply_import(session, plan.records, progress, index=False)
    decided = decided_messages(plan)
    if decided:
        store = session.store
        store.set_setting(READ_SETTING, sorted({*(store.get_setting(READ_SETTING) or ()), *decided}))
    return MailImportReport(plan)
