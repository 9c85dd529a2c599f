"""The desk watches the registration mailbox while the event is open: a real IMAP server (Dovecot, started by
the tests over IMAPS with a certificate of the run), messages delivered while the desk watches, the new ones
counted in the status bar and reviewed in the import wizard; a refused password stops the watch and says so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.io.imap_address import parse_mailbox_address
from checkin.io.mail_copy import copy_folder_for
from checkin.ui.dialogs.import_wizard import ImportWizard
from checkin.ui.mail_watch import WATCH_SETTING
from tests.mail.dovecot_server import PASSWORD, DovecotServer, running_dovecot
from tests.ui.mail_corpus import MESSAGES, message_bytes


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    with running_dovecot("the mailbox watch's tests") as server:
        yield server


def test_new_e_mails_are_taken_while_the_desk_is_open_and_reviewed(qtbot, window, dovecot, monkeypatch):
    dovecot.create_folder("Desk-watch")
    dovecot.deliver("Desk-watch", message_bytes(MESSAGES[0]))
    watch = window.mail_watch
    address = parse_mailbox_address(dovecot.url("Desk-watch"))
    with qtbot.waitSignal(watch.fetched, timeout=20_000):
        watch.start(address, PASSWORD, 0.3, dovecot.cafile)
    assert watch.new_messages == 1 and not window.new_mail_button.isHidden()
    dovecot.deliver("Desk-watch", message_bytes(MESSAGES[1]), message_bytes(MESSAGES[3]))
    qtbot.waitUntil(lambda: watch.new_messages == 3, timeout=20_000)  # a later round, nothing taken twice
    assert window.new_mail_button.text() == "✉ New registration e-mails: 3 (review)"
    location = window.context.session.store.location
    copy_folder = copy_folder_for(location)
    assert len(list((copy_folder / "new").iterdir())) + len(list((copy_folder / "cur").iterdir())) == 3

    remembered = window.context.session.store.get_setting(WATCH_SETTING)
    assert remembered["address"] == address.label and PASSWORD not in json.dumps(remembered)
    for part in Path(location).parent.glob(Path(location).name + "*"):
        if part.is_file():
            assert PASSWORD.encode() not in part.read_bytes(), f"the password was written into {part}"

    opened: list[object] = []
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda cls, context, path=None, parent=None:
                                                         opened.append(path)))
    window.new_mail_button.click()
    assert opened == [copy_folder] and watch.new_messages == 0 and window.new_mail_button.isHidden()
    wizard = ImportWizard(window.context)  # what the review then shows
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.mail.read_done, timeout=20_000) as blocker:
        wizard.load(copy_folder)
    assert len(blocker.args[0].messages) == 3
    assert {e.name for e in wizard.mail.review.model.entries} >= {"John Smith", "Peter Mwangi", "Grace Otieno"}

    window.context.close()  # the event closes: the watch ends with it, and forgets the password
    assert not watch.running and watch.fetch_now() is None and watch._mailbox is None
    window.open_location(location)  # opened again: only the password is missing, and the desk says how to go on
    assert window.statusBar().currentMessage() == (f"The registration mailbox {address.label} is not watched now: "
                                                   "Event → Watch the registration mailbox… takes its new e-mails.")


def test_a_refused_password_stops_the_watch_and_says_why(qtbot, window, dovecot):
    dovecot.create_folder("Desk-refused")
    watch = window.mail_watch
    address = parse_mailbox_address(dovecot.url("Desk-refused"))
    with qtbot.waitSignal(watch.failed, timeout=20_000) as blocker:
        watch.start(address, "not the password", 0.3, dovecot.cafile)
    error, lasting = blocker.args
    assert error.code == "login_failed" and lasting and not watch.running
    assert window.last_mail_problem.startswith(f"The mailbox is no longer watched: {address.label}: the server "
                                               "refused the user name or the password")
    assert window.statusBar().currentMessage() == window.last_mail_problem


def test_the_watch_dialog_says_what_to_fix_and_remembers_the_address(qtbot, tmp_path):
    from checkin.ui.dialogs.watch_mailbox import WatchChoice, WatchMailboxDialog

    dialog = WatchMailboxDialog({"address": "imaps://registration@mail.example/Inscriptions", "interval": 300})
    qtbot.addWidget(dialog)
    assert dialog.minutes.value() == 5 and dialog.address.text().endswith("/Inscriptions")
    assert dialog.choice() == "Give the mailbox's password."
    dialog.address.setText("imaps://mail.example/INBOX")
    assert dialog.choice() == "Name the mailbox's user, as in imaps://USER@SERVER/FOLDER"
    dialog.address.setText("imaps://registration:secret@mail.example/INBOX")
    assert dialog.choice() == "Put the password in its own box, not in the address"
    dialog.address.setText("imaps://registration@mail.example:1993/INBOX")
    dialog.password.setText("Genève 2018")
    dialog.cafile.setText(str(tmp_path / "missing.pem"))
    assert dialog.choice() == f"No such file: {tmp_path / 'missing.pem'}"
    dialog.cafile.clear()
    choice = dialog.choice()
    assert isinstance(choice, WatchChoice) and choice.interval_s == 300 and choice.cafile is None
    assert (choice.address.port, choice.address.folder, choice.password) == (1993, "INBOX", "Genève 2018")
