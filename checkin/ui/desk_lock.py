"""The desk's kiosk lock: a PIN kept as a slow salted hash, a growing wait after wrong tries, a lock that
survives a restart. No Qt here beyond the desk's settings, so the rules are tested on their own.

A stranger at an unattended desk may try PINs: each wrong try after the third doubles the wait before the
next one (up to MAX_WAIT_S), counted in the settings so that restarting the app does not reset it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from checkin.ui import settings as keys
from checkin.ui.settings import Settings

# scrypt's cost: about 50 ms on a desk laptop, far too slow to try all 4-8 digit PINs from a stolen file.
_N, _R, _P = 2**14, 8, 1
FREE_TRIES = 3
MAX_WAIT_S = 300


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                  maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed.hex(), digest)


def wait_after(wrong_tries: int) -> int:
    """Seconds to wait before the next try: none for the first few, then 2, 4, 8… up to MAX_WAIT_S."""
    return 0 if wrong_tries < FREE_TRIES else min(2 ** (wrong_tries - FREE_TRIES + 1), MAX_WAIT_S)


@dataclass(frozen=True)
class UnlockAnswer:
    unlocked: bool
    wait_s: int = 0  # > 0: refused without looking at the PIN; try again in that many seconds


class DeskLock:
    def __init__(self, settings: Settings, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock
        self._forget_plain_pin()

    def _forget_plain_pin(self) -> None:
        """A PIN saved as typed by an older version becomes a hash at once."""
        plain = self.settings.get(keys.PIN)
        if plain:
            if not self.settings.get(keys.PIN_HASH):
                self.settings.set(keys.PIN_HASH, hash_pin(plain))
            self.settings.set(keys.PIN, "")

    @property
    def has_pin(self) -> bool:
        self._forget_plain_pin()  # a PIN written as typed (an older desk's settings) is hashed before use
        return bool(self.settings.get(keys.PIN_HASH))

    @property
    def locked(self) -> bool:
        return self.settings.get(keys.LOCKED) and self.has_pin

    def lock(self, new_pin: str | None = None) -> None:
        if new_pin:
            self.settings.set(keys.PIN_HASH, hash_pin(new_pin))
        if not self.has_pin:
            raise ValueError("choose a PIN before locking the desk")
        self.settings.set(keys.LOCKED, True)

    def wait_s(self) -> int:
        """How long before the next try is looked at."""
        return max(0, int(self.settings.get(keys.PIN_RETRY_AT) - self.clock() + 0.999))

    def unlock(self, pin: str) -> UnlockAnswer:
        waiting = self.wait_s()
        if waiting:
            return UnlockAnswer(False, waiting)
        if pin_matches(pin, self.settings.get(keys.PIN_HASH)):
            self.settings.set(keys.PIN_WRONG_TRIES, 0)
            self.settings.set(keys.PIN_RETRY_AT, 0.0)
            self.settings.set(keys.LOCKED, False)
            return UnlockAnswer(True)
        tries = self.settings.get(keys.PIN_WRONG_TRIES) + 1
        self.settings.set(keys.PIN_WRONG_TRIES, tries)
        self.settings.set(keys.PIN_RETRY_AT, self.clock() + wait_after(tries))
        return UnlockAnswer(False, wait_after(tries))
