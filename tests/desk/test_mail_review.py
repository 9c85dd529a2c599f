"""Registration e-mails reviewed with real hands: the real desk on a private X display, its import wizard
on a small mbox, a correction typed with real keys (capitals with Shift), decisions by Alt keys, Import
clicked with the mouse, and the event file read back by this process."""

from __future__ import annotations

from pathlib import Path

from checkin.core.models import Status
from checkin.sample import sample_event_facts
from checkin.store import create_event
from tests.desk.desk import attendees, wait_for_file
from tests.ui.mail_corpus import write_mbox

WIZARD = "QApplication.activeModalWidget()"
REVIEW = f"{WIZARD}.mail.review"


def empty_event(folder: Path) -> Path:
    path = folder / "geneva.checkin"
    create_event(path, sample_event_facts()).close()
    return path


def current_name(desk) -> str:
    return desk.eval(f"(lambda e: e.name if e else None)({REVIEW}.current_entry())")


def go_to(desk, name: str) -> None:
    """Down the list with the arrow keys, from the top, to the person called `name`."""
    desk.key("ctrl+Home")
    for _ in range(desk.eval(f"{REVIEW}.model.rowCount()")):
        desk.sync()
        if current_name(desk) == name:
            return
        desk.key("Down")
    raise AssertionError(f"{name} is not in the list")


def test_a_correction_typed_in_the_review_is_what_the_event_gets(start_desk, tmp_path):
    event = empty_event(tmp_path)
    inbox = write_mbox(tmp_path / "Inbox.mbox")
    desk = start_desk(event)
    desk.key("ctrl+i")
    desk.wait_modal(kind="ImportWizard")
    desk.run(f"{WIZARD}.load({str(inbox)!r})")  # what the file chooser or a drop hands over
    desk.wait_until(lambda: desk.eval(f"{WIZARD}.mail.plan is not None"), "the e-mails are read")
    desk.wait_until(lambda: desk.state()["focus"]["class"] == "QTableView", "the list of people has the keyboard")
    assert not desk.eval(f"{WIZARD}.import_button.isEnabled()"), "Import must wait for the unsure people"

    go_to(desk, "Peter Mwangi")
    desk.key("alt+d", "Down")  # the first delegate dropped, and straight on to the next, as a quick hand does
    desk.sync()
    assert current_name(desk) == "Grace Otieno"
    assert desk.eval(f"{REVIEW}.current_entry().person.decision") == "", "Alt+D dropped the next person"
    entries = f"{REVIEW}.model.entries"
    assert desk.eval(f"[e.person.decision for e in {entries} if e.name == 'Peter Mwangi']") == ["drop"]
    go_to(desk, "Maria")  # a single name: the reading cannot be sure of a family name
    desk.key("Tab", "Tab")  # past the honorific, to the given name
    desk.key("ctrl+a")
    desk.type("Maria")
    desk.key("Tab", "ctrl+a")
    desk.type("Rossi-Bianchi")
    desk.key("Return")  # finishes the correction; must press no button of the wizard
    desk.sync()
    assert desk.modal()["class"] == "ImportWizard", "Return in a field closed or imported"
    person = f"{REVIEW}.current_entry().person"
    assert desk.eval(f"{person}.corrections") == {"given_name": "Maria", "family_name": "Rossi-Bianchi"}
    assert desk.eval(f"{person}.decision") == "accept"

    while desk.eval(f"bool({REVIEW}.model.waiting_rows())"):  # every other unsure one: looked at, accepted
        desk.key("alt+n")
        desk.sync()
        desk.key("alt+a")
        desk.sync()
    desk.wait_until(lambda: desk.eval(f"{WIZARD}.import_button.isEnabled()"), "Import is offered")
    desk.click(f"{WIZARD}.import_button")
    desk.wait_until(lambda: desk.eval(f"{WIZARD}.mail.report is not None"), "the import is done")

    people = wait_for_file(lambda: {a.family_name: a for a in attendees(event)} or None, "people in the file",
                           desk=desk)
    assert people["Rossi-Bianchi"].given_name == "Maria"
    assert people["Rossi-Bianchi"].status is Status.REGISTERED
    assert people["Rossi-Bianchi"].email == "maria@uni.example"
    assert {"Otieno", "Dupont"} <= set(people) and "Mwangi" not in people  # dropped by Alt+D
    assert "Weber" not in people  # the out-of-office reply
    desk.key("Escape")
    desk.wait_no_modal()


def test_escape_with_decisions_asks_and_only_discard_closes(start_desk, tmp_path):
    event = empty_event(tmp_path)
    inbox = write_mbox(tmp_path / "Inbox.mbox")
    desk = start_desk(event)
    desk.key("ctrl+i")
    desk.wait_modal(kind="ImportWizard")
    desk.run(f"{WIZARD}.load({str(inbox)!r})")
    desk.wait_until(lambda: desk.state()["focus"]["class"] == "QTableView", "the list of people has the keyboard")
    desk.key("alt+d")  # one decision: work that closing would lose
    desk.sync()
    assert desk.eval(f"{WIZARD}.mail.decided()") == 1
    desk.key("Escape")
    desk.wait_modal(kind="QMessageBox")
    desk.key("Escape")  # the question's Cancel: back to the review, the decision kept
    desk.wait_modal(kind="ImportWizard")
    assert desk.eval(f"{WIZARD}.mail.decided()") == 1
    desk.key("Escape")
    desk.wait_modal(kind="QMessageBox")
    desk.click("(lambda box: next(b for b in box.buttons() if box.standardButton(b) == "
               "box.StandardButton.Discard))(QApplication.activeModalWidget())")
    desk.wait_no_modal()
    assert attendees(event) == []  # closed without importing anything


def test_the_french_desk_decides_with_its_own_letters(start_desk, tmp_path):
    """Alt+A accepts and Alt+R drops (Accepter, Retirer): the desk's own menus (Accueil is Alt+A there) stay
    out of the review's way."""
    event = empty_event(tmp_path)
    inbox = write_mbox(tmp_path / "Inbox.mbox")
    desk = start_desk(event, settings={"ui/language": "fr"})
    desk.key("ctrl+i")
    desk.wait_modal(kind="ImportWizard")
    desk.run(f"{WIZARD}.load({str(inbox)!r})")
    desk.wait_until(lambda: desk.state()["focus"]["class"] == "QTableView", "the list of people has the keyboard")
    assert "Alt+S" in desk.eval(f"{WIZARD}.mail.summary.text()")  # the key named is the French one
    go_to(desk, "Maria")
    desk.key("alt+a")
    desk.sync()
    assert desk.eval(f"{REVIEW}.current_entry().person.decision") == "accept"
    go_to(desk, "Grace Otieno")
    desk.key("alt+r")
    desk.sync()
    assert desk.eval(f"{REVIEW}.current_entry().person.decision") == "drop"
    assert desk.modal()["class"] == "ImportWizard"  # no menu of the desk opened behind the review
