"""The SMTP password: from an environment variable, the OS keyring, or asked — never stored in the event."""

from __future__ import annotations

import os
from collections.abc import Callable

KEYRING_SERVICE = "checkin-smtp"


def keyring_account(user: str, host: str) -> str:
    return f"{user}@{host}"


def keyring_password(user: str, host: str) -> str | None:
    """The password saved in the OS keyring for this user and server, if a keyring is there."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(user, host))
    except (KeyringError, RuntimeError, OSError):
        return None  # no usable keyring on this machine (a headless server): ask instead


def save_to_keyring(user: str, host: str, password: str) -> bool:
    """Remember the password in the OS keyring; False when there is none to write to."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, keyring_account(user, host), password)
    except (ImportError, KeyringError, RuntimeError, OSError):
        return False
    return True


class NoPassword(Exception):
    """No password could be found or asked for; ``env_var`` is the variable that was tried, if any."""

    def __init__(self, env_var: str | None) -> None:
        super().__init__(env_var or "")
        self.env_var = env_var


def resolve_password(user: str, host: str, *, env_var: str | None = None,
                     prompt: Callable[[str], str] | None = None) -> str:
    """``env_var`` if given (it must be set), else the keyring, else ``prompt`` (getpass on a terminal)."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise NoPassword(env_var)
        return value
    saved = keyring_password(user, host)
    if saved:
        return saved
    if prompt is None:
        raise NoPassword(None)
    return prompt(f"Password for {user} on {host}: ")
