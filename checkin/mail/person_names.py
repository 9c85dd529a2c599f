"""A person's name as written in an e-mail, split into honorific, given and family name.

"H.E. Mr. Jean-Pierre DUPONT" → ("H.E. Mr.", "Jean-Pierre", "Dupont"): a word in capitals is the family
name (the way UN and diplomatic mail writes it) and gets its case back; "Lovelace, Ada" → given "Ada";
particles (de, van der, von, di…) belong to the family name.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Honorifics and titles of address, as written before a name in EN/FR/DE/IT mail (folded of dots later).
HONORIFICS = (
    "h.e.", "s.e.", "i.e.", "his excellency", "her excellency", "son excellence", "sua eccellenza",
    "ambassador", "ambassadeur", "ambassadrice", "botschafter", "botschafterin", "ambasciatore", "ambasciatrice",
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mx", "dr.", "dr", "prof.", "prof", "professor", "sir", "dame",
    "m.", "mme", "mme.", "mlle", "mlle.", "me", "monsieur", "madame", "mademoiselle", "docteur", "professeur",
    "herr", "frau", "hr.", "fr.", "dipl.-ing.", "mag.", "sig.", "sig.ra", "sig.na", "signor", "signora", "dott.",
    "dott.ssa", "dr.ssa", "avv.", "ing.", "on.", "amb.", "rev.",
)
_HONORIFIC_SET = frozenset(HONORIFICS)
# Words after a comma that make it "Name, Title" rather than "Family, Given".
_TITLE_WORDS = frozenset({"director", "directeur", "directrice", "direktor", "direttore", "head", "chef", "cheffe",
                          "officer", "adviser", "advisor", "counsellor", "conseiller", "conseillère", "attaché",
                          "attachée", "secretary", "secrétaire", "minister", "ministre", "ambassador",
                          "ambassadeur", "ambassadrice", "professor", "professeur", "consultant", "manager",
                          "coordinator", "coordinatrice", "coordinateur", "analyst", "expert", "experte",
                          "president", "président", "présidente", "chair", "deputy", "intern", "stagiaire"})
PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "zu", "di", "da", "del", "della",
                       "dos", "das", "d'", "ter", "ten", "al", "el", "bin", "ben"})
_WORD = re.compile(r"[^\s,;]+")
_NAME_WORD = re.compile(r"^(?:[^\W\d_]|['’.-])+$")  # letters of any script, apostrophes, dots, hyphens


class SplitName(NamedTuple):
    honorific: str
    given: str
    family: str
    # (start, end) of each part within the text given, for evidence; (-1, -1) when absent
    honorific_span: tuple[int, int]
    given_span: tuple[int, int]
    family_span: tuple[int, int]
    confidence: float


def is_honorific(word: str) -> bool:
    return word.lower() in _HONORIFIC_SET or word.lower().rstrip(".") in _HONORIFIC_SET


def looks_like_name(text: str, most_words: int = 5) -> bool:
    """Whether `text` could be a person's name: 2–5 words of letters (an honorific allowed), capitalised."""
    words = text.split()
    names = [word for word in words if not is_honorific(word)]
    if not names or len(names) > most_words or len(words) > most_words + 3:
        return False
    if not all(_NAME_WORD.match(word) for word in names):
        return False
    # A capital, or a script without case (Arabic, Chinese…): a lower-case first letter is a sentence's word.
    capitalised = [word for word in names if not word[:1].islower() or word.lower() in PARTICLES]
    return len(capitalised) == len(names) and any(len(word.strip(".")) > 1 for word in names)


def name_case(word: str) -> str:
    """DUPONT → Dupont, JEAN-PIERRE → Jean-Pierre, O'NEILL → O'Neill, MCDONALD stays as Mcdonald."""
    if not word.isupper() or len(word) < 2:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _inverted(text: str, comma: int) -> bool:
    """Whether "A, B" is "Family, Given": B is one or two name words, not an acronym nor a title."""
    after = text[comma + 1:].split()
    before = text[:comma].split()
    if not after or len(after) > 2 or len(before) > 3:
        return False
    if any(word.isupper() and len(word) > 1 for word in after) and not all(word.isupper() for word in before):
        return False
    return all(_NAME_WORD.match(word) and not word[:1].islower() for word in after) and \
        not any(fold_word in _TITLE_WORDS for fold_word in (word.lower() for word in after))


def split_name(text: str) -> SplitName:
    """Split a name; spans index into `text`. Confidence is lower when the split is a guess."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    comma = text.find(",")
    honorific: list[tuple[int, int, str]] = []
    while words and is_honorific(words[0][2]) and len(words) > 1:
        honorific.append(words.pop(0))
    if not words:
        return SplitName("", "", "", (-1, -1), (-1, -1), (-1, -1), 0.0)
    confidence = 0.95
    if comma != -1 and comma < words[-1][0] and len(words) >= 2 and not _inverted(text, comma):
        # "Ada Lovelace, UNHCR" / "Jean Dupont, Director": what follows the comma is no given name
        words = [word for word in words if word[1] <= comma + 1]
        comma = -1
    if comma != -1 and comma < words[-1][0] and len(words) >= 2:
        # "Lovelace, Ada": the family name first
        family = [word for word in words if word[1] <= comma + 1]
        given = [word for word in words if word[0] > comma]
    else:
        capitals = [word for word in words if word[2].isupper() and len(word[2].strip(".-'")) > 1]
        if capitals and len(capitals) < len(words):
            family = capitals
            given = [word for word in words if word not in capitals]
        else:
            cut = len(words) - 1
            while cut > 1 and words[cut - 1][2].lower() in PARTICLES:
                cut -= 1
            given, family = words[:cut], words[cut:]
            if len(words) > 2 and cut == len(words) - 1:
                confidence = 0.8  # three names: which belong to the family is a guess
    if not given:
        confidence = 0.5
    if not family:
        family, given = given, []
        confidence = 0.5

    def span(part: list[tuple[int, int, str]]) -> tuple[int, int]:
        return (part[0][0], part[-1][1]) if part else (-1, -1)

    def joined(part: list[tuple[int, int, str]]) -> str:
        return " ".join(name_case(word[2].strip(",")) for word in part)

    return SplitName(" ".join(word[2] for word in honorific), joined(given), joined(family), span(honorific),
                     span(given), span(family), confidence)
