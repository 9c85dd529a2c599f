"""Finding the people in a message's own lines: labelled blocks, tables, lists, sentences, signatures.

Every field found is a FieldReading pointing at the exact words of the message's text. Confidences:
a labelled line 0.95; a table cell 0.9; a list line 0.8 (its job title 0.7); a name in a sentence 0.75;
a signature 0.7 (its name 0.8 when the From header agrees); the From header's display name 0.75; a
name made from the address's local part 0.45 (unsure: someone must look).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checkin.core.folding import fold
from checkin.mail.message_text import Line, ParsedMessage
from checkin.mail.person_names import is_honorific, looks_like_name, name_case, split_name
from checkin.mail.readings import FieldReading, Kind, PersonReading

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
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_LANGUAGE_WORDS = {"en": ("english", "anglais", "englisch", "inglese", "en"),
                   "fr": ("french", "francais", "franzosisch", "francese", "fr"),
                   "de": ("german", "allemand", "deutsch", "tedesco", "de"),
                   "it": ("italian", "italien", "italienisch", "italiano", "it")}
_NOISE = re.compile(
    r"^\s*(?:sent from my \w+|sent from (?:outlook|mail) for \w+|get outlook for \w+|envoy[ée] (?:de|depuis) "
    r"mon \w+|von meinem \w+ gesendet|gesendet von meinem \w+|inviato da(?:l mio)? \w+|"
    r"sent from samsung mobile|sent via .*)\s*$", re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer|confidential(?:ity)?(?: notice)?|this (?:e-?mail|message)(?: and any attachments?)? "
    r"(?:is|are|may be) (?:confidential|intended)|ce (?:message|courriel)(?: et (?:ses|les) pi[èe]ces jointes)? "
    r"(?:est|sont) (?:confidentiel|strictement)|diese (?:e-?mail|nachricht) (?:ist|enth[äa]lt) vertraulich|"
    r"questo messaggio (?:e|è) (?:riservato|confidenziale)|please consider the environment|"
    r"p{1,2}\s*please consider|avis de confidentialit[ée]|avertissement)", re.IGNORECASE)
_CLOSING = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many thanks and)?\s*regards|best wishes|best|sincerely(?: yours)?|"
    r"yours (?:sincerely|faithfully|truly)|thank you|thanks|many thanks|cheers|respectfully|"
    r"cordialement|bien cordialement|bien [àa] vous|meilleures salutations|salutations distingu[ée]es|"
    r"avec mes (?:meilleures|sinc[èe]res) salutations|sinc[èe]res salutations|(?:avec )?mes remerciements|"
    r"merci(?: beaucoup| d'avance)?|"
    r"mit freundlichen gr[üu](?:ß|ss)en|freundliche gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|viele gr[üu](?:ß|ss)e|"
    r"liebe gr[üu](?:ß|ss)e|(?:herzliche )?gr[üu](?:ß|ss)e|vielen dank|besten dank|"
    r"cordiali saluti|distinti saluti|saluti|un cordiale saluto|cordialmente|grazie(?: mille)?)"
    r"[\s,.!]*$", re.IGNORECASE)
_NAME_WORDS = (r"(?:(?:H\.E\.|S\.E\.|I\.E\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|M\.|Mme\.?|Mlle\.?|Herr|Frau|"
               r"Sig\.(?:ra|na)?|Dott\.(?:ssa)?|Ambassador|Ambassadeur|Ambassadrice|Botschafter(?:in)?|"
               r"Ambasciatore|Ambasciatrice|Minister|Ministre)\s+)*"
               r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:de|du|des|van|von|der|den|di|da|del|della|la|le|d’|d')\s+)?"
               r"[A-ZÀ-ÖØ-Þ][\w'’-]*){1,3}")
_SENTENCES = [re.compile(pattern, re.IGNORECASE if flags else 0) for pattern, flags in (
    (r"\b(?:[Mm]y name is|[Jj]e m'appelle|[Jj]e suis|[Ii]ch hei(?:ß|ss)e|[Mm]ein [Nn]ame ist|[Mm]i chiamo|"
     r"[Ii]o sono|[Ss]ono)\s+(?P<name>" + _NAME_WORDS + ")", 0),
    (r"\b(?i:on behalf of|for|register|registering|de la part de|au nom de|pour|inscrire|im (?:Auftrag|Namen) "
     r"von|f[üu]r|anmelden|anmeldung von|per conto di|a nome di|per|iscrivere|l'iscrizione di)\s+"
     r"(?i:(?:my|our|mon|ma|notre|meinen|meine|unseren|unsere|unser|il mio|la mia|il nostro|la nostra|il|la|l'|"
     r"the|le|den|die)\s+)?"
     r"(?i:(?:director|"
     r"directeur|directrice|direktor(?:in)?|direttore|direttrice|head of mission|chef(?:in)?|"
     r"boss|supervisor|colleague|coll[èe]gue|kollege|kollegin|collega|deputy|adjoint|adjointe|"
     r"permanent representative|repr[ée]sentant(?:e)? permanent(?:e)?|st[äa]ndige(?:r)? vertreter(?:in)?|"
     r"rappresentante permanente)\s*,?\s+)?(?P<name>" + _NAME_WORDS + ")", 0),
)]
_SELF_TOO = re.compile(
    r"\b(?:myself|me as well|and me|and I|I will accompany|accompanied by me|moi-m[êe]me|et moi|"
    r"je l'accompagnerai|je (?:l'|les )?accompagne|mich selbst|und mich|ich (?:werde )?(?:ihn|sie) begleiten|"
    r"me stesso|me stessa|e me|anch'io|lo accompagner[òo]|la accompagner[òo])\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+(?P<item>.+?)\s*$")
_NOT_NAMES = frozenset(fold(word) for word in (
    "Geneva", "Genève", "Genf", "Ginevra", "Switzerland", "Conference", "Dear", "Hello", "Bonjour", "Hallo",
    "Madame", "Monsieur", "Sir", "Madam", "Thank", "Thanks", "Please", "The", "This", "United Nations",
    "Permanent Mission", "Mission", "October", "Octobre", "Oktober", "Ottobre", "Best", "Regards",
))
_DIGITS = re.compile(r"\d{3,}|\+\d")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)


@dataclass
class _Person:
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


def _at(line: Line, start: int, end: int, value: str, confidence: float) -> FieldReading:
    return FieldReading(value, confidence, line.text[start:end], line.start + start)


def find_people(parsed: ParsedMessage, language: str, kind: Kind) -> list[PersonReading]:
    lines = _own_lines(parsed)
    people = _labelled_people(lines)
    if not people:
        people = _table_people(lines)
    if not people:
        people = _list_people(lines)
    named_in_sentences = [] if people else _sentence_people(lines, parsed)
    signature = _signature_person(lines, parsed)
    if people:
        for person in people:
            if _same_name(person, signature):  # the sender is one of those named: the signature adds to them
                _fill_from(person, signature)
                person.is_sender = True
    elif named_in_sentences:
        people = named_in_sentences
        if _SELF_TOO.search("\n".join(line.text for line in lines)):
            people.append(signature if signature.has_name() else _from_header(parsed))
            people[-1].is_sender = True
    if not people:
        sender = signature if signature.has_name() else _from_header(parsed)
        if signature.has_name():
            _fill_from(sender, _from_header(parsed), only_missing=True)
        sender.is_sender = True
        people = [sender]
    found = []
    for person in people:
        if not person.has_name():
            continue
        _email_fallback(person, parsed)
        if "language" not in person.fields:
            person.fields["language"] = FieldReading(language, 0.8, "", -1, "detected")
        found.append(PersonReading(dict(person.fields)))
    return found


def _own_lines(parsed: ParsedMessage) -> list[Line]:
    """The sender's own lines (with a forwarded body), up to a disclaimer; "Sent from my iPhone" left out."""
    own: list[Line] = []
    for line in parsed.lines:
        if line.quoted:
            continue
        if _DISCLAIMER.match(line.text):
            break
        if _NOISE.match(line.text):
            continue
        own.append(line)
    return own


