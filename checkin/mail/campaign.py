"""Who gets which message, and sending them one by one with the log kept up to date.

A plan lists every attendee with the message they would get (a confirmation, or the waitlist notice)
in their language, or why they get none (no address, a malformed one, cancelled, already sent). Both
faces show the plan (dry run, preview), then run it: each message is logged the moment the server
accepts or refuses it, so the log is right even when the batch stops half-way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from checkin.core.models import Attendee, Event, Status
from checkin.mail.messages import BadAddress, MessageBuilder, check_address
from checkin.mail.send_log import FAILED, SENT, SKIPPED, LogEntry, SendLog, last_sent
from checkin.mail.smtp_sender import SendResult, SmtpError
from checkin.mail.templates import CONFIRMATION, DEFAULT_LANGUAGE, WAITLIST, TemplateSet

NO_EMAIL = "no_email"
BAD_EMAIL = "bad_email"
CANCELLED = "cancelled"
ALREADY_SENT = "already_sent"
NOT_CHOSEN = "not_chosen"
# Reasons worth a line in the send log: the organiser must fix something for these people.
LOGGED_SKIPS = (NO_EMAIL, BAD_EMAIL)

_CODE_NOISE = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Planned:
    attendee: Attendee
    kind: str
    language: str
    address: str
    skip: str | None = None  # why nothing is sent, or None

    @property
    def attendee_id(self) -> int:
        assert self.attendee.id is not None
        return self.attendee.id


@dataclass
class Plan:
    items: list[Planned]
    unknown_codes: list[str] = field(default_factory=list)

    @property
    def to_send(self) -> list[Planned]:
        return [item for item in self.items if item.skip is None]

    def skipped(self, reason: str) -> list[Planned]:
        return [item for item in self.items if item.skip == reason]


def message_language(attendee: Attendee, event: Event, available: Collection[str]) -> str:
    """The person's language when there are templates for it, else the event's first, else English."""
    for candidate in (attendee.language.strip().lower()[:2], *event.languages, DEFAULT_LANGUAGE):
        if candidate in available:
            return candidate
    return DEFAULT_LANGUAGE


def normalise_code(code: str) -> str:
    return _CODE_NOISE.sub("", code).upper()


def make_plan(attendees: Iterable[Attendee], event: Event, templates: TemplateSet, log: SendLog, *,
              resend: Collection[str] | None = None, include_waitlist: bool = True) -> Plan:
    """Who would get what. With ``resend`` (codes), only those people, even if they already had theirs."""
    chosen = {normalise_code(c) for c in resend or ()}
    languages = set(templates.languages(CONFIRMATION)) | set(templates.languages(WAITLIST))
    items: list[Planned] = []
    found: set[str] = set()
    for attendee in attendees:
        assert attendee.id is not None
        kind = WAITLIST if attendee.status is Status.WAITLISTED else CONFIRMATION
        language = message_language(attendee, event, languages)
        address = attendee.email.strip()
        skip: str | None = None
        if chosen:
            if normalise_code(attendee.code) not in chosen:
                continue
            found.add(normalise_code(attendee.code))
        if attendee.status is Status.CANCELLED or (kind == WAITLIST and not include_waitlist):
            skip = CANCELLED if attendee.status is Status.CANCELLED else NOT_CHOSEN
        elif not address:
            skip = NO_EMAIL
        else:
            try:
                address = check_address(address)
            except BadAddress:
                skip = BAD_EMAIL
        if skip is None and not chosen and last_sent(log.entries(attendee.id), kind) is not None:
            skip = ALREADY_SENT
        items.append(Planned(attendee, kind, language, address, skip))
    unknown = sorted(chosen - found)
    return Plan(items, unknown_codes=unknown)


@dataclass(frozen=True)
class Outcome:
    item: Planned
    status: str  # sent / failed / skipped
    detail: str = ""
    message_id: str = ""


@dataclass
class RunResult:
    planned: int = 0  # messages and logged skips the run meant to go through
    outcomes: list[Outcome] = field(default_factory=list)
    stopped_by: SmtpError | None = None  # the server became unusable; the rest were not tried
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def not_tried(self) -> int:
        return self.planned - len(self.outcomes)


Progress = Callable[[int, int, Outcome], None]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def run_plan(plan: Plan, builder: MessageBuilder, sender, log: SendLog, *, progress: Progress | None = None,
             should_stop: Callable[[], bool] | None = None, clock: Callable[[], str] = _now) -> RunResult:
    """Send every planned message through ``sender`` (already connected or connecting on first use)."""
    work = [item for item in plan.items if item.skip is None or item.skip in LOGGED_SKIPS]
    result = RunResult(planned=len(work))
    for done, item in enumerate(work, start=1):
        if should_stop is not None and should_stop():
            result.cancelled = True
            break
        if item.skip is not None:
            log.record(item.attendee_id, LogEntry(item.kind, SKIPPED, clock(), item.address, item.language,
                                                  detail=item.skip))
            outcome = Outcome(item, SKIPPED, item.skip)
        else:
            message = builder.build(item.attendee, item.kind, item.language)
            message_id = str(message["Message-ID"])
            try:
                sent: SendResult = sender.send(message, [item.address])
            except SmtpError as error:
                log.record(item.attendee_id, LogEntry(item.kind, FAILED, clock(), item.address, item.language,
                                                      message_id, f"{error.reason}: {error.detail}"))
                result.outcomes.append(Outcome(item, FAILED, error.detail))
                result.stopped_by = error
                if progress is not None:
                    progress(done, len(work), result.outcomes[-1])
                break
            status = SENT if sent.accepted else FAILED
            log.record(item.attendee_id, LogEntry(item.kind, status, clock(), item.address, item.language,
                                                  message_id, sent.detail))
            outcome = Outcome(item, status, sent.detail, message_id)
        result.outcomes.append(outcome)
        if progress is not None:
            progress(done, len(work), outcome)
    return result


def test_send(plan: Plan, builder: MessageBuilder, sender, to: str) -> list[tuple[Planned, SendResult]]:
    """One message of each kind and language to the organiser's own address; nothing is logged."""
    address = check_address(to)
    samples: dict[tuple[str, str], Planned] = {}
    for item in plan.items:
        if item.skip in (None, ALREADY_SENT):
            samples.setdefault((item.kind, item.language), item)
    results = []
    for item in samples.values():
        message = builder.build(item.attendee, item.kind, item.language, to=address)
        results.append((item, sender.send(message, [address])))
    return results
