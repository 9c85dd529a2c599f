"""Read one registration e-mail: who sent it, when it arrived, what kind it is, whom it registers.

    reading = read_message(raw_bytes)
    reading.kind                      # Kind.REGISTRATION, CANCELLATION, AUTO_REPLY, BULK or QUESTION
    reading.received_at               # the organiser's server's time (topmost Received), else Date
    for person in reading.people:     # one per person registered (an assistant and her ambassador: two)
        person.value("family_name")   # "" when not found
        found = person.fields["family_name"]
        found.value, found.confidence, found.words, found.start, found.unsure

The values are in checkin.mail.readings; the work is done by the small modules beside this one:
message_text (headers, arrival time, decoding to plain text, quoted and forwarded lines), message_kinds
(what kind of message), text_language (en/fr/de/it), people_reading with field_labels, delegations,
signatures and person_names (who is registered, field by field).
Plain Python on the standard library's `email` package (parsed with the compat32 policy, the few
headers needed decoded by hand: see message_text); no Qt, no network.
"""

from __future__ import annotations

from checkin.mail.message_kinds import classify
from checkin.mail.message_text import parse_message
from checkin.mail.people_reading import read_people
from checkin.mail.readings import (
    LANGUAGES,
    PERSON_FIELDS,
    UNSURE_BELOW,
    FieldReading,
    Kind,
    MessageReading,
    PersonReading,
    UnreadableMessage,
)
from checkin.mail.text_language import detect_language

__all__ = ["LANGUAGES", "PERSON_FIELDS", "UNSURE_BELOW", "FieldReading", "Kind", "MessageReading", "PersonReading",
           "UnreadableMessage", "read_message"]


def read_message(raw: bytes) -> MessageReading:
    """Read one e-mail (its bytes as stored: an mbox message, a Maildir or .eml file).

    Raises UnreadableMessage when the bytes are no e-mail at all (binary data, no header, a header bomb).
    Anything less (an unknown charset, a cut multipart) is read as far as it goes and named in `problems`.
    """
    parsed = parse_message(raw)
    # The subject counts too: "Inscription" tells a two-line message's language.
    language = detect_language(f"{parsed.subject}\n{parsed.own_text}")
    kind, kind_words = classify(parsed, language)
    people: tuple[PersonReading, ...] = ()
    if kind in (Kind.REGISTRATION, Kind.CANCELLATION):
        people = read_people(parsed, language, kind)
    return MessageReading(
        message_id=parsed.message_id, received_at=parsed.received_at, sent_at=parsed.sent_at,
        sender=parsed.sender, sender_name=parsed.sender_name, subject=parsed.subject, language=language,
        text=parsed.text, kind=kind, people=people, problems=parsed.problems, reply_to=parsed.reply_to,
        recipients=parsed.recipients,
        kind_words=kind_words)

