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


# Combining marks of the scripts on attendee lists (Latin, Greek, Cyrillic, Hebrew, Arabic, Vietnamese…).
_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
                        "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, without accents; ß→ss, æ→ae, ø→o, ł→l and friends."""
    return _fold(text)


def fold_unique(text: str) -> str:
    """fold() for a value that never repeats (an e-mail, a code). Kept out of the cache: a 100k list's
    e-mails pushed out the names and organisations that do repeat (a quarter of building its index)."""
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        # Most names: nothing to decompose, and lower() is casefold() for ASCII.
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return _COMBINING.sub("", decomposed).casefold().translate(_SPECIAL)


def tokens(text: str) -> list[str]:
    """The folded words of `text`, plus each hyphen/apostrophe compound joined."""
    return list(_tokens(text)) if text else []


def unique_tokens(text: str) -> tuple[str, ...]:
    """tokens() for a value that never repeats (the local part of an e-mail), kept out of the cache."""
    return _words(_fold(text)) if text else ()


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    # Cached: organisations and common names repeat hundreds of times in a list.
    return _words(fold(text))


def _words(folded: str) -> tuple[str, ...]:
    words = _WORD.findall(folded.replace("_", " "))
    if _JOINERS.search(folded):
        for compound in folded.split():
            if _JOINERS.search(compound):
                joined = "".join(_WORD.findall(_JOINERS.sub("", compound)))
                if joined and joined not in words:
                    words.append(joined)
    return tuple(words)
