"""Labelled lines: "Name: / Nom : / Funktion: / Cognome:" and the fields they name, a person a block.

A name label met again starts the next person (a form filled in for two). "Nom : Favre" beside
"Prénom : Élodie" is a family name; alone, "Name: Ada Lovelace" is split. A label with its value on the
next line ("Organisation:" then the organisation) is read too, unless that line is another label.
"""

from __future__ import annotations

import re

from checkin.core.folding import fold
from checkin.mail.found_fields import EMAIL, FoundPerson, field_at, put_name
from checkin.mail.message_text import Line
from checkin.mail.person_names import is_honorific, name_case
from checkin.mail.readings import FieldReading

LABELS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "participant", "participant name", "name of participant", "attendee",
                  "nom", "nom complet", "nom et prenom", "prenom et nom", "nom prenom", "nom du participant",
                  "participant e", "participante", "vollstandiger name", "name vorname", "vorname name",
                  "teilnehmer", "teilnehmerin", "nome e cognome", "cognome e nome", "nominativo", "partecipante"),
    "given_name": ("first name", "given name", "forename", "firstname", "prenom", "vorname", "nome"),
    "family_name": ("last name", "family name", "surname", "lastname", "nom de famille", "nachname",
                    "familienname", "cognome"),
    "honorific": ("salutation", "civilite", "anrede", "titolo di cortesia", "form of address", "honorific"),
    "job_title": ("function", "position", "job title", "title", "job", "role", "designation", "fonction", "titre",
                  "poste", "funktion", "position", "titel", "stellung", "berufsbezeichnung", "funzione",
                  "qualifica", "ruolo", "carica", "titolo"),
    "organisation": ("organisation", "organization", "institution", "company", "mission", "ministry", "employer",
                     "affiliation", "agency", "organisme", "entreprise", "societe", "employeur",
                     "organisation institution", "organization institution", "firma", "unternehmen",
                     "behorde", "arbeitgeber", "organizzazione", "ente", "istituzione", "societa", "azienda",
                     "amministrazione", "delegation", "delegazione"),
    "email": ("e mail", "email", "mail", "courriel", "adresse e mail", "adresse electronique", "e mail adresse",
              "e mail address", "email address", "posta elettronica", "indirizzo e mail"),
    "language": ("language", "langue", "sprache", "lingua", "preferred language", "langue de correspondance"),
}
_LABEL_OF = {label: name for name, labels in LABELS.items() for label in labels}
_LABELLED = re.compile(r"^\s*(?:[-*•·]\s*|\d{1,2}[.)]\s*)?(?P<label>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /.'’()-]{0,38}?)"
                       r"\s*[:：]\s*(?P<value>.*?)\s*$")
_LANGUAGE_WORDS = {"en": ("english", "anglais", "englisch", "inglese", "en"),
                   "fr": ("french", "francais", "franzosisch", "francese", "fr"),
                   "de": ("german", "allemand", "deutsch", "tedesco", "de"),
                   "it": ("italian", "italien", "italienisch", "italiano", "it")}


def field_of_label(label: str) -> str | None:
    """The field a label names ("Nom de famille" → family_name), or None."""
    return _LABEL_OF.get(_label_key(label))


def labelled_people(lines: list[Line]) -> list[FoundPerson]:
    people: list[FoundPerson] = []
    current = FoundPerson()
    pending: tuple[str, Line] | None = None
    for line in lines:
        if pending is not None and line.text.strip() and not _is_label_line(line):
            field_name, _ = pending
            pending = None
            value_start = len(line.text) - len(line.text.lstrip())
            current = _put_labelled(people, current, field_name, line, value_start, line.text.strip())
            continue
        match = _LABELLED.match(line.text)
        if match is None:
            continue
        field_name = _LABEL_OF.get(_label_key(match.group("label")))
        if field_name is None:
            continue
        value = match.group("value")
        if not value:
            pending = (field_name, line)
            continue
        current = _put_labelled(people, current, field_name, line, match.start("value"), value)
    if current.fields:
        people.append(current)
    return [person for person in people if person.has_name()]


def _is_label_line(line: Line) -> bool:
    match = _LABELLED.match(line.text)
    return match is not None and _label_key(match.group("label")) in _LABEL_OF


def _label_key(label: str) -> str:
    return " ".join(re.sub(r"[^a-z]+", " ", fold(label)).split())


def _put_labelled(people: list[FoundPerson], current: FoundPerson, field_name: str, line: Line, start: int,
                  value: str) -> FoundPerson:
    end = start + len(value)
    name_field = field_name in ("full_name", "given_name", "family_name")
    if (name_field and field_name in _labelled_names(current)) or (field_name in current.fields and not name_field
                                                                   and current.has_name()):
        people.append(current)
        current = FoundPerson()
    if field_name == "full_name":
        current.fields.setdefault("_full", FieldReading("full", 1.0, ""))
        words = [word for word in value.split() if not is_honorific(word)]
        if len(words) == 1:  # "Nom : Favre" beside "Prénom : Élodie": the family name
            sure = 0.95 if "_given_name" in current.fields else 0.7
            put_name(current, line, start, value, sure)
            family = current.fields.get("given_name")
            if family is not None and "_given_name" not in current.fields and "family_name" not in current.fields:
                current.fields["family_name"] = family.__class__(family.value, sure, family.words, family.start)
                del current.fields["given_name"]
            elif "family_name" in current.fields:
                found = current.fields["family_name"]
                current.fields["family_name"] = found.__class__(found.value, sure, found.words, found.start)
        else:
            put_name(current, line, start, value, 0.95)
    elif field_name in ("given_name", "family_name"):
        current.fields.setdefault("_" + field_name, FieldReading("x", 1.0, ""))
        honorifics = [word for word in value.split() if is_honorific(word)]
        if honorifics and field_name == "given_name":
            said = " ".join(honorifics)
            current.put("honorific", field_at(line, start, start + len(said), said, 0.95))
            rest = value[len(" ".join(honorifics)):].strip()
            start, value = start + value.index(rest) if rest else start, rest or value
        written = name_case(value) if value.isupper() else value
        current.put(field_name, field_at(line, start, start + len(value), written, 0.95))
    elif field_name == "email":
        found = EMAIL.search(value)
        if found:
            address = found.group().lower()
            current.put("email", field_at(line, start + found.start(), start + found.end(), address, 0.95))
    elif field_name == "language":
        code = language_code(value)
        if code:
            current.put("language", field_at(line, start, end, code, 0.95))
    elif field_name == "job_title" and is_honorific(value):
        current.put("honorific", field_at(line, start, end, value, 0.9))
    else:
        current.put(field_name, field_at(line, start, end, value, 0.95))
    return current


def _labelled_names(person: FoundPerson) -> set[str]:
    found = set()
    if "_full" in person.fields:
        found.add("full_name")
    for name in ("given_name", "family_name"):
        if "_" + name in person.fields:
            found.add(name)
    return found


def language_code(value: str) -> str:
    words = set(re.findall(r"[a-z]+", fold(value)))
    for code, names in _LANGUAGE_WORDS.items():
        if words & set(names):
            return code
    return ""
