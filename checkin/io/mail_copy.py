"""The event's own copy of a fetched mailbox: a Maildir beside the event file, and what was taken from where.

`checkin fetch-mail` writes each message it takes from the server here, then imports this Maildir as
`checkin import EVENT MAILDIR` would. Keeping a copy means an import can be redone without the
server, and the organiser's inbox is never changed. It holds people's e-mails, so a purge removes it.

Each message is written whole or not at all (Maildir's tmp/ → new/ rename, synced to disk) under a
name made of its mailbox, the mailbox's UIDVALIDITY and the message's UID; the highest UID taken is
recorded only after. A fetch cut at any point therefore resumes without a duplicate: a message
written whose UID was not yet recorded is recognised by its name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from checkin.store import is_server_url

COPY_SUFFIX = "-mail"  # geneva.checkin → geneva.checkin-mail
STATE_FILE = "fetch-state.json"
STALE_SECONDS = 3600.0  # a message being written now is never this old
SERVER_EVENTS_FOLDER = "fetched-mail"
# "<arrival>.imap-<mailbox>-<UIDVALIDITY>-<UID>": Maildir names begin with the delivery time, so readers that
# sort by name see the order the server received the messages in; the rest makes the name the same at every
# fetch of that message, so that two fetches at once rename onto one file instead of making two.
_NAME = re.compile(r"^(?:\d+\.)?imap-(?P<source>[0-9a-f]{16})-(?P<validity>\d+)-(?P<uid>\d+)$")


def copy_folder_for(event_location: str | os.PathLike[str]) -> Path:
    """Where the mail copy of an event lives: beside its file, or for a server event in the desk's data folder."""
    text = str(event_location)
    if is_server_url(text):
        from checkin.folders import data_subfolder

        # The URL may carry a password; only a digest of the address without it names the folder.
        without_password = re.sub(r"(://[^/@:]*):[^/@]*@", r"\1@", text)
        return data_subfolder(SERVER_EVENTS_FOLDER) / hashlib.sha256(without_password.encode()).hexdigest()[:16]
    path = Path(text).expanduser()
    return path.with_name(path.name + COPY_SUFFIX)


def source_key(user: str, host: str, port: int, folder: str) -> str:
    """A mailbox's name in the copy: a digest, so file names do not spell out the mailbox's address."""
    return hashlib.sha256(f"{user.lower()}\0{host.lower()}\0{port}\0{folder}".encode()).hexdigest()[:16]


@dataclass
class SourceState:
    uidvalidity: int = 0
    last_uid: int = 0
    # False while a first look at this numbering is under way: until it ends, each message is checked
    # against what the copy holds by Message-ID, however often the fetch is cut and resumed.
    complete: bool = True


class MailCopy:
    """A Maildir (cur, new, tmp) with the fetch state of each mailbox it was filled from."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def create(self) -> MailCopy:
        for sub in ("", "cur", "new", "tmp"):
            (self.folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        return self

    def clear_stale(self, older_than: float = STALE_SECONDS) -> None:
        """Half-written messages a killed fetch left in tmp/ (Maildir's own rule: gone after a while)."""
        limit = time.time() - older_than
        for path in (self.folder / "tmp").glob("*.imap-*"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()

    @property
    def exists(self) -> bool:
        return (self.folder / "new").is_dir()

    def message_paths(self) -> list[Path]:
        if not self.exists:
            return []
        return sorted(p for sub in ("new", "cur") for p in (self.folder / sub).iterdir()
                      if p.is_file() and not p.name.startswith("."))

    def __len__(self) -> int:
        return len(self.message_paths())

    # -- the fetch state of each mailbox

    def state(self, source: str) -> SourceState:
        entry = self._states().get(source, {})
        return SourceState(int(entry.get("uidvalidity", 0)), int(entry.get("last_uid", 0)),
                           bool(entry.get("complete", True)))

    def set_state(self, source: str, state: SourceState) -> None:
        states = self._states()
        states[source] = {"uidvalidity": state.uidvalidity, "last_uid": state.last_uid, "complete": state.complete}
        _write_atomically(self.folder / STATE_FILE, json.dumps({"sources": states}, indent=1).encode())

    def _states(self) -> dict[str, dict[str, int]]:
        try:
            document = json.loads((self.folder / STATE_FILE).read_bytes())
        except (OSError, ValueError):
            return {}  # none yet, or damaged: the message names still prevent duplicates
        sources = document.get("sources") if isinstance(document, dict) else None
        return sources if isinstance(sources, dict) else {}

    # -- messages

    def uids_held(self, source: str, uidvalidity: int) -> set[int]:
        """The UIDs of this mailbox (and this UIDVALIDITY) already in the copy, recorded or not."""
        held = set()
        for path in self.message_paths():
            match = _NAME.match(path.name.split(":", 1)[0])
            if match and match["source"] == source and int(match["validity"]) == uidvalidity:
                held.add(int(match["uid"]))
        return held

    def identities(self) -> set[str]:
        """Each message's Message-ID, or a digest of its bytes when it has none: how a message is
        recognised when the server renumbered its mailbox (a new UIDVALIDITY)."""
        found = set()
        parser = BytesHeaderParser(policy=compat32)
        for path in self.message_paths():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found.add(message_identity(data, parser))
        return found

    def add(self, source: str, uidvalidity: int, uid: int, data: bytes, arrived: int = 0) -> Path:
        """Write one message whole (tmp/ then new/), its bytes synced to disk; `settle()` makes the name last.
        `arrived` is when the server received it (seconds since 1970)."""
        name = f"{max(0, arrived)}.imap-{source}-{uidvalidity}-{uid}"
        # A name of its own in tmp/: two fetches at once (a watch and a manual one) never write one file together.
        temporary = self.folder / "tmp" / f"{name}.{os.getpid()}.{secrets.token_hex(4)}"
        final = self.folder / "new" / name
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(descriptor, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        os.replace(temporary, final)
        return final

    def settle(self) -> None:
        """Make the renames of the messages added so far durable: once per batch, before its UIDs are recorded."""
        _sync_folder(self.folder / "new")


def message_identity(data: bytes, parser: BytesHeaderParser | None = None) -> str:
    headers = (parser or BytesHeaderParser(policy=compat32)).parsebytes(data, headersonly=True)
    message_id = str(headers.get("Message-ID", "") or "").strip()
    return f"id:{message_id}" if message_id else "sha256:" + hashlib.sha256(data).hexdigest()


def identity_from_header(header_bytes: bytes) -> str | None:
    """The identity a message will have, from its Message-ID header alone (None: it has none)."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(header_bytes, headersonly=True)
    message_id = str(headers.get("Message-ID", "") or "").strip()
    return f"id:{message_id}" if message_id else None


def remove_mail_copy(event_location: str | os.PathLike[str]) -> bool:
    """Delete the event's mail copy (at a purge); True when there was one."""
    folder = copy_folder_for(event_location)
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True


def _write_atomically(path: Path, data: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync and needs none."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
