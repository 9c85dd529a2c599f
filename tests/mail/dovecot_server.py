"""A real IMAP server for the tests: Debian's Dovecot, run by the tests as an ordinary process.

Its own configuration in a folder of the run: one user in a passwd-file, a Maildir, TLS required
with a certificate made for the run (IMAPS on one loopback port, STARTTLS on another). It never runs
as root: under a root test run it runs as `nobody`. Dovecot's own service, if the package started one,
is neither used nor disturbed (other ports, another base_dir).
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.mail.smtp_server import free_port, self_signed

APT_PACKAGE = "dovecot-imapd"
USER = "registrations@geneva-conference.example"
PASSWORD = "Genève 2018 inscriptions"  # an accent: SASL PLAIN must carry it
NOBODY = 65534


def find_dovecot() -> str | None:
    return shutil.which("dovecot") or next(
        (str(p) for p in (Path("/usr/sbin/dovecot"), Path("/usr/local/sbin/dovecot")) if p.exists()), None)


@contextmanager
def running_dovecot(what: str) -> Iterator[DovecotServer]:
    """A server for the tests of `what`; they skip where Dovecot is missing, and fail instead in CI."""
    binary = find_dovecot()
    if binary is None:
        reason = f"NO DOVECOT on this machine: {what} did not run. Install Debian's {APT_PACKAGE}."
        if os.environ.get("CI"):
            pytest.fail(reason + " CI must run them.")
        pytest.skip(reason)
    server = DovecotServer(binary).start()
    try:
        yield server
    finally:
        server.stop()


class DovecotServer:
    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.folder = Path(tempfile.mkdtemp(prefix="checkin-dovecot-"))
        if len(str(self.folder)) > 60:  # its sockets live in there, and a socket's path holds 107 bytes at most
            os.rmdir(self.folder)
            self.folder = Path(tempfile.mkdtemp(prefix="checkin-dovecot-", dir="/tmp"))
        self.imaps_port = free_port()
        self.imap_port = free_port()
        self.process: subprocess.Popen | None = None
        if os.geteuid() == 0:
            self.uid, self.gid = NOBODY, NOBODY
        else:
            self.uid, self.gid = os.geteuid(), os.getegid()
        self.cafile, self.keyfile = self_signed(self.folder)
        self.log = self.folder / "dovecot.log"

    @property
    def user_name(self) -> str:
        return pwd.getpwuid(self.uid).pw_name

    @property
    def group_name(self) -> str:
        return grp.getgrgid(self.gid).gr_name

    @property
    def maildir(self) -> Path:
        return self.folder / "home" / USER / "Maildir"

    def url(self, folder: str = "INBOX", port: int | None = None, scheme: str = "imaps") -> str:
        return f"{scheme}://{USER}@127.0.0.1:{port or self.imaps_port}/{folder}"

    def write_config(self) -> Path:
        d = self.folder
        (d / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
        config = d / "dovecot.conf"
        config.write_text(f"""\
base_dir = {d}/run
state_dir = {d}/state
log_path = {self.log}
protocols = imap
listen = 127.0.0.1
default_internal_user = {self.user_name}
default_internal_group = {self.group_name}
default_login_user = {self.user_name}
first_valid_uid = 1
ssl = required
ssl_cert = <{self.cafile}
ssl_key = <{self.keyfile}
auth_mechanisms = plain login
auth_failure_delay = 0
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid={self.uid} gid={self.gid} home={d}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No growing delay after the wrong-password tests: the next test's login would wait for it.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
""", encoding="utf-8")
        if os.geteuid() == 0:
            for path in (d, *d.rglob("*")):
                os.chown(path, self.uid, self.gid)
        return config

    def start(self) -> DovecotServer:
        config = self.write_config()
        as_nobody = {"user": self.uid, "group": self.gid, "extra_groups": []} if os.geteuid() == 0 else {}
        with open(self.folder / "stderr.txt", "wb") as stderr:
            self.process = subprocess.Popen([self.binary, "-c", str(config), "-F"], stdout=subprocess.DEVNULL,
                                            stderr=stderr, **as_nobody)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot stopped at start (status {self.process.returncode}):\n{self.logs()}")
            if all(_listening(port) for port in (self.imaps_port, self.imap_port)):
                return self
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen within 15 s:\n{self.logs()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def logs(self) -> str:
        parts = []
        for path in (self.log, self.folder / "stderr.txt"):
            try:
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                pass
        return "\n".join(parts)

    # -- the sender's side: messages arrive as a mail server would file them, through IMAP

    def client(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.cafile))
        client = imaplib.IMAP4_SSL("127.0.0.1", self.imaps_port, ssl_context=context, timeout=10)
        client.authenticate("PLAIN", lambda _: f"\0{USER}\0{PASSWORD}".encode())
        return client

    def create_folder(self, folder: str) -> None:
        client = self.client()
        try:
            status, data = client.create(f'"{folder}"')
            assert status == "OK", data
        finally:
            client.logout()

    def delete_folder(self, folder: str) -> None:
        client = self.client()
        try:
            status, data = client.delete(f'"{folder}"')
            assert status == "OK", data
        finally:
            client.logout()

    def deliver(self, folder: str, *messages: bytes, arrived: list[float] | None = None) -> list[int]:
        """APPEND each message (received by the server at `arrived`, seconds since 1970, else now); their UIDs."""
        client = self.client()
        uids = []
        try:
            for number, message in enumerate(messages):
                when = imaplib.Time2Internaldate(arrived[number]) if arrived else None
                status, data = client.append(f'"{folder}"', None, when, message)
                assert status == "OK", data
                uids.append(int(data[0].split(b"]")[0].split()[-1]))  # [APPENDUID validity uid]
        finally:
            client.logout()
        return uids

    def uidvalidity(self, folder: str) -> int:
        client = self.client()
        try:
            status, data = client.status(f'"{folder}"', "(UIDVALIDITY)")
            assert status == "OK", data
            return int(data[0].rsplit(b"UIDVALIDITY ", 1)[1].rstrip(b")"))
        finally:
            client.logout()


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
    except OSError:
        return False
    return True
