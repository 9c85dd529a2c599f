"""People's needs, understood: access, hearing, interpretation language, meals.

`Attendee.needs` holds what a registration said ("; " between needs), in whatever language the form
was in. Each part is recognised as a kind the desk draws as an icon with words (a wheelchair, a
hearing loop, interpretation into French, a vegetarian or halal meal); what is not recognised stays
as written, as "other". The counters add up receivers per language and meals per kind for the
people who have arrived.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from checkin.core.folding import fold
from checkin.core.models import Attendee, PresenceState, Status

SEPARATOR = "; "
_PARTS = re.compile(r"\s*[;\n]\s*")


class NeedKind(StrEnum):
    WHEELCHAIR = "wheelchair"
    HEARING_LOOP = "hearing_loop"
    SIGN_LANGUAGE = "sign_language"
    INTERPRETATION = "interpretation"
    MEAL = "meal"
    OTHER = "other"


class Meal(StrEnum):
    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"
    HALAL = "halal"
    KOSHER = "kosher"
    GLUTEN_FREE = "gluten_free"
    LACTOSE_FREE = "lactose_free"
    NUT_ALLERGY = "nut_allergy"


@dataclass(frozen=True)
class Need:
    kind: NeedKind
    # The language code for interpretation ("fr"), the Meal for a meal, and the words as written for "other".
    detail: str = ""
    written: str = ""


# Folded words in English, French, German and Italian; the first match wins, so the specific comes first.
_MEALS: tuple[tuple[Meal, tuple[str, ...]], ...] = (
    (Meal.VEGAN, ("vegan", "vegane", "vegetalien", "vegetalienne", "vegano", "vegana")),
    (Meal.VEGETARIAN, ("vegetarian", "vegetarien", "vegetarienne", "vegetarisch", "vegetariano", "vegetariana",
                       "veggie")),
    (Meal.HALAL, ("halal",)),
    (Meal.KOSHER, ("kosher", "casher", "cacher", "koscher", "kasher")),
    (Meal.GLUTEN_FREE, ("gluten", "glutine", "glutenfrei", "coeliac", "celiac", "coeliaque", "zoliakie", "celiachia")),
    (Meal.LACTOSE_FREE, ("lactose", "laktose", "lattosio", "dairy free", "sans lait")),
    (Meal.NUT_ALLERGY, ("nut allergy", "peanut", "arachide", "noix", "nuss", "noci")),
)
_WHEELCHAIR = ("wheelchair", "wheel chair", "fauteuil", "chaise roulante", "rollstuhl", "rolli", "sedia a rotelle",
               "carrozzina", "step free", "mobilite reduite", "mobility", "accessible", "barrierefrei", "pmr")
_HEARING = ("hearing loop", "induction loop", "boucle magnetique", "boucle auditive", "boucle a induction",
            "induktionsschleife", "horschleife", "ringschleife", "anello magnetico", "anello a induzione",
            "hearing", "malentendant", "horbehindert", "ipoudente")
_SIGN = ("sign language", "langue des signes", "gebardensprache", "lingua dei segni", "lsf", "bsl", "dgs")
_INTERPRETATION = ("interpretation", "interpreting", "headset", "receiver", "interpretariat", "interpretation",
                   "casque", "ecouteur", "traduction", "dolmetsch", "kopfhorer", "empfanger", "interpretazione",
                   "cuffia", "ricevitore", "traduzione", "simultan")
# Language words and codes → code, for "interpretation FR", "casque français", "Dolmetschen Deutsch".
_LANGUAGES: dict[str, str] = {
    "fr": "fr", "fra": "fr", "french": "fr", "francais": "fr", "franzosisch": "fr", "francese": "fr",
    "en": "en", "eng": "en", "english": "en", "anglais": "en", "englisch": "en", "inglese": "en",
    "de": "de", "deu": "de", "ger": "de", "german": "de", "allemand": "de", "deutsch": "de", "tedesco": "de",
    "it": "it", "ita": "it", "italian": "it", "italien": "it", "italienisch": "it", "italiano": "it",
    "es": "es", "spa": "es", "spanish": "es", "espagnol": "es", "spanisch": "es", "spagnolo": "es",
    "ar": "ar", "arabic": "ar", "arabe": "ar", "arabisch": "ar", "arabo": "ar",
    "ru": "ru", "russian": "ru", "russe": "ru", "russisch": "ru", "russo": "ru",
    "zh": "zh", "chinese": "zh", "chinois": "zh", "chinesisch": "zh", "cinese": "zh",
}
_WORD = re.compile(r"[a-z]+")


def split_needs(text: str) -> list[str]:
    """The parts of a needs text as written, without blanks."""
    return [part for part in (p.strip(" .") for p in _PARTS.split(text or "")) if part]


def _has(folded: str, words: Iterable[str]) -> bool:
    padded = f" {' '.join(_WORD.findall(folded))} "
    return any(f" {word} " in padded or (len(word) > 6 and word in folded) for word in words)


def understand(part: str) -> list[Need]:
    """What one written need asks for (a part may ask for two: "vegetarian, wheelchair" split earlier)."""
    folded = fold(part)
    found: list[Need] = []
    if _has(folded, _WHEELCHAIR):
        found.append(Need(NeedKind.WHEELCHAIR, written=part))
    if _has(folded, _SIGN):
        found.append(Need(NeedKind.SIGN_LANGUAGE, written=part))
    elif _has(folded, _HEARING):
        found.append(Need(NeedKind.HEARING_LOOP, written=part))
    if _has(folded, _INTERPRETATION):
        languages = [_LANGUAGES[w] for w in _WORD.findall(folded) if w in _LANGUAGES]
        found.append(Need(NeedKind.INTERPRETATION, languages[-1] if languages else "", part))
    for meal, words in _MEALS:
        if _has(folded, words):
            found.append(Need(NeedKind.MEAL, meal.value, part))
            break
    return found or [Need(NeedKind.OTHER, part, part)]


def _understood(part: str) -> list[Need]:
    # "Dolmetschen: Deutsch, Rollstuhl" is two needs; "Hearing loop, please" is one said politely.
    pieces = [p.strip(" .") for p in part.split(",") if p.strip(" .")]
    if len(pieces) > 1:
        each = [understand(piece) for piece in pieces]
        if all(n.kind is not NeedKind.OTHER for needs in each for n in needs):
            return [n for needs in each for n in needs]
    return understand(part)


def needs_of(text: str) -> list[Need]:
    """Every need in an attendee's needs text, in the order written, each kind and detail once."""
    seen: dict[tuple[NeedKind, str], Need] = {}
    for part in split_needs(text):
        for need in _understood(part):
            seen.setdefault((need.kind, need.detail), need)
    return list(seen.values())


