"""No command prints a server password, whatever it says and however the URL spells the password."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from checkin.store.postgres_connection import redact
from tests.cli_runner import cli

pytestmark = pytest.mark.postgres

SECRETS = ("S3cr", "K3y9x", "Zz9q", "W0rd")


def with_password(url: str, password: str = "S3cr%77t") -> str:
    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    netloc = f"{user or 'postgres'}:{password}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, "sslpassword=K3y9x", ""))


def assert_secret_free(text: str) -> None:
    assert not [s for s in SECRETS if s in text], text


def test_redact_removes_every_spelling_of_a_password() -> None:
    url = "postgresql://ada:S3cr%77t@db/ev?sslpassword=K3y9x&pass%77ord=Zz9q&PASSWORD=W0rd&sslmode=require"
    shown = redact(url)
    assert_secret_free(shown)
    assert "sslmode=require" in shown and "ada@db/ev" in shown


def test_every_command_keeps_the_password_to_itself(pg_url: str, tmp_path: Path, sample_event_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    url = with_password(pg_url)
    sheet = tmp_path / "list.csv"
    sheet.write_text("Given name,Family name,E-mail\nAda,Lovelace,ada@example.org\n", encoding="utf-8")
    ticks = tmp_path / "ticks.csv"
    ticks.write_text("E-mail,Present\nada@example.org,x\n", encoding="utf-8")
    commands = [
        ["new", url, "--title", "Secret test", "--date", "2026-05-04"],
        ["tickets", url, "-o", tmp_path / "tickets"],  # on an empty event
        ["stats", url], ["stats", url, "--json"],
        ["import", url, sheet], ["search", url, ""], ["search", url, "Ada", "--json"],
        ["scan", url, "NOSUCHCODE"], ["undo", url, "NOSUCHCODE"], ["scan", url, "NOSUCHCODE", "--json"],
        ["badges", url, "-o", tmp_path / "b.pdf"], ["namecards", url, "-o", tmp_path / "n.pdf"],
        ["export", url, "-o", tmp_path / "a.xlsx"], ["export", url, "-o", tmp_path / "a.pdf", "--anonymised"],
        ["signin-sheet", url, "-o", tmp_path / "s.pdf"], ["signin-import", url, ticks, "--at", "2018-10-18T08:42"],
        ["programme", url], ["loans", url], ["loan", url, "NOSUCHCODE", "R-1"], ["loan", url, "--return", "R-1"],
        ["publish", url, sample_event_path],  # arguments swapped
        ["publish", sample_event_path, url],  # the event exists already
        ["purge", url, "--status"], ["purge", url, "--retention-until", "2030-01-01"], ["purge", url],
        ["purge", url, "--yes"],
        ["new", url, "--title", "Again", "--date", "2026-05-04"],
    ]
    seen = 0
    for command in commands:
        _status, out, err = cli(capsys, *command)
        assert_secret_free(out + err)
        seen += bool(out or err)
    assert seen == len(commands)


def test_a_password_libpq_cannot_parse_is_not_echoed(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("postgresql://ada:pa ss W0rd@127.0.0.1:1/ev", "postgresql://ada@127.0.0.1:1/ev?password=W0rd x",
                "postgresql://ada:W0rd@[::1:1/ev", "host=127.0.0.1 port=1 password='W0rd"):
        for command in (["stats", url], ["purge", url, "--status"], ["search", url, "x", "--json"]):
            status, out, err = cli(capsys, *command)
            assert status != 0
            assert_secret_free(out + err)
