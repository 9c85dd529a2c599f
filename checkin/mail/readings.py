"""What one registration e-mail says, as values: MessageReading, PersonReading, FieldReading, Kind.

Each field keeps the exact words of `MessageReading.text` it was read from (`start` is their offset
there, -1 when they come from a header such as the sender's address) so a review can highlight them,
and a confidence from 0 to 1; below UNSURE_BELOW the field is unsure, and a person with an unsure field
(or without a family name) is not imported unless someone accepts them. Values only: the faces put the
problem codes into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

UNSURE_BELOW = 0.6
PERSON_FIELDS = ("honorific", "given_name", "family_name", "job_title", "organisation", "email", "language")
LANGUAGES = ("en", "fr", "de", "it")


class Kind(StrEnum):
    REGISTRATION = "registration"
    CANCELLATION = "cancellation"
    AUTO_REPLY = "auto_reply"  # out of office, delivery reports, RFC 3834 Auto-Submitted
    BULK = "bulk"  # newsletters, mailing lists, advertising
    QUESTION = "question"  # a message from a person that registers nobody


# Problems with a message as a whole (MessageReading.problems); the message is still read where it can be.
UNKNOWN_CHARSET = "unknown_charset"  # a part in a charset we cannot decode: read with replacement characters
BROKEN_STRUCTURE = "broken_structure"  # a MIME structure the parser had to repair (a cut multipart, a bad header)
NO_TEXT = "no_text"  # no text or HTML part to read
NO_MESSAGE_ID = "no_message_id"  # a stand-in id made from the message's bytes is used
NO_DATE = "no_date"  # neither a Received nor a Date header with a readable time
CLOCK_DISAGREES = "clock_disagrees"  # the sender's Date is far from when it arrived; the arrival counts
TEXT_CUT = "text_cut"  # a text longer than the reader's limit: only its beginning was read

# Why a message cannot be read at all (UnreadableMessage.code).
NOT_A_MESSAGE = "not_a_message"  # binary data, or text without a single header
TOO_MANY_HEADERS = "too_many_headers"  # a header bomb
EMPTY_MESSAGE = "empty_message"
# The reader itself failed on this message (a fault of ours): the import names it and goes on.
READER_FAILED = "reader_failed"


class UnreadableMessage(ValueError):
    """The bytes are not an e-mail we can read; `code` names why (NOT_A_MESSAGE, TOO_MANY_HEADERS, …)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code} {detail}".strip())
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class FieldReading:
    """One field of one person: the value, how sure the reader is, and the words it was read from.

    `words` is the exact text of MessageReading.text at `start` (or of a header when `start` is -1,
    `where` then names it: "from" for the sender's address or name, "subject"); the value may differ
    from the words (an honorific "Mme" is kept as written, a name in capitals is given its case)."""

    value: str
    confidence: float
    words: str
    start: int = -1
    where: str = "text"

    @property
    def unsure(self) -> bool:
        return self.confidence < UNSURE_BELOW

    @property
    def end(self) -> int:
        return self.start + len(self.words) if self.start >= 0 else -1

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": round(self.confidence, 2), "words": self.words,
                "start": self.start, "where": self.where, "unsure": self.unsure}


@dataclass(frozen=True)
class PersonReading:
    """One person a message registers (or cancels): the fields found, by name (see PERSON_FIELDS)."""

    fields: dict[str, FieldReading]

    def value(self, name: str) -> str:
        found = self.fields.get(name)
        return found.value if found else ""

    @property
    def unsure_fields(self) -> tuple[str, ...]:
        """The fields below the threshold, and "family_name" when there is none: a badge needs it."""
        unsure = tuple(name for name in PERSON_FIELDS if name in self.fields and self.fields[name].unsure)
        if not self.value("family_name") and "family_name" not in unsure:
            unsure += ("family_name",)
        return unsure

    @property
    def unsure(self) -> bool:
        return bool(self.unsure_fields)

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.value("given_name"), self.value("family_name")) if part)

    def values(self) -> dict[str, str]:
        return {name: found.value for name, found in self.fields.items() if found.value}

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "unsure": self.unsure, "unsure_fields": list(self.unsure_fields),
                "fields": {name: self.fields[name].to_json() for name in PERSON_FIELDS if name in self.fields}}


@dataclass(frozen=True)
class MessageReading:
    """Everything read from one message. `text` is the decoded plain text shown for review (HTML made
    text; quoted replies, forwarded headers' noise and signatures' disclaimers kept, so the words line
    up with what the sender wrote); the people's words point into it."""

    message_id: str
    received_at: datetime | None  # aware; the topmost Received header's time, else the Date header's
    sent_at: datetime | None  # the Date header's time (the sender's clock)
    sender: str  # the address
    sender_name: str
    subject: str
    language: str  # "en", "fr", "de" or "it"
    text: str
    kind: Kind
    people: tuple[PersonReading, ...] = ()
    problems: tuple[str, ...] = ()
    reply_to: str = ""  # the Reply-To address when it differs from the sender's
    # The addresses it was sent to (To, Cc, Delivered-To), lower case: they tell the organiser's own mailbox.
    recipients: tuple[str, ...] = ()
    # Why the kind was chosen, as evidence words (an auto-reply's header, "je ne pourrai plus venir").
    kind_words: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "received_at": self.received_at.isoformat() if self.received_at else None,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "sender": self.sender, "sender_name": self.sender_name, "subject": self.subject,
            "language": self.language, "kind": self.kind.value, "kind_words": self.kind_words,
            "problems": list(self.problems), "people": [person.to_json() for person in self.people],
            "text": self.text,
        }

