"""Which column holds which attendee field: synonyms in EN/FR/DE/IT and the headers of common exports.

Covered exports: Eventbrite attendee summary, pretix order data, Google Forms and Microsoft Forms
responses, Indico registrants, and plain Excel lists. A header is compared folded (case, accents) with
punctuation as spaces; a bilingual or multi-line header ("Nom / Last name") is also tried part by part.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from checkin.core.folding import fold

# Fields an import can fill. `full_name` is split into given and family names (io.names).
FIELDS = (
    "given_name", "family_name", "full_name", "honorific", "job_title", "organisation", "email",
    "category", "language", "registered_at", "external_code", "notes",
)
# Shorter words accepted in --map FIELD=COLUMN.
FIELD_ALIASES = {
    "first_name": "given_name", "first": "given_name", "given": "given_name",
    "last_name": "family_name", "last": "family_name", "family": "family_name", "surname": "family_name",
    "name": "full_name", "title": "honorific", "position": "job_title", "organization": "organisation",
    "company": "organisation", "e_mail": "email", "mail": "email", "ticket_type": "category",
    "registration_time": "registered_at", "code": "external_code", "barcode": "external_code",
}

# Best synonym first: when two columns match one field, the better synonym wins.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_name": (
        "first name", "given name", "firstname", "forename", "first", "given", "attendee name given name",
        "attendee first name", "prenom", "prenoms", "vorname", "vornamen", "nome", "nome proprio",
    ),
    "family_name": (
        "last name", "family name", "surname", "lastname", "last", "attendee name family name",
        "attendee last name", "nom de famille", "nom", "nachname", "familienname", "cognome",
    ),
    "full_name": (
        "full name", "name", "attendee name", "participant name", "attendee", "participant",
        "your name", "nom complet", "nom et prenom", "prenom et nom", "prenom nom", "nom prenom",
        "vollstandiger name", "vor und nachname", "nome completo", "nome e cognome", "cognome e nome",
    ),
    "honorific": (
        "honorific", "title", "salutation", "prefix", "civility", "attendee name title", "civilite",
        "titre", "anrede", "titel", "titolo", "appellativo",
    ),
    "job_title": (
        "job title", "position", "function", "job", "job position", "designation", "fonction", "poste",
        "titre du poste", "funktion", "position funktion", "berufsbezeichnung", "funzione", "qualifica",
        "ruolo professionale", "posizione",
    ),
    "organisation": (
        "organisation", "organization", "company", "affiliation", "institution", "employer",
        "company name", "organisation name", "organization name", "organisme", "entreprise", "societe",
        "institution organisation", "firma", "unternehmen", "arbeitgeber", "organisation de",
        "azienda", "ente", "organizzazione", "istituzione", "societa",
    ),
    "email": (
        "email", "e mail", "email address", "e mail address", "attendee email", "mail", "courriel",
        "adresse e mail", "adresse email", "adresse electronique", "e mail adresse", "email adresse",
        "indirizzo email", "indirizzo e mail", "posta elettronica",
    ),
    "category": (
        "category", "ticket type", "attendee type", "participant type", "registration type", "type",
        "product", "ticket", "role", "categorie", "type de participant", "type de billet", "role",
        "kategorie", "teilnehmertyp", "teilnehmerkategorie", "tickettyp", "rolle", "categoria",
        "tipo di partecipante", "tipo biglietto", "ruolo",
    ),
    "language": (
        "language", "preferred language", "lang", "order locale", "locale", "langue", "langue preferee",
        "sprache", "bevorzugte sprache", "lingua", "lingua preferita",
    ),
    "registered_at": (
        "registered at", "registration time", "registration date", "registration date time",
        "date registered", "order date", "timestamp", "completion time", "submitted at", "submitted",
        "created", "created at", "horodateur", "horodatage", "date d inscription", "date inscription",
        "zeitstempel", "anmeldedatum", "anmeldezeit", "informazioni cronologiche", "data di registrazione",
        "data iscrizione", "data e ora",
    ),
    "external_code": (
        "barcode", "barcode #", "secret", "ticket code", "ticket secret", "code", "qr code",
        "ticket number", "ticket id", "ticket #", "attendee #", "attendee id", "registration id",
        "code barre", "code billet", "strichcode", "ticketnummer", "codice", "codice biglietto",
    ),
    "notes": (
        "notes", "note", "remarks", "comments", "comment", "remarques", "remarque", "commentaires",
        "bemerkungen", "anmerkungen", "bemerkung", "note interne", "commenti", "osservazioni",
    ),
}

# Words that are a family name when the sheet also has a given-name column, else a full name.
_NAME_ALONE = {"name", "nom", "attendee name", "participant"}
_PUNCTUATION = re.compile(r"[^\w@#]+")
_PART_SPLIT = re.compile(r"\s*(?:\n|/|\||\(|\)|:| - )\s*")


def header_key(text: str) -> str:
    """A header as compared: folded, punctuation as single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).replace("#", " #").split())


