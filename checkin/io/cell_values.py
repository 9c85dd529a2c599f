"""Turning raw cells into clean values: text, e-mail, category, language, registration time.

Text that looks like a formula ("=1+2", "+41 22 …", "@handle") stays text: nothing is ever evaluated.
Excel error values ("#REF!") and control characters are reported, not kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from operator import attrgetter, itemgetter, methodcaller
from typing import Any
from zoneinfo import ZoneInfo

from checkin.core.folding import fold
from checkin.core.models import Status

ERROR_LITERALS = frozenset({"#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!",
                            "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#N/A!"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
# What a list puts before an address that _EMAIL lets through, and clean_email() takes off.
_LEADING_PUNCTUATION = (".", ";", ",")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}$")
_EXCEL_EPOCH = datetime(1899, 12, 30)
_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?\s*([ap]\.?m\.?)?)?$", re.IGNORECASE)
_TEXT_FORMATS = ("%b %d, %Y %I:%M %p", "%b %d, %Y %H:%M", "%b %d, %Y %I:%M:%S %p", "%b %d, %Y %H:%M:%S",
                 "%B %d, %Y %H:%M %z", "%B %d, %Y %H:%M", "%d %B %Y %H:%M", "%d %b %Y %H:%M", "%B %d, %Y",
                 "%d %B %Y", "%b %d, %Y")
# What exports write where they have nothing: Open Event "-", Microsoft Forms "anonymous" for a respondent
# who did not sign in. Read as empty in the columns that name a person, a status or an order.
PLACEHOLDERS = frozenset({"-", "–", "—", "n/a", "N/A", "none", "None", "null", "NULL", "anonymous", "Anonymous",
                          "anonyme", "anonym", "anonimo", "anónimo"})

# The source's own status, in the words of pretix (paid, pending, expired, canceled), Eventbrite (Attending,
# Not Attending, Checked In, Deleted), Indico (Completed, Pending, Rejected, Withdrawn, Awaiting payment),
# Zoom (approved, pending, denied), alf.io (ACQUIRED, TO_BE_PAID, CHECKED_IN, CANCELLED, EXPIRED, RELEASED,
# INVALIDATED, PENDING, PRE_RESERVED), Open Event (completed, placed, pending, initializing, cancelled,
# expired, deleted), and of organisers in English, French, German and Italian. Compared folded.
STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.CANCELLED: (
        "cancelled", "canceled", "cancellation", "refunded", "refund", "withdrawn", "rejected", "denied",
        "declined", "expired", "deleted", "not attending", "invalidated", "released", "no", "annule", "annulee",
        "annulation", "refuse", "refusee", "rembourse", "desiste", "desistee", "retire", "storniert", "abgesagt",
        "abgelehnt", "zuruckgezogen", "erstattet", "annullato", "annullata", "cancellato", "cancellata",
        "rifiutato", "rifiutata", "ritirato", "ritirata", "rimborsato",
    ),
    Status.WAITLISTED: (
        "pending", "awaiting approval", "waiting for approval", "waiting list", "waitlist", "waitlisted",
        "wait list", "on the waiting list", "on waiting list", "pre reserved", "initializing", "en attente",
        "liste d attente", "en liste d attente", "en attente de validation", "warteliste", "auf der warteliste",
        "ausstehend", "wartend", "in attesa", "lista d attesa", "in lista d attesa",
    ),
    Status.REGISTERED: (
        "registered", "paid", "completed", "complete", "confirmed", "approved", "attending", "checked in",
        "acquired", "to be paid", "awaiting payment", "placed", "free", "accepted", "active", "valid", "yes",
        "ok", "inscrit", "inscrite", "confirme", "confirmee", "paye", "payee", "accepte", "acceptee", "valide",
        "angemeldet", "bestatigt", "bezahlt", "akzeptiert", "iscritto", "iscritta", "confermato", "confermata",
        "pagato", "pagata", "accettato", "accettata",
    ),
}
_STATUS_LOOKUP = {word: status for status, words in STATUS_WORDS.items() for word in words}
_STATUS_ORDER = (Status.CANCELLED, Status.WAITLISTED, Status.REGISTERED)


def resolve_status(text: str) -> Status | None:
    """The status a cell states, or None when its words are not a status we know."""
    key = " ".join(re.sub(r"[^\w]+|_", " ", fold(text)).split())
    if key in _STATUS_LOOKUP:
        return _STATUS_LOOKUP[key]
    # "Cancelled by attendee", "Attending (checked in)": a known phrase among other words.
    padded = f" {key} "
    for status in _STATUS_ORDER:
        if any(f" {word} " in padded for word in STATUS_WORDS[status] if len(word) > 3):
            return status
    return None


DEFAULT_CATEGORY = "Participant"
DEFAULT_CATEGORIES = ("Speaker", "Moderator", "Panellist", "Participant", "Organiser", "Press", "Staff",
                      "Sponsor", "Exhibitor", "Guest", "VIP")
CATEGORY_SYNONYMS = {
    "Speaker": ("speakers", "keynote", "keynote speaker", "presenter", "intervenant", "intervenante",
                "orateur", "oratrice", "conferencier", "conferenciere", "referent", "referentin", "redner",
                "rednerin", "sprecher", "sprecherin", "relatore", "relatrice", "oratore"),
    "Moderator": ("moderators", "chair", "facilitator", "moderateur", "moderatrice", "moderatorin",
                  "moderatore", "animateur", "animatrice"),
    "Panellist": ("panelist", "panellists", "panelists", "panel", "paneliste", "panelliste", "panelistin",
                  "podiumsteilnehmer", "podiumsteilnehmerin", "panelista"),
    "Participant": ("participants", "attendee", "delegate", "general admission", "standard", "regular",
                    "participante", "delegue", "deleguee", "teilnehmer", "teilnehmerin", "partecipante",
                    "auditeur", "besucher", "visitor"),
    "Organiser": ("organizer", "organisers", "organizers", "organisation team", "host", "organisateur",
                  "organisatrice", "veranstalter", "organisator", "organisatorin", "organizzatore",
                  "organizzatrice"),
    "Press": ("media", "journalist", "journalists", "presse", "medias", "journaliste", "medien",
              "journalistin", "stampa", "giornalista"),
    "Staff": ("crew", "volunteer", "volunteers", "personnel", "benevole", "mitarbeiter", "mitarbeiterin",
              "helfer", "helferin", "personale", "volontario", "volontaria"),
    "Sponsor": ("sponsors", "partner", "sponsorin", "partenaire", "sponsorizzatore"),
    "Exhibitor": ("exhibitors", "exposant", "exposante", "aussteller", "ausstellerin", "espositore"),
    "Guest": ("guests", "invite", "invitee", "gast", "ospite", "invitato", "invitata"),
    "VIP": ("v i p", "very important person"),
}
LANGUAGE_NAMES = {
    "en": ("english", "anglais", "englisch", "inglese", "eng"),
    "fr": ("french", "francais", "franzosisch", "francese", "fra", "fre"),
    "de": ("german", "allemand", "deutsch", "tedesco", "deu", "ger"),
    "it": ("italian", "italien", "italienisch", "italiano", "ita"),
    "es": ("spanish", "espagnol", "spanisch", "spagnolo", "espanol", "spa"),
    "ar": ("arabic", "arabe", "arabisch", "arabo"),
    "zh": ("chinese", "chinois", "chinesisch", "cinese"),
    "ru": ("russian", "russe", "russisch", "russo"),
}
_LANGUAGE_LOOKUP = {name: code for code, names in LANGUAGE_NAMES.items() for name in names}


def text_of(value: Any) -> tuple[str, str | None]:
    """(clean one-line text, problem code or None) for any cell value."""
    if value is None or value == "":
        return "", None
    if type(value) is str and value.isprintable():
        # Most cells: no control character, and no space but the ASCII one (the others are not printable).
        text = value if "  " not in value and value[0] != " " and value[-1] != " " else " ".join(value.split())
        if text[:1] == "#" and text in ERROR_LITERALS:
            return "", "error_cell"
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return text, None
    if isinstance(value, str):
        problem = None
        if not value.isprintable() and _CONTROL.search(value):
            value, problem = _CONTROL.sub("", value), "control_characters"
        text = " ".join(value.split())
        if text in ERROR_LITERALS:
            return "", "error_cell"
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return text, problem
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)), None
    if isinstance(value, (datetime, date, time)):
        return value.isoformat(), None
    return " ".join(str(value).split()), None


def text_column(values: Sequence[Any]) -> tuple[list[str], dict[int, str]]:
    """text_of() for a whole column: (texts, {position: problem code} for the cells with a problem).

    A column of few distinct values (an organisation, a category, a job title) is cleaned once per
    value; caching a column of unique values (e-mails, codes) would cost more than it saves."""
    if _clean_already(values):
        return list(values), {}
    sample = values[:256]
    try:
        # True == 1 == 1.0 as cache keys, yet they read "TRUE" and "1": a column holding booleans is not cached.
        repeated = len(set(sample)) * 2 <= len(sample) and bool not in set(map(type, values))
    except TypeError:  # an unhashable cell, which no reader makes today
        repeated = False
    results = list(map(lru_cache(maxsize=None)(text_of) if repeated else text_of, values))
    texts = list(map(itemgetter(0), results))
    if not any(map(itemgetter(1), results)):
        return texts, {}
    return texts, {position: problem for position, (_, problem) in enumerate(results) if problem}


def _clean_already(values: Sequence[Any]) -> bool:
    """Whether text_of() would give every value back as it is, with no problem: most columns of a list hold
    only text, printable, in NFC, with no space at either end or two in a row, and no Excel error. Seen
    on the column joined into one text, a few scans in C instead of a call per cell; any doubt says no."""
    # "|" is printable and no space, and in NFC it combines with nothing: the text has a property
    # exactly when every value has it. A value holding "| " or " |" only costs the slower way.
    try:
        joined = "|".join(values)
    except TypeError:  # a value that is not text (a number, a date, an empty cell)
        return False
    return (joined.isprintable() and "  " not in joined and "#" not in joined and "| " not in joined
            and " |" not in joined and joined[:1] != " " and joined[-1:] != " "
            and (joined.isascii() or unicodedata.is_normalized("NFC", joined)))


def plain_addresses(texts: Sequence[str]) -> bool:
    """Whether clean_email() finds every address of a column (empty texts aside) valid as it stands: then
    nothing needs a call per row. Mapped in C."""
    leading = methodcaller("startswith", _LEADING_PUNCTUATION)
    return all(map(_EMAIL.match, filter(None, texts))) and not any(map(leading, texts))


def clean_email(text: str) -> tuple[str, bool]:
    """(address, valid). Brackets, "mailto:" and a display name around the address are taken off."""
    # Most cells: a bare address, nothing to take off.
    if _EMAIL.match(text) and not text.startswith(_LEADING_PUNCTUATION):
        return text, True
    address = text.strip()
    if "<" in address and address.endswith(">"):
        address = address[address.rindex("<") + 1:-1]
    if address.lower().startswith("mailto:"):
        address = address[7:]
    address = address.strip().strip(".;,")
    return address, bool(_EMAIL.match(address))


class CategoryRules:
    """The event's categories and the words that mean them, in four languages."""

    def __init__(self, categories: Iterable[str] | None = None) -> None:
        names = [c for c in (categories or ()) if isinstance(c, str) and c.strip()] or list(DEFAULT_CATEGORIES)
        self.categories = names
        self._new: dict[str, str] = {}
        self.default = DEFAULT_CATEGORY if DEFAULT_CATEGORY in names else names[0]
        self._lookup = {fold(name).strip(): name for name in names}
        for canonical, words in CATEGORY_SYNONYMS.items():
            target = self._lookup.get(fold(canonical))
            if target is None:
                continue
            for word in words:
                self._lookup.setdefault(word, target)

    def resolve(self, text: str) -> tuple[str, bool]:
        """(category, known). Empty text is the default category; unknown text is a category of its own,
        spelt as it was first met (so "délégation" and "Délégation" are one)."""
        if not text:
            return self.default, True
        key = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
        found = self._lookup.get(key) or self._lookup.get(key.rstrip("s"))
        if found:
            return found, True
        return self._new.setdefault(key, text), False


