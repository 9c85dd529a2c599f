"""Build one person's e-mail: their language's template, the QR code inline, the ticket PDF attached.

The structure is the one every mail client shows well::

    multipart/mixed
      multipart/alternative
        text/plain                     the plain-text template
        multipart/related
          text/html                    the HTML template, <img src="cid:…">
          image/png                    the QR code (inline)
      application/pdf                  the ticket (confirmations only)
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import default as default_policy
from email.utils import format_datetime, formataddr, make_msgid
from typing import Any

from badges.ticket import TicketRenderer, qr_picture, spaced_code
from checkin.core.folding import fold
from checkin.core.models import Attendee, Event
from checkin.mail.replies import replied_message_id, reply_subject
from checkin.mail.templates import CONFIRMATION, TemplateSet, fill, fill_subject
from checkin.mail.ticket_words import format_event_dates, ticket_event, ticket_languages

QR_MODULE_PIXELS = 8

# Quoted-printable keeps the plain text and headers readable in the raw message and a server's logs;
# the HTML goes as base64, which the C encoder does several times faster than Python's quoted-printable.
# Headers go as base64 encoded-words: the standard library folds those in linear time, while its
# quoted-printable folding measures the subject over and over.
_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP
_UTF8.header_encoding = BASE64


def _multipart(subtype: str, *parts: Message) -> MIMEMultipart:
    # A random boundary given up front: left to itself, the generator compiles a regular expression
    # per part and scans the whole body with it, a third of the cost of a message.
    container = MIMEMultipart(subtype, boundary=f"=_checkin_{secrets.token_hex(12)}")
    for part in parts:
        container.attach(part)
    return container


def readable(message: Message) -> EmailMessage:
    """The message as the modern ``EmailMessage`` API reads it (get_body, get_content)."""
    return message_from_bytes(message.as_bytes(), policy=default_policy)


@dataclass(frozen=True)
class Sender:
    address: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] or "localhost"


class BadAddress(ValueError):
    """An e-mail address that no server would accept; ``address`` is the text at fault."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.address = address


_SIMPLE_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")


def check_address(address: str) -> str:
    """The address, stripped, if it looks deliverable; else :class:`BadAddress`."""
    text = (address or "").strip()
    if not _SIMPLE_ADDRESS.match(text) or ".." in text:
        raise BadAddress(text)
    try:
        Address(addr_spec=text)
    except (ValueError, IndexError):
        raise BadAddress(text) from None
    return text


def file_stem(attendee: Attendee) -> str:
    """"kurbalija-jovan-UJERSNXH…": readable in a folder, unique by the code, safe on every file system."""
    words = f"{attendee.family_name} {attendee.given_name}".strip() or attendee.name
    ascii_words = unicodedata.normalize("NFKD", fold(words)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_words).strip("-").lower()[:40].strip("-")
    return f"{slug}-{attendee.code}" if slug else attendee.code


def ticket_filename(attendee: Attendee) -> str:
    return f"ticket-{file_stem(attendee)}.pdf"


def person_dict(attendee: Attendee) -> dict[str, Any]:
    """What the badges package reads from a person."""
    return {
        "code": attendee.code, "given_name": attendee.given_name, "family_name": attendee.family_name,
        "honorific": attendee.honorific, "display_name": attendee.name, "organisation": attendee.organisation,
        "job_title": attendee.job_title, "category": attendee.category,
    }


class MessageBuilder:
    """Builds messages for one event; ticket layouts and QR pictures are prepared once per language."""

    def __init__(self, event: Event, templates: TemplateSet, sender: Sender, *, paper: str = "a4",
                 ticket_words: dict[str, dict[str, Any]] | None = None, clock=None) -> None:
        self.event = event
        self.templates = templates
        self.sender = sender
        self.paper = paper
        self.ticket_words = ticket_words
        self.clock = clock or (lambda: datetime.now(UTC))
        self._renderers: dict[tuple[str, ...], TicketRenderer] = {}

    def renderer(self, language: str) -> TicketRenderer:
        languages = ticket_languages(self.event, language)
        renderer = self._renderers.get(languages)
        if renderer is None:
            words = ticket_event(self.event, languages, self.ticket_words)
            renderer = self._renderers[languages] = TicketRenderer(words, self.paper)
        return renderer

    def ticket_pdf(self, attendee: Attendee, language: str) -> bytes:
        return self.renderer(language).pdf_bytes(person_dict(attendee))

    def values(self, attendee: Attendee, language: str) -> dict[str, str]:
        return {
            "given_name": attendee.given_name, "family_name": attendee.family_name, "honorific": attendee.honorific,
            "name": attendee.name, "organisation": attendee.organisation, "job_title": attendee.job_title,
            "email": attendee.email, "category": attendee.category, "code": attendee.code,
            "code_spaced": spaced_code(attendee.code), "event_title": self.event.title,
            "event_date": format_event_dates(self.event, language), "event_venue": self.event.venue,
            "organiser_name": self.sender.name or self.sender.address, "organiser_email": self.sender.address,
            "ticket_filename": ticket_filename(attendee),
        }

    def build(self, attendee: Attendee, kind: str, language: str, to: str | None = None) -> Message:
        """The message for ``attendee``; ``to`` replaces their address (a test send to the organiser).

        Built from the ``email.mime`` classes (the compat32 policy): the same bytes on the wire as
        ``EmailMessage``, at a tenth of the cost, which matters for a thousand messages. Use
        :func:`readable` to get the modern API back (the dialog's preview does).
        """
        template = self.templates.get(kind, language)
        values = self.values(attendee, template.language)
        recipient = check_address(to or attendee.email)
        with_ticket = kind == CONFIRMATION and bool(attendee.code)
        body = MIMEText(fill(template.text, values), "plain", _UTF8)
        if template.html.strip():
            cid = make_msgid(idstring="qr", domain=self.sender.domain)
            picture, side = qr_picture(attendee.code, module_pixels=QR_MODULE_PIXELS) if with_ticket else (b"", 0)
            image = (f'<img src="cid:{cid[1:-1]}" width="{side}" height="{side}" alt="QR {attendee.code}" '
                     'style="display:inline-block;border:0;">') if with_ticket else ""
            html = MIMEText(fill(template.html, values, as_html=True, raw={"qr_image": image}), "html", "utf-8")
            if with_ticket and "{qr_image}" in template.html:
                inline = MIMEImage(picture, "png")
                inline["Content-ID"] = cid
                inline.add_header("Content-Disposition", "inline", filename=f"qr-{attendee.code}.png")
                html = _multipart("related", html, inline)
            body = _multipart("alternative", body, html)
        if with_ticket:
            ticket = MIMEApplication(self.ticket_pdf(attendee, template.language), "pdf")
            ticket.add_header("Content-Disposition", "attachment", filename=ticket_filename(attendee))
            message = _multipart("mixed", body, ticket)
        else:
            message = body
        subject = fill_subject(template.subject, values)
        # A person who registered by e-mail gets the answer as a reply to their message (not a test send).
        answered = "" if to else replied_message_id(attendee)
        if answered:
            subject = reply_subject(attendee, subject)
            message["In-Reply-To"] = answered
            message["References"] = answered
        message["Subject"] = Header(subject, _UTF8)
        message["From"] = formataddr((self.sender.name, self.sender.address), "utf-8")
        message["To"] = formataddr((attendee.name if not to else "", recipient), "utf-8")
        message["Date"] = format_datetime(self.clock())
        message["Message-ID"] = make_msgid(idstring=attendee.code[-8:] or None, domain=self.sender.domain)
        message["Content-Language"] = template.language
        return message