def join_needs(parts: Iterable[str]) -> str:
    """The needs text to store from its parts (the desk's form, a merge of two columns)."""
    return SEPARATOR.join(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def has_need(attendee: Attendee, kind: NeedKind, detail: str = "") -> bool:
    return any(n.kind is kind and (not detail or n.detail == detail) for n in needs_of(attendee.needs))


@dataclass(frozen=True)
class NeedsCount:
    """What the people who have arrived need: receivers per language, meals per kind, access."""

    receivers: dict[str, int]  # language code ("" when the language was not said) → people
    meals: dict[str, int]  # Meal value → people
    wheelchair: int = 0
    hearing_loop: int = 0
    sign_language: int = 0


def count_needs(attendees: Iterable[Attendee], presence: Mapping[int, PresenceState]) -> NeedsCount:
    """Needs of those checked in (at the presence's checkpoint); cancelled people are not counted."""
    receivers: Counter[str] = Counter()
    meals: Counter[str] = Counter()
    kinds: Counter[NeedKind] = Counter()
    for attendee in attendees:
        if not attendee.needs or attendee.status is Status.CANCELLED:
            continue
        state = presence.get(attendee.id) if attendee.id is not None else None
        if state is None or not state.checked_in:
            continue
        for need in needs_of(attendee.needs):
            if need.kind is NeedKind.INTERPRETATION:
                receivers[need.detail] += 1
            elif need.kind is NeedKind.MEAL:
                meals[need.detail] += 1
            else:
                kinds[need.kind] += 1
    return NeedsCount(dict(sorted(receivers.items())), dict(sorted(meals.items())), kinds[NeedKind.WHEELCHAIR],
                      kinds[NeedKind.HEARING_LOOP], kinds[NeedKind.SIGN_LANGUAGE])