def _name_fields(person: _Person, line: Line, start: int, text: str, confidence: float) -> None:
    split = split_name(text)
    sure = min(confidence, max(split.confidence, 0.5)) if split.confidence < 0.95 else confidence
    for name, value, (a, b) in (("honorific", split.honorific, split.honorific_span),
                                ("given_name", split.given, split.given_span),
                                ("family_name", split.family, split.family_span)):
        if value and a >= 0:
            person.put(name, _at(line, start + a, start + b, value, sure if name != "honorific" else confidence))


def _labelled_people(lines: list[Line]) -> list[_Person]:
    people: list[_Person] = []
    current = _Person()
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


def _put_labelled(people: list[_Person], current: _Person, field_name: str, line: Line, start: int,
                  value: str) -> _Person:
    end = start + len(value)
    name_field = field_name in ("full_name", "given_name", "family_name")
    if (name_field and field_name in _labelled_names(current)) or (field_name in current.fields and not name_field
                                                                   and current.has_name()):
        people.append(current)
        current = _Person()
    if field_name == "full_name":
        current.fields.setdefault("_full", FieldReading("full", 1.0, ""))
        words = [word for word in value.split() if not is_honorific(word)]
        if len(words) == 1:  # "Nom : Favre" beside "Prénom : Élodie": the family name
            sure = 0.95 if "_given_name" in current.fields else 0.7
            _name_fields(current, line, start, value, sure)
            family = current.fields.get("given_name")
            if family is not None and "_given_name" not in current.fields and "family_name" not in current.fields:
                current.fields["family_name"] = family.__class__(family.value, sure, family.words, family.start)
                del current.fields["given_name"]
            elif "family_name" in current.fields:
                found = current.fields["family_name"]
                current.fields["family_name"] = found.__class__(found.value, sure, found.words, found.start)
        else:
            _name_fields(current, line, start, value, 0.95)
    elif field_name in ("given_name", "family_name"):
        current.fields.setdefault("_" + field_name, FieldReading("x", 1.0, ""))
        honorifics = [word for word in value.split() if is_honorific(word)]
        if honorifics and field_name == "given_name":
            current.put("honorific", _at(line, start, start + len(" ".join(honorifics)), " ".join(honorifics), 0.95))
            rest = value[len(" ".join(honorifics)):].strip()
            start, value = start + value.index(rest) if rest else start, rest or value
        current.put(field_name, _at(line, start, start + len(value), name_case(value) if value.isupper() else value,
                                    0.95))
    elif field_name == "email":
        found = _EMAIL.search(value)
        if found:
            current.put("email", _at(line, start + found.start(), start + found.end(), found.group().lower(), 0.95))
    elif field_name == "language":
        code = _language_code(value)
        if code:
            current.put("language", _at(line, start, end, code, 0.95))
    elif field_name == "job_title" and is_honorific(value):
        current.put("honorific", _at(line, start, end, value, 0.9))
    else:
        current.put(field_name, _at(line, start, end, value, 0.95))
    return current


