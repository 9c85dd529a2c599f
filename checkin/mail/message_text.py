"""From an e-mail's bytes to what a reader needs: its headers, its arrival time and its text as lines.

The text shown for review is the message's plain-text part (or its HTML part made text, or its only
part); every charset is decoded, a part labelled ISO-8859-1 is read as windows-1252 (what Outlook and
Windows mean by it), an unknown charset is read with replacement characters and named. The sender's
own lines are told apart from what they quote: lines after "On … wrote:" / "Le … a écrit :" / an
Outlook "-----Original Message-----" or "From: … Sent: …" block, and "> " lines, are quoted; a
forwarded message's own header block is skipped but its body is read (an assistant forwards the
invitation her ambassador answered) with the forwarded sender as the fallback address.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from checkin.mail.html_text import html_to_text
from checkin.mail.readings import (
    BROKEN_STRUCTURE,
    CLOCK_DISAGREES,
    EMPTY_MESSAGE,
    NO_DATE,
    NO_MESSAGE_ID,
    NO_TEXT,
    NOT_A_MESSAGE,
    TEXT_CUT,
    TOO_MANY_HEADERS,
    UNKNOWN_CHARSET,
    UnreadableMessage,
)

MAX_HEADER_FIELDS = 500
MAX_HEADER_BYTES = 512 * 1024
MAX_TEXT_CHARACTERS = 100_000  # a registration is a page; a longer text is read from its start
CLOCK_TOLERANCE = timedelta(hours=6)
# A part bigger than this is not a registration's words (an attachment): it is not handed to the parser,
# which would spend seconds splitting 50 MB of base64 into lines nobody reads.
_BIG_PART = 256 * 1024

_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_MISLABELLED = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                "ascii": "cp1252", "iso8859-1": "cp1252"}
_QUOTE_HEAD = re.compile(
    r"^\s*(?:"
    r"on .{3,200}wrote:|le .{3,200}a [ée]crit\s*:|am .{3,200}schrieb .{0,200}:|.{0,120}schrieb .{0,80}:|"
    r"il giorno .{3,200}ha scritto:|.{3,200} ha scritto:|"
    r"-{2,}\s*(?:original message|message d'origine|urspr[üu]ngliche nachricht|messaggio originale)\s*-{2,}|"
    r"_{10,})\s*$", re.IGNORECASE)
_FORWARD_HEAD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|message transf[ée]r[ée]|weitergeleitete nachricht|"
    r"messaggio inoltrato)\s*-{2,}|begin forwarded message:|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|"
    r"anfang der weitergeleiteten nachricht:|inizio messaggio inoltrato:)\s*$", re.IGNORECASE)
# The line Outlook writes above the message it answers or forwards, and its underscores.
_ORIGINAL_HEAD = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|message d'origine|urspr[üu]ngliche nachricht|messaggio originale)\s*-{2,}|"
    r"_{10,})\s*$", re.IGNORECASE)
# A forward's subject: Fwd:, FW:, TR: (French Outlook), WG: (German), I: (Italian), RV:, Enc:
_FORWARD_SUBJECT = re.compile(r"^\s*(?:re:\s*)?(?:fwd?|tr|wg|i|rv|enc)\s*:", re.IGNORECASE)
# An Outlook reply's header block: "From: …" then "Sent: …" (or its translations) within two lines.
_OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|de|von|da)\s*:\*?\s*\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\s*\*?(?:sent|date|envoy[ée]|gesendet|datum|inviato|data)\s*:", re.IGNORECASE)
_FORWARDED_HEADER = re.compile(r"^\s*\*?(?:from|de|von|da|date|sent|envoy[ée]|gesendet|datum|inviato|data|"
                               r"subject|objet|sujet|betreff|oggetto|to|[àa]|an|a|cc)\s*:\*?", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of the text: where it starts in the text, and its words (without the line break)."""

    start: int
    text: str
    quoted: bool = False  # quoted from an earlier message: not read for people
    forwarded: bool = False  # part of a forwarded message's body


