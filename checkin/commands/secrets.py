"""Server passwords given on the command line never come back out of it.

A password reaches a message by many roads: a URL echoed by a command, a libpq parse error that
quotes the connection string, an argument given in the wrong place. Rather than trust every
sentence, the command's output streams replace each password from the arguments while it runs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO
from urllib.parse import unquote, unquote_plus

_SECRET_KEYS = ("password", "sslpassword")
_CONNINFO = re.compile(r"\b(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'?|\S+)", re.IGNORECASE)
HIDDEN = "***"


def secrets_in(arguments: Iterable[str]) -> list[str]:
    """Every password a server address among `arguments` holds, as typed and decoded, longest first."""
    found: set[str] = set()
    for argument in arguments:
        if "://" in argument:
            rest = argument.split("://", 1)[1]
            authority = re.split(r"[/?#]", rest, maxsplit=1)[0] if "@" not in rest else rest.rsplit("@", 1)[0]
            if "@" in rest and ":" in authority:
                found.add(authority.split(":", 1)[1])
            query = rest.split("?", 1)[1] if "?" in rest else ""
            for pair in query.split("&"):
                key, _, value = pair.partition("=")
                if unquote(key).strip().lower() in _SECRET_KEYS and value:
                    found.add(value.split("#", 1)[0])
        for match in _CONNINFO.finditer(argument):
            found.add(match.group(1).strip("'"))
    spellings: set[str] = set()
    for secret in found:
        for spelling in (secret, unquote(secret), unquote_plus(secret)):
            spellings.add(spelling)
            # A message may quote a piece of it (libpq cuts at spaces).
            spellings.update(part for part in spelling.split() if len(part) >= 4)
    return sorted((s for s in spellings if s), key=len, reverse=True)


class RedactingStream(io.TextIOBase):
    """A text stream that writes through to `target` with every secret replaced."""

    def __init__(self, target: TextIO, secrets: list[str]) -> None:
        self.target = target
        self._pattern = re.compile("|".join(map(re.escape, secrets)))

    def write(self, text: str) -> int:
        self.target.write(self._pattern.sub(HIDDEN, text))
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", "utf-8")

    def fileno(self) -> int:
        return self.target.fileno()


@contextmanager
def redacted_output(arguments: Iterable[str]) -> Iterator[None]:
    """While inside, sys.stdout and sys.stderr hide the passwords of `arguments`."""
    import sys

    secrets = secrets_in(arguments)
    if not secrets:
        yield
        return
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = RedactingStream(stdout, secrets), RedactingStream(stderr, secrets)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr
