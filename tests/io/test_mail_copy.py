"""The event's copy of a fetched mailbox: where it lives, what it remembers, what a killed fetch leaves."""

from __future__ import annotations

import os
import time
from pathlib import Path

from checkin.io.mail_copy import MailCopy, SourceState, copy_folder_for, remove_mail_copy

SOURCE = "0123456789abcdef"
MESSAGE = b"From: someone@mission.example\r\nMessage-ID: <1@mission.example>\r\n\r\nPlease register me.\r\n"


def test_the_copy_lives_beside_an_event_file_and_in_the_data_folder_for_a_server_event(tmp_path: Path) -> None:
    assert copy_folder_for(tmp_path / "geneva.checkin") == tmp_path / "geneva.checkin-mail"
    with_password = copy_folder_for("postgresql://desk:s3cret@server/geneva")
    assert with_password == copy_folder_for("postgresql://desk@server/geneva")  # the same event, however written
    assert "s3cret" not in str(with_password) and "server" not in with_password.name
    assert with_password != copy_folder_for("postgresql://desk@server/lausanne")


def test_messages_are_private_to_the_user_and_known_by_name_even_without_the_state(tmp_path: Path) -> None:
    copy = MailCopy(tmp_path / "geneva.checkin-mail").create()
    path = copy.add(SOURCE, 7, 42, MESSAGE, arrived=1_539_000_000)
    assert path.name == f"1539000000.imap-{SOURCE}-7-42" and path.read_bytes() == MESSAGE
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0 and copy.folder.stat().st_mode & 0o077 == 0
    (copy.folder / "fetch-state.json").write_text("{damaged", encoding="utf-8")
    assert copy.state(SOURCE) == SourceState()  # a damaged state reads as none...
    assert copy.uids_held(SOURCE, 7) == {42} and copy.uids_held(SOURCE, 8) == set()  # ...the names still tell
    assert copy.identities() == {"id:<1@mission.example>"}
    copy.set_state(SOURCE, SourceState(7, 42))
    assert MailCopy(copy.folder).state(SOURCE) == SourceState(7, 42)


def test_half_written_messages_of_a_killed_fetch_are_cleared_when_old(tmp_path: Path) -> None:
    copy = MailCopy(tmp_path / "c").create()
    old, fresh = copy.folder / "tmp" / f"1.imap-{SOURCE}-1-1.99.ab", copy.folder / "tmp" / f"1.imap-{SOURCE}-1-2.98.cd"
    for path in (old, fresh):
        path.write_bytes(MESSAGE[:20])
    an_hour_ago = time.time() - 3700
    os.utime(old, (an_hour_ago, an_hour_ago))
    copy.clear_stale()
    assert not old.exists() and fresh.exists()  # another fetch may be writing the fresh one right now
    assert len(copy) == 0


def test_a_purge_removes_the_copy(tmp_path: Path) -> None:
    event = tmp_path / "geneva.checkin"
    MailCopy(copy_folder_for(event)).create().add(SOURCE, 1, 1, MESSAGE)
    assert remove_mail_copy(event) is True
    assert not copy_folder_for(event).exists() and list(tmp_path.iterdir()) == []
    assert remove_mail_copy(event) is False
