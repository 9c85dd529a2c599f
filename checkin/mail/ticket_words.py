"""The words of a ticket and of a message in a language: dates, headings, practical lines.

Tickets of a bilingual event carry both languages ("Confirmation of registration · Confirmation
d'inscription"); a one-language event prints its own language only. The words ship in
``resources/mail/ticket.json`` and an event may override them with the setting ``tickets.words``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from checkin.core.models import Event
from checkin.mail.templates import DEFAULT_LANGUAGE, mail_dir

SETTING_KEY = "tickets.words"
PRACTICAL_LINES = 3
JOINER = " · "

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}


def format_date(day: date, language: str) -> str:
    """"Thursday 18 October 2018" / "jeudi 18 octobre 2018" / "Donnerstag, 18. Oktober 2018" / "giovedì 18
    ottobre 2018"; other languages get ISO 8601."""
    if language not in _MONTHS:
        return day.isoformat()
    if language == "de":
        return f"{_WEEKDAYS['de'][day.weekday()]}, {day.day}. {_MONTHS['de'][day.month - 1]} {day.year}"
    number = "1er" if language == "fr" and day.day == 1 else "1º" if language == "it" and day.day == 1 else str(day.day)
    return f"{_WEEKDAYS[language][day.weekday()]} {number} {_MONTHS[language][day.month - 1]} {day.year}"


def format_event_dates(event: Event, language: str) -> str:
    text = format_date(event.starts_on, language)
    if event.ends_on and event.ends_on != event.starts_on:
        text += f" – {format_date(event.ends_on, language)}"
    return text


@lru_cache(maxsize=1)
def _shipped_words() -> dict[str, dict[str, Any]]:
    return json.loads((mail_dir() / "ticket.json").read_text(encoding="utf-8"))


def ticket_languages(event: Event, person_language: str) -> tuple[str, ...]:
    """Both languages on a bilingual event's tickets (its own order), else the person's."""
    known = _shipped_words()
    event_languages = tuple(lang for lang in event.languages if lang in known)
    if len(event_languages) > 1:
        return event_languages
    if person_language in known:
        return (person_language,)
    return event_languages or (DEFAULT_LANGUAGE,)


def ticket_event(event: Event, languages: Sequence[str],
                 overrides: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, str]:
    """The event dict a ticket layout reads (``event.title``, ``event.heading``, ``event.practical_1``…)."""
    words = {lang: {**_shipped_words().get(lang, {}), **dict((overrides or {}).get(lang, {}))} for lang in languages}

    def joined(key: str) -> str:
        return JOINER.join(str(words[lang].get(key, "")) for lang in languages if words[lang].get(key))

    result = {
        "title": event.title,
        "venue": event.venue,
        "date": JOINER.join(dict.fromkeys(format_event_dates(event, lang) for lang in languages)),
        "heading": joined("heading"),
        "code_label": joined("code_label"),
        "footer": joined("footer"),
    }
    for number in range(PRACTICAL_LINES):
        lines = [words[lang].get("practical", []) for lang in languages]
        result[f"practical_{number + 1}"] = JOINER.join(
            str(each[number]) for each in lines if len(each) > number and each[number])
    return result