def _labelled_names(person: _Person) -> set[str]:
    found = set()
    if "_full" in person.fields:
        found.add("full_name")
    for name in ("given_name", "family_name"):
        if "_" + name in person.fields:
            found.add(name)
    return found


def _language_code(value: str) -> str:
    words = set(re.findall(r"[a-z]+", fold(value)))
    for code, names in _LANGUAGE_WORDS.items():
        if words & set(names):
            return code
    return ""


def _table_people(lines: list[Line]) -> list[_Person]:
    """A delegation as a table: a header row of labels, one person a row (tabs, "|" or ";" between cells)."""
    people: list[_Person] = []
    columns: list[str | None] | None = None
    separator = ""
    for line in lines:
        if not line.text.strip():
            continue
        cells = _cells(line.text, separator) if separator else None
        if columns is None:
            for candidate in ("\t", "|", ";"):
                cells = _cells(line.text, candidate)
                if len(cells) >= 2:
                    names = [_LABEL_OF.get(_label_key(text)) for _, _, text in cells]
                    if sum(1 for name in names if name) >= 2 and any(
                            name in ("full_name", "family_name") for name in names):
                        columns, separator = names, candidate
                        break
            continue
        if cells is None or len(cells) < 2:
            break
        person = _Person()
        for (start, end, text), name in zip(cells, columns, strict=False):
            if not text or name is None:
                continue
            if name == "full_name" and "given_name" in columns:
                name = "family_name"
            if name == "full_name":
                _name_fields(person, line, start, text, 0.9)
            elif name == "email":
                found = _EMAIL.search(text)
                if found:
                    person.put("email", _at(line, start + found.start(), start + found.end(), found.group().lower(),
                                            0.9))
            elif name == "language":
                if code := _language_code(text):
                    person.put("language", _at(line, start, end, code, 0.9))
            elif name in ("given_name", "family_name"):
                person.put(name, _at(line, start, end, name_case(text), 0.9))
            else:
                person.put(name, _at(line, start, end, text, 0.9))
        if person.has_name():
            people.append(person)
    return people


