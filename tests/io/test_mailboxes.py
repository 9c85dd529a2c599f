"""Mail sources on disk: which paths are mail, every message handed over once, nothing lost or cut."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from checkin.io import import_report as codes
from checkin.io import mailboxes
from checkin.io.import_report import ImportFailure
from checkin.io.mailboxes import is_mail_source, mail_source_kind, read_mail_source


def message(number: int, body: str = "I would like to register.") -> bytes:
    return (f"From: Person {number} <p{number}@example.org>\nSubject: Registration {number}\n"
            f"Message-ID: <{number}@example.org>\nDate: Mon, 1 Oct 2018 10:00:00 +0200\n\n{body}\n").encode()


def test_each_container_is_recognised_and_spreadsheets_are_not(tmp_path: Path) -> None:
    box = mailbox.mbox(tmp_path / "inbox")  # no suffix: known by its first line
    box.add(message(1))
    box.flush()
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    maildir.add(message(2))
    (tmp_path / "emls").mkdir()
    (tmp_path / "emls" / "one.EML").write_bytes(message(3))
    (tmp_path / "saved.eml").write_bytes(message(4))
    (tmp_path / "no-suffix").write_bytes(b"Return-Path: <a@b.example>\n" + message(5))
    (tmp_path / "list.csv").write_text("From:,Subject:\nx,y\n")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01 nothing of mail")
    (tmp_path / "empty folder").mkdir()
    kinds = {name: mail_source_kind(tmp_path / name) for name in
             ("inbox", "Maildir", "emls", "saved.eml", "no-suffix", "list.csv", "notes.bin", "empty folder", "gone")}
    assert kinds == {"inbox": mailboxes.MBOX, "Maildir": mailboxes.MAILDIR, "emls": mailboxes.EML_FOLDER,
                     "saved.eml": mailboxes.EML_FILE, "no-suffix": mailboxes.EML_FILE, "list.csv": "",
                     "notes.bin": "", "empty folder": "", "gone": ""}
    assert is_mail_source(tmp_path / "Maildir") and not is_mail_source(tmp_path / "list.csv")


def test_an_unescaped_from_line_in_a_body_does_not_cut_the_message(tmp_path: Path) -> None:
    body = ("Dear organisers,\n\nFrom the 18th I am in Geneva and would like to register.\n\n"
            "From here on, write to my assistant.\n>From a quoted line")
    path = tmp_path / "inbox.mbox"
    path.write_bytes(b"From p1@example.org Mon Oct  1 10:00:00 2018\n" + message(1, body) + b"\n"
                     b"From p2@example.org Tue Oct  2 11:00:00 2018\n" + message(2) + b"\n")
    items = list(read_mail_source(path))
    assert [item.key for item in items] == ["1", "2"]
    assert b"From here on, write to my assistant.\nFrom a quoted line\n" in items[0].raw
    assert items[0].raw.endswith(b"write to my assistant.\nFrom a quoted line\n")
    assert items[1].raw == message(2) and items[1].where == "inbox.mbox, message 2"


def test_keys_are_stable_and_unique_in_every_container(tmp_path: Path) -> None:
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    keys = {maildir.add(message(number)) for number in range(5)}
    first = [item.key for item in read_mail_source(tmp_path / "Maildir")]
    maildir.add(message(9))
    second = [item.key for item in read_mail_source(tmp_path / "Maildir")]
    assert set(first) == keys and set(first) < set(second) and len(set(second)) == 6


@pytest.mark.parametrize(("setup", "code"), [
    (lambda root: root / "missing.mbox", codes.NOT_FOUND),
    (lambda root: _write(root / "empty.mbox", b""), codes.EMPTY_MAILBOX),
    (lambda root: _write(root / "empty.eml", b""), codes.EMPTY_FILE),
    (lambda root: _write(root / "photo.jpg", b"\xff\xd8\xff\xe0 JFIF"), codes.NOT_MAIL),
    (lambda root: _maildir(root / "Maildir"), codes.EMPTY_MAILBOX),
])
def test_a_source_that_cannot_be_read_is_named(tmp_path: Path, setup, code) -> None:
    with pytest.raises(ImportFailure) as failure:
        read_mail_source(setup(tmp_path))
    assert failure.value.code == code


def test_a_message_too_large_is_reported_not_dropped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(mailboxes, "MAX_MESSAGE_BYTES", 1000)
    folder = tmp_path / "emls"
    folder.mkdir()
    (folder / "a.eml").write_bytes(message(1))
    (folder / "b.eml").write_bytes(message(2, "x" * 5000))
    items = list(read_mail_source(folder))
    assert [(item.key, item.problem, len(item.raw) > 0) for item in items] == [
        ("a.eml", "", True), ("b.eml", mailboxes.MESSAGE_TOO_LARGE, False)]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _maildir(path: Path) -> Path:
    mailbox.Maildir(path, create=True)
    return path


def test_apple_mail_export_and_outlook_msg_files(tmp_path: Path) -> None:
    export = tmp_path / "Inbox.mbox"  # Apple Mail: a folder holding a file named "mbox" and an Info.plist
    export.mkdir()
    (export / "mbox").write_bytes(b"From a@b.example Mon Oct  1 10:00:00 2018\n" + message(1) + b"\n")
    (export / "Info.plist").write_text("<plist/>")
    assert mail_source_kind(export) == mailboxes.MBOX
    assert [item.raw for item in read_mail_source(export)] == [message(1)]
    outlook = tmp_path / "outlook"
    outlook.mkdir()
    (outlook / "Registration.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    for path in (outlook, outlook / "Registration.msg"):
        assert is_mail_source(path)
        with pytest.raises(ImportFailure) as failure:
            read_mail_source(path)
        assert failure.value.code == codes.OUTLOOK_MSG


def test_a_separator_without_its_date_counts_only_before_a_header(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    path.write_bytes(b"From MAILER-DAEMON\n" + message(1, "Dear organisers,\n\nFrom Geneva\nwith love") + b"\n"
                     b"From -\n" + message(2) + b"\n")
    items = list(read_mail_source(path))
    assert [item.key for item in items] == ["1", "2"] and b"From Geneva\nwith love" in items[0].raw


def test_a_reading_stopped_half_way_lets_the_mailbox_go_quietly(tmp_path: Path) -> None:
    """The organiser presses Stop after the first message: the mapped file is let go without an error."""
    path = tmp_path / "inbox.mbox"
    path.write_bytes(b"".join(b"From p%d@example.org Mon Oct  1 10:00:00 2018\n" % n + message(n) + b"\n"
                              for n in range(1, 4)))
    items = read_mail_source(path)
    assert next(items).key == "1"
    items.close()  # type: ignore[attr-defined]
    assert list(items) == []
