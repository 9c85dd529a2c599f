"""The people a registration (or cancellation) message names, field by field, with the words read.

Read from the sender's own lines (quoted text, "Sent from my iPhone" and disclaimers left out), in this
order: labelled lines (field_labels), a delegation's table or list (delegations), free sentences ("I
would like to register…", "on behalf of H.E. …"), the signature block (signatures), and last the
sender's display name. Several people found: the sender is among them only when the message says so
("… and myself", "je l'accompagnerai"); the signature then adds to them.

Every field found is a FieldReading pointing at the exact words of the message's text. Confidences:
a labelled line 0.95; a table cell 0.9; a list line 0.8 (its job title 0.7); a name in a sentence 0.75;
a signature 0.7 (its name 0.8 when the From header agrees); the From header's display name 0.75; a
name made from the address's local part 0.45 (unsure: someone must look).
"""

from __future__ import annotations

import re

from checkin.core.folding import fold
from checkin.mail.delegations import list_people, table_people
from checkin.mail.field_labels import labelled_people
from checkin.mail.found_fields import NOT_NAMES, FoundPerson, field_at, put_name
from checkin.mail.message_text import Line, ParsedMessage
from checkin.mail.person_names import looks_like_name
from checkin.mail.readings import FieldReading, Kind, PersonReading
from checkin.mail.signatures import from_header, own_lines, signature_person

_NAME_WORDS = (r"(?:(?:H\.E\.|S\.E\.|I\.E\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|M\.|Mme\.?|Mlle\.?|Herr|Frau|"
               r"Sig\.(?:ra|na)?|Dott\.(?:ssa)?|Ambassador|Ambassadeur|Ambassadrice|Botschafter(?:in)?|"
               r"Ambasciatore|Ambasciatrice|Minister|Ministre)\s+)*"
               r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:de|du|des|van|von|der|den|di|da|del|della|la|le|d’|d')\s+)?"
               r"[A-ZÀ-ÖØ-Þ][\w'’-]*){1,3}")
_SENTENCES = [re.compile(pattern, re.IGNORECASE if flags else 0) for pattern, flags in (
    (r"\b(?:[Mm]y name is|[Jj]e m'appelle|[Jj]e suis|[Ii]ch hei(?:ß|ss)e|[Mm]ein [Nn]ame ist|[Mm]i chiamo|"
     r"[Ii]o sono|[Ss]ono|I,|[Jj]e soussign[ée]e?,?|[Ii]ch,|[Ii]o sottoscritt[oa],?)\s+(?P<name>" + _NAME_WORDS + ")",
     0),
    (r"\b(?i:on behalf of|for|register|registering|de la part de|au nom de|pour|inscrire|im (?:Auftrag|Namen) "
     r"von|f[üu]r|anmelden|anmeldung von|per conto di|a nome di|per|iscrivere|l'iscrizione di|registration of|"
     r"participation of|l'inscription de|la participation de|iscrizione di|teilnahme von)"
     r"(?i:\s+(?:me|us|moi|mich|uns|mi|ci))?\s*[:,–-]?\s+"
     r"(?i:(?:my|our|mon|ma|notre|meinen|meine|unseren|unsere|unser|il mio|la mia|il nostro|la nostra|il|la|l'|"
     r"the|le|den|die)\s+)?"
     r"(?i:(?:director|"
     r"directeur|directrice|direktor(?:in)?|direttore|direttrice|head of mission|chef(?:in)?|"
     r"boss|supervisor|colleague|coll[èe]gue|kollege|kollegin|collega|deputy|adjoint|adjointe|"
     r"permanent representative|repr[ée]sentant(?:e)? permanent(?:e)?|st[äa]ndige(?:r)? vertreter(?:in)?|"
     r"rappresentante permanente)\s*,?\s+)?(?P<name>" + _NAME_WORDS + ")", 0),
)]
# What joins a job title to its organisation in a sentence: "Adviser at the Ministry", "cheffe auprès de …".
_AT_ORGANISATION = re.compile(r"\s+(?:at|with|of) the\s+|\s+(?:auprès d[eu]|à la|au|bei der|beim|bei|"
                              r"presso (?:il|la|l'))\s+", re.IGNORECASE)
_SELF_TOO = re.compile(
    r"\b(?:myself|me as well|and me|and I|I will accompany|accompanied by me|moi-m[êe]me|et moi|"
    r"je l'accompagnerai|je (?:l'|les )?accompagne|mich selbst|und mich|ich (?:werde )?(?:ihn|sie) begleiten|"
    r"me stesso|me stessa|e me|anch'io|lo accompagner[òo]|la accompagner[òo])\b", re.IGNORECASE)


def read_people(parsed: ParsedMessage, language: str, kind: Kind) -> tuple[PersonReading, ...]:
    """The people of one message (see the module's docstring); () when none can be found."""
    lines = own_lines(parsed)
    people = labelled_people(lines)
    if not people:
        people = table_people(lines)
    if not people:
        people = list_people(lines)
    named_in_sentences = [] if people else _sentence_people(lines, parsed)
    signature = signature_person(lines, parsed)
    if people:
        for person in people:
            if _same_name(person, signature):  # the sender is one of those named: the signature adds to them
                _fill_from(person, signature)
                person.is_sender = True
    elif named_in_sentences:
        people = named_in_sentences
        if _SELF_TOO.search("\n".join(line.text for line in lines)):
            people.append(signature if signature.has_name() else from_header(parsed))
            people[-1].is_sender = True
    if not people:
        sender = signature if signature.has_name() else from_header(parsed)
        if signature.has_name():
            _fill_from(sender, from_header(parsed), only_missing=True)
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
    return tuple(found)


def _sentence_people(lines: list[Line], parsed: ParsedMessage) -> list[FoundPerson]:
    people: list[FoundPerson] = []
    seen: set[str] = set()
    sender_names = {fold(parsed.sender_name)} if parsed.sender_name else set()
    for line in lines:
        for pattern in _SENTENCES:
            for match in pattern.finditer(line.text):
                name = match.group("name").strip()
                if not looks_like_name(name) or fold(name) in NOT_NAMES or fold(name) in seen:
                    continue
                if any(word in NOT_NAMES for word in fold(name).split()):
                    continue
                seen.add(fold(name))
                person = FoundPerson()
                put_name(person, line, match.start("name"), name, 0.75)
                title = re.match(r"\s*,\s*(?P<title>[^,.;\n]{3,80})", line.text[match.end("name"):])
                if title:
                    at = match.end("name") + title.start("title")
                    words = title.group("title").strip()
                    where = _AT_ORGANISATION.search(words)
                    if where is not None:  # "Senior Adviser at the Ministry of Health"
                        organisation = words[where.end():]
                        person.put("organisation", field_at(line, at + where.end(), at + len(words), organisation,
                                                            0.6))
                        words = words[:where.start()]
                    person.put("job_title", field_at(line, at, at + len(words), words, 0.6))
                person.is_sender = fold(name) in sender_names
                people.append(person)
    return people


def _same_name(person: FoundPerson, other: FoundPerson) -> bool:
    if not other.has_name():
        return False
    mine = fold(person.fields["family_name"].value) if "family_name" in person.fields else ""
    theirs = fold(other.fields["family_name"].value) if "family_name" in other.fields else ""
    return bool(mine) and mine == theirs


def _fill_from(person: FoundPerson, other: FoundPerson, only_missing: bool = True) -> None:
    for name, reading in other.fields.items():
        if name.startswith("_"):
            continue
        if name not in person.fields:
            person.fields[name] = reading


def _email_fallback(person: FoundPerson, parsed: ParsedMessage) -> None:
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
