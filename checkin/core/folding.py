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
# casefold() has made them lower case: only the lower-case letters need finding.
_SPECIAL_LETTERS = re.compile("[ßæœøłđðþıħŋŧĸ]")
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
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
    # str.translate looks every character of a non-ASCII string up in a dict (a microsecond for an
    # e-mail address); most text has none of these letters, which a regular expression sees faster.
    return folded.translate(_SPECIAL) if _SPECIAL_LETTERS.search(folded) else folded


def tokens(text: str) -> list[str]:
    """The folded words of `text`, plus each hyphen/apostrophe compound joined."""
    return list(cached_tokens(text)) if text else []


@lru_cache(maxsize=65536)
def cached_tokens(text: str) -> tuple[str, ...]:
    """tokens() as a shared tuple, cached: organisations and common names repeat hundreds of times."""
    return words_of_folded(fold(text))


# For ASCII text a word is a run of letters and digits. bytes.translate + split take half a regular
# expression's time (str.translate, with its dict lookups, takes more).
_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_ASCII_NON_WORD = bytes.maketrans(_NOT_ALNUM, b" " * len(_NOT_ALNUM))


def words_of_folded(folded: str) -> tuple[str, ...]:
    """tokens() of text already folded, uncached: for a value that never repeats (an e-mail address)."""
    if folded.isascii() and "-" not in folded and "'" not in folded and "`" not in folded:
        return tuple(folded.encode().translate(_ASCII_NON_WORD).decode().split())
    words = _WORD.findall(folded.replace("_", " "))
    if _JOINERS.search(folded):
        for compound in folded.split():
            if _JOINERS.search(compound):
                joined = "".join(_WORD.findall(_JOINERS.sub("", compound)))
                if joined and joined not in words:
                    words.append(joined)
    return tuple(words)