_LOOKUP: dict[str, tuple[str, int]] = {}
for _field, _words in SYNONYMS.items():
    for _rank, _word in enumerate(_words):
        _LOOKUP.setdefault(header_key(_word), (_field, _rank))


def field_for_header(text: str) -> tuple[str, int] | None:
    """(field, rank) for a header cell; the whole text first, then its parts."""
    whole = header_key(text)
    if whole in _LOOKUP:
        return _LOOKUP[whole]
    if whole.endswith(" #") and whole[:-2] in _LOOKUP:
        return _LOOKUP[whole[:-2]]
    for part in _PART_SPLIT.split(text):
        key = header_key(part)
        if key in _LOOKUP:
            field, rank = _LOOKUP[key]
            return field, rank + 100  # a part is a weaker match than a whole header
    return None


def detect_mapping(labels: Sequence[str]) -> dict[str, str]:
    """field → column label, the best-ranked column winning each field."""
    best: dict[str, tuple[int, int, str]] = {}
    for position, label in enumerate(labels):
        found = field_for_header(label) if label else None
        if found is None:
            continue
        field, rank = found
        if field not in best or (rank, position) < best[field][:2]:
            best[field] = (rank, position, label)
    mapping = {field: label for field, (_, _, label) in best.items()}
    # "Nom"/"Name" beside "Prénom"/"Vorname" is the family name (French, German forms).
    full = mapping.get("full_name")
    if full and "given_name" in mapping and "family_name" not in mapping and header_key(full) in _NAME_ALONE:
        mapping["family_name"] = mapping.pop("full_name")
    if "given_name" in mapping and "family_name" in mapping:
        mapping.pop("full_name", None)
    return {field: mapping[field] for field in FIELDS if field in mapping}


def canonical_field(name: str) -> str | None:
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key in FIELDS:
        return key
    return FIELD_ALIASES.get(key)


def column_for(wanted: str, labels: Sequence[str]) -> str | None:
    """A column named in --map: exact label, folded label, or a letter (A, B, … AA)."""
    if wanted in labels:
        return wanted
    key = header_key(wanted)
    for label in labels:
        if header_key(label) == key:
            return label
    if re.fullmatch(r"[A-Za-z]{1,3}", wanted.strip()):
        index = 0
        for letter in wanted.strip().upper():
            index = index * 26 + ord(letter) - 64
        if 1 <= index <= len(labels) and labels[index - 1]:
            return labels[index - 1]
    return None


def header_signature(labels: Sequence[str]) -> str:
    """Names a set of columns, to find the mapping saved for the same kind of file."""
    return hashlib.sha1("\x1f".join(header_key(label) for label in labels).encode()).hexdigest()[:16]


def apply_overrides(mapping: Mapping[str, str], overrides: Mapping[str, str | None]) -> dict[str, str]:
    """Overrides are field → label (already resolved); None or "" unmaps the field."""
    result = dict(mapping)
    for field, label in overrides.items():
        # A column moved to another field leaves its old one.
        for other, used in list(result.items()):
            if label and used == label and other != field:
                del result[other]
        if label:
            result[field] = label
        else:
            result.pop(field, None)
    return {field: result[field] for field in FIELDS if field in result}
