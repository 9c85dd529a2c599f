"""The review of registration e-mails: decisions written into the plan, unsure people holding the import back,
the words of each field found and highlighted in the message as shown.

The model's logic runs over readings made by hand (so a better extractor never changes what is tested here);
the widget and the wizard run over a real mbox, .eml files and a Maildir read by `checkin.mail`.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from checkin.core.models import Status
from checkin.io import mailboxes
from checkin.mail import plan_values as plan_codes
from checkin.mail import registration_plan
from checkin.mail.plan_values import MailImportPlan, PlannedMessage, PlannedPerson
from checkin.mail.readings import FieldReading, Kind, MessageReading, PersonReading
from checkin.sample import sample_event_facts
from checkin.store import create_event
from checkin.ui.dialogs.import_wizard import ImportWizard
from checkin.ui.evidence_spans import evidence_span
from checkin.ui.import_sources import source_of
from checkin.ui.models.mail_review import (
    BECOMES,
    CHECK,
    DECISION,
    Decision,
    MailReviewModel,
    entries_of,
    evidence_of,
)
from checkin.ui.widgets.mail_review import MailReview
from tests.ui.mail_corpus import write_eml_folder, write_maildir, write_mbox

TEXT = "Dear organisers,\n\nplease register our delegation:\nMs Grace\nOtieno, First Secretary\n\nRegards"


def field(text: str, words: str, confidence: float = 0.95, where: str = "text") -> FieldReading:
    return FieldReading(words, confidence, words, text.find(words) if where == "text" else -1, where)


def hand_made_plan() -> MailImportPlan:
    """One message of two people (one sure, one with an unsure family name) and an auto-reply."""
    sure = PersonReading({"given_name": field(TEXT, "Grace"), "job_title": field(TEXT, "First Secretary"),
                          "family_name": FieldReading("Otieno", 0.9, "Otieno", TEXT.find("Otieno")),
                          "email": field(TEXT, "mission@kenya.example", 0.8, "from")})
    unsure = PersonReading({"given_name": field(TEXT, "Ms Grace", 0.9),
                            "family_name": FieldReading("Delegation", 0.3, "delegation", TEXT.find("delegation"))})
    reading = MessageReading("<k@x>", datetime(2018, 10, 2, 6, 45, tzinfo=UTC), None, "mission@kenya.example",
                             "Mission of Kenya", "Registration", "en", TEXT, Kind.REGISTRATION,
                             people=(sure, unsure))
    away = MessageReading("<a@x>", None, None, "bob@example.org", "Bob", "Out of office", "en",
                          "Back on Monday.", Kind.AUTO_REPLY)
    message = PlannedMessage("1", "inbox.mbox, message 1", reading,
                             people=[PlannedPerson(1, "1", sure, outcome=plan_codes.REGISTERED),
                                     PlannedPerson(2, "1", unsure, outcome=plan_codes.LEFT_OUT)])
    return MailImportPlan("inbox.mbox", [message, PlannedMessage("2", "inbox.mbox, message 2", away,
                                                                skipped=plan_codes.SKIP_AUTO_REPLY)])


@pytest.fixture
def empty_event(context, tmp_path: Path):
    path = tmp_path / "new.checkin"
    create_event(path, sample_event_facts()).close()
    context.open(path)
    return context


# -- the model's logic -----------------------------------------------------------------------------
def test_an_unsure_person_waits_for_a_decision_and_each_decision_lands_in_the_plan(qapp):
    plan = hand_made_plan()
    model = MailReviewModel()
    model.set_entries(entries_of(plan))
    sure, unsure = plan.people()
    assert model.rowCount() == 3 and model.waiting_rows() == [1]
    assert model.data(model.index(1, DECISION)) == "To decide"
    assert model.data(model.index(1, CHECK)) == "Unsure: Family name"
    assert model.data(model.index(1, CHECK), Qt.ItemDataRole.DecorationRole) is not None  # an icon beside
    assert model.data(model.index(0, DECISION)) == "Import as read" and sure.taken
    assert model.data(model.index(2, BECOMES)) == "Not a registration: automatic reply"
    assert model.counts() == {"people": 2, "taken": 1, "dropped": 0, "corrected": 0, "waiting": 1,
                              "already": 0, "not_registrations": 1}

    model.correct(1, "family_name", "  Otieno ")
    assert unsure.decision == plan_codes.ACCEPT and unsure.corrections == {"family_name": "Otieno"}
    assert model.waiting_rows() == [] and model.entries[1].decision is Decision.CORRECT
    assert model.data(model.index(1, DECISION)) == "Corrected" and unsure.taken
    model.correct(1, "family_name", "Delegation")  # typed back as read: no correction left, still accepted
    assert unsure.corrections == {} and model.entries[1].decision is Decision.ACCEPT
    model.undecide(1)
    assert unsure.decision == plan_codes.AUTO and model.waiting_rows() == [1] and not unsure.taken
    model.drop(0)
    model.drop(2)  # an auto-reply has nobody to drop
    assert sure.decision == plan_codes.DROP and not sure.taken
    assert model.counts()["dropped"] == 1 and model.counts()["not_registrations"] == 1
    model.accept(1)
    assert unsure.taken and model.waiting_rows() == []


def test_the_words_of_each_field_are_placed_in_the_text_and_the_from_line(qapp):
    plan = hand_made_plan()
    entries = entries_of(plan)
    sender_line = "Mission of Kenya <mission@kenya.example>"
    found = {e.field: e for e in evidence_of(entries[0], sender_line)}
    assert {name: TEXT[e.start:e.end] for name, e in found.items() if e.where == "text"} == {
        "given_name": "Grace", "family_name": "Otieno", "job_title": "First Secretary"}
    email = found["email"]
    assert email.where == "from" and sender_line[email.start:email.end] == "mission@kenya.example"
    assert not any(e.unsure for e in found.values())
    (given, family) = evidence_of(entries[1], sender_line)
    assert TEXT[given.start:given.end] == "Ms Grace" and not given.unsure
    assert TEXT[family.start:family.end] == "delegation" and family.unsure


def test_words_moved_by_decoding_are_still_found_across_a_line_break(qapp):
    assert evidence_span(TEXT, "Grace Otieno") == (TEXT.find("Grace"), TEXT.find("Otieno") + len("Otieno"))
    start = TEXT.find("First Secretary")
    assert evidence_span(TEXT, "FIRST secretary") == (start, start + len("First Secretary"))  # case: second try
    assert evidence_span(TEXT, "Ambassador") is None and evidence_span(TEXT, "  ") is None
    stale = PersonReading({"family_name": FieldReading("Otieno", 0.9, "Grace Otieno", 3)})  # offset off
    reading = hand_made_plan().messages[0].reading
    entry = entries_of(MailImportPlan("x", [PlannedMessage("1", "x", reading,
                                                           people=[PlannedPerson(1, "1", stale)])]))[0]
    (placed,) = evidence_of(entry, "")
    assert TEXT[placed.start:placed.end] == "Grace\nOtieno"


# -- the widget --------------------------------------------------------------------------------------
def test_the_message_shows_each_field_highlighted_and_the_unsure_one_marked_in_words(qtbot):
    review = MailReview()
    qtbot.addWidget(review)
    plan = hand_made_plan()
    review.set_entries(entries_of(plan))
    assert review.current_entry().person is plan.people()[1]  # the first one to decide is shown first
    assert review.highlighted() == {"given_name": ("Ms Grace", False), "family_name": ("delegation", True)}
    assert not review.marks["family_name"].isHidden() and review.marks["family_name"].text() == "unsure: check it"
    assert review.marks["given_name"].isHidden()
    text = review.message.toPlainText()
    assert text.startswith("From: Mission of Kenya <mission@kenya.example>\n") and "Subject: Registration" in text
    assert text.count("⚠") == 1 and "register our ⚠delegation:" in text  # a sign, not only a colour
    review.select(0)
    assert review.highlighted() == {"given_name": ("Grace", False), "family_name": ("Otieno", False),
                                    "job_title": ("First Secretary", False),
                                    "email": ("mission@kenya.example", False)}
    assert all(mark.isHidden() for mark in review.marks.values())
    review.select(2)
    assert review.highlighted() == {} and not review.editors["family_name"].isEnabled()
    assert review.decision.text() == "Not a registration: automatic reply"


def test_a_correction_typed_in_a_field_accepts_the_person_with_it(qtbot):
    review = MailReview()
    qtbot.addWidget(review)
    review.show()
    plan = hand_made_plan()
    review.set_entries(entries_of(plan))
    editor = review.editors["family_name"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Otieno-Wanjiru")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    person = plan.people()[1]
    assert person.corrections == {"family_name": "Otieno-Wanjiru"} and person.decision == plan_codes.ACCEPT
    assert review.marks["family_name"].isHidden()  # corrected: nothing left to check there
    assert review.model.waiting_rows() == []
    review.drop_button.click()  # (Alt+D, typed for real in tests/desk/test_mail_review.py)
    assert person.decision == plan_codes.DROP and review.model.entries[1].decision is Decision.DROP


# -- the wizard over real mail sources -----------------------------------------------------------------
def read(qtbot, wizard: ImportWizard, start) -> object:
    with qtbot.waitSignal(wizard.mail.read_done, timeout=20_000) as blocker:
        start()
    return blocker.args[0]


def row_of(wizard: ImportWizard, name: str) -> int:
    entries = wizard.mail.review.model.entries
    return next(row for row, entry in enumerate(entries) if entry.person is not None and entry.name == name)


def test_an_mbox_is_read_in_the_background_and_import_waits_for_the_unsure(qtbot, empty_event, tmp_path):
    inbox = write_mbox(tmp_path / "Inbox.mbox")
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    progressed: list[tuple[int, int]] = []
    plan = read(qtbot, wizard, lambda: wizard.load(inbox).progressed.connect(
        lambda done, total: progressed.append((done, total))))
    assert isinstance(plan, MailImportPlan) and len(plan.messages) == 6
    assert progressed and progressed[-1][0] == progressed[-1][1] == 6  # what the progress bar was given
    assert wizard.pages.currentWidget() is wizard.mail and wizard.sheets.isHidden()
    model = wizard.mail.review.model
    waiting = model.waiting_rows()
    assert waiting and row_of(wizard, "Maria") in waiting  # a single name: no family name to be sure of
    assert not wizard.import_button.isEnabled()
    assert "Waiting for your decision" in wizard.mail.summary.text()
    assert wizard.start_import() is None  # not even called directly
    for row in waiting:
        model.accept(row)
    maria = row_of(wizard, "Maria")
    model.correct(maria, "given_name", "Maria")
    model.correct(maria, "family_name", "Rossi")
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled())
    assert "Waiting for your decision" not in wizard.mail.summary.text()
    with qtbot.waitSignal(wizard.mail.imported, timeout=20_000) as blocker:
        wizard.import_button.click()
    report = blocker.args[0]
    assert report.plan is plan and not wizard.import_button.isEnabled()
    people = {a.family_name: a for a in empty_event.session.store.attendees()}
    assert people["Rossi"].given_name == "Maria" and people["Rossi"].status is Status.REGISTERED
    assert people["Otieno"].group and people["Otieno"].group == people["Mwangi"].group  # one delegation
    assert "Weber" not in people  # the auto-reply registers nobody
    assert "(messages read: 6)" in wizard.mail.summary.text()


def test_a_dropped_unsure_person_stays_out_of_the_event(qtbot, empty_event, tmp_path):
    paths = write_eml_folder(tmp_path / "dragged")
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    plan = read(qtbot, wizard, lambda: wizard.load(paths[1:4]))  # several .eml files chosen together
    assert len(plan.messages) == 3 and wizard.file.text() == f"{paths[1]} (+2)"
    model = wizard.mail.review.model
    for row in model.waiting_rows():
        model.drop(row)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled())
    with qtbot.waitSignal(wizard.mail.imported, timeout=20_000):
        wizard.start_import()
    names = {a.name for a in empty_event.session.store.attendees()}
    assert "Maria" not in " ".join(names) and {"Peter Mwangi", "Grace Otieno"} <= names


def test_e_mails_dropped_on_the_wizard_or_the_window_are_read(qtbot, window, monkeypatch, tmp_path):
    maildir = write_maildir(tmp_path / "Maildir")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(maildir))])

    def drop_event() -> QDropEvent:
        return QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)

    wizard = ImportWizard(window.context)
    qtbot.addWidget(wizard)
    plan = read(qtbot, wizard, lambda: wizard.dropEvent(drop_event()))
    assert len(plan.messages) == 6 and wizard.pages.currentWidget() is wizard.mail

    entering = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier)
    entering.ignore()
    window.dragEnterEvent(entering)
    assert entering.isAccepted()  # the window takes the Maildir: the pointer says it may be dropped
    pdf = QMimeData()
    (tmp_path / "programme.pdf").write_bytes(b"%PDF-1.4")
    pdf.setUrls([QUrl.fromLocalFile(str(tmp_path / "programme.pdf"))])
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, pdf, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()
    opened: list[object] = []
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda cls, context, path=None, parent=None:
                                                         opened.append(path)))
    window.dropEvent(drop_event())
    emls = write_eml_folder(tmp_path / "emls")[:2]
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in emls])
    window.dropEvent(drop_event())
    assert opened == [maildir, emls]


def test_what_is_neither_a_list_nor_mail_is_not_taken(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.pdf").write_bytes(b"%PDF-1.4")
    assert source_of([tmp_path / "notes"]) is None
    assert source_of([tmp_path / "notes" / "a.pdf"]) is None
    sheet = tmp_path / "list.xlsx"
    assert source_of([sheet]).is_mail is False
    emls = write_eml_folder(tmp_path / "emls")
    assert source_of([emls[0], sheet]) is None  # a mix is no one import
    assert source_of(emls).paths == tuple(emls) and source_of([tmp_path / "emls"]).is_mail


def test_stopping_the_reading_leaves_nothing_to_import(qtbot, empty_event, monkeypatch, tmp_path):
    gate = threading.Event()
    real_read = mailboxes.read_mail_source

    def held_read(path):
        for number, item in enumerate(real_read(path)):
            if number == 2:
                gate.wait(20)  # the worker waits here, two messages read, until the test has pressed Stop
            yield item

    monkeypatch.setattr(mailboxes, "read_mail_source", held_read)
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    wizard.load(write_mbox(tmp_path / "inbox.mbox"))
    assert not wizard.stop_button.isHidden() and not wizard.import_button.isEnabled()
    with qtbot.waitSignal(wizard.mail.read_done, timeout=20_000) as blocker:
        wizard.stop_button.click()
        gate.set()
    assert blocker.args == [None] and wizard.mail.plan is None
    assert wizard.mail.summary.text() == "Stopped reading; nothing was imported."
    assert wizard.stop_button.isHidden() and not wizard.import_button.isEnabled()
    assert empty_event.session.store.attendees() == []


def test_a_drop_frees_a_seat_and_the_list_says_who_takes_it(qtbot, context, tmp_path):
    path = tmp_path / "small.checkin"
    create_event(path, sample_event_facts().with_changes(capacity=2)).close()
    context.open(path)
    paths = write_eml_folder(tmp_path / "emls")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    read(qtbot, wizard, lambda: wizard.load(paths[0:4]))  # Smith, Dupont, Maria, the Kenyan delegation
    model = wizard.mail.review.model
    for row in model.waiting_rows():
        model.accept(row)
    maria = row_of(wizard, "Maria")
    qtbot.waitUntil(lambda: model.data(model.index(maria, BECOMES)) == "Waiting list")  # third in line
    assert model.data(model.index(row_of(wizard, "Anne Dupont"), BECOMES)) == "Registered"
    model.drop(row_of(wizard, "John Smith"))  # the first to write: his seat goes to the next in line
    qtbot.waitUntil(lambda: model.data(model.index(maria, BECOMES)) == "Registered")
    becomes = {entry.name: model.data(model.index(row, BECOMES)) for row, entry in enumerate(model.entries)}
    assert becomes["John Smith"] == "Dropped" and becomes["Grace Otieno"] == "Waiting list"
    with qtbot.waitSignal(wizard.mail.imported, timeout=20_000):
        wizard.start_import()
    stored = {a.family_name: a.status for a in context.session.store.attendees()}
    maria_status = next(a.status for a in context.session.store.attendees() if a.email == "maria@uni.example")
    assert "Smith" not in stored and stored["Dupont"] is maria_status is Status.REGISTERED
    assert stored["Otieno"] is stored["Mwangi"] is Status.WAITLISTED
    assert context.last_import is not None and context.last_import.counts()["added"] == len(stored)


def test_a_message_that_cannot_be_read_is_listed_and_an_empty_mailbox_is_said(qtbot, empty_event, tmp_path):
    paths = write_eml_folder(tmp_path / "emls")[:1]
    garbage = tmp_path / "emls" / "99-garbage.eml"
    garbage.write_bytes(b"\x00\x01\x02 not an e-mail \xff" * 40)
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    read(qtbot, wizard, lambda: wizard.load([*paths, garbage]))
    model = wizard.mail.review.model
    last = model.entries[-1]
    assert last.person is None and model.data(model.index(len(model.entries) - 1, BECOMES)).startswith(
        "Not a registration")
    empty = write_maildir(tmp_path / "EmptyMaildir", [])
    failure = read(qtbot, wizard, lambda: wizard.load(empty))
    assert failure.code == "empty_mailbox"
    assert wizard.mail.summary.text() == f"{empty}: a mailbox with no message in it"
    assert not wizard.import_button.isEnabled() and model.rowCount() == 0


def test_closing_with_decisions_not_imported_asks_first(qtbot, empty_event, monkeypatch, tmp_path):
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    wizard.show()
    read(qtbot, wizard, lambda: wizard.load(write_mbox(tmp_path / "inbox.mbox")))
    asked: list[int] = []
    answer = [False]
    monkeypatch.setattr(wizard.mail, "ask_discard", lambda decided: asked.append(decided) or answer[0])
    wizard.reject()
    assert asked == [] and not wizard.isVisible()  # nothing decided: nothing to lose
    wizard.show()
    wizard.mail.review.model.drop(0)
    wizard.mail.review.model.accept(1)
    wizard.reject()
    assert asked == [2] and wizard.isVisible()  # kept open: the organiser said Cancel
    answer[0] = True
    wizard.reject()
    assert not wizard.isVisible()


def test_reading_the_same_mailbox_again_shows_who_was_imported_and_asks_nothing(qtbot, empty_event, tmp_path):
    inbox = write_mbox(tmp_path / "Inbox.mbox")
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    read(qtbot, wizard, lambda: wizard.load(inbox))
    model = wizard.mail.review.model
    for row in model.waiting_rows():
        model.accept(row)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled())
    with qtbot.waitSignal(wizard.mail.imported, timeout=20_000):
        wizard.start_import()
    before = sorted((a.name, a.status) for a in empty_event.session.store.attendees())

    again = ImportWizard(empty_event)
    qtbot.addWidget(again)
    read(qtbot, again, lambda: again.load(inbox))
    model = again.mail.review.model
    people = [row for row, entry in enumerate(model.entries) if entry.person is not None]
    assert people and all(model.data(model.index(row, BECOMES)) == "Imported before, from this message"
                          for row in people)
    assert model.waiting_rows() == [] and again.import_button.isEnabled()  # nothing left to decide
    model.drop(people[0])  # a decision about someone imported before changes nothing
    assert model.entries[people[0]].decision is Decision.NONE
    assert model.counts()["taken"] == 0 and model.counts()["already"] == len(people)
    with qtbot.waitSignal(again.mail.imported, timeout=20_000):
        again.start_import()
    assert sorted((a.name, a.status) for a in empty_event.session.store.attendees()) == before


def test_outcomes_worked_out_before_the_last_decision_are_not_shown(qtbot, context, monkeypatch, tmp_path):
    path = tmp_path / "small.checkin"
    create_event(path, sample_event_facts().with_changes(capacity=2)).close()
    context.open(path)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    read(qtbot, wizard, lambda: wizard.load(write_eml_folder(tmp_path / "emls")[0:4]))
    model, page = wizard.mail.review.model, wizard.mail
    for row in model.waiting_rows():
        model.accept(row)
    smith, maria = row_of(wizard, "John Smith"), row_of(wizard, "Maria")
    qtbot.waitUntil(lambda: model.data(model.index(maria, BECOMES)) == "Waiting list")
    qtbot.waitUntil(lambda: page.refreshing is None)

    gate = threading.Event()
    real_refresh = registration_plan.refresh

    def held_refresh(session, plan):
        gate.wait(20)  # the organiser decides again while this one is being worked out
        return real_refresh(session, plan)

    monkeypatch.setattr(registration_plan, "refresh", held_refresh)
    model.drop(smith)
    page.refresh()  # now, not after the pause
    assert page.refreshing is not None
    model.undecide(smith)  # changed their mind: Smith keeps his seat
    shown: list[str] = []
    page.outcomes_shown.connect(lambda: shown.append(model.data(model.index(maria, BECOMES))))
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    qtbot.waitUntil(lambda: page.refreshing is None)
    assert set(shown) == {"Waiting list"}  # the drop's outcomes (Maria registered) were never shown
    assert model.data(model.index(smith, BECOMES)) == "Registered"


def test_every_reason_a_message_registers_nobody_has_words_at_the_desk() -> None:
    from checkin.mail import plan_values
    from checkin.ui.models.mail_review import SKIPPED_WORDS

    reasons = {value for name, value in vars(plan_values).items() if name.startswith("SKIP_")}
    assert reasons and reasons <= set(SKIPPED_WORDS)


def test_every_reason_an_import_is_refused_has_words_in_the_import_window() -> None:
    from checkin.io import import_report
    from checkin.ui.import_words import _FAILURES

    # The failure codes are the ones listed between NOT_FOUND and the cancellations question.
    names = list(vars(import_report))
    failures = names[names.index("NOT_FOUND"):names.index("CONFIRM_CANCELLATIONS")]
    assert "OUTLOOK_MSG" in failures
    assert {getattr(import_report, name) for name in failures} <= set(_FAILURES)
