"""A private PostgreSQL cluster for the tests and the benchmarks (no pytest in here).

`initdb` refuses to run as root, so when we are root the cluster belongs to the
`postgres` user. It listens on 127.0.0.1 on a free port, with its socket in its
own folder, and goes away with `stop()`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SEARCH_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
# Debian's package with initdb and postgres (what .ci/run installs).
APT_PACKAGE = "postgresql-15"


def find_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None when PostgreSQL is not installed."""
    for folder in [*SEARCH_DIRS, *(Path(p) for p in os.environ.get("PATH", "").split(os.pathsep))]:
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateCluster:
    """initdb + pg_ctl start in a temporary folder. `fsync=False` for fast tests."""

    SECURED_ROLE = "desk_secured"
    SECURED_PASSWORD = "right-password"

    def __init__(self, bin_dir: Path, fsync: bool = False) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.port = free_port()
        self.fsync = fsync
        self._as_postgres = os.geteuid() == 0

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        return subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)

    def start(self) -> PrivateCluster:
        self.sockets.mkdir()
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.sockets, "postgres", "postgres")
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth-local=trust", "--auth-host=trust", "--no-sync", "-E", "UTF8", "--locale=C")
        # One role must give its password, so the tests can get it wrong.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {self.SECURED_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        options = (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                   f"-c fsync={'on' if self.fsync else 'off'} -c max_connections=100")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {self.SECURED_ROLE} LOGIN SUPERUSER PASSWORD '{self.SECURED_PASSWORD}'")
        return self

    def url(self, dbname: str, user: str = "postgres", password: str = "") -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart_server(self) -> None:
        """Start again after stop(), on the same port."""
        options = (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                   f"-c fsync={'on' if self.fsync else 'off'}")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)
