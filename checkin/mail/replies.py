"""Confirmations that answer a registration e-mail go out as replies to it.

A person who registered by e-mail keeps their message's Message-ID and subject (extra fields, written by
the e-mail import). Their confirmation or waitlist notice then carries In-Reply-To and References with
that id, so every mail program files it in the same conversation, and the subject "Re: <their subject>"
(Gmail threads by subject too). A subject that would make no sense as a reply (none, or one longer than a
line) leaves the template's own subject.
"""

from __future__ import annotations

import re

from checkin.core.models import Attendee

MESSAGE_ID_EXTRA = "E-mail Message-ID"
SUBJECT_EXTRA = "E-mail subject"
LONGEST_REPLY_SUBJECT = 150
_MESSAGE_ID = re.compile(r"^<[^<>\s]{3,250}>$")
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|r|sv|antw|rif)\s*:", re.IGNORECASE)


def replied_message_id(attendee: Attendee) -> str:
    """The Message-ID this person's messages answer, or "" (not registered by e-mail, or an id unfit for a header)."""
    value = attendee.extra.get(MESSAGE_ID_EXTRA, "").strip()
    return value if _MESSAGE_ID.match(value) else ""


def reply_subject(attendee: Attendee, own_subject: str) -> str:
    """"Re: <their subject>" when they wrote one that reads as a reply; else `own_subject`."""
    theirs = " ".join(attendee.extra.get(SUBJECT_EXTRA, "").split())
    if not replied_message_id(attendee) or not theirs or len(theirs) > LONGEST_REPLY_SUBJECT:
        return own_subject
    return theirs if _REPLY_PREFIX.match(theirs) else f"Re: {theirs}"
