"""Fetching a real IMAP mailbox (Dovecot, started by the tests) into the event's mail copy."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest

from checkin.io.imap_address import parse_mailbox_address
from checkin.io.imap_fetch import (
    CERTIFICATE_UNTRUSTED,
    CONNECTION_LOST,
    LOGIN_FAILED,
    NO_SUCH_FOLDER,
    NO_TLS,
    UNKNOWN_HOST,
    FetchFailure,
    FetchOptions,
    MailboxSession,
    fetch_mailbox,
)
from checkin.io.mail_copy import MailCopy
from tests.mail.dovecot_server import PASSWORD, DovecotServer
from tests.mail.smtp_server import self_signed

GIVEN = ("Maria", "Jean", "Amina", "Lukas", "Sofia", "Kwame", "Ingrid", "Tomas", "Yuki", "Olga")
FAMILY = ("Rossi", "Dupont", "Haddad", "Meier", "Costa", "Mensah", "Larsen", "Garcia", "Tanaka", "Petrova")


def person(number: int) -> tuple[str, str, str]:
    """(given name, family name, e-mail) of the sender of registration `number`."""
    given, family = GIVEN[number % 10], f"{FAMILY[(number // 10) % 10]}{'' if number < 100 else number}"
    return given, family, f"{given.lower()}.{family.lower()}@mission-{number}.example"


def registration(number: int, padding: int = 0, message_id: bool = True) -> bytes:
    """A registration e-mail as a sender's program writes it (CRLF lines)."""
    given, family, email = person(number)
    lines = [
        f"From: {email}",
        "To: registrations@geneva-conference.example",
        f"Subject: Registration {number}",
        f"Date: Mon, 08 Oct 2018 09:{number % 60:02d}:00 +0200",
        *([f"Message-ID: <registration-{number}@mission-{number}.example>"] if message_id else []),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Dear organisers,",
        "",
        "I would like to register for the conference.",
        "",
        f"Name: {given} {family}",
        "Job title: Counsellor",
        f"Organisation: Permanent Mission {number}",
        "",
        "Best regards",
        *(["x" * 70] * (padding // 72)),
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def options(dovecot: DovecotServer, **more) -> FetchOptions:
    return FetchOptions(cafile=dovecot.cafile, **{"timeout": 10.0, **more})


def copied(copy: MailCopy) -> Counter[str]:
    """How many times each message (by subject) is in the copy."""
    return Counter(str(message_from_bytes(p.read_bytes())["Subject"]) for p in copy.message_paths())


def subjects(numbers) -> Counter[str]:
    return Counter(f"Registration {n}" for n in numbers)


def test_fetch_over_imaps_with_the_organisers_ca_file(dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    sent = [registration(n) for n in range(1, 4)]
    arrived = [1_539_000_000 + 3600, 1_539_000_000 + 60, 1_539_000_000 + 7200]  # the server's own clock
    dovecot.deliver(folder, *sent, arrived=arrived)
    copy = MailCopy(tmp_path / "event.checkin-mail")
    result = fetch_mailbox(parse_mailbox_address(dovecot.url(folder)), PASSWORD, copy, options(dovecot))
    assert (result.fetched, result.recognised, result.renumbered, result.on_server) == (3, 0, False, 3)
    assert [p.read_bytes() for p in result.paths] == sent  # byte for byte, in the server's order
    assert all(p.parent.name == "new" for p in copy.message_paths())
    # Named as Maildir names are, by delivery time first: sorted by name, they come in the order they arrived.
    assert [int(p.name.split(".")[0]) for p in result.paths] == arrived
    assert [p.read_bytes() for p in copy.message_paths()] == [sent[1], sent[0], sent[2]]
    assert not list((copy.folder / "tmp").iterdir())
    # The organiser's inbox is left as it was: nothing marked read by the fetch.
    client = dovecot.client()
    try:
        client.select(f'"{folder}"', readonly=True)
        _status, flags = client.fetch("1:*", "(FLAGS)")
    finally:
        client.logout()
    assert len(flags) == 3 and not any(b"\\Seen" in line for line in flags)


def test_starttls_on_an_imap_url(dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    dovecot.deliver(folder, registration(1))
    address = parse_mailbox_address(dovecot.url(folder, port=dovecot.imap_port, scheme="imap"))
    assert not address.implicit_tls
    copy = MailCopy(tmp_path / "copy")
    assert fetch_mailbox(address, PASSWORD, copy, options(dovecot)).fetched == 1


def test_only_new_messages_on_the_next_fetch(dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    address, copy = parse_mailbox_address(dovecot.url(folder)), MailCopy(tmp_path / "copy")
    dovecot.deliver(folder, *(registration(n) for n in range(1, 4)))
    assert fetch_mailbox(address, PASSWORD, copy, options(dovecot)).fetched == 3
    dovecot.deliver(folder, registration(4), registration(5))
    second = fetch_mailbox(address, PASSWORD, copy, options(dovecot))
    assert (second.fetched, second.on_server) == (2, 5)
    assert fetch_mailbox(address, PASSWORD, copy, options(dovecot)).fetched == 0
    assert copied(copy) == subjects(range(1, 6))


def test_a_wrong_password_is_refused_and_nothing_is_written(dovecot: DovecotServer, folder: str,
                                                            tmp_path: Path) -> None:
    dovecot.deliver(folder, registration(1))
    copy = MailCopy(tmp_path / "copy")
    with pytest.raises(FetchFailure) as refused:
        fetch_mailbox(parse_mailbox_address(dovecot.url(folder)), "not the password", copy, options(dovecot))
    assert refused.value.code == LOGIN_FAILED
    assert "not the password" not in str(refused.value)
    assert not copy.exists


def test_a_certificate_no_authority_vouches_for_is_refused(dovecot: DovecotServer, folder: str,
                                                          tmp_path: Path) -> None:
    address, copy = parse_mailbox_address(dovecot.url(folder)), MailCopy(tmp_path / "copy")
    with pytest.raises(FetchFailure) as by_default:
        fetch_mailbox(address, PASSWORD, copy, FetchOptions(timeout=10))
    other_ca, _key = self_signed(tmp_path)
    with pytest.raises(FetchFailure) as by_another_ca:
        fetch_mailbox(address, PASSWORD, copy, FetchOptions(cafile=other_ca, timeout=10))
    for refusal in (by_default.value, by_another_ca.value):
        assert refusal.code == CERTIFICATE_UNTRUSTED and "self-signed" in refusal.detail
    assert not copy.exists


def test_a_missing_folder_is_named_with_the_folders_there_are(dovecot: DovecotServer, folder: str,
                                                              tmp_path: Path) -> None:
    with pytest.raises(FetchFailure) as refused:
        fetch_mailbox(parse_mailbox_address(dovecot.url("Inscriptions")), PASSWORD, MailCopy(tmp_path / "c"),
                      options(dovecot))
    assert refused.value.code == NO_SUCH_FOLDER
    assert refused.value.detail.startswith("INBOX") and folder in refusal_folders(refused.value)


def refusal_folders(failure: FetchFailure) -> list[str]:
    return failure.detail.split(", ")


def test_a_folder_with_an_accented_name(dovecot: DovecotServer, tmp_path: Path) -> None:
    dovecot.create_folder("R&AOk-ponses")  # "Réponses", as the server names it
    dovecot.deliver("R&AOk-ponses", registration(1))
    result = fetch_mailbox(parse_mailbox_address(dovecot.url("Réponses")), PASSWORD, MailCopy(tmp_path / "c"),
                           options(dovecot))
    assert result.fetched == 1


def test_an_unknown_host(tmp_path: Path) -> None:
    with pytest.raises(FetchFailure) as refused:
        fetch_mailbox(parse_mailbox_address("imaps://someone@no-such-host.invalid/INBOX"), "x",
                      MailCopy(tmp_path / "c"), FetchOptions(timeout=5))
    assert refused.value.code == UNKNOWN_HOST and refused.value.detail == "no-such-host.invalid"


def test_a_connection_dropped_mid_fetch_resumes_without_duplicates(dovecot: DovecotServer, folder: str,
                                                                   tmp_path: Path) -> None:
    from tcp_proxy import CuttableProxy

    count = 30
    dovecot.deliver(folder, *(registration(n, padding=4000) for n in range(1, count + 1)))
    proxy = CuttableProxy(dovecot.imaps_port)
    try:
        address = parse_mailbox_address(dovecot.url(folder, port=proxy.port))
        copy = MailCopy(tmp_path / "copy")
        proxy.cut_after_bytes_to_desk(50_000)  # the handshake and login, then about ten messages
        with pytest.raises(FetchFailure) as lost:
            fetch_mailbox(address, PASSWORD, copy, options(dovecot, batch=5, timeout=2.0))
        assert proxy.cut_happened.is_set()
        assert lost.value.code == CONNECTION_LOST
        kept = len(copy)
        assert 0 < lost.value.fetched == kept < count
        assert copied(copy) == subjects(range(1, kept + 1))  # what was taken is whole, in order
        assert not list((copy.folder / "tmp").iterdir())
        proxy.restore()
        resumed = fetch_mailbox(address, PASSWORD, copy, options(dovecot, batch=5))
        assert resumed.fetched == count - kept
        assert copied(copy) == subjects(range(1, count + 1))
    finally:
        proxy.close()


def test_a_fetch_killed_between_writing_and_recording_takes_nothing_twice(
        dovecot: DovecotServer, folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dovecot.deliver(folder, *(registration(n) for n in range(1, 8)))
    address, copy = parse_mailbox_address(dovecot.url(folder)), MailCopy(tmp_path / "copy")

    def killed(*_args) -> None:
        raise KeyboardInterrupt  # the messages of the first batch are on disk, their UIDs not recorded

    with monkeypatch.context() as patched:
        patched.setattr(MailCopy, "set_state", killed)
        with pytest.raises(KeyboardInterrupt):
            fetch_mailbox(address, PASSWORD, copy, options(dovecot, batch=3))
    assert len(copy) == 3 and copy.state(MailboxSession(address, "").source).last_uid == 0
    again = fetch_mailbox(address, PASSWORD, copy, options(dovecot, batch=3))
    assert again.fetched == 4
    assert copied(copy) == subjects(range(1, 8))


def test_a_renumbered_mailbox_is_fetched_again_without_duplicates(dovecot: DovecotServer, folder: str,
                                                                  tmp_path: Path) -> None:
    first = [registration(1), registration(2), registration(3, message_id=False)]
    dovecot.deliver(folder, *first)
    address, copy = parse_mailbox_address(dovecot.url(folder)), MailCopy(tmp_path / "copy")
    assert fetch_mailbox(address, PASSWORD, copy, options(dovecot)).fetched == 3
    before = dovecot.uidvalidity(folder)
    # The server rebuilt the folder (a migration, a restore): same messages, new numbering, one more.
    dovecot.delete_folder(folder)
    dovecot.create_folder(folder)
    dovecot.deliver(folder, *first, registration(4))
    assert dovecot.uidvalidity(folder) != before
    result = fetch_mailbox(address, PASSWORD, copy, options(dovecot))
    assert (result.renumbered, result.fetched, result.recognised) == (True, 1, 3)
    assert copied(copy) == subjects(range(1, 5))
    dovecot.deliver(folder, registration(5))
    assert fetch_mailbox(address, PASSWORD, copy, options(dovecot)).fetched == 1  # the new numbering is kept


def test_idle_wakes_on_a_new_message(dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    address, copy = parse_mailbox_address(dovecot.url(folder)), MailCopy(tmp_path / "copy")
    with MailboxSession(address, PASSWORD, options(dovecot)) as session:
        assert session.can_idle
        assert session.fetch_into(copy).fetched == 0
        started = time.monotonic()
        assert session.wait_for_news(0.5) is False  # nothing came
        assert 0.4 < time.monotonic() - started < 5
        threading.Timer(0.3, dovecot.deliver, (folder, registration(1))).start()
        started = time.monotonic()
        assert session.wait_for_news(20) is True
        assert time.monotonic() - started < 10
        assert session.fetch_into(copy).fetched == 1  # the same connection goes on after IDLE


def test_no_plain_text_login_unless_allowed(tmp_path: Path) -> None:
    """A server that offers no STARTTLS: the password is not sent over the open wire."""
    heard: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
            file = connection.makefile("rb")
            for line in file:
                heard.append(line)
                tag = line.split()[0]
                if b"CAPABILITY" in line:
                    connection.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
                elif b"LOGOUT" in line:
                    connection.sendall(b"* BYE\r\n" + tag + b" OK done\r\n")
                    return
                else:
                    connection.sendall(tag + b" BAD no\r\n")

    threading.Thread(target=serve, daemon=True).start()
    address = parse_mailbox_address(f"imap://someone@127.0.0.1:{listener.getsockname()[1]}/INBOX")
    with pytest.raises(FetchFailure) as refused:
        fetch_mailbox(address, "secret-password", MailCopy(tmp_path / "c"), FetchOptions(timeout=5))
    listener.close()
    assert refused.value.code == NO_TLS, refused.value.detail
    assert not any(b"AUTHENTICATE" in line or b"LOGIN" in line or b"secret" in line for line in heard)


def test_large_messages_are_fetched_a_few_at_a_time(dovecot: DovecotServer, folder: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Registrations with attachments: a batch holds no more than batch_bytes (the small fifth joins the last)."""
    dovecot.deliver(folder, *(registration(n, padding=300_000) for n in range(1, 5)), registration(5))
    asked: list[int] = []
    bodies = MailboxSession._bodies

    def counted(session: MailboxSession, uids: list[int]):
        asked.append(len(uids))
        return bodies(session, uids)

    monkeypatch.setattr(MailboxSession, "_bodies", counted)
    copy = MailCopy(tmp_path / "copy")
    result = fetch_mailbox(parse_mailbox_address(dovecot.url(folder)), PASSWORD, copy,
                           options(dovecot, batch_bytes=700_000))
    assert result.fetched == 5 and copied(copy) == subjects(range(1, 6))
    assert asked == [2, 3]


def test_a_fetch_of_a_renumbered_mailbox_cut_half_way_resumes_without_duplicates(
        dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    from tcp_proxy import CuttableProxy

    old = [registration(n) for n in range(1, 21)]
    dovecot.deliver(folder, *old)
    copy = MailCopy(tmp_path / "copy")
    assert fetch_mailbox(parse_mailbox_address(dovecot.url(folder)), PASSWORD, copy, options(dovecot)).fetched == 20
    # Rebuilt with ten new messages first: the twenty known ones now have the highest UIDs.
    dovecot.delete_folder(folder)
    dovecot.create_folder(folder)
    dovecot.deliver(folder, *(registration(n, padding=4000) for n in range(21, 31)), *old)
    proxy = CuttableProxy(dovecot.imaps_port)
    try:
        address = parse_mailbox_address(dovecot.url(folder, port=proxy.port))
        proxy.cut_after_bytes_to_desk(25_000)  # after the Message-IDs, two or three batches of bodies in
        with pytest.raises(FetchFailure) as lost:
            fetch_mailbox(address, PASSWORD, copy, options(dovecot, batch=2, timeout=2.0))
        assert lost.value.code == CONNECTION_LOST and 0 < lost.value.fetched < 10
        proxy.restore()
        resumed = fetch_mailbox(address, PASSWORD, copy, options(dovecot, batch=2))
        assert resumed.fetched == 10 - lost.value.fetched
        assert copied(copy) == subjects(range(1, 31))  # each once: none of the twenty taken again
    finally:
        proxy.close()


def test_without_idle_the_wait_is_a_plain_interval(dovecot: DovecotServer, folder: str, tmp_path: Path) -> None:
    """A server that does not offer IDLE (the capability taken out of what this one announced)."""
    with MailboxSession(parse_mailbox_address(dovecot.url(folder)), PASSWORD, options(dovecot)) as session:
        connection = session._connection
        connection.capabilities = tuple(c for c in connection.capabilities if c != "IDLE")
        slept: list[float] = []
        assert not session.can_idle and session.wait_for_news(7.5, sleep=slept.append) is True
        assert slept == [7.5]
        dovecot.deliver(folder, registration(1))
        assert session.fetch_into(MailCopy(tmp_path / "copy")).fetched == 1


def test_a_kept_connection_the_network_forgot_is_replaced_quietly(dovecot: DovecotServer, folder: str,
                                                                   tmp_path: Path) -> None:
    from tcp_proxy import CuttableProxy

    proxy = CuttableProxy(dovecot.imaps_port)
    try:
        address, copy = parse_mailbox_address(dovecot.url(folder, port=proxy.port)), MailCopy(tmp_path / "copy")
        with MailboxSession(address, PASSWORD, options(dovecot)) as session:
            assert session.fetch_into(copy).fetched == 0
            proxy.restore()  # the laptop changed networks between two rounds: the old connection is reset
            dovecot.deliver(folder, registration(1))
            assert session.fetch_into(copy).fetched == 1
        assert proxy.connections == 2
    finally:
        proxy.close()
