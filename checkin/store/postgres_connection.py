"""Connecting to a PostgreSQL server: libpq settings for desks, and its failures as StoreErrors.

Every message names the server by its URL with the password removed.
"""

from __future__ import annotations

import logging
import re
import sys
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from psycopg import conninfo, sql

from checkin.store import errors

# Defaults a URL may override: a dead server or a cut cable must fail in seconds, not minutes.
CONNECTION_DEFAULTS = {
    "connect_timeout": "3",
    "tcp_user_timeout": "5000",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "2",
    "application_name": "checkin",
}
# psycopg logs the failures it swallows while a cut connection is cleaned up; the store reports the cut
# itself, once, in words: without a handler of its own Python would print those lines on stderr.
logging.getLogger("psycopg").addHandler(logging.NullHandler())
# TCP_USER_TIMEOUT is a Linux socket option; elsewhere libpq ignores it, so nothing may rely on it
# (the desks' watchdog cuts a silent connection itself). A seam, so tests can take it away.
HAS_TCP_USER_TIMEOUT = sys.platform.startswith("linux")
# Set on every session the app opens, so a desk whose Wi-Fi drops mid-transaction cannot hold a
# person's row (or a connection slot) for longer than this: the server ends such a session itself.
SESSION_TIMEOUTS = {
    "idle_in_transaction_session_timeout": "10s",
    "lock_timeout": "5s",
    "statement_timeout": "60s",
}


class AccessDenied(errors.StoreError):
    """The server refused the user name or password."""


# Keys whose value is a secret, in a URL's query or a "key=value" connection string.
SECRET_KEYS = frozenset({"password", "sslpassword"})
_CONNINFO_SECRET = re.compile(r"\b(?:ssl)?password\s*=\s*(?:'(?:[^'\\]|\\.)*'?|\S+)", re.IGNORECASE)


def redact(url: str) -> str:
    """The URL (or key=value connection string) without its passwords, fit for messages and logs."""
    if "://" not in url:
        return _CONNINFO_SECRET.sub(lambda m: m.group(0).split("=", 1)[0] + "=***", url)
    try:
        parts = urlsplit(url)
    except ValueError:  # "[::1" and the like: keep only what cannot hold a secret
        return url.split("://", 1)[0] + "://…"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = f"{userinfo.split(':', 1)[0]}@{host}"
    query = "&".join(p for p in parts.query.split("&")
                     if p and unquote(p.split("=", 1)[0]).strip().lower() not in SECRET_KEYS)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def connect(url: str, **overrides: str) -> psycopg.Connection:
    """A connection in autocommit mode (transactions are explicit), with failures as StoreErrors."""
    location = redact(url)
    try:
        params = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise errors.StoreError(location, f"not a valid server address ({str(error).strip()})") from error
    for key, value in {**CONNECTION_DEFAULTS, **overrides}.items():
        params.setdefault(key, value)
    if not HAS_TCP_USER_TIMEOUT:
        params.pop("tcp_user_timeout", None)
    params["options"] = " ".join(filter(None, [session_options(), params.get("options", "")]))
    if not params.get("password"):
        from checkin.store.passwords import password_for

        saved = password_for(url)
        if saved:
            params["password"] = saved
    try:
        return psycopg.connect(autocommit=True, **params)
    except psycopg.Error as error:
        raise translate(error, location) from error


def session_options(timeouts: dict[str, str] | None = None) -> str:
    """The libpq `options` that set the session's timeouts (the URL's own options come after, and win)."""
    return " ".join(f"-c {name}={value}" for name, value in (timeouts or SESSION_TIMEOUTS).items())


def translate(error: psycopg.Error, location: str) -> errors.StoreError:
    """Map the server's and libpq's messages to the failures a volunteer can act on."""
    text = str(error)
    lowered = text.lower()
    first_line = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    if "password" in lowered or "pg_hba.conf" in lowered or ("role" in lowered and "does not exist" in lowered):
        return AccessDenied(location, "the server refused the user name or password")
    if "database" in lowered and "does not exist" in lowered:
        return errors.EventNotFound(location, first_line.split("FATAL:")[-1].strip())
    if isinstance(error, psycopg.OperationalError | psycopg.errors.AdminShutdown | psycopg.errors.QueryCanceled):
        return errors.EventUnavailable(location, _unreachable_detail(lowered, first_line))
    if isinstance(error, psycopg.errors.ReadOnlySqlTransaction | psycopg.errors.InsufficientPrivilege):
        return errors.EventReadOnly(location, first_line)
    return errors.StoreError(location, first_line)


def _unreachable_detail(lowered: str, first_line: str) -> str:
    if "refused" in lowered or "no such file" in lowered:
        return "no server answers at that address"
    if "timeout" in lowered or "timed out" in lowered:
        return "the server did not answer in time"
    if "translate host name" in lowered or "name or service" in lowered:
        return "unknown host name"
    if "terminat" in lowered or "closed" in lowered or "lost" in lowered or "shutdown" in lowered:
        return "the connection to the server was lost"
    return first_line


def create_database(url: str, **overrides: str) -> None:
    """CREATE DATABASE through the server's maintenance database, for `checkin new URL`."""
    location = redact(url)
    params = conninfo.conninfo_to_dict(url)
    name = params.get("dbname")
    if not name:
        raise errors.EventNotFound(location, "the URL names no database")
    params["dbname"] = "postgres"
    admin = connect(conninfo.make_conninfo(**params), **overrides)
    try:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as error:
        raise errors.EventNotFound(location, f'database "{name}" does not exist and cannot be created '
                                             f"({str(error).strip().splitlines()[0]})") from error
    finally:
        admin.close()
