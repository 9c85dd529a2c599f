"""Reading names as people type them: honorifics, whole names in one cell, family names first.

A full-name cell, in order: "Family, Given" when there is one comma; honorifics in front are taken off
("H.E. Ambassador", "Prof. Dr.", "Dott.ssa"); a name in a script without spaces (Chinese, Japanese,
Korean) is kept whole, family name first; a word in capitals marks the family name, and where it comes
first the name is shown as written ("WANG Xiaoming"); a Vietnamese or Hungarian name that begins with a
family name of that country is family-first too ("Nguyễn Văn An", "Kovács János"); otherwise the family
name begins at the first particle after the given name ("Ludwig van der Rohe", "María de la Cruz") or is
the last word, except that a Spanish or Portuguese pair of surnames is taken together and flagged for
the organiser to check ("María José García López").

Two columns are read as typed, with two repairs: honorifics typed into the given-name column are taken
out, and a whole name typed there with the family-name column left empty is split. A name whose family
name comes first keeps that order in `display`, which the desk, badges and sign-in sheet show.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from checkin.core.folding import fold

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "he", "h e", "hon",
    "m", "mme", "mlle", "me", "pr", "madame", "monsieur", "mademoiselle", "herr", "frau", "sig", "sigra",
    "sig ra", "signor", "signora", "signorina", "dott", "dottssa", "dott ssa", "dottoressa", "ing", "avv",
    "sr", "sra", "dra", "amb", "ambassador", "ambassadeur", "ambassadrice", "botschafter", "botschafterin",
    "ambasciatore", "ambasciatrice", "s e", "se", "dring", "mag", "excellency", "excellence", "exzellenz",
    "eccellenza",
}
_HONORIFIC_KEYS = {h.replace(" ", "") for h in HONORIFICS}
# "His Excellency", "Son Excellence": a possessive that only an honorific may follow.
_POSSESSIVES = {"his", "her", "son", "sa", "sua", "seine", "ihre"}
# Honorifics that are also initials: "M." alone in a given-name column is a name, not "Monsieur".
_INITIAL_LIKE = {"m", "me", "pr", "se", "he"}
PARTICLES = {
    "de", "del", "della", "der", "den", "des", "di", "da", "dal", "dos", "das", "du", "la", "le", "van",
    "von", "vom", "zu", "zum", "zur", "ten", "ter", "bin", "ibn", "al", "el", "y", "st", "mac", "ap",
}
_VIETNAMESE_FAMILIES = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
    "duong", "ly", "dinh", "trinh", "truong", "lam", "luu", "mai", "cao", "ha", "thai", "quach", "doan", "chau",
}
_VIETNAMESE_MIDDLES = {"van", "thi", "duc", "huu", "ngoc", "minh", "thanh", "quoc", "xuan", "kim", "anh", "cong"}
_VIETNAMESE_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_HUNGARIAN_FAMILIES = {
    "nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss", "molnar", "nemeth", "farkas", "balogh",
    "papp", "takacs", "juhasz", "lakatos", "meszaros", "olah", "racz", "fekete", "szilagyi", "torok", "feher",
    "gal", "kis", "szucs", "kocsis", "fodor", "szalai", "sipos", "magyar", "lukacs", "gulyas", "biro", "kiraly",
    "katona", "jakab", "bogdan", "boros", "fazekas", "kelemen", "antal", "orban", "somogyi", "vincze",
    "hegedus", "deak", "pinter", "szekeres", "bodnar", "veres", "major", "pasztor", "hajdu", "vass", "orosz",
}
_HUNGARIAN_GIVENS = {
    "janos", "istvan", "laszlo", "jozsef", "zoltan", "sandor", "ferenc", "gabor", "attila", "peter", "tamas",
    "zsolt", "andras", "imre", "tibor", "gyorgy", "csaba", "balazs", "mihaly", "gyula", "krisztian", "norbert",
    "erzsebet", "maria", "katalin", "eva", "ilona", "anna", "zsuzsanna", "margit", "judit", "agnes", "andrea",
    "krisztina", "erika", "ildiko", "eszter", "zsofia", "reka", "orsolya", "timea", "noemi", "dora", "szilvia",
}
_IBERIAN_SURNAMES = {
    "garcia", "lopez", "gonzalez", "rodriguez", "fernandez", "martinez", "sanchez", "perez", "gomez", "martin",
    "jimenez", "ruiz", "hernandez", "diaz", "moreno", "alvarez", "munoz", "romero", "alonso", "gutierrez",
    "navarro", "torres", "dominguez", "vazquez", "ramos", "gil", "ramirez", "serrano", "blanco", "suarez",
    "molina", "morales", "ortega", "delgado", "castro", "ortiz", "rubio", "marin", "sanz", "nunez", "iglesias",
    "medina", "garrido", "santos", "castillo", "cortes", "lozano", "guerrero", "cano", "prieto", "mendez",
    "calvo", "gallego", "vidal", "leon", "marquez", "herrera", "pena", "flores", "cabrera", "campos", "vega",
    "fuentes", "carrasco", "diez", "caballero", "reyes", "nieto", "aguilar", "pascual", "santana", "herrero",
    "lorenzo", "montero", "hidalgo", "gimenez", "ibanez", "ferrer", "duran", "silva", "sousa", "ferreira",
    "pereira", "oliveira", "costa", "rodrigues", "martins", "gomes", "lopes", "marques", "alves", "almeida",
    "ribeiro", "pinto", "carvalho", "teixeira", "moreira", "correia", "mendes", "nunes", "soares", "vieira",
    "monteiro", "cardoso", "rocha", "neves", "coelho", "cunha", "pires", "lima", "mora", "rojas", "vargas",
    "castellanos", "quintero", "salazar", "cruz", "zapata", "espinoza", "sandoval", "guzman", "mejia",
}


class NameParts(NamedTuple):
    honorific: str
    given: str
    family: str
    display: str  # set when the name is shown otherwise than "given family": family first, or whole
    doubtful: bool = False  # a split the organiser should check (a pair of Spanish or Portuguese surnames)


def _key(word: str) -> str:
    return "".join(ch for ch in fold(word) if ch.isalnum() or ch == " ")


def split_full_name(text: str) -> tuple[str, str, str, str]:
    """(honorific, given, family, display) from one cell; see read_full_name."""
    return read_full_name(text)[:4]


@lru_cache(maxsize=4096)
def read_full_name(text: str) -> NameParts:
    """A full-name cell read with care (see the module's rules)."""
    text = " ".join(text.split())
    if not text:
        return NameParts("", "", "", "")
    honorific = ""
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        honorific, given = take_honorific(given)
        if family and given:
            return NameParts(honorific, given, family, "")
        text = family or given
    honorific_front, rest = take_honorific(text)
    honorific = honorific or honorific_front
    words = rest.split()
    if not words:
        return NameParts(honorific, "", "", "")
    if len(words) == 1:
        # One word: a name in a script without spaces, or a mononym. Kept whole, shown as written.
        return NameParts(honorific, "", words[0], words[0] if not words[0].isascii() else "")
    if all(map(is_cjk, words)):  # "王 小明": family name first, written without a space
        return NameParts(honorific, "".join(words[1:]), words[0], "".join(words))
    capitals = [i for i, w in enumerate(words) if _is_capitalised_family(w)]
    if capitals and len(capitals) < len(words):
        family = " ".join(words[i] for i in capitals)
        given = " ".join(w for i, w in enumerate(words) if i not in capitals)
        return NameParts(honorific, given, family, rest if capitals[0] == 0 else "")
    if _family_first(words):
        return NameParts(honorific, " ".join(words[1:]), words[0], rest)
    for index in range(1, len(words) - 1):
        if _key(words[index]) in PARTICLES:
            return NameParts(honorific, " ".join(words[:index]), " ".join(words[index:]), "")
    if len(words) >= 3 and _key(words[-2]) in _IBERIAN_SURNAMES:
        return NameParts(honorific, " ".join(words[:-2]), " ".join(words[-2:]), "", doubtful=True)
    return NameParts(honorific, " ".join(words[:-1]), words[-1], "")


@lru_cache(maxsize=4096)
def read_two_columns(given: str, family: str) -> NameParts:
    """Given- and family-name cells as typed, repaired where they plainly hold something else."""
    honorific = ""
    if " " in given or "." in given or _key(given) in _HONORIFIC_KEYS:
        honorific, given = take_honorific(given, whole=True)
    if not family and " " in given:  # the whole name typed into the first-name column
        parts = read_full_name(given)
        return parts._replace(honorific=" ".join(filter(None, (honorific, parts.honorific))))
    if not given and " " in family and ("," in family or any(map(_is_capitalised_family, family.split()))):
        parts = read_full_name(family)  # "LOVELACE Ada", "Lovelace, Ada" in the family-name column alone
        return parts._replace(honorific=" ".join(filter(None, (honorific, parts.honorific))))
    display = family + given if given and family and is_cjk(family) and is_cjk(given) else ""
    return NameParts(honorific, given, family, display)


def take_honorific(text: str, whole: bool = False) -> tuple[str, str]:
    """(honorifics, the rest) from the front of a name. With `whole`, a cell of honorifics only is all
    honorific ("S.E. M."), unless it is one initial-like word ("M.")."""
    words = text.split()
    taken: list[str] = []
    while words and (len(words) > 1 or whole):
        key = _key(words[0]).replace(" ", "")
        if key in _POSSESSIVES and len(words) > 1 and _key(words[1]).replace(" ", "") in _HONORIFIC_KEYS:
            taken.extend(words[:2])
            del words[:2]
        elif key in _HONORIFIC_KEYS:
            taken.append(words.pop(0))
        else:
            break
    if not words and len(taken) == 1 and _key(taken[0]).replace(" ", "") in _INITIAL_LIKE:
        return "", text.strip()  # "M." alone: an initial
    return " ".join(taken), " ".join(words)


def is_cjk(text: str) -> bool:
    """Whether a name is written in Chinese, Japanese or Korean characters (which go without spaces)."""
    return any(0x3040 <= ord(ch) <= 0x30FF or 0x3400 <= ord(ch) <= 0x9FFF or 0xAC00 <= ord(ch) <= 0xD7AF
               or 0x1100 <= ord(ch) <= 0x11FF or 0x20000 <= ord(ch) <= 0x2FA1F for ch in text)


def _family_first(words: list[str]) -> bool:
    first, last = _key(words[0]), _key(words[-1])
    if first in _VIETNAMESE_FAMILIES and (
            _key(words[1]) in _VIETNAMESE_MIDDLES or any(ch in _VIETNAMESE_LETTERS for ch in " ".join(words).lower())):
        return True
    return first in _HUNGARIAN_FAMILIES and last in _HUNGARIAN_GIVENS and first not in _HUNGARIAN_GIVENS


def _is_capitalised_family(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    # Two capitals at least, so initials ("J.") and one-letter words do not count.
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
