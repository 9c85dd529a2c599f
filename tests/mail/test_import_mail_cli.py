"""`checkin import EVENT MAILBOX` as organisers and scripts drive it."""

from __future__ import annotations

import json
import mailbox
import os
from pathlib import Path

import pytest

from checkin.core.models import Status
from tests.cli_runner import cli
from tests.cli_runner import stored_attendees as attendees

from .corpus import build, plain, write_eml_folder, write_mbox


@pytest.fixture
def event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "geneva.checkin"
    assert cli(capsys, "new", path, "--title", "Migration and Development", "--date", "2018-10-18",
               "--capacity", "18", "--deadline", "2018-10-11")[0] == 0
    return path


def guessed_name_mail() -> bytes:
    return plain("jean.dupont@example.fr", "Inscription", "Mon, 1 Oct 2018 10:00:00 +0200",
                 "Bonjour, je souhaite m'inscrire.\n", message_id="<dupont@example.fr>")


def test_dry_run_json_shows_each_message_person_field_confidence_and_words(event, tmp_path, capsys) -> None:
    source = write_mbox(build(), tmp_path / "inbox.mbox")
    status, out, err = cli(capsys, "import", event, source, "--dry-run", "--json")
    assert status == 0, err
    report = json.loads(out)
    assert report["dry_run"] is True and attendees(event) == []
    assert report["counts"]["registered"] == 18 and report["counts"]["late"] == 2
    assert report["counts"]["waitlisted"] == 2 and report["counts"]["skipped_auto_reply"] == 2
    german = next(m for m in report["messages"] if m.get("subject") == "Anmeldung Konferenz 18. Oktober")
    assert german["kind"] == "registration" and german["language"] == "de"
    (person,) = german["people"]
    family = person["fields"]["family_name"]
    assert family["value"] == "Weiß" and family["words"] == "Weiß" and 0 < family["confidence"] <= 1
    assert german["text"][family["start"]:family["start"] + len(family["words"])] == "Weiß"
    assert person["outcome"] == "registered" and person["unsure"] is False


def test_import_takes_the_sure_leaves_out_the_unsure_and_says_so(event, tmp_path, capsys) -> None:
    folder = write_eml_folder(build(), tmp_path / "mails")
    (folder / "guess.eml").write_bytes(guessed_name_mail())
    status, out, err = cli(capsys, "import", event, folder)
    assert status == 0, err
    assert " Jean Dupont (jean.dupont@example.fr): left out: unsure of given name, family name" in out
    assert "an automatic reply (Auto-Submitted: auto-replied); nobody registered" in out
    assert "the sender's clock is far off; the time it arrived counts" in out
    people = {person.name: person for person in attendees(event)}
    assert "Jean Dupont" not in people and people["Olivia Brown"].status is Status.WAITLISTED
    status, out, err = cli(capsys, "import", event, folder, "--accept-unsure", "--json")
    assert status == 0, err
    added = json.loads(out)["counts"]
    assert added["registered"] == 0 and added["waitlisted"] == 1  # capacity reached: waitlisted, not late
    assert {person.name for person in attendees(event)} >= {"Jean Dupont"}


def test_bad_messages_are_named_and_the_rest_imported(event, tmp_path, capsys) -> None:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    box.add(build().mails[0].raw)
    box.add(os.urandom(3000))
    box.add(b"".join(b"X-Bomb-%d: x\n" % i for i in range(20_000)) + b"From: a@b.example\n\nhi\n")
    box.flush()
    status, out, err = cli(capsys, "import", event, path)
    assert status == 0, err
    assert "inbox.mbox, message 2: not an e-mail (binary data or no headers); left out" in out
    assert "inbox.mbox, message 3: a header far too long (" in out
    assert [person.name for person in attendees(event)] == ["Ada Lovelace"]


def test_a_mailbox_with_nothing_in_it_is_one_clear_line(event, tmp_path, capsys) -> None:
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    status, out, err = cli(capsys, "import", event, tmp_path / "Maildir", "--json")
    assert status == 2
    assert err.strip().endswith("Maildir: a mailbox with no message in it") and len(err.strip().splitlines()) == 1
    assert json.loads(out)["code"] == "empty_mailbox"


def test_outlook_msg_files_are_named_with_a_way_out(event, tmp_path, capsys) -> None:
    folder = tmp_path / "dragged from Outlook"
    folder.mkdir()
    (folder / "Registration.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    status, _out, err = cli(capsys, "import", event, folder)
    assert status == 2 and "Outlook .msg files" in err and ".eml" in err and len(err.strip().splitlines()) == 1
    assert attendees(event) == []


def test_spreadsheet_options_on_a_mailbox_are_refused_in_one_line(event, tmp_path, capsys) -> None:
    source = write_mbox(build(), tmp_path / "inbox.mbox")
    status, out, err = cli(capsys, "import", event, source, "--map", "email=E-mail", "--sheet", "1", "--json")
    assert status == 2 and "--sheet, --map are for spreadsheets" in err and json.loads(out)["code"] == "bad_option"
    assert attendees(event) == []


def test_two_people_of_one_name_and_organisation_from_two_mailboxes_are_named(event, tmp_path, capsys) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    for number, address in enumerate(["ann.lee@worldbank.example", "a.lee@gmail.example"]):
        (folder / f"{number}.eml").write_bytes(plain(
            f"Ann Lee <{address}>", "Registration", f"Mon, {number + 1} Oct 2018 10:00:00 +0200",
            "Name: Ann Lee\nOrganisation: World Bank\n", message_id=f"<lee{number}@example.org>"))
    status, out, err = cli(capsys, "import", event, folder)
    assert status == 0, err
    assert "#2 Ann Lee (World Bank, a.lee@gmail.example): the same name and organisation as #1; left out" in out
    assert [person.email for person in attendees(event)] == ["ann.lee@worldbank.example"]