def _cells(text: str, separator: str) -> list[tuple[int, int, str]]:
    cells = []
    at = 0
    for piece in text.split(separator):
        stripped = piece.strip()
        offset = piece.find(stripped) if stripped else 0
        cells.append((at + offset, at + offset + len(stripped), stripped))
        at += len(piece) + len(separator)
    if separator == "|":
        cells = [cell for index, cell in enumerate(cells) if cell[2] or 0 < index < len(cells) - 1]
    return cells


def _list_people(lines: list[Line]) -> list[_Person]:
    """A delegation as a list: "1. H.E. Mr. John SMITH, Ambassador" or "- Ms Jane Doe (Counsellor)"."""
    people: list[_Person] = []
    for line in lines:
        match = _LIST_ITEM.match(line.text)
        if match is None:
            continue
        start = match.start("item")
        item = match.group("item")
        person = _list_person(line, start, item)
        if person is not None:
            people.append(person)
    return people if people else []


def _list_person(line: Line, start: int, item: str) -> _Person | None:
    parts = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^,;()–—|]+", item) if m.group().strip()]
    if not parts:
        return None
    first_start, _, name = parts[0]
    offset = item.find(name, first_start)
    if not looks_like_name(name) or fold(name) in _NOT_NAMES:
        return None
    person = _Person()
    _name_fields(person, line, start + offset, name, 0.8)
    rest = [part for part in parts[1:] if not _EMAIL.search(part[2])]
    for field_name, part in zip(("job_title", "organisation"), rest, strict=False):
        text = part[2]
        at = item.find(text, part[0])
        person.put(field_name, _at(line, start + at, start + at + len(text), text, 0.7))
    found = _EMAIL.search(item)
    if found:
        person.put("email", _at(line, start + found.start(), start + found.end(), found.group().lower(), 0.9))
    return person


def _sentence_people(lines: list[Line], parsed: ParsedMessage) -> list[_Person]:
    people: list[_Person] = []
    seen: set[str] = set()
    sender_names = {fold(parsed.sender_name)} if parsed.sender_name else set()
    for line in lines:
        for pattern in _SENTENCES:
            for match in pattern.finditer(line.text):
                name = match.group("name").strip()
                if not looks_like_name(name) or fold(name) in _NOT_NAMES or fold(name) in seen:
                    continue
                if any(word in _NOT_NAMES for word in fold(name).split()):
                    continue
                seen.add(fold(name))
                person = _Person()
                _name_fields(person, line, match.start("name"), name, 0.75)
                title = re.match(r"\s*,\s*(?P<title>[^,.;\n]{3,80})", line.text[match.end("name"):])
                if title:
                    at = match.end("name") + title.start("title")
                    words = title.group("title").strip()
                    person.put("job_title", _at(line, at, at + len(words), words, 0.6))
                person.is_sender = fold(name) in sender_names
                people.append(person)
    return people