@dataclass
class ParsedMessage:
    message_id: str
    received_at: datetime | None
    sent_at: datetime | None
    sender: str
    sender_name: str
    subject: str
    reply_to: str
    recipients: tuple[str, ...]
    text: str
    lines: list[Line]
    headers: dict[str, str]  # the headers classification looks at, lower-case names, first value
    content_types: tuple[str, ...] = ()
    forwarded_sender: str = ""
    forwarded_sender_name: str = ""
    problems: tuple[str, ...] = ()
    html_only: bool = False
    table_rows: list[tuple[int, list[tuple[int, str]]]] = field(default_factory=list)

    @property
    def own_lines(self) -> list[Line]:
        return [line for line in self.lines if not line.quoted]

    @property
    def own_text(self) -> str:
        return "\n".join(line.text for line in self.lines if not line.quoted and not line.forwarded) or \
            "\n".join(line.text for line in self.lines if not line.quoted)


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse the bytes of one e-mail. Raises UnreadableMessage when they are none."""
    if not raw.strip():
        raise UnreadableMessage(EMPTY_MESSAGE)
    _check_headers(raw)
    problems: list[str] = []
    # The compat32 policy: policy.default makes an object of every header each time one is read (parsing
    # Content-Type on every look at a part), which cost three times the parse itself; the few headers
    # read here are decoded by hand (RFC 2047 words, raw 8-bit UTF-8 or windows-1252).
    message = message_from_bytes(_without_big_parts(raw))
    parts = list(message.walk())
    if any(part.defects for part in parts) or not _has_body(raw):
        problems.append(BROKEN_STRUCTURE)
    # The first of each header, as written (classification looks at a few; only the subject is shown).
    # raw_items: items() would turn raw 8-bit bytes into replacement characters before we could read them.
    headers = {name.lower(): str(value) for name, value in reversed(list(message.raw_items()))}
    message_id = _message_id(message, raw, problems)
    sent_at = _date_of(headers.get("date", ""))
    received_at = _received_time(message)
    if received_at is None:
        received_at = sent_at
        if received_at is None:
            problems.append(NO_DATE)
    elif sent_at is not None and abs(sent_at - received_at) > CLOCK_TOLERANCE:
        problems.append(CLOCK_DISAGREES)
    # Addresses are split before their names are decoded: "=?utf-8?q?Wei=C3=9F=2C_J=C3=BCrgen?=" holds a comma.
    sender_name, sender = _address(headers.get("from", ""))
    _, reply_to = _address(headers.get("reply-to", ""))
    text, html_only, charset_problem = _body_text(parts)
    if charset_problem:
        problems.append(UNKNOWN_CHARSET)
    if not text.strip() and not any(part.get_content_maintype() == "text" for part in parts):
        problems.append(NO_TEXT)
    if len(text) > MAX_TEXT_CHARACTERS:
        text = text[:MAX_TEXT_CHARACTERS]
        problems.append(TEXT_CUT)
    lines, forwarded_from = _lines(text, bool(_FORWARD_SUBJECT.match(headers.get("subject", ""))))
    forwarded_name, forwarded_address = _address(forwarded_from) if forwarded_from else ("", "")
    return ParsedMessage(
        message_id=message_id, received_at=received_at, sent_at=sent_at, sender=sender.lower(),
        sender_name=sender_name, subject=_decoded_header(headers.get("subject", "")),
        reply_to=reply_to.lower() if reply_to.lower() != sender.lower() else "",
        recipients=_recipients(headers), text=text, lines=lines,
        headers=headers, content_types=tuple(part.get_content_type() for part in parts),
        forwarded_sender=forwarded_address.lower(), forwarded_sender_name=forwarded_name,
        problems=tuple(dict.fromkeys(problems)), html_only=html_only)


def _check_headers(raw: bytes) -> None:
    head = raw.lstrip(b"\r\n")
    end = head.find(b"\n\n")
    crlf_end = head.find(b"\r\n\r\n")
    if crlf_end != -1 and (end == -1 or crlf_end < end):
        end = crlf_end
    section = head if end == -1 else head[:end]
    if len(section) > MAX_HEADER_BYTES:
        raise UnreadableMessage(TOO_MANY_HEADERS, f"{len(section):,} bytes of headers")
    first = section.split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first) or b"\0" in section:
        raise UnreadableMessage(NOT_A_MESSAGE)
    fields = sum(1 for line in section.split(b"\n") if line[:1] not in (b" ", b"\t") and line.strip())
    if fields > MAX_HEADER_FIELDS:
        raise UnreadableMessage(TOO_MANY_HEADERS, f"{fields:,} header fields")
    known = (b"from:", b"date:", b"subject:", b"message-id:", b"received:", b"to:")
    if not any(line.lower().startswith(known) for line in section.split(b"\n")):
        raise UnreadableMessage(NOT_A_MESSAGE)


def _has_body(raw: bytes) -> bool:
    """Whether the headers end (an empty line): a message cut inside its headers has none."""
    head = raw.lstrip(b"\r\n")
    return b"\n\n" in head or b"\r\n\r\n" in head


_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^"\r\n;]+)"?', re.IGNORECASE)


def _without_big_parts(raw: bytes) -> bytes:
    """The message with the bodies of very large non-text parts emptied (their headers kept)."""
    if len(raw) < 4 * _BIG_PART:
        return raw
    boundaries = {match.group(1).strip() for match in _BOUNDARY.finditer(raw[:1 << 20])}
    if not boundaries:
        return raw
    pieces = re.split(rb"(\r?\n--(?:" + b"|".join(re.escape(b) for b in boundaries) + rb")(?:--)?[ \t]*\r?\n)", raw)
    kept: list[bytes] = []
    for piece in pieces:
        if len(piece) > _BIG_PART:
            head_end = piece.find(b"\n\n")
            if head_end == -1:
                head_end = piece.find(b"\r\n\r\n")
            head = piece[:head_end] if head_end != -1 else b""
            if head and not re.search(rb"content-type:\s*text/", head, re.IGNORECASE):
                piece = head + b"\n\n"
        kept.append(piece)
    return b"".join(kept)


def _decoded_header(value: object) -> str:
    """A header's text: encoded-words decoded, raw 8-bit bytes read as UTF-8 (else windows-1252), unfolded."""
    text = str(value)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # raw bytes the parser kept as surrogates
            data = text.encode("utf-8", "surrogateescape")
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", "replace")
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except (MessageError, LookupError, UnicodeError, ValueError):  # a charset name that is no charset
            pass
    return " ".join(text.split())


