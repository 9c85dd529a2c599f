"""Sending over the organisers' own SMTP server: connection, rate limit, retries with back-off.

Per-message faults (a rejected recipient, a greylisting 4xx answer, a connection dropped in the
middle of the batch) come back as a :class:`SendResult`, so the batch goes on for the others. Faults
that make every further message pointless (wrong host, wrong password, a server that no longer
answers after the retries) raise :class:`SmtpError`, and the batch stops with what it has logged.
The waiting function is injected so that tests check the back-off without waiting.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import Message
from enum import StrEnum

DEFAULT_TIMEOUT = 30.0


class Security(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.SSL: 465}

# Why a connection failed; the faces put these into words.
HOST_NOT_FOUND = "host_not_found"
REFUSED = "refused"
TIMEOUT = "timeout"
TLS = "tls"
STARTTLS_UNSUPPORTED = "starttls_unsupported"
AUTH = "auth"
AUTH_UNSUPPORTED = "auth_unsupported"
DISCONNECTED = "disconnected"
PROTOCOL = "protocol"
# Worth another try after a pause: the server may be back (a restart, a dropped Wi-Fi).
TRANSIENT = (REFUSED, TIMEOUT, DISCONNECTED)


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int | None = None
    security: Security = Security.NONE
    user: str = ""
    password: str = ""
    timeout: float = DEFAULT_TIMEOUT
    # The name given in EHLO; None lets smtplib ask the system (slow where DNS is slow).
    local_hostname: str | None = None

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    def public(self) -> dict[str, object]:
        """What may be kept in the event: everything but the password."""
        return {"host": self.host, "port": self.port, "security": self.security.value, "user": self.user}


def parse_host(text: str) -> tuple[str, int | None]:
    """"smtp.example.org", "smtp.example.org:587" or "[::1]:2525" → (host, port)."""
    value = text.strip()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port_text = rest.lstrip(":")
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
    else:
        host, port_text = value, ""
    if not host:
        raise ValueError(text)
    if port_text:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(text)
        return host, int(port_text)
    return host, None


class SmtpError(Exception):
    """The server cannot be used: ``reason`` is one of the constants above, ``detail`` its answer."""

    def __init__(self, reason: str, detail: str, host: str, port: int) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.host = host
        self.port = port


@dataclass(frozen=True)
class SendResult:
    accepted: bool
    detail: str = ""  # the server's answer when not accepted
    permanent: bool = False
    attempts: int = 1


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()


class RateLimiter:
    """At most ``per_minute`` messages a minute, spaced evenly (servers count bursts, not averages)."""

    def __init__(self, per_minute: float | None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 60.0 / per_minute if per_minute else 0.0
        self.clock = clock
        self.sleep = sleep
        self._next: float | None = None

    def wait(self) -> None:
        if not self.interval:
            return
        now = self.clock()
        if self._next is not None and self._next > now:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class SmtpSender:
    def __init__(self, settings: SmtpSettings, *, per_minute: float | None = None, retries: int = 3,
                 backoff: float = 5.0, max_backoff: float = 120.0, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, ssl_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.sleep = sleep
        self.limiter = RateLimiter(per_minute, clock, sleep)
        self.ssl_context = ssl_context
        self._smtp: smtplib.SMTP | None = None

    # -- the connection ------------------------------------------------------------------
    def _error(self, reason: str, detail: str) -> SmtpError:
        return SmtpError(reason, detail, self.settings.host, self.settings.effective_port)

    def connect(self) -> None:
        """Open, secure and log in; raises :class:`SmtpError` saying why it could not."""
        self.close()
        settings = self.settings
        context = self.ssl_context or ssl.create_default_context()
        smtp: smtplib.SMTP | None = None
        try:
            if settings.security is Security.SSL:
                smtp = smtplib.SMTP_SSL(settings.host, settings.effective_port, timeout=settings.timeout,
                                        context=context, local_hostname=settings.local_hostname)
            else:
                smtp = smtplib.SMTP(settings.host, settings.effective_port, timeout=settings.timeout,
                                    local_hostname=settings.local_hostname)
            smtp.ehlo()
            if settings.security is Security.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise self._error(STARTTLS_UNSUPPORTED, "the server does not offer STARTTLS")
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, settings.password)
        except SmtpError:
            _quietly_close(smtp)
            raise
        except smtplib.SMTPAuthenticationError as error:
            _quietly_close(smtp)
            raise self._error(AUTH, _answer(error.smtp_code, error.smtp_error)) from None
        except smtplib.SMTPNotSupportedError as error:
            _quietly_close(smtp)
            raise self._error(AUTH_UNSUPPORTED, str(error)) from None
        except smtplib.SMTPServerDisconnected as error:
            _quietly_close(smtp)
            raise self._error(DISCONNECTED, str(error) or "connection closed") from None
        except smtplib.SMTPResponseException as error:
            _quietly_close(smtp)
            raise self._error(PROTOCOL, _answer(error.smtp_code, error.smtp_error)) from None
        except ssl.SSLError as error:
            _quietly_close(smtp)
            raise self._error(TLS, error.reason or str(error)) from None
        except socket.gaierror as error:
            raise self._error(HOST_NOT_FOUND, error.strerror or str(error)) from None
        except ConnectionRefusedError as error:
            raise self._error(REFUSED, error.strerror or str(error)) from None
        except TimeoutError as error:
            _quietly_close(smtp)
            raise self._error(TIMEOUT, str(error) or "no answer") from None
        except (smtplib.SMTPException, OSError) as error:
            _quietly_close(smtp)
            raise self._error(DISCONNECTED, str(error)) from None
        self._smtp = smtp

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                _quietly_close(smtp)

    def __enter__(self) -> SmtpSender:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending --------------------------------------------------------------------------
    def _pause(self, attempt: int) -> None:
        self.sleep(min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))

    def send(self, message: Message, recipients: Sequence[str]) -> SendResult:
        """Hand ``message`` to the server for ``recipients``; retries temporary faults."""
        self.limiter.wait()
        attempt = 0
        while True:
            attempt += 1
            try:
                if self._smtp is None:
                    self.connect()
                assert self._smtp is not None
                self._smtp.send_message(message, to_addrs=list(recipients))
                return SendResult(True, attempts=attempt)
            except smtplib.SMTPRecipientsRefused as error:
                code, text = next(iter(error.recipients.values()))
                answer = _answer(code, text)
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
                answer = _answer(error.smtp_code, error.smtp_error)
                code = error.smtp_code
                self._reset()
            except SmtpError as error:
                if error.reason not in TRANSIENT or attempt > self.retries:
                    raise
                self._pause(attempt)
                continue
            except (smtplib.SMTPServerDisconnected, smtplib.SMTPResponseException, OSError) as error:
                # The connection is gone (or in an unknown state): start a fresh one.
                code = getattr(error, "smtp_code", 421)
                answer = _answer(code, getattr(error, "smtp_error", b"") or str(error) or "connection closed")
                self.close()
                if 400 <= code < 500 and attempt <= self.retries:
                    self._pause(attempt)
                    continue
                if code >= 500:
                    return SendResult(False, answer, permanent=True, attempts=attempt)
                raise self._error(DISCONNECTED, answer) from None
            if 400 <= code < 500 and attempt <= self.retries:
                self._pause(attempt)
                continue
            return SendResult(False, answer, permanent=code >= 500, attempts=attempt)

    def _reset(self) -> None:
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        try:
            smtp.close()
        except OSError:
            pass
