"""Which column holds which attendee field: synonyms in EN/FR/DE/IT and the headers of common exports.

Covered exports: Eventbrite attendee summary, pretix order data, Google Forms and Microsoft Forms
responses, Indico registrants, Zoom registration reports, alf.io and Open Event attendee exports,
Mailchimp audiences, Airtable views, and plain Excel lists. A header is compared folded (case, accents)
with punctuation, underscores and camelCase humps as spaces ("jobTitle", "job_title" and "Job title" are
one header); a bilingual or multi-line header ("Nom / Last name") is also tried part by part.

Most fields read one column. `needs` reads every column that names a need (diet, access, interpretation):
its mapping holds their labels joined by a line break, which no label holds (see `columns_of`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence

from checkin.core.folding import fold

# Fields an import can fill. `full_name` is split into given and family names (io.names).
FIELDS = (
    "given_name", "family_name", "full_name", "honorific", "job_title", "organisation", "email",
    "category", "language", "registered_at", "external_code", "notes", "status", "group", "needs",
    "order_code", "order_email",
)
# `order_code` groups the people one order (one form, one buyer) registered together; `order_email` is the
# buyer's or respondent's e-mail, which stands in for a person's own when a row has none.
MULTI_COLUMN_FIELDS = frozenset({"needs"})
COLUMN_SEPARATOR = "\n"
# Shorter words accepted in --map FIELD=COLUMN.
FIELD_ALIASES = {
    "first_name": "given_name", "first": "given_name", "given": "given_name",
    "last_name": "family_name", "last": "family_name", "family": "family_name", "surname": "family_name",
    "name": "full_name", "title": "honorific", "position": "job_title", "organization": "organisation",
    "company": "organisation", "e_mail": "email", "mail": "email", "ticket_type": "category",
    "registration_time": "registered_at", "code": "external_code", "barcode": "external_code",
    "state": "status", "delegation": "group", "party": "group", "accessibility": "needs", "dietary": "needs",
    "order": "order_code", "order_number": "order_code", "reservation": "order_code", "buyer_email": "order_email",
    "respondent_email": "order_email",
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
        # The attendee's own address first: an export with two holds the buyer's or respondent's as well.
        "attendee email", "attendee e mail", "participant email", "participant e mail", "email address",
        "e mail address", "your email", "your email address", "your e mail address", "adresse e mail",
        "adresse email", "adresse electronique", "adresse courriel", "votre adresse e mail", "e mail adresse",
        "email adresse", "ihre e mail adresse", "indirizzo email", "indirizzo e mail", "email", "e mail", "mail",
        "courriel", "posta elettronica",
    ),
    "category": (
        "category", "ticket name", "ticket type", "ticket class", "attendee type", "participant type",
        "registration type", "type",
        "product", "ticket", "role", "categorie", "type de participant", "type de billet",
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
        "data iscrizione", "data e ora", "optin time", "confirm time",
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
    "status": (
        # pretix Status, Eventbrite Attendee Status, Indico Registration state, Zoom Approval Status.
        "status", "registration status", "registration state", "attendee status", "approval status",
        "order status", "ticket status", "statut", "statut d inscription", "statut de l inscription", "etat",
        "etat de l inscription", "anmeldestatus", "status der anmeldung", "stato", "stato iscrizione",
        "stato dell iscrizione",
    ),
    "group": (
        "group", "group name", "delegation", "delegation name", "party", "registered together",
        "registration group", "groupe", "nom du groupe", "gruppe", "delegazione", "gruppo",
    ),
    "needs": (
        "needs", "special needs", "specific needs", "particular needs", "access needs", "accessibility",
        "accessibility needs", "accessibility requirements", "dietary", "dietary requirements",
        "dietary requirement", "dietary restrictions", "dietary needs", "dietary accessibility requirements",
        "diet", "food restrictions", "allergies", "interpretation", "interpretation language",
        "interpretation needed", "besoins", "besoins particuliers", "besoins specifiques", "accessibilite",
        "regime alimentaire", "restrictions alimentaires", "langue d interpretation", "barrierefreiheit",
        "besondere bedurfnisse", "bedurfnisse", "ernahrung", "ernahrungswunsche", "allergien", "dolmetschen",
        "esigenze particolari", "esigenze", "accessibilita", "esigenze alimentari", "allergie",
        "interpretariato",
    ),
    "order_code": (
        "order code", "order #", "order", "order number", "order id", "order no", "order reference",
        "reservation id", "reservation", "booking reference", "booking id", "numero de commande",
        "commande", "bestellnummer", "bestellung", "numero ordine", "ordine",
    ),
    "order_email": (
        "order email", "buyer email", "purchaser email", "customer email", "respondent email", "booker email",
        "e mail de l acheteur", "email de l acheteur", "kaufer e mail",
    ),
}

# Words that are a family name when the sheet also has a given-name column, else a full name.
_NAME_ALONE = {"name", "nom", "attendee name", "participant"}
# Words that make any header a question about a need (folded).
_NEEDS_WORDS = frozenset({
    "interpretation", "interpretariato", "dolmetschen", "dolmetscher", "verdolmetschung", "dietary", "diet",
    "accessibility", "accessibilite", "accessibilita", "barrierefreiheit", "barrierefrei", "allergies",
    "allergien", "allergie", "regime", "ernahrung", "wheelchair", "mobility", "handicap", "disability", "needs",
    "besoins", "bedurfnisse", "esigenze", "alimentaires", "alimentari",
})
_PUNCTUATION = re.compile(r"[^\w@#]+|_")
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Microsoft Forms writes these before the questions: the respondent's account ("anonymous" when not signed
# in), which a question of the form itself beats.
_RESPONDENT_COLUMNS = ("id", "start time", "completion time", "email", "name")
_PART_SPLIT = re.compile(r"\s*(?:\n|/|\||\(|\)|:| - )\s*")


def header_key(text: str) -> str:
    """A header as compared: folded, punctuation as single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", fold(_HUMP.sub(" ", text))).replace("#", " #").split())


