"""A person as the readers find them, field by field, each field pointing at the words of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checkin.core.folding import fold
from checkin.mail.message_text import Line
from checkin.mail.person_names import split_name
from checkin.mail.readings import FieldReading

EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Capitalised words that open sentences and headings, never a name.
NOT_NAMES = frozenset(fold(word) for word in (
    "Geneva", "Genève", "Genf", "Ginevra", "Switzerland", "Conference", "Dear", "Hello", "Bonjour", "Hallo",
    "Madame", "Monsieur", "Sir", "Madam", "Thank", "Thanks", "Please", "The", "This", "United Nations",
    "Permanent Mission", "Mission", "October", "Octobre", "Oktober", "Ottobre", "Best", "Regards",
))


@dataclass
class FoundPerson:
    fields: dict[str, FieldReading] = field(default_factory=dict)
    is_sender: bool = False
    forwarded: bool = False  # found in a forwarded message: its sender is the fallback address

    def put(self, name: str, reading: FieldReading | None) -> None:
        if reading is None or not reading.value:
            return
        current = self.fields.get(name)
        if current is None or current.confidence < reading.confidence:
            self.fields[name] = reading

    def has_name(self) -> bool:
        return "family_name" in self.fields or "given_name" in self.fields


def field_at(line: Line, start: int, end: int, value: str, confidence: float) -> FieldReading:
    return FieldReading(value, confidence, line.text[start:end], line.start + start)


def put_name(person: FoundPerson, line: Line, start: int, text: str, confidence: float) -> None:
    split = split_name(text)
    sure = min(confidence, max(split.confidence, 0.5)) if split.confidence < 0.95 else confidence
    for name, value, (a, b) in (("honorific", split.honorific, split.honorific_span),
                                ("given_name", split.given, split.given_span),
                                ("family_name", split.family, split.family_span)):
        if value and a >= 0:
            person.put(name, field_at(line, start + a, start + b, value, sure if name != "honorific" else confidence))
