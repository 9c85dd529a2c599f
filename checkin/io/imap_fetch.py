"""Take the new messages of an IMAP mailbox into the event's mail copy (a local Maildir).

Over TLS only: `imaps://` from the first byte, or `imap://` upgraded with STARTTLS; a server that offers
neither is refused unless the caller explicitly allows a plain-text login. Certificates are verified
against the system's authorities, or against a CA file the organiser names for a server with a
self-signed certificate; verification is never switched off.

The mailbox is opened read-only and bodies are fetched with BODY.PEEK: the organiser's inbox keeps
its unread marks. Only UIDs above the highest one taken are asked for; when the server has renumbered
the mailbox (a new UIDVALIDITY), everything is looked at again and what the copy already holds is
recognised by its Message-ID. Failures are `FetchFailure` values with a code; each face words them.
"""

from __future__ import annotations

import imaplib
import re
import select
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from checkin.io.imap_address import MailboxAddress, decode_folder, encode_folder
from checkin.io.mail_copy import MailCopy, SourceState, identity_from_header, message_identity, source_key

# Failure codes.
UNKNOWN_HOST = "unknown_host"
UNREACHABLE = "unreachable"  # refused, no route, or no answer in time
CERTIFICATE_UNTRUSTED = "certificate_untrusted"
CAFILE_UNREADABLE = "cafile_unreadable"
TLS_FAILED = "tls_failed"  # the port does not speak TLS, or the handshake failed
NO_TLS = "no_tls"  # imap:// without STARTTLS, and plain text was not allowed
NOT_IMAP = "not_imap"  # something answered that is not an IMAP server
LOGIN_FAILED = "login_failed"
NO_SUCH_FOLDER = "no_such_folder"
CONNECTION_LOST = "connection_lost"
SERVER_REFUSED = "server_refused"  # the server said NO or BAD to a fetch

BATCH = 25  # messages per FETCH: a cut connection loses at most this much work
BATCH_BYTES = 8 * 1024 * 1024  # and no more than this in memory at once (registrations can carry attachments)
IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: servers may drop an IDLE that lasts 30 minutes