def normalise_language(text: str) -> str:
    key = fold(text).strip()
    if key in _LANGUAGE_LOOKUP:
        return _LANGUAGE_LOOKUP[key]
    if re.fullmatch(r"[a-z]{2}([-_][a-z]{2,4})?", key):
        return key[:2]
    return text


def day_first_order(values: Sequence[Any]) -> bool:
    """Whether "03/09/2018" in this column means 3 September: decided by any day above 12."""
    for value in values:
        if isinstance(value, str) and (match := _NUMERIC_DATE.match(value.strip())):
            first, second = int(match.group(1)), int(match.group(2))
            if len(match.group(1)) == 4:
                continue
            if first > 12:
                return True
            if second > 12:
                return False
    return True


def zoned_moments(values: Sequence[Any], timezone: ZoneInfo) -> list[datetime] | None:
    """parse_moment() of a whole column that holds only date cells without a zone (as calamine reads an
    xlsx): each given the zone, mapped in C. None when the column holds anything else.

    calamine reads a cell at midnight as a day, not a time (one row in 500 of a list with minutes, every
    row of a list with dates only): a day is its midnight, as parse_moment() makes it."""
    kinds = set(map(type, values))
    if not values or not {datetime, date}.issuperset(kinds):
        return None
    if date in kinds:
        values = [datetime.combine(value, time()) if type(value) is date else value for value in values]
    if any(map(attrgetter("tzinfo"), values)):
        return None
    return list(map(methodcaller("replace", tzinfo=timezone), values))


