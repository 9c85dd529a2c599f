"""The sender's own lines and their signature: the name, job title, organisation and address under a closing.

Lines after a disclaimer ("This e-mail and any attachments are confidential…") are not read, nor
"Sent from my iPhone" and its kin. The signature is the block after the last closing ("Best regards",
"Cordialement", "Mit freundlichen Grüßen", "Cordiali saluti"): a name, then up to two lines that are
neither a phone number nor an address on the web (job title, organisation), and an e-mail address.
"""

from __future__ import annotations

import re

from checkin.core.folding import fold
from checkin.mail.found_fields import EMAIL, FoundPerson, field_at, put_name
from checkin.mail.message_text import Line, ParsedMessage
from checkin.mail.person_names import looks_like_name, split_name
from checkin.mail.readings import FieldReading

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
_DIGITS = re.compile(r"\d{3,}|\+\d")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)


def own_lines(parsed: ParsedMessage) -> list[Line]:
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


def signature_person(lines: list[Line], parsed: ParsedMessage) -> FoundPerson:
    """The person in the signature block: the lines after the last closing ("Best regards", "Cordialement");
    without a closing, the last paragraph when it starts with the sender's own name."""
    person = FoundPerson()
    closing = None
    for index, line in enumerate(lines):
        if _CLOSING.match(line.text) and line.text.strip():
            closing = index
    if closing is None:
        block = _last_paragraph(lines)
    else:
        block = [line for line in lines[closing + 1:closing + 10] if line.text.strip()]
    if not block:
        return person
    name_line = block[0]
    sender = fold(parsed.forwarded_sender_name if name_line.forwarded else parsed.sender_name)
    name_text = name_line.text.strip()
    if not looks_like_name(name_text, 6):
        return person
    start = name_line.text.find(name_text)
    split = split_name(name_text)
    agrees = bool(sender) and (fold(split.family) in sender)
    if closing is None and not agrees:
        return person  # a last paragraph is a signature only when the From header says whose
    if not split.given and not split.honorific and agrees and not name_line.forwarded:
        # "Best regards, Ada": a first name alone; the From header has the whole name.
        person.fields.update(from_header(parsed).fields)
    else:
        put_name(person, name_line, start, name_text, 0.8 if agrees else 0.7)
    described = 0
    for line in block[1:]:
        text = line.text.strip()
        at = line.text.find(text)
        found = EMAIL.search(text)
        if found:
            person.put("email", field_at(line, at + found.start(), at + found.end(), found.group().lower(), 0.85))
            continue
        if _DIGITS.search(text) or _URL.search(text) or described >= 2:
            continue
        field_name = "job_title" if described == 0 else "organisation"
        person.put(field_name, field_at(line, at, at + len(text), text, 0.7))
        described += 1
    person.is_sender = True
    person.forwarded = name_line.forwarded
    return person


def _last_paragraph(lines: list[Line]) -> list[Line]:
    """The lines of the last paragraph (after the last empty line), when it is short enough to be a signature."""
    filled = [index for index, line in enumerate(lines) if line.text.strip()]
    if not filled:
        return []
    end = filled[-1] + 1
    start = end
    while start > 0 and lines[start - 1].text.strip():
        start -= 1
    block = lines[start:end]
    return block if 1 <= len(block) <= 6 and start > 0 else []


def from_header(parsed: ParsedMessage) -> FoundPerson:
    """The sender from the From header: their display name, else their address's local part (a guess)."""
    person = FoundPerson(is_sender=True)
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