def _message_id(message: Message, raw: bytes, problems: list[str]) -> str:
    value = _decoded_header(message.get("Message-ID", "")).strip()  # ASCII by nature
    match = re.search(r"<[^<>\s]+>", value)
    if match:
        return match.group()
    if value and " " not in value:
        return f"<{value.strip('<>')}>"
    problems.append(NO_MESSAGE_ID)
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@no-message-id.invalid>"


def _date_of(text: str) -> datetime | None:
    text = " ".join(text.split())
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _received_time(message: Message) -> datetime | None:
    """The time in the topmost Received header: when the organiser's own server took the message."""
    for value in message.get_all("Received", failobj=[]):
        _, separator, when = str(value).rpartition(";")
        if separator:
            moment = _date_of(" ".join(when.split()))
            if moment is not None:
                return moment
    return None


_SIMPLE_ADDRESS = re.compile(r'^\s*(?:"?(?P<name>[^"<>,;:@\\()]*?)"?\s*)?<(?P<address>[^<>@\s,;"]+@[^<>@\s,;"]+)>\s*$'
                             r'|^\s*(?P<bare>[^<>@\s,;"()]+@[^<>@\s,;"()]+)\s*$')


def _recipients(headers: dict[str, str]) -> tuple[str, ...]:
    """The addresses of Delivered-To, To and Cc, lower case, each once."""
    found: dict[str, None] = {}
    for name in ("delivered-to", "to", "cc"):
        value = headers.get(name, "")
        if '"' in value or "(" in value:  # a quoted name may hold a comma: the full parser
            pairs = getaddresses([value])
        else:
            pairs = [_address(piece) for piece in value.split(",")]
        found.update((address.lower(), None) for _, address in pairs if address)
    return tuple(found)


def _address(value: str) -> tuple[str, str]:
    """(the decoded display name, the address) of the first address in a header's raw value."""
    if not value.strip():
        return "", ""
    simple = _SIMPLE_ADDRESS.match(value)
    if simple is not None:  # "Name <address>" or a bare address: most mail, read without the full parser
        name = _decoded_header(simple.group("name") or "").strip().strip("'\"")
        return name, simple.group("address") or simple.group("bare")
    pairs = [pair for pair in getaddresses([value]) if pair[1]]
    name, address = pairs[0] if pairs else parseaddr(value)
    name = _decoded_header(name).strip().strip("'\"")
    if "@" not in address:
        return name, ""
    return name, address.strip()