_LOOKUP: dict[str, tuple[str, int]] = {}
for _field, _words in SYNONYMS.items():
    for _rank, _word in enumerate(_words):
        _LOOKUP.setdefault(header_key(_word), (_field, _rank))


def field_for_header(text: str) -> tuple[str, int] | None:
    """(field, rank) for a header cell; the whole text first, then its parts, then a word naming a need
    (a form asks "Langue d'interprétation souhaitée", "Do you have dietary or mobility requirements?")."""
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
    if not _NEEDS_WORDS.isdisjoint(whole.split()):
        return "needs", 200
    return None


def detect_mapping(labels: Sequence[str]) -> dict[str, str]:
    """field → column label, the best-ranked column winning each field (every needs column for `needs`)."""
    demoted = _respondent_columns(labels)
    candidates: dict[str, list[tuple[int, int, str]]] = {}
    for position, label in enumerate(labels):
        found = field_for_header(label) if label else None
        if found is not None:
            field, rank = found
            candidates.setdefault(field, []).append((rank + (1000 if label in demoted else 0), position, label))
    mapping: dict[str, str] = {}
    for field, found in candidates.items():
        found.sort()
        if field in MULTI_COLUMN_FIELDS:
            mapping[field] = COLUMN_SEPARATOR.join(label for _, _, label in sorted(found, key=lambda c: c[1]))
        else:
            mapping[field] = found[0][2]
    # A second e-mail column is the buyer's or the respondent's: it stands in for a row without its own.
    if len(candidates.get("email", ())) > 1 and "order_email" not in mapping:
        mapping["order_email"] = candidates["email"][1][2]
    # "Nom"/"Name" beside "Prénom"/"Vorname" is the family name (French, German forms).
    full = mapping.get("full_name")
    if full and "given_name" in mapping and "family_name" not in mapping and header_key(full) in _NAME_ALONE:
        mapping["family_name"] = mapping.pop("full_name")
    if "given_name" in mapping and "family_name" in mapping:
        mapping.pop("full_name", None)
    return {field: mapping[field] for field in FIELDS if field in mapping}


def _respondent_columns(labels: Sequence[str]) -> set[str]:
    if tuple(header_key(label) for label in labels[:5]) == _RESPONDENT_COLUMNS:
        return {labels[3], labels[4]}
    return set()


def columns_of(mapping: Mapping[str, str], field: str) -> list[str]:
    """The labels a field reads (several for `needs`)."""
    value = mapping.get(field)
    return value.split(COLUMN_SEPARATOR) if value else []


def mapped_labels(mapping: Mapping[str, str]) -> set[str]:
    """Every column label the mapping reads."""
    return {label for value in mapping.values() if value for label in value.split(COLUMN_SEPARATOR)}


def canonical_field(name: str) -> str | None:
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key in FIELDS:
        return key
    return FIELD_ALIASES.get(key)


def column_for(wanted: str, labels: Sequence[str]) -> str | None:
    """A column named in --map: exact label, folded label, or a letter (A, B, … AA)."""
    if COLUMN_SEPARATOR in wanted:
        found = [column_for(part, labels) for part in wanted.split(COLUMN_SEPARATOR)]
        return None if None in found else COLUMN_SEPARATOR.join(label for label in found if label)
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
    """Overrides are field → label (already resolved; several joined by a line break for `needs`); None or
    "" unmaps the field."""
    result = dict(mapping)
    for field, label in overrides.items():
        # A column moved to another field leaves its old one.
        for moved in label.split(COLUMN_SEPARATOR) if label else ():
            for other in list(result):
                if other != field and moved in columns_of(result, other):
                    kept = [used for used in columns_of(result, other) if used != moved]
                    if kept:
                        result[other] = COLUMN_SEPARATOR.join(kept)
                    else:
                        del result[other]
        if label:
            result[field] = label
        else:
            result.pop(field, None)
    return {field: result[field] for field in FIELDS if field in result}
