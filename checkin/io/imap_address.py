"""An IMAP mailbox named as a URL: `imaps://user@host[:port]/Folder` (RFC 5092, the parts a desk needs).

The password is never part of the address: a URL ends up in shell history, in the desk's recent list
and in error messages, so one that carries a password is refused rather than quietly used.
Folder names travel in IMAP's modified UTF-7 (RFC 3501 §5.1.3): "Réponses" is "R&AOk-ponses" on the wire.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from urllib.parse import unquote

IMAPS_PORT = 993
IMAP_PORT = 143
DEFAULT_FOLDER = "INBOX"


class AddressError(ValueError):
    """The address cannot name a mailbox; `code` says why (one of the constants below)."""

    def __init__(self, code: str, address: str) -> None:
        super().__init__(code)
        self.code = code
        self.address = address


NOT_IMAP = "not_imap"  # not imaps:// or imap://
NO_USER = "no_user"  # user@ missing
NO_HOST = "no_host"
BAD_PORT = "bad_port"
PASSWORD_IN_ADDRESS = "password_in_address"


@dataclass(frozen=True)
class MailboxAddress:
    user: str
    host: str
    port: int
    folder: str
    implicit_tls: bool  # imaps:// (TLS from the first byte); imap:// upgrades with STARTTLS

    @property
    def label(self) -> str:
        """How the mailbox is named to people (never with a password: it has none)."""
        scheme = "imaps" if self.implicit_tls else "imap"
        default = IMAPS_PORT if self.implicit_tls else IMAP_PORT
        port = "" if self.port == default else f":{self.port}"
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return f"{scheme}://{self.user}@{host}{port}/{self.folder}"


_SCHEME = re.compile(r"^(imaps?)://", re.IGNORECASE)


def parse_mailbox_address(address: str) -> MailboxAddress:
    text = address.strip()
    scheme = _SCHEME.match(text)
    if not scheme:
        raise AddressError(NOT_IMAP, address)
    rest = text[scheme.end():]
    authority, _, path = rest.partition("/")
    # The user is often an e-mail address itself, so the host follows the last @.
    user, at, hostport = authority.rpartition("@")
    if not at or not user:
        raise AddressError(NO_USER, address)
    if ":" in user:
        raise AddressError(PASSWORD_IN_ADDRESS, address)
    host, port_text = _split_port(hostport, address)
    if not host:
        raise AddressError(NO_HOST, address)
    implicit_tls = scheme.group(1).lower() == "imaps"
    port = int(port_text) if port_text else (IMAPS_PORT if implicit_tls else IMAP_PORT)
    if not 0 < port < 65536:
        raise AddressError(BAD_PORT, address)
    folder = unquote(path.split("?", 1)[0].split(";", 1)[0]).strip("/") or DEFAULT_FOLDER
    return MailboxAddress(user=unquote(user), host=host, port=port, folder=folder, implicit_tls=implicit_tls)


def _split_port(hostport: str, address: str) -> tuple[str, str]:
    if hostport.startswith("["):  # an IPv6 literal: [::1]:993
        host, _, after = hostport[1:].partition("]")
        port = after[1:] if after.startswith(":") else ""
    else:
        host, _, port = hostport.partition(":")
    if port and not port.isdigit():
        raise AddressError(BAD_PORT, address)
    return host, port


def encode_folder(name: str) -> str:
    """A folder name in modified UTF-7, as the server knows it."""
    out, pending = [], []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def decode_folder(name: str) -> str:
    """A folder name from the server, readable again."""
    def piece(match: re.Match[str]) -> str:
        body = match.group(1)
        if not body:
            return "&"
        padded = body.replace(",", "/") + "=" * (-len(body) % 4)
        try:
            return base64.b64decode(padded).decode("utf-16-be")
        except (ValueError, UnicodeDecodeError):
            return match.group(0)  # not ours to repair: shown as the server wrote it

    return re.sub(r"&([A-Za-z0-9+,]*)-", piece, name)