def _signature_person(lines: list[Line], parsed: ParsedMessage) -> _Person:
    """The person in the signature block: the lines after the last closing ("Best regards", "Cordialement")."""
    person = _Person()
    closing = None
    for index, line in enumerate(lines):
        if _CLOSING.match(line.text) and line.text.strip():
            closing = index
    if closing is None:
        return person
    block = [line for line in lines[closing + 1:closing + 10] if line.text.strip()]
    if not block:
        return person
    name_line = block[0]
    sender = fold(parsed.forwarded_sender_name if name_line.forwarded else parsed.sender_name)
    name_text = name_line.text.strip()
    if not looks_like_name(name_text, 6):
        return person
    start = name_line.text.find(name_text)
    agrees = bool(sender) and (fold(split_name(name_text).family) in sender)
    _name_fields(person, name_line, start, name_text, 0.8 if agrees else 0.7)
    described = 0
    for line in block[1:]:
        text = line.text.strip()
        at = line.text.find(text)
        found = _EMAIL.search(text)
        if found:
            person.put("email", _at(line, at + found.start(), at + found.end(), found.group().lower(), 0.85))
            continue
        if _DIGITS.search(text) or _URL.search(text) or described >= 2:
            continue
        field_name = "job_title" if described == 0 else "organisation"
        person.put(field_name, _at(line, at, at + len(text), text, 0.7))
        described += 1
    person.is_sender = True
    person.forwarded = name_line.forwarded
    return person


def _from_header(parsed: ParsedMessage) -> _Person:
    """The sender from the From header: their display name, else their address's local part (a guess)."""
    person = _Person(is_sender=True)
    display = re.sub(r"\([^)]*\)|\[[^]]*\]", "", parsed.sender_name).strip(" '\"")
    if display and "@" not in display and looks_like_name(display, 6):
        split = split_name(display)
        for name, value in (("honorific", split.honorific), ("given_name", split.given),
                            ("family_name", split.family)):
            if value:
                person.put(name, FieldReading(value, 0.75 if split.confidence >= 0.8 else 0.5, parsed.sender_name,
                                              -1, "from"))
        return person
    local = parsed.sender.split("@")[0]
    parts = [part for part in re.split(r"[._-]+", local) if part.isalpha() and len(part) > 1]
    if len(parts) >= 2:
        person.put("given_name", FieldReading(parts[0].capitalize(), 0.45, parsed.sender, -1, "from"))
        person.put("family_name", FieldReading(" ".join(p.capitalize() for p in parts[1:]), 0.45, parsed.sender,
                                               -1, "from"))
    return person


def _same_name(person: _Person, other: _Person) -> bool:
    if not other.has_name():
        return False
    mine = fold(person.fields["family_name"].value) if "family_name" in person.fields else ""
    theirs = fold(other.fields["family_name"].value) if "family_name" in other.fields else ""
    return bool(mine) and mine == theirs


def _fill_from(person: _Person, other: _Person, only_missing: bool = True) -> None:
    for name, reading in other.fields.items():
        if name.startswith("_"):
            continue
        if name not in person.fields:
            person.fields[name] = reading


def _email_fallback(person: _Person, parsed: ParsedMessage) -> None:
    for key in [key for key in person.fields if key.startswith("_")]:
        del person.fields[key]
    if "email" in person.fields:
        return
    if person.forwarded and parsed.forwarded_sender:
        person.fields["email"] = FieldReading(parsed.forwarded_sender, 0.85, parsed.forwarded_sender, -1,
                                              "forwarded from")
        return
    address = parsed.reply_to or parsed.sender
    if address:
        person.fields["email"] = FieldReading(address, 0.9 if person.is_sender else 0.8, address, -1, "from")
