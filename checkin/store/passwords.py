"""A server event's password, kept in the system keyring (Windows Credential Manager, macOS Keychain,
Secret Service) under the address without it, so the desk list and the settings never hold it."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

KEYRING_SERVICE = "checkin-server"


def keyring_account(url: str) -> str:
    """user@host:port/database: what a password belongs to."""
    parts = urlsplit(url)
    user = unquote(parts.username or "")
    return f"{user}@{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"


def password_in(url: str) -> str:
    return unquote(urlsplit(url).password or "")


def password_for(url: str) -> str | None:
    """The password saved for this address, or None (no keyring on this machine counts as none)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(url))
    except (KeyringError, RuntimeError, OSError):
        return None


def save_password(url: str, password: str) -> bool:
    """Remember the password for this address; False when there is no keyring to write to."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, keyring_account(url), password)
    except (ImportError, KeyringError, RuntimeError, OSError):
        return False
    return True
