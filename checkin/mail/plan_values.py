"""The values of an e-mail import plan: messages, people, decisions, outcomes (see registration_plan)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkin.core.purge import MESSAGES_READ_SETTING
from checkin.io.import_report import Changes, ImportPlan, Problem
from checkin.mail.readings import MessageReading, PersonReading

# The extra fields each person keeps of their message, so that confirmations can reply to it.
from checkin.mail.replies import MESSAGE_ID_EXTRA as MESSAGE_ID_EXTRA
from checkin.mail.replies import SUBJECT_EXTRA as SUBJECT_EXTRA

Progress = Callable[[int, int], Any]

LATE_EXTRA = "Received after the deadline"

# A person's decision (PlannedPerson.decision).
AUTO = ""  # imported when sure, left out when unsure
ACCEPT = "accept"
DROP = "drop"

# What applying does to a person (PlannedPerson.outcome).
REGISTERED = "registered"  # added (or restored) with a seat
WAITLISTED = "waitlisted"  # added on the waitlist: capacity reached
LATE = "late"  # received after the deadline: added waitlisted, marked late
UPDATED = "updated"  # already in the event: details changed
UNCHANGED = "unchanged"  # already in the event as read
CANCELLED = "cancelled"  # cancelled by a cancellation message
NOT_FOUND = "not_found"  # a cancellation for someone the event does not have
LEFT_OUT = "left_out"  # unsure and not accepted
DROPPED = "dropped"  # dropped by the organiser
MERGED = "merged"  # the same person again: their later message's details went to the earlier one
ALREADY_READ = "already_read"  # its message was read by an earlier import: the event is left as it is
OUTCOMES = (REGISTERED, WAITLISTED, LATE, UPDATED, UNCHANGED, CANCELLED, NOT_FOUND, LEFT_OUT, DROPPED, MERGED,
            ALREADY_READ)
# The event setting that lists the Message-IDs of the messages fully decided by an import (every person
# taken or dropped): reading them again changes nothing, whatever the organiser edited or dropped since.
READ_SETTING = MESSAGES_READ_SETTING  # a purge removes it with the people

# Why a message gives no one (PlannedMessage.skipped), besides UnreadableMessage codes and
# mailboxes' per-message problems.
SKIP_AUTO_REPLY = "auto_reply"
SKIP_BULK = "bulk"
SKIP_QUESTION = "question"
SKIP_DUPLICATE = "duplicate"  # a Message-ID already read from this source
SKIP_NOBODY = "nobody_found"  # a registration in which no person could be found
SKIP_OWN = "own_message"  # sent from the mailbox itself (a reply or a sent copy in the export); detail: the address


@dataclass
class PlannedPerson:
    """One person of one message, with the organiser's decision and what applying would do."""

    number: int  # 1, 2… across the plan, in arrival order
    message_key: str
    reading: PersonReading
    cancels: bool = False  # from a cancellation message
    decision: str = AUTO
    corrections: dict[str, str] = field(default_factory=dict)
    outcome: str = ""
    # The event's code for this person when they are (or would be matched to) someone already in it.
    code: str = ""
    note: str = ""  # a problem code about this person (DOUBLE_SUBMISSION, …)

    @property
    def unsure(self) -> bool:
        """Whether the reading is unsure of a field that no correction has set."""
        return self.reading.unsure and not self.corrections.keys() >= set(self.reading.unsure_fields)

    @property
    def taken(self) -> bool:
        """Whether the person goes into the event: accepted, or sure and not dropped."""
        return self.decision == ACCEPT or (self.decision == AUTO and not self.reading.unsure)

    def values(self) -> dict[str, str]:
        """The fields as read, with the corrections over them."""
        values = self.reading.values()
        values.update({name: value for name, value in self.corrections.items()})
        return {name: value for name, value in values.items() if value}

    def accept(self, corrections: dict[str, str] | None = None) -> None:
        self.decision = ACCEPT
        if corrections:
            self.corrections.update(corrections)

    def drop(self) -> None:
        self.decision = DROP

    def to_json(self) -> dict[str, Any]:
        document = {"number": self.number, **self.reading.to_json(), "decision": self.decision or "auto",
                    "outcome": self.outcome, "cancels": self.cancels}
        if self.corrections:
            document["corrections"] = dict(self.corrections)
        if self.code:
            document["code"] = self.code
        if self.note:
            document["note"] = self.note
        return document


@dataclass
class PlannedMessage:
    key: str
    where: str
    reading: MessageReading | None  # None when it could not be read
    skipped: str = ""  # why it gives no one ("" when it does)
    detail: str = ""
    people: list[PlannedPerson] = field(default_factory=list)
    late: bool = False

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {"key": self.key, "where": self.where, "skipped": self.skipped,
                                    "late": self.late}
        if self.detail:
            document["detail"] = self.detail
        if self.reading is not None:
            document.update(self.reading.to_json())
        document["people"] = [person.to_json() for person in self.people]
        return document


@dataclass
class MailImportPlan:
    path: Path | str
    messages: list[PlannedMessage]  # in arrival order; unreadable ones at the end
    records: ImportPlan | None = None  # the spreadsheet import's plan of the people taken
    changes: Changes = field(default_factory=Changes)
    problems: list[Problem] = field(default_factory=list)  # rows are PlannedPerson.number

    def people(self) -> list[PlannedPerson]:
        return [person for message in self.messages for person in message.people]

    def person(self, number: int) -> PlannedPerson:
        return next(person for person in self.people() if person.number == number)

    def unsure_people(self) -> list[PlannedPerson]:
        return [person for person in self.people() if person.reading.unsure]

    def accept_unsure(self) -> None:
        """Accept every unsure person the organiser has not decided on (the CLI's --accept-unsure)."""
        for person in self.unsure_people():
            if person.decision == AUTO:
                person.decision = ACCEPT

    def counts(self) -> dict[str, int]:
        """People by outcome (a person is counted once: a registration that a later message of the plan
        cancels shows "cancelled" but only the cancellation counts), and messages skipped by reason."""
        found = dict.fromkeys(OUTCOMES, 0)
        for person in self.people():
            if person.outcome and not (person.outcome == CANCELLED and not person.cancels):
                found[person.outcome] += 1
        skipped: dict[str, int] = {}
        for message in self.messages:
            if message.skipped:
                skipped[message.skipped] = skipped.get(message.skipped, 0) + 1
        return {"messages": len(self.messages), "people": len(self.people()), **found,
                **{f"skipped_{reason}": count for reason, count in sorted(skipped.items())}}


@dataclass
class MailImportReport:
    plan: MailImportPlan
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        plan = self.plan
        return {"source": str(plan.path), "dry_run": self.dry_run, "counts": plan.counts(),
                "messages": [message.to_json() for message in plan.messages],
                "problems": [problem.to_json() for problem in plan.problems]}
