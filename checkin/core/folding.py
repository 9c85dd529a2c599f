"""Folding text for matching: case, accents and letters that do not decompose."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD leaves alone but people type without their stroke or ligature.
_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŋ": "n", "ŧ": "t", "ĸ": "k",
})
_WORD = re.compile(r"\w+", re.UNICODE)
# Apostrophes and hyphens inside a name: "O'Brien" is found as "obrien" and "brien".
_JOINERS = re.compile(r"[’'‘`´\-‐‑]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, without accents; ß→ss, æ→ae, ø→o, ł→l and friends."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_SPECIAL)


def tokens(text: str) -> list[str]:
    """The folded words of `text`, plus each hyphen/apostrophe compound joined."""
    if not text:
        return []
    folded = fold(text)
    words = _WORD.findall(folded.replace("_", " "))
    for compound in folded.split():
        if _JOINERS.search(compound):
            joined = "".join(_WORD.findall(_JOINERS.sub("", compound)))
            if joined and joined not in words:
                words.append(joined)
    return words