class FetchFailure(Exception):
    """The fetch stopped. `fetched` messages were taken before it and are kept in the copy."""

    def __init__(self, code: str, detail: str = "", fetched: int = 0, paths: list[Path] | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.fetched = fetched
        self.paths = paths or []  # where the messages taken before the failure were written


@dataclass(frozen=True)
class FetchOptions:
    cafile: Path | None = None
    allow_plaintext: bool = False
    timeout: float = 60.0
    batch: int = BATCH
    batch_bytes: int = BATCH_BYTES


@dataclass
class FetchResult:
    fetched: int = 0  # new messages written to the copy
    recognised: int = 0  # already in the copy (same Message-ID), after the server renumbered the mailbox
    renumbered: bool = False  # the mailbox's UIDVALIDITY changed since the last fetch
    on_server: int = 0  # messages in the folder
    paths: list[Path] = field(default_factory=list)  # where the new messages were written


Progress = Callable[[int, int], None]  # (done, total)


class MailboxSession:
    """One logged-in, read-only connection to a mailbox, reopened when it drops."""

    def __init__(self, address: MailboxAddress, password: str, options: FetchOptions | None = None) -> None:
        self.address = address
        self._password = password
        self.options = options or FetchOptions()
        self._connection: imaplib.IMAP4 | None = None
        self._uidvalidity = 0
        self._exists = 0

    def __repr__(self) -> str:  # never the password
        return f"MailboxSession({self.address.label!r})"

    @property
    def source(self) -> str:
        a = self.address
        return source_key(a.user, a.host, a.port, a.folder)

    @property
    def can_idle(self) -> bool:
        return self._connection is not None and "IDLE" in self._connection.capabilities

    # -- opening

    def open(self) -> MailboxSession:
        if self._connection is None:
            connection = self._connect()
            try:
                self._login(connection)
                self._examine(connection)
            except BaseException:
                _close_quietly(connection)
                raise
            self._connection = connection
        return self

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.logout()
            except (imaplib.IMAP4.error, OSError):
                _close_quietly(connection)

    def abandon(self) -> None:
        """Cut the connection without a goodbye: after Ctrl+C mid-answer, a LOGOUT would wait behind it."""
        self._drop()

    def __enter__(self) -> MailboxSession:
        return self.open()

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is None or issubclass(kind, Exception):
            self.close()
        else:
            self.abandon()

    def _tls_context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=str(self.options.cafile) if self.options.cafile else None)
        except (OSError, ssl.SSLError) as error:
            raise FetchFailure(CAFILE_UNREADABLE, str(self.options.cafile)) from error

    def _connect(self) -> imaplib.IMAP4:
        a, timeout = self.address, self.options.timeout
        context = self._tls_context()
        connection: imaplib.IMAP4 | None = None
        try:
            if a.implicit_tls:
                return imaplib.IMAP4_SSL(a.host, a.port, ssl_context=context, timeout=timeout)
            connection = imaplib.IMAP4(a.host, a.port, timeout=timeout)
            if "STARTTLS" in connection.capabilities:
                connection.starttls(context)
            elif not self.options.allow_plaintext:
                _close_quietly(connection)
                raise FetchFailure(NO_TLS, a.host)
            return connection
        except FetchFailure:
            raise
        except ssl.SSLCertVerificationError as error:
            _close_quietly(connection)
            raise FetchFailure(CERTIFICATE_UNTRUSTED, error.verify_message or str(error)) from error
        except ssl.SSLError as error:
            _close_quietly(connection)
            raise FetchFailure(TLS_FAILED, error.reason or str(error)) from error
        except socket.gaierror as error:
            raise FetchFailure(UNKNOWN_HOST, a.host) from error
        except imaplib.IMAP4.error as error:
            _close_quietly(connection)
            raise FetchFailure(NOT_IMAP, _text(error)) from error
        except OSError as error:
            _close_quietly(connection)
            raise FetchFailure(UNREACHABLE, error.strerror or type(error).__name__) from error

    def _login(self, connection: imaplib.IMAP4) -> None:
        user, password = self.address.user, self._password
        try:
            if "AUTH=PLAIN" in connection.capabilities:
                # SASL PLAIN carries UTF-8; LOGIN would refuse a password with an accent in it.
                token = f"\0{user}\0{password}".encode()
                connection.authenticate("PLAIN", lambda _challenge: token)
            else:
                connection.login(user, password)
        except imaplib.IMAP4.abort as error:
            raise FetchFailure(CONNECTION_LOST, _text(error)) from error
        except imaplib.IMAP4.error as error:
            raise FetchFailure(LOGIN_FAILED, _server_words(error)) from error
        except OSError as error:
            raise FetchFailure(CONNECTION_LOST, error.strerror or type(error).__name__) from error

    def _examine(self, connection: imaplib.IMAP4) -> None:
        folder = self.address.folder
        try:
            status, data = connection.select(_quoted(encode_folder(folder)), readonly=True)
            if status != "OK":
                raise FetchFailure(NO_SUCH_FOLDER, ", ".join(self._folders(connection)))
            validity = connection.response("UIDVALIDITY")[1]
        except imaplib.IMAP4.abort as error:
            raise FetchFailure(CONNECTION_LOST, _text(error)) from error
        except imaplib.IMAP4.error as error:
            raise FetchFailure(SERVER_REFUSED, _server_words(error)) from error
        except OSError as error:
            raise FetchFailure(CONNECTION_LOST, error.strerror or type(error).__name__) from error
        self._uidvalidity = int(validity[0]) if validity and validity[0] else 0
        self._exists = int(data[0]) if data and data[0] and data[0].isdigit() else 0

    @staticmethod
    def _folders(connection: imaplib.IMAP4) -> list[str]:
        """The folders the server offers, to name in the refusal."""
        status, data = connection.list()
        names = []
        for line in data if status == "OK" else []:
            if isinstance(line, bytes):
                match = re.match(rb'\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$', line)
                if match and b"\\Noselect" not in match["flags"]:
                    name = match["name"].decode("utf-8", "replace").strip()
                    names.append(decode_folder(name[1:-1].replace('\\"', '"') if name.startswith('"') else name))
        return sorted(names, key=lambda n: (n.upper() != "INBOX", n.casefold()))

    # -- fetching

    def fetch_into(self, copy: MailCopy, progress: Progress | None = None) -> FetchResult:
        """Write the messages the copy does not hold yet; resumes where a cut fetch stopped."""
        if self._connection is not None and not self._still_there():
            self._drop()  # a connection kept between rounds that the server (or a NAT) forgot: open a new one
        self.open()
        copy.create().clear_stale()
        source, validity = self.source, self._uidvalidity
        state = copy.state(source)
        result = FetchResult(renumbered=bool(state.uidvalidity) and state.uidvalidity != validity,
                             on_server=self._exists)
        if state.uidvalidity != validity:
            state = SourceState(validity, 0, complete=False)
        with self._on_the_wire(result):
            on_server = self._uids_above(state.last_uid)
        result.on_server = self._exists
        held = copy.uids_held(source, validity)
        wanted = [uid for uid in on_server if uid not in held]
        # A first look at this mailbox (or at its new numbering) may meet messages the copy holds under
        # other names: they are recognised by Message-ID before their bodies are fetched.
        known = copy.identities() if wanted and not state.complete and len(copy) else set()
        if known and wanted:
            with self._on_the_wire(result):
                headers = self._message_ids(wanted)
            result.recognised += sum(1 for uid in wanted if headers.get(uid) in known)
            wanted = [uid for uid in wanted if headers.get(uid) not in known]
        with self._on_the_wire(result):
            sizes = self._sizes(wanted)
        done = 0
        for batch in _batches(wanted, self.options.batch, sizes, self.options.batch_bytes):
            with self._on_the_wire(result):
                bodies = self._bodies(batch)
            for uid, arrived, data in bodies:
                identity = message_identity(data) if known else None
                if identity is not None and identity in known:
                    result.recognised += 1  # no Message-ID, and the same bytes as one the copy holds
                    continue
                result.paths.append(copy.add(source, validity, uid, data, arrived))
                if identity is not None:
                    known.add(identity)
                result.fetched += 1
            done += len(batch)
            # Recorded once the batch is on disk: a cut before this point is resumed by the files' names.
            copy.settle()
            copy.set_state(source, SourceState(validity, max(batch[-1], state.last_uid), state.complete))
            if progress:
                progress(done, len(wanted))
        copy.set_state(source, SourceState(validity, max([state.last_uid, *on_server]), complete=True))
        return result

    def _still_there(self) -> bool:
        """A NOOP on the kept connection: it also makes the server sync its view of the folder, without which
        a SEARCH may answer from the old one (and tell of the new messages only after)."""
        try:
            status, _data = self._wire().noop()
        except (imaplib.IMAP4.error, OSError):
            return False
        return status == "OK"

    @contextmanager
    def _on_the_wire(self, result: FetchResult) -> Iterator[None]:
        """Network failures in words of the fetch; the copy's own (a full disk) pass through."""
        try:
            yield
        except imaplib.IMAP4.abort as error:
            self._drop()
            raise FetchFailure(CONNECTION_LOST, _text(error), result.fetched, result.paths) from error
        except imaplib.IMAP4.error as error:
            raise FetchFailure(SERVER_REFUSED, _server_words(error), result.fetched, result.paths) from error
        except OSError as error:
            self._drop()
            raise FetchFailure(CONNECTION_LOST, error.strerror or type(error).__name__, result.fetched,
                               result.paths) from error

    def _wire(self) -> imaplib.IMAP4:
        if self._connection is None:
            raise imaplib.IMAP4.abort("not connected")
        return self._connection

    def _uids_above(self, last: int) -> list[int]:
        status, data = self._wire().uid("SEARCH", None, f"UID {last + 1}:*")
        if status != "OK":
            raise imaplib.IMAP4.error(_joined(data))
        self._note_exists(self._wire().response("EXISTS")[1])
        # "n:*" always matches the last message, even below n: keep only what is really new.
        return sorted(uid for uid in (int(x) for x in b" ".join(d for d in data if d).split()) if uid > last)

    def _message_ids(self, uids: list[int]) -> dict[int, str | None]:
        found: dict[int, str | None] = {}
        for batch in _batches(uids, 500):
            status, data = self._wire().uid("FETCH", _uid_set(batch), "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            if status != "OK":
                raise imaplib.IMAP4.error(_joined(data))
            for uid, _arrived, header in _literals_by_uid(data):
                found[uid] = identity_from_header(header)
        return found

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for batch in _batches(uids, 500):
            status, data = self._wire().uid("FETCH", _uid_set(batch), "(UID RFC822.SIZE)")
            if status != "OK":
                raise imaplib.IMAP4.error(_joined(data))
            for line in data:
                match = _SIZE.search(line) if isinstance(line, bytes) else None
                uid = _UID.search(line) if isinstance(line, bytes) else None
                if match and uid:
                    sizes[int(uid.group(1))] = int(match.group(1))
        return sizes

    def _bodies(self, uids: list[int]) -> list[tuple[int, int, bytes]]:
        """(uid, when the server received it, the message) for each of `uids`."""
        status, data = self._wire().uid("FETCH", _uid_set(uids), "(UID INTERNALDATE BODY.PEEK[])")
        if status != "OK":
            raise imaplib.IMAP4.error(_joined(data))
        wanted = set(uids)
        return sorted((uid, arrived, body) for uid, arrived, body in _literals_by_uid(data) if uid in wanted)

    def _note_exists(self, counts: list) -> None:
        """The folder's size, from the server's latest "* N EXISTS" (it says so as messages arrive)."""
        for count in reversed(counts or []):
            if isinstance(count, bytes) and count.isdigit():
                self._exists = int(count)
                return

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            _close_quietly(connection)

    # -- waiting for news

    def wait_for_news(self, seconds: float, sleep: Callable[[float], None] = time.sleep) -> bool:
        """Wait up to `seconds` for a new message: with IDLE when the server offers it, else by sleeping.
        True when the server said something arrived (a sleep always says True: look again)."""
        if not self.can_idle:
            sleep(seconds)
            return True
        try:
            return self._idle(min(seconds, IDLE_RENEW_SECONDS))
        except (imaplib.IMAP4.error, OSError) as error:
            self._drop()
            raise FetchFailure(CONNECTION_LOST, _text(error)) from error
        except BaseException:
            self._drop()  # Ctrl+C mid-IDLE: the server waits for DONE, so a polite LOGOUT would hang
            raise

    def _idle(self, seconds: float) -> bool:
        """RFC 2177 IDLE, read straight from the socket: imaplib (before Python 3.14) has no IDLE, and its
        buffered reader cannot be given a time limit without becoming unusable."""
        connection = self._connection
        assert connection is not None
        sock = connection.sock
        tag = connection._new_tag()  # type: ignore[attr-defined]
        connection.send(tag + b" IDLE\r\n")
        lines = _LineReader(sock)
        first = lines.next_line(self.options.timeout)
        if first is None or not first.startswith(b"+"):
            raise imaplib.IMAP4.abort(f"IDLE refused: {first!r}")
        news = False
        deadline = time.monotonic() + seconds
        while not news:
            line = lines.next_line(deadline - time.monotonic())
            if line is None:
                break
            news = self._heard(line)
        connection.send(b"DONE\r\n")
        while True:
            line = lines.next_line(self.options.timeout)
            if line is None:
                raise imaplib.IMAP4.abort("no answer to DONE")
            news = self._heard(line) or news
            if line.startswith(tag + b" "):
                if not line[len(tag) + 1:].startswith(b"OK"):
                    raise imaplib.IMAP4.abort(line.decode("utf-8", "replace"))
                return news


    def _heard(self, line: bytes) -> bool:
        """Whether an untagged line during IDLE tells of new mail (and note the folder's new size)."""
        match = re.match(rb"\* (\d+) (EXISTS|RECENT)", line)
        if match and match.group(2) == b"EXISTS":
            self._exists = int(match.group(1))
        return match is not None


class _LineReader:
    """Lines from a socket, each waited for with a time limit (select, then recv)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def next_line(self, seconds: float) -> bytes | None:
        deadline = time.monotonic() + max(0.0, seconds)
        while b"\r\n" not in self.buffer:
            pending = isinstance(self.sock, ssl.SSLSocket) and self.sock.pending()
            if not pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                ready, _, _ = select.select([self.sock], [], [], remaining)
                if not ready:
                    return None
            try:
                chunk = self.sock.recv(65536)
            except ssl.SSLWantReadError:
                continue
            if not chunk:
                raise imaplib.IMAP4.abort("the server closed the connection")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line


def fetch_mailbox(address: MailboxAddress, password: str, copy: MailCopy, options: FetchOptions | None = None,
                  progress: Progress | None = None) -> FetchResult:
    """Connect, take what is new, disconnect."""
    with MailboxSession(address, password, options) as session:
        return session.fetch_into(copy, progress)


_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


def _literals_by_uid(data: Iterable[object]) -> Iterator[tuple[int, int, bytes]]:
    """(uid, INTERNALDATE or 0, literal) from imaplib's FETCH answer: (b'7 (UID 12 BODY[] {n}', literal) then
    b')' — the other items may also come after the literal (b' UID 12)'), as servers order them as they like."""
    items = list(data)
    for index, item in enumerate(items):
        if not isinstance(item, tuple):
            continue
        head, literal = item
        after = items[index + 1] if index + 1 < len(items) and isinstance(items[index + 1], bytes) else b""
        match = _UID.search(head) or _UID.search(after)
        if match is not None:
            yield int(match.group(1)), _arrival(head) or _arrival(after), literal


def _arrival(text: bytes) -> int:
    moment = imaplib.Internaldate2tuple(text) if b"INTERNALDATE" in text else None
    return int(time.mktime(moment)) if moment else 0


def _batches(uids: list[int], count: int, sizes: dict[int, int] | None = None,
             most_bytes: int = 0) -> Iterator[list[int]]:
    """`uids` in runs of at most `count`, and (given their sizes) at most `most_bytes` unless one alone is more."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0) if sizes else 0
        if batch and (len(batch) >= max(1, count) or (most_bytes and total + size > most_bytes)):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


def _uid_set(uids: list[int]) -> str:
    return ",".join(str(uid) for uid in uids)


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(error: BaseException) -> str:
    return str(error.args[0] if error.args else error)


def _server_words(error: BaseException) -> str:
    """The server's own sentence, without imaplib's b'…' wrapping."""
    text = _text(error)
    match = re.fullmatch(r"""b(['"])(.*)\1""", text)
    return match.group(2) if match else text


def _joined(data: Iterable[object]) -> str:
    return " ".join(d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d) for d in data if d)


def _close_quietly(connection: imaplib.IMAP4 | None) -> None:
    if connection is None:
        return
    try:
        connection.shutdown()
    except (OSError, imaplib.IMAP4.error, AttributeError):
        pass
