"""`checkin fetch-mail`: from a real IMAP server (Dovecot) to people in the event, and gone again at a purge."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checkin.io.mail_copy import MailCopy, copy_folder_for
from checkin.store import open_event
from tests.cli_runner import cli
from tests.mail.dovecot_server import PASSWORD, USER, DovecotServer
from tests.mail.test_imap_fetch import person, registration

PASSWORD_VARIABLE = "CHECKIN_TEST_IMAP_PASSWORD"


@pytest.fixture
def event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "geneva" / "geneva.checkin"
    path.parent.mkdir()
    assert cli(capsys, "new", path, "--title", "Migration conference", "--date", "2018-10-18")[0] == 0
    return path


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    return PASSWORD_VARIABLE


def fetch(capsys: pytest.CaptureFixture[str], dovecot: DovecotServer, event: Path, folder: str,
          *more: object) -> tuple[int, str, str]:
    return cli(capsys, "fetch-mail", event, "--imap", dovecot.url(folder), "--password-env", PASSWORD_VARIABLE,
               "--cafile", dovecot.cafile, *more)


def emails_in_event(event: Path) -> set[str]:
    with open_event(event) as store:
        return {attendee.email for attendee in store.attendees()}


def every_byte_under(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def test_fetched_registrations_become_people_and_a_second_fetch_changes_nothing(
        dovecot: DovecotServer, folder: str, event: Path, password: str, capsys: pytest.CaptureFixture[str]) -> None:
    dovecot.deliver(folder, registration(1), registration(2))
    status, out, err = fetch(capsys, dovecot, event, folder, "--json")
    assert status == 0, err
    report = json.loads(out)
    assert (report["fetched"], report["in_copy"], report["mailbox"]) == (2, 2, dovecot.url(folder))
    assert [p["outcome"] for m in report["import"]["messages"] for p in m["people"]] == ["registered"] * 2
    assert emails_in_event(event) == {person(1)[2], person(2)[2]}
    assert Path(report["copy"]) == copy_folder_for(event) and Path(report["copy"]).parent == event.parent

    dovecot.deliver(folder, registration(3))
    status, out, err = fetch(capsys, dovecot, event, folder)
    assert status == 0, err
    assert f"{dovecot.url(folder)}: 1 new message (3 in the folder, 3 in the event's copy)" in out
    assert "  registered 1, waitlisted" in out
    assert emails_in_event(event) == {person(n)[2] for n in (1, 2, 3)}
    status, out, _err = fetch(capsys, dovecot, event, folder, "--json")
    assert status == 0 and json.loads(out)["fetched"] == 0
    assert len(emails_in_event(event)) == 3  # read again, nobody twice


def test_a_dry_run_fetches_but_changes_nothing_in_the_event(dovecot: DovecotServer, folder: str, event: Path,
                                                           password: str, capsys: pytest.CaptureFixture[str]) -> None:
    dovecot.deliver(folder, registration(4))
    status, out, err = fetch(capsys, dovecot, event, folder, "--dry-run")
    assert status == 0, err
    assert "would be: registered 1," in out and "dry run: nothing was changed" in out
    assert emails_in_event(event) == set()
    status, out, _err = fetch(capsys, dovecot, event, folder)  # the copy already has it: imported now
    assert status == 0 and "0 new messages" in out and emails_in_event(event) == {person(4)[2]}


@pytest.mark.parametrize(("case", "words"), [
    ("wrong password", f"{USER} on 127.0.0.1: the server refused the user name or the password"),
    ("no CA file", "127.0.0.1: the server's certificate is not trusted (self-signed certificate); nothing was "
                   "fetched. If the server has a certificate of your organisation's own, ask for its CA file"),
    ("missing folder", "this mailbox has no folder 'Inscriptions'; its folders are: INBOX"),
])
def test_refusals_in_one_line_and_the_event_untouched(dovecot: DovecotServer, folder: str, event: Path,
                                                      password: str, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str], case: str,
                                                      words: str) -> None:
    dovecot.deliver(folder, registration(5))
    arguments = ["fetch-mail", event, "--imap", dovecot.url(folder), "--password-env", PASSWORD_VARIABLE,
                 "--cafile", dovecot.cafile]
    if case == "wrong password":
        monkeypatch.setenv(PASSWORD_VARIABLE, "Genève 2019")
    elif case == "no CA file":
        arguments = arguments[:-2]
    else:
        arguments[3] = dovecot.url("Inscriptions")
    before = event.read_bytes()
    status, out, err = cli(capsys, *arguments)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and words in err, err
    assert "Genève 20" not in err
    assert event.read_bytes() == before and len(MailCopy(copy_folder_for(event))) == 0


def test_json_refusal_is_a_json_document(dovecot: DovecotServer, folder: str, event: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, "wrong")
    status, out, err = fetch(capsys, dovecot, event, folder, "--json")
    assert status == 2 and json.loads(out)["code"] == "login_failed" and "refused" in err


def test_addresses_and_passwords_refused_before_any_connection(event: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = cli(capsys, "fetch-mail", event, "--imap", "imaps://desk:hunter22@mail.example/INBOX")
    assert status == 2 and "put no password in the mailbox's address" in err and "hunter22" not in err
    status, _out, err = cli(capsys, "fetch-mail", event, "--imap", "https://mail.example/")
    assert status == 2 and "write the mailbox as imaps://USER@HOST/FOLDER" in err
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    status, _out, err = cli(capsys, "fetch-mail", event, "--imap", "imaps://desk@mail.example/INBOX",
                            "--password-env", "NOT_SET_ANYWHERE")
    assert status == 2 and "--password-env NOT_SET_ANYWHERE: that environment variable is not set" in err
    monkeypatch.setenv("SET_HERE", "x")
    status, _out, err = cli(capsys, "fetch-mail", event, "--imap", "imaps://desk@mail.example/INBOX",
                            "--password-env", "SET_HERE", "--cafile", event.with_name("ca.pem"))
    assert status == 2 and f"--cafile {event.with_name('ca.pem')}: not a certificate file that can be read" in err
    event.with_name("ca.pem").write_text("-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n")
    status, _out, err = cli(capsys, "fetch-mail", event, "--imap", "imaps://desk@mail.example/INBOX",
                            "--password-env", "SET_HERE", "--cafile", event.with_name("ca.pem"))
    assert status == 2 and "not a certificate file that can be read" in err
    status, _out, err = cli(capsys, "fetch-mail", event.with_name("other.checkin"), "--imap",
                            "imaps://desk@mail.example/INBOX")
    assert status == 2 and "no event at" in err


def test_a_purge_after_a_fetch_leaves_no_address_in_the_event_folder(
        dovecot: DovecotServer, folder: str, event: Path, password: str, capsys: pytest.CaptureFixture[str]) -> None:
    dovecot.deliver(folder, *(registration(n) for n in (6, 7, 8)))
    assert fetch(capsys, dovecot, event, folder)[0] == 0
    addresses = [USER.encode(), *(person(n)[2].encode() for n in (6, 7, 8))]
    before = every_byte_under(event.parent)
    assert all(address in before for address in addresses)  # the copy holds them: the grep can find them
    assert PASSWORD.encode() not in before and PASSWORD.encode("utf-8") not in before
    status, out, err = cli(capsys, "purge", event, "--yes")
    assert status == 0, err
    assert "the copy of the registration e-mails fetched for it was deleted" in out
    after = every_byte_under(event.parent)
    assert [a.decode() for a in addresses if a in after] == []
    assert not copy_folder_for(event).exists()


def watch(dovecot: DovecotServer, event: Path, folder: str, *more: str) -> subprocess.Popen:
    env = {**os.environ, PASSWORD_VARIABLE: PASSWORD}
    return subprocess.Popen(
        [sys.executable, "-m", "checkin", "fetch-mail", str(event), "--imap", dovecot.url(folder), "--password-env",
         PASSWORD_VARIABLE, "--cafile", str(dovecot.cafile), "--watch", "--interval", "30", *more],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)


def stop(process: subprocess.Popen, timer: threading.Timer) -> None:
    timer.cancel()
    if process.poll() is None:
        process.kill()
        process.wait()
    process.stdout.close()
    process.stderr.close()


def test_watch_takes_each_new_message_as_it_arrives_until_ctrl_c(dovecot: DovecotServer, folder: str,
                                                                  event: Path) -> None:
    dovecot.deliver(folder, registration(9))
    process = watch(dovecot, event, folder, "--json")
    timer = threading.Timer(60, process.kill)  # a hung watch fails the test instead of the run
    timer.start()
    try:
        first = json.loads(process.stdout.readline())
        assert (first["fetched"], first["in_copy"]) == (1, 1)
        dovecot.deliver(folder, registration(10))
        # IDLE: the server says at once, well before the 30 s interval.
        second = json.loads(process.stdout.readline())
        assert (second["fetched"], second["in_copy"]) == (1, 2)
        assert emails_in_event(event) == {person(9)[2], person(10)[2]}
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0, process.stderr.read()
    finally:
        stop(process, timer)


def test_watch_in_words_tells_only_what_came_in(dovecot: DovecotServer, folder: str, event: Path) -> None:
    dovecot.deliver(folder, registration(42), registration(43))
    process = watch(dovecot, event, folder)
    timer = threading.Timer(60, process.kill)
    timer.start()
    try:
        lines = [process.stdout.readline() for _ in range(7)]  # fetch line, header, 2 × (message, person), total
        assert lines[0].startswith(f"{dovecot.url(folder)}: 2 new messages") and "registered 2," in lines[6]
        dovecot.deliver(folder, registration(44))
        told = [process.stdout.readline() for _ in range(3)]
        assert told[0].startswith(f"{dovecot.url(folder)}: 1 new message (3 in the folder")
        assert "'Registration 44'" in told[1] and told[2].strip().startswith(f"#3 {' '.join(person(44)[:2])}")
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0
        rest = process.stdout.read()
        assert rest == f"{dovecot.url(folder)}: stopped watching\n"  # nothing about 42 and 43 again
    finally:
        stop(process, timer)


def test_a_server_gone_mid_fetch_keeps_what_was_taken_and_the_next_run_finishes(
        dovecot: DovecotServer, folder: str, event: Path, password: str, capsys: pytest.CaptureFixture[str]) -> None:
    from tcp_proxy import CuttableProxy

    dovecot.deliver(folder, *(registration(n, padding=4000) for n in range(11, 41)))
    proxy = CuttableProxy(dovecot.imaps_port)
    try:
        url = dovecot.url(folder, port=proxy.port)
        arguments = ["fetch-mail", event, "--imap", url, "--password-env", password, "--cafile", dovecot.cafile,
                     "--timeout", "2"]
        proxy.cut_after_bytes_to_desk(120_000)
        status, out, err = cli(capsys, *arguments)
        kept = len(MailCopy(copy_folder_for(event)))
        assert status == 2 and out == "" and 0 < kept < 30
        assert err == (f"checkin: {url}: the connection to the server was lost (no answer for 2 s); the {kept} new "
                       "messages taken before are kept in the event's copy, and running it again goes on from "
                       "there; nothing was imported\n")
        assert emails_in_event(event) == set()
        proxy.restore()
        status, out, err = cli(capsys, *arguments)
        assert status == 0, err
        assert f"{30 - kept} new messages (30 in the folder, 30 in the event's copy)" in out
        assert emails_in_event(event) == {person(n)[2] for n in range(11, 41)}
    finally:
        proxy.close()


def test_the_password_is_asked_on_the_terminal_and_not_echoed(dovecot: DovecotServer, folder: str,
                                                               event: Path) -> None:
    import pty

    dovecot.deliver(folder, registration(41))
    argv = [sys.executable, "-m", "checkin", "fetch-mail", str(event), "--imap", dovecot.url(folder), "--cafile",
            str(dovecot.cafile)]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: a terminal of its own, as a volunteer's shell
        os.execve(sys.executable, argv, {k: v for k, v in os.environ.items() if k != PASSWORD_VARIABLE})
    screen = b""
    try:
        while b"Password for" not in screen:
            screen += os.read(terminal, 4096)
        assert screen.rstrip().endswith(f"Password for {USER} on 127.0.0.1:".encode())
        os.write(terminal, PASSWORD.encode() + b"\n")
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the child has gone: its end of the terminal is closed
                break
            if not chunk:
                break
            screen += chunk
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == 0, screen.decode(errors="replace")
    assert b"1 new message" in screen and b"registered 1," in screen
    assert PASSWORD.encode() not in screen


def test_watch_rides_out_a_server_that_goes_away_and_comes_back(dovecot: DovecotServer, folder: str,
                                                                event: Path) -> None:
    from tcp_proxy import CuttableProxy

    dovecot.deliver(folder, registration(45))
    proxy = CuttableProxy(dovecot.imaps_port)
    env = {**os.environ, PASSWORD_VARIABLE: PASSWORD}
    process = subprocess.Popen(
        [sys.executable, "-m", "checkin", "fetch-mail", str(event), "--imap", dovecot.url(folder, port=proxy.port),
         "--password-env", PASSWORD_VARIABLE, "--cafile", str(dovecot.cafile), "--watch", "--interval", "1",
         "--timeout", "2", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    timer = threading.Timer(60, process.kill)
    timer.start()
    try:
        assert json.loads(process.stdout.readline())["fetched"] == 1
        proxy.refuse()  # the server is gone: the open connection is reset, new ones refused
        said = process.stderr.readline()
        assert "the mail server does not answer" in said and said.rstrip().endswith("trying again in 1 s"), said
        told = json.loads(process.stdout.readline())  # scripts reading the lines hear of it too
        assert (told["code"], told["retry_in"], told["error"]) == ("unreachable", 1, said.rstrip())
        assert process.poll() is None  # still watching
        proxy.restore()
        dovecot.deliver(folder, registration(46))
        back = json.loads(process.stdout.readline())
        while "error" in back:  # a loaded machine may have tried once more before the server came back
            back = json.loads(process.stdout.readline())
        assert (back["fetched"], back["in_copy"]) == (1, 2)
        assert emails_in_event(event) == {person(45)[2], person(46)[2]}
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0
    finally:
        stop(process, timer)
        proxy.close()


def test_watch_imports_what_a_round_cut_short_had_taken(dovecot: DovecotServer, folder: str, event: Path) -> None:
    from tcp_proxy import CuttableProxy

    dovecot.deliver(folder, *(registration(n, padding=4000) for n in range(51, 81)))
    proxy = CuttableProxy(dovecot.imaps_port)
    proxy.cut_after_bytes_to_desk(120_000)  # the first round is cut after some of the thirty
    env = {**os.environ, PASSWORD_VARIABLE: PASSWORD}
    process = subprocess.Popen(
        [sys.executable, "-m", "checkin", "fetch-mail", str(event), "--imap", dovecot.url(folder, port=proxy.port),
         "--password-env", PASSWORD_VARIABLE, "--cafile", str(dovecot.cafile), "--watch", "--interval", "1",
         "--timeout", "2", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    timer = threading.Timer(60, process.kill)
    timer.start()
    try:
        cut = json.loads(process.stdout.readline())
        assert cut["code"] == "connection_lost" and 0 < cut["fetched"] < 30
        proxy.restore()
        back = json.loads(process.stdout.readline())
        while "error" in back:
            back = json.loads(process.stdout.readline())
        assert (back["fetched"], back["in_copy"]) == (30, 30)  # the cut round's messages counted in
        assert len(back["import"]["messages"]) == 30
        assert emails_in_event(event) == {person(n)[2] for n in range(51, 81)}
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0
    finally:
        stop(process, timer)
        proxy.close()


@pytest.mark.postgres
def test_a_server_event_keeps_its_mail_copy_in_the_desks_data_folder_until_the_purge(
        dovecot: DovecotServer, folder: str, pg_url: str, password: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "new", pg_url, "--title", "Migration conference", "--date", "2018-10-18")[0] == 0
    dovecot.deliver(folder, registration(90))
    status, out, err = cli(capsys, "fetch-mail", pg_url, "--imap", dovecot.url(folder), "--password-env", password,
                           "--cafile", dovecot.cafile, "--json")
    assert status == 0, err
    copy = Path(json.loads(out)["copy"])
    assert copy == copy_folder_for(pg_url) and copy.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    assert len(MailCopy(copy)) == 1
    with open_event(pg_url) as store:
        assert [a.email for a in store.attendees()] == [person(90)[2]]
    assert cli(capsys, "purge", pg_url, "--yes")[0] == 0
    assert not copy.exists()