def _body_text(parts: list[Message]) -> tuple[str, bool, bool]:
    """(the text, whether it came from HTML, whether a charset could not be decoded).

    The first plain-text part that is no attachment, else the first HTML one, else any text part."""
    texts = [part for part in parts if part.get_content_maintype() == "text"]
    inline = [part for part in texts if not _attachment(part)] or texts
    plain = next((part for part in inline if part.get_content_subtype() == "plain"), None)
    html = next((part for part in inline if part.get_content_subtype() == "html"), None)
    if plain is None and html is None:
        if not inline:
            return "", False, False
        plain = inline[0]
    if plain is not None:
        text, bad = _decoded(plain)
        if text.strip() or html is None:
            return _normalised(text), False, bad
    assert html is not None
    text, bad = _decoded(html)
    return _normalised(html_to_text(text)), True, bad


def _attachment(part: Message) -> bool:
    return str(part.get("Content-Disposition", "")).strip().lower().startswith("attachment")


def _decoded(part: Message) -> tuple[str, bool]:
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = b""
    if isinstance(payload, str):
        payload = payload.encode("utf-8", "replace")
    charset = (part.get_content_charset() or "us-ascii").lower().strip()
    charset = _MISLABELLED.get(charset, charset)
    try:
        return payload.decode(charset), False
    except LookupError:
        pass
    except UnicodeDecodeError:
        # Declared UTF-8 but written in windows-1252 (or the reverse): the other one often reads it.
        for other in ("utf-8", "cp1252"):
            if other != charset:
                try:
                    return payload.decode(other), False
                except UnicodeDecodeError:
                    continue
        return payload.decode(charset, "replace"), True
    try:
        return payload.decode("utf-8"), True
    except UnicodeDecodeError:
        return payload.decode("cp1252", "replace"), True


_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


def _normalised(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _lines(text: str, forward: bool = False) -> tuple[list[Line], str]:
    """The text's lines, each marked quoted or forwarded; and the forwarded message's From value.

    With `forward` (the subject says Fwd:/FW:/TR:/WG:…), the head Outlook writes above an earlier
    message ("-----Original Message-----", "From: … Sent: …") opens a forwarded message to read, not a
    quote to leave out: Outlook forwards under the same head as it replies."""
    raw_lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        raw_lines.append((at, line))
        at += len(line) + 1
    lines: list[Line] = []
    quoting = forwarding = in_forward_head = False
    forwarded_from = ""
    for index, (start, line) in enumerate(raw_lines):
        stripped = line.strip()
        if forward and not quoting and not forwarding:
            if _ORIGINAL_HEAD.match(line):
                forwarding = in_forward_head = True
                lines.append(Line(start, line, quoted=True))
                continue
            if _outlook_block(raw_lines, index):
                forwarding = in_forward_head = True
        if not quoting and _FORWARD_HEAD.match(line):
            forwarding = in_forward_head = True
            lines.append(Line(start, line, quoted=True))
            continue
        if in_forward_head:
            if not stripped:
                in_forward_head = False
                lines.append(Line(start, line, quoted=True))
                continue
            if _FORWARDED_HEADER.match(line):
                if not forwarded_from and _OUTLOOK_FROM.match(line):
                    forwarded_from = line.split(":", 1)[1].strip().strip("*").strip()
                lines.append(Line(start, line, quoted=True))
                continue
            in_forward_head = False
        if not quoting and not forwarding and (_QUOTE_HEAD.match(line) or _outlook_block(raw_lines, index)):
            quoting = True
        if quoting or stripped.startswith(">"):
            lines.append(Line(start, line, quoted=True))
            continue
        lines.append(Line(start, line, forwarded=forwarding))
    return lines, forwarded_from


def _outlook_block(raw_lines: list[tuple[int, str]], index: int) -> bool:
    if not _OUTLOOK_FROM.match(raw_lines[index][1]):
        return False
    following = [line for _, line in raw_lines[index + 1:index + 3]]
    return any(_OUTLOOK_SENT.match(line) for line in following)
