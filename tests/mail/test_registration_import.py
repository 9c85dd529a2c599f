"""Registration by e-mail, end to end: the corpus in each container, read into the event and read again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from checkin.core.folding import fold
from checkin.core.models import Attendee, Status
from checkin.core.session import EventSession
from checkin.io import import_report as codes
from checkin.mail import plan_values as outcomes
from checkin.mail.registration_plan import (
    LATE_EXTRA,
    MESSAGE_ID_EXTRA,
    SUBJECT_EXTRA,
    apply_mail_import,
    plan_mail_import,
    refresh,
)
from checkin.store import create_event

from .corpus import EVENT, Corpus, build, plain, write_eml_folder, write_maildir, write_mbox

CONTAINERS: dict[str, Callable[[Corpus, Path], Path]] = {
    "mbox": lambda corpus, folder: write_mbox(corpus, folder / "registrations.mbox"),
    "maildir": lambda corpus, folder: write_maildir(corpus, folder / "Maildir"),
    "eml folder": lambda corpus, folder: write_eml_folder(corpus, folder / "dragged out of Outlook"),
}


@pytest.fixture
def session(tmp_path: Path) -> Iterator[EventSession]:
    store = create_event(tmp_path / "conference.checkin", EVENT)
    yield EventSession(store)
    store.close()


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return build()


def _by_name(people: list[Attendee]) -> dict[str, Attendee]:
    return {fold(person.name): person for person in people}


@pytest.mark.parametrize("container", list(CONTAINERS))
def test_every_person_of_the_corpus_lands_with_their_fields_and_status(session, tmp_path, corpus, container) -> None:
    source = CONTAINERS[container](corpus, tmp_path)
    plan = plan_mail_import(session, source)
    apply_mail_import(session, plan)
    found = _by_name(session.attendees())
    assert len(found) == len(corpus.expected), sorted(found)
    for expected in corpus.expected:
        person = found[fold(f"{expected.given_name} {expected.family_name}")]
        actual = {name: getattr(person, name) for name in ("honorific", "given_name", "family_name", "job_title",
                                                            "organisation", "email", "language")}
        assert actual == {"honorific": expected.honorific, "given_name": expected.given_name,
                          "family_name": expected.family_name, "job_title": expected.job_title,
                          "organisation": expected.organisation, "email": expected.email,
                          "language": expected.language}, person.name
        assert person.status is expected.status, person.name
        assert bool(person.group) is expected.grouped, person.name
        assert (LATE_EXTRA in person.extra) is expected.late, person.name
        assert person.extra[MESSAGE_ID_EXTRA].startswith("<") and person.extra[SUBJECT_EXTRA], person.name
        assert person.registered_at is not None and person.code


def test_the_plan_orders_by_arrival_and_says_what_each_message_does(session, tmp_path, corpus) -> None:
    plan = plan_mail_import(session, write_mbox(corpus, tmp_path / "in.mbox"))
    arrivals = [m.reading.received_at for m in plan.messages if m.reading is not None and m.skipped != "duplicate"]
    assert arrivals == sorted(arrivals)
    skipped = {m.reading.subject: m.skipped for m in plan.messages if m.skipped and m.reading is not None}
    assert skipped == {"Automatic reply: Invitation": "auto_reply", "Absence du bureau": "auto_reply",
                       "Register now for our webinar!": "bulk", "Question about interpretation": "question",
                       "Registration question": "question",
                       "Congratulations! Register now to claim your prize": "bulk",
                       "Re: Registration": "own_message",
                       "Registration - Migration and Development conference": "duplicate"}
    outcome = {(p.number, p.reading.name): p.outcome for p in plan.people()}
    names = [name for _, name in outcome]
    assert names.count("Ada Lovelace") == 2 and names.count("Radu Cucos") == 2
    by_name: dict[str, list[str]] = {}
    for (_, name), what in sorted(outcome.items()):
        by_name.setdefault(name, []).append(what)
    assert by_name["Ada Lovelace"] == [outcomes.REGISTERED, outcomes.MERGED]
    assert by_name["Radu Cucos"] == [outcomes.CANCELLED, outcomes.CANCELLED]
    assert by_name["Élodie Favre"] == [outcomes.CANCELLED, outcomes.CANCELLED]
    assert by_name["Nobody Known"] == [outcomes.NOT_FOUND]
    assert by_name["Marco Bianchi"] == by_name["Lena Vogel"] == [outcomes.WAITLISTED]
    assert by_name["Olivia Brown"] == by_name["Luca Ferrari"] == [outcomes.LATE]
    assert by_name["Noor Haddad"] == by_name["Siddharth Rao"] == [outcomes.REGISTERED]
    # The second message of the same person is reported, naming the first.
    (double,) = [p for p in plan.problems if p.code == codes.DOUBLE_SUBMISSION]
    assert plan.person(double.row).reading.name == plan.person(double.other_row).reading.name == "Ada Lovelace"
    assert session.attendees() == []  # a plan writes nothing


def test_reading_the_mailbox_again_changes_nothing_and_keeps_codes_and_check_ins(session, tmp_path, corpus) -> None:
    source = write_maildir(corpus, tmp_path / "Maildir")
    apply_mail_import(session, plan_mail_import(session, source))
    before = {person.id: person for person in session.attendees()}
    ada = next(person for person in before.values() if person.family_name == "Lovelace")
    session.check_in_attendee(ada)
    again = plan_mail_import(session, source)
    assert {p.outcome for p in again.people()} == {outcomes.ALREADY_READ}
    codes_by_name = {p.reading.name: p.code for p in again.people() if p.code}
    assert codes_by_name["Ada Lovelace"] == ada.code and len(codes_by_name) == len(corpus.expected)
    apply_mail_import(session, again)
    after = {person.id: person for person in session.attendees()}
    assert after == before
    assert session.presence()[ada.id].checked_in


def test_what_the_organiser_changed_or_dropped_stays_when_the_mailbox_is_read_again(session, tmp_path, corpus) -> None:
    source = write_mbox(corpus, tmp_path / "in.mbox")
    plan = plan_mail_import(session, source)
    rao = next(p for p in plan.people() if p.reading.name == "Siddharth Rao")
    rao.drop()
    apply_mail_import(session, plan)
    found = _by_name(session.attendees())
    assert "siddharth rao" not in found
    lund = found["anders lund"]
    session.update_attendees([lund.with_changes(job_title="Senior Policy Adviser")])
    apply_mail_import(session, plan_mail_import(session, source))
    found = _by_name(session.attendees())
    assert "siddharth rao" not in found and found["anders lund"].job_title == "Senior Policy Adviser"


def test_a_new_message_in_the_mailbox_adds_only_its_person(session, tmp_path, corpus) -> None:
    folder = write_eml_folder(corpus, tmp_path / "mails")
    apply_mail_import(session, plan_mail_import(session, folder))
    (folder / "zz new.eml").write_bytes(plain(
        "Yuki Tanaka <yuki.tanaka@example.jp>", "Registration", "Fri, 12 Oct 2018 10:00:00 +0200",
        "Dear organisers,\n\nI would like to register.\n\nBest regards,\nYuki Tanaka\nProfessor\nKyoto University\n",
        message_id="<tanaka@example.jp>"))
    plan = plan_mail_import(session, folder)
    changed = [(p.reading.name, p.outcome) for p in plan.people()
               if p.outcome != outcomes.ALREADY_READ]
    assert changed == [("Yuki Tanaka", outcomes.LATE)]


def test_unsure_people_are_left_out_unless_accepted_and_corrections_are_used(session, tmp_path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    # Only an address to go by: a name made from it is a guess.
    (folder / "guess.eml").write_bytes(plain(
        "jean.dupont@example.fr", "Inscription", "Mon, 1 Oct 2018 10:00:00 +0200",
        "Bonjour, je souhaite m'inscrire.\n", message_id="<dupont@example.fr>"))
    plan = plan_mail_import(session, folder)
    (person,) = plan.people()
    assert person.reading.unsure and set(person.reading.unsure_fields) == {"given_name", "family_name"}
    assert person.outcome == outcomes.LEFT_OUT
    apply_mail_import(session, plan)
    assert session.attendees() == []
    person.drop()
    refresh(session, plan)
    assert person.outcome == outcomes.DROPPED
    person.accept({"given_name": "Jean", "family_name": "Dupont-Moretti"})
    refresh(session, plan)
    assert person.outcome == outcomes.REGISTERED
    apply_mail_import(session, plan)
    (stored,) = session.attendees()
    assert (stored.name, stored.email, stored.language) == ("Jean Dupont-Moretti", "jean.dupont@example.fr", "fr")
    (again,) = plan_mail_import(session, folder).people()  # decided once: read again, it changes nothing
    assert again.outcome == outcomes.ALREADY_READ and again.code == stored.code


def test_several_people_of_one_message_share_a_group_named_for_their_organisation(session, tmp_path, corpus) -> None:
    apply_mail_import(session, plan_mail_import(session, write_mbox(corpus, tmp_path / "in.mbox")))
    groups: dict[str, set[str]] = {}
    for person in session.attendees():
        if person.group:
            groups.setdefault(person.group, set()).add(person.family_name)
    assert groups == {
        "Mission permanente du Sénégal": {"Diallo", "Ndiaye"},
        "Ständige Vertretung Deutschlands": {"Müller", "Schmidt"},
        "sofia.lopes@portugal-mission.example": {"Fernandes", "Lopes"},
        "lars.berg@norway-mission.example": {"Hansen", "Berg", "Nordmann"},
        "office@austria-mission.example": {"Huber", "Gruber"},
    }


def test_a_cancellation_in_a_later_read_cancels_the_person_already_in_the_event(session, tmp_path, corpus) -> None:
    first = tmp_path / "first"
    first.mkdir()
    (first / "1.eml").write_bytes(corpus.mails[0].raw)
    apply_mail_import(session, plan_mail_import(session, first))
    (ada,) = session.attendees()
    second = tmp_path / "second"
    second.mkdir()
    (second / "2.eml").write_bytes(plain(
        "Ada Lovelace <ada@engines.example>", "Cancellation", "Mon, 8 Oct 2018 10:00:00 +0200",
        "Dear organisers,\n\nI am afraid I can no longer attend.\n\nRegards,\nAda Lovelace\n",
        message_id="<ada-cancel@engines.example>", extra=(("Reply-To", "ada.lovelace@engines.example"),)))
    plan = plan_mail_import(session, second)
    (person,) = plan.people()
    assert person.outcome == outcomes.CANCELLED and person.code == ada.code
    apply_mail_import(session, plan)
    assert session.attendees()[0].status is Status.CANCELLED and session.attendees()[0].code == ada.code


def test_progress_counts_the_messages_and_a_cancel_leaves_the_event_untouched(session, tmp_path, corpus) -> None:
    from checkin.io.import_report import ImportCancelled

    source = write_mbox(corpus, tmp_path / "in.mbox")
    calls: list[tuple[int, int]] = []
    plan_mail_import(session, source, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(corpus.mails), len(corpus.mails))

    def cancel(done: int, total: int) -> None:
        raise ImportCancelled

    with pytest.raises(ImportCancelled):
        plan_mail_import(session, source, progress=cancel)
    assert session.attendees() == []


def test_registering_again_after_cancelling_brings_the_person_back(session, tmp_path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    for number, (day, words) in enumerate([(1, "I would like to register."), (2, "I can no longer attend."),
                                           (3, "Good news: I can come after all, please register me again.")]):
        (folder / f"{number}.eml").write_bytes(plain(
            "Ann Lee <ann.lee@example.org>", "Conference", f"Mon, {day} Oct 2018 10:00:00 +0200",
            f"Dear organisers,\n\n{words}\n\nBest regards,\nAnn Lee\n", message_id=f"<lee-{number}@example.org>"))
    plan = plan_mail_import(session, folder)
    assert [p.cancels for p in plan.people()] == [False, True, False]
    apply_mail_import(session, plan)
    (ann,) = session.attendees()
    assert ann.status is Status.REGISTERED and ann.extra[MESSAGE_ID_EXTRA] == "<lee-2@example.org>"


def test_a_message_the_reader_trips_on_is_named_and_the_others_imported(session, tmp_path, corpus,
                                                                        monkeypatch) -> None:
    from checkin.mail import mail_planning

    folder = write_eml_folder(corpus, tmp_path / "mails")
    real = mail_planning.read_message

    def tripping(raw: bytes):
        if b"<rao@graduateinstitute.example>" in raw:
            raise TypeError("a fault of the reader")
        return real(raw)

    monkeypatch.setattr(mail_planning, "read_message", tripping)
    plan = plan_mail_import(session, folder)
    (tripped,) = [m for m in plan.messages if m.skipped == "reader_failed"]
    assert tripped.detail == "TypeError" and "clock is twelve years ahead" in tripped.where
    apply_mail_import(session, plan)
    assert len(session.attendees()) == len(corpus.expected) - 1


def test_a_late_message_from_someone_registered_updates_them_and_takes_no_seat_away(session, tmp_path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    for number, (day, title) in enumerate([(1, "Analyst"), (15, "Chief Analyst")]):
        (folder / f"{number}.eml").write_bytes(plain(
            "Ann Lee <ann.lee@example.org>", "Conference", f"Mon, {day} Oct 2018 10:00:00 +0200",
            f"I would like to register.\n\nBest regards,\nAnn Lee\n{title}\nWorld Bank\n",
            message_id=f"<late-{number}@example.org>"))
    apply_mail_import(session, plan_mail_import(session, folder / "0.eml"))
    plan = plan_mail_import(session, folder)
    assert [p.outcome for p in plan.people()] == [outcomes.ALREADY_READ, outcomes.UPDATED]
    apply_mail_import(session, plan)
    (ann,) = session.attendees()
    assert (ann.status, ann.job_title, LATE_EXTRA in ann.extra) == (Status.REGISTERED, "Chief Analyst", False)


def test_an_assistant_cancels_her_ambassador_not_herself(session, tmp_path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    sender = "Sofia Lopes <sofia.lopes@portugal-mission.example>"
    (folder / "1.eml").write_bytes(plain(
        sender, "Registration", "Mon, 1 Oct 2018 10:00:00 +0200",
        "I would like to register Ambassador Maria FERNANDES and myself.\n\nBest regards,\nSofia Lopes\n",
        message_id="<reg@portugal-mission.example>"))
    (folder / "2.eml").write_bytes(plain(
        sender, "Cancellation", "Tue, 2 Oct 2018 10:00:00 +0200",
        "Unfortunately the Ambassador cannot attend after all. Please cancel the registration of Ambassador "
        "Maria Fernandes.\n\nBest regards,\nSofia Lopes\n", message_id="<cancel@portugal-mission.example>"))
    apply_mail_import(session, plan_mail_import(session, folder))
    statuses = {person.name: person.status for person in session.attendees()}
    assert statuses == {"Maria Fernandes": Status.CANCELLED, "Sofia Lopes": Status.REGISTERED}


def test_a_purge_forgets_which_messages_were_read(session, tmp_path, corpus) -> None:
    from datetime import UTC, datetime

    from checkin.core.purge import purge_event
    from checkin.mail.plan_values import READ_SETTING

    apply_mail_import(session, plan_mail_import(session, write_mbox(corpus, tmp_path / "in.mbox")))
    assert "<form-ada@engines.example>" in session.store.get_setting(READ_SETTING)
    purge_event(session.store, datetime.now(UTC))
    assert session.store.get_setting(READ_SETTING) is None
