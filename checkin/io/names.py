"""Splitting a single full-name cell into honorific, given and family names, with care.

Rules, in order: "Family, Given" when there is one comma; an honorific in front is taken off; a word in
capitals marks the family name (the French "Barbara SCHEDLER FISCHER"); otherwise the family name begins
at the first particle after the given name ("Ludwig van der Rohe", "María de la Cruz") or is the last
word. A name without spaces (Chinese, Japanese, Thai…) is kept whole as the family name and shown as
written. Two-column sheets are never re-split: this module only sees full-name columns.
"""

from __future__ import annotations

from checkin.core.folding import fold

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "he", "h e",
    "m", "mme", "mlle", "me", "pr", "herr", "frau", "sig", "sigra", "sig ra", "dott", "dottssa",
    "dott ssa", "ing", "avv", "amb", "ambassador", "s e", "se",
}
_HONORIFIC_KEYS = {h.replace(" ", "") for h in HONORIFICS}
PARTICLES = {
    "de", "del", "della", "der", "den", "des", "di", "da", "dal", "dos", "das", "du", "la", "le", "van",
    "von", "vom", "zu", "zum", "zur", "ten", "ter", "bin", "ibn", "al", "el", "y", "st", "mac", "ap",
}


def _key(word: str) -> str:
    return "".join(ch for ch in fold(word) if ch.isalnum() or ch == " ")


def split_full_name(text: str) -> tuple[str, str, str, str]:
    """(honorific, given, family, display) from one cell; display is set only for unsplit scripts."""
    text = " ".join(text.split())
    if not text:
        return "", "", "", ""
    honorific = ""
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        honorific, given = _take_honorific(given)
        if family and given:
            return honorific, given, family, ""
        text = family or given
    honorific_front, rest = _take_honorific(text)
    honorific = honorific or honorific_front
    words = rest.split()
    if not words:
        return honorific, "", "", ""
    if len(words) == 1:
        # One word: a name in a script without spaces, or a mononym. Kept whole, shown as written.
        return honorific, "", words[0], words[0] if not words[0].isascii() else ""
    capitals = [i for i, w in enumerate(words) if _is_capitalised_family(w)]
    if capitals and len(capitals) < len(words):
        family = [words[i] for i in capitals]
        given = [w for i, w in enumerate(words) if i not in capitals]
        return honorific, " ".join(given), " ".join(family), ""
    for index in range(1, len(words) - 1):
        if _key(words[index]) in PARTICLES:
            return honorific, " ".join(words[:index]), " ".join(words[index:]), ""
    return honorific, " ".join(words[:-1]), words[-1], ""


def _take_honorific(text: str) -> tuple[str, str]:
    words = text.split()
    taken: list[str] = []
    while len(words) > 1 and _key(words[0]).replace(" ", "") in _HONORIFIC_KEYS:
        taken.append(words.pop(0))
    return " ".join(taken), " ".join(words)


def _is_capitalised_family(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    # Two capitals at least, so initials ("J.") and one-letter words do not count.
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
