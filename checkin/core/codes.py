"""Attendee codes: unguessable, case-insensitive and keyboard-layout-proof.

A USB scanner in keyboard-wedge mode sends US key positions; the host then
applies its own layout. On French/Belgian AZERTY, A/Q, Z/W and M move and the
digit row types `&é"'(-è_çà`; on German/Swiss QWERTZ, Y and Z swap. The code
alphabet therefore keeps only letters that sit on the same key in all of those
layouts, and drops the look-alikes I, L and O. That leaves 17 letters, so 16
random letters carry log2(17**16) ≈ 65.4 bits. Four more letters, random per
event, open every code: a badge of another event is recognised as such.
Twenty upper-case letters fit a version-1 QR code (21×21 modules) at level M.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence

ALPHABET = "BCDEFGHJKNPRSTUVX"
PREFIX_LENGTH = 4
RANDOM_LENGTH = 16
CODE_LENGTH = PREFIX_LENGTH + RANDOM_LENGTH
# Anything longer is not a code: a confused scanner or a pasted paragraph.
MAX_INPUT_LENGTH = 256

_OWN_CODE = re.compile(f"^[{ALPHABET}]{{{CODE_LENGTH}}}$")
_SEPARATORS = re.compile(r"[\s\-_./:)]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_SEPARATORS = bytes(c for c in range(128) if _SEPARATORS.match(chr(c)))

# What the digit row types on AZERTY (French; Belgian differs on 6 and 8)
# when the scanner presses the keys without Shift.
_AZERTY_DIGITS = str.maketrans({
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "§": "6",
    "è": "7", "_": "8", "!": "8", "ç": "9", "à": "0",
})
# Letters that AZERTY moves, as the host types them for a US key position.
_AZERTY_LETTERS = str.maketrans({
    "a": "q", "q": "a", "A": "Q", "Q": "A", "z": "w", "w": "z", "Z": "W", "W": "Z",
    ",": "m", "?": "M", ";": ",", "M": ":",
})
_QWERTZ_LETTERS = str.maketrans({"y": "z", "z": "y", "Y": "Z", "Z": "Y", "ß": "-"})


def new_code(event_prefix: str) -> str:
    """A fresh code for an attendee of the event whose prefix is given."""
    return new_codes(event_prefix, 1)[0]


def new_codes(event_prefix: str, count: int) -> list[str]:
    """`count` fresh codes: one read of the system CSPRNG for all of them (an import makes thousands)."""
    if len(event_prefix) != PREFIX_LENGTH or not _OWN_CODE.match(event_prefix + "B" * RANDOM_LENGTH):
        raise ValueError(f"not an event prefix: {event_prefix!r}")
    letters = _random_letters(count * RANDOM_LENGTH)
    return [event_prefix + letters[i:i + RANDOM_LENGTH] for i in range(0, len(letters), RANDOM_LENGTH)]


def codes_for(given: Sequence[str], event_prefix: str) -> list[str]:
    """The codes to store for people arriving with `given` codes: folded, or fresh where empty."""
    wanted = sum(1 for code in given if not code) if any(given) else len(given)
    if wanted == len(given):  # a list with no codes of its own: all fresh
        return new_codes(event_prefix, wanted)
    fresh = iter(new_codes(event_prefix, wanted))
    return [fold_code(code) if code else next(fresh) for code in given]


def new_event_prefix() -> str:
    return _random_letters(PREFIX_LENGTH)


# Byte b < 255 becomes ALPHABET[b % 17]: 255 = 15 × 17, so each letter is equally likely; 255 is dropped.
_BYTE_TO_LETTER = bytes(ord(ALPHABET[b % len(ALPHABET)]) if b < 255 else 0 for b in range(256))


def _random_letters(count: int) -> str:
    letters = b""
    while len(letters) < count:
        # A few spare bytes cover the rare 255s that are thrown away.
        letters += secrets.token_bytes(count - len(letters) + 8).translate(_BYTE_TO_LETTER, b"\xff")
    return letters[:count].decode("ascii")


def is_own_format(code: str) -> bool:
    """True if `code` (already folded) has the shape of a code this app issues."""
    return bool(_OWN_CODE.match(code))


def fold_code(code: str) -> str:
    """The key under which a code is stored and looked up: upper case, no separators."""
    return without_separators(code).upper()


def fold_codes(given: list[str]) -> list[str]:
    """fold_code() of each code. An import folds a code for each of tens of thousands of people: when all
    are ASCII they are folded as one text, in C (a fifth of the time of a call each)."""
    joined = "\x00".join(given)
    if not joined.isascii() or joined.count("\x00") != len(given) - 1 or len(given) < 2:
        return list(map(fold_code, given))
    return joined.encode().translate(None, _ASCII_SEPARATORS).decode().upper().split("\x00")


def without_separators(code: str) -> str:
    """The code without the spaces, dashes, dots and slashes that printing or typing put in it."""
    if code.isascii():  # most codes: one bytes.translate, a fifth of the regular expression's cost
        return code.encode().translate(None, _ASCII_SEPARATORS).decode()
    return _SEPARATORS.sub("", code.strip())


def format_for_humans(code: str) -> str:
    """Groups of four, easier to read aloud or type from a screen."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def clean_scan(raw: str) -> str:
    """Strip what a scanner adds around a code (CR, LF, tabs, control bytes)."""
    return _CONTROL.sub("", raw).strip()


def is_plausible_input(raw: str) -> bool:
    cleaned = clean_scan(raw)
    return 0 < len(cleaned) <= MAX_INPUT_LENGTH


def readings(raw: str) -> list[str]:
    """The folded codes `raw` may stand for, most literal first.

    The as-typed reading comes first; then the repairs for a scanner typing
    into an AZERTY or QWERTZ host. Duplicates are removed, order is kept.
    """
    cleaned = clean_scan(raw)
    candidates = [
        cleaned,
        cleaned.translate(_AZERTY_DIGITS),
        cleaned.translate(_AZERTY_LETTERS).translate(_AZERTY_DIGITS),
        cleaned.translate(_QWERTZ_LETTERS),
    ]
    seen: dict[str, None] = {}
    for candidate in candidates:
        folded = fold_code(candidate)
        if folded:
            seen.setdefault(folded, None)
    return list(seen)