def parse_moment(value: Any, timezone: ZoneInfo, day_first: bool = True) -> datetime | None:
    """A registration time from any cell; None when there is none; ValueError when unreadable."""
    if type(value) is datetime:  # most spreadsheets: a date cell, read first as an import asks for every row
        return value if value.tzinfo else value.replace(tzinfo=timezone)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        moment = _from_serial(float(value))
    elif isinstance(value, str):
        moment = _from_text(value.strip(), day_first)
    else:
        raise ValueError(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone)


def _from_serial(serial: float) -> datetime:
    # Excel serial days; 1995–2100 is every plausible registration time, anything else is not a date.
    if not 34700 <= serial <= 73051:
        raise ValueError(serial)
    return _EXCEL_EPOCH + timedelta(days=serial)


def _from_text(text: str, day_first: bool) -> datetime:
    if not text:
        raise ValueError(text)
    try:
        return datetime.fromisoformat(text.replace(" UTC", "+00:00"))
    except ValueError:
        pass
    match = _NUMERIC_DATE.match(text)
    if match:
        a, b, c, hour, minute, second, meridiem = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        else:
            day, month = (int(a), int(b)) if day_first else (int(b), int(a))
            year = int(c) + (2000 if len(c) <= 2 else 0)
        hours = int(hour or 0)
        if meridiem:
            hours = hours % 12 + (12 if meridiem.lower().startswith("p") else 0)
        return datetime(year, month, day, hours, int(minute or 0), int(second or 0))
    try:
        return _from_serial(float(text))
    except ValueError:
        pass
    for pattern in _TEXT_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(text)
