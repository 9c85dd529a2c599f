"""People who registered by e-mail get their ticket or waitlist notice as a reply, in their language."""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import parseaddr
from pathlib import Path

import pytest

from checkin.core.models import Status
from checkin.core.session import EventSession
from checkin.mail.campaign import make_plan, run_plan
from checkin.mail.messages import MessageBuilder, Sender
from checkin.mail.registration_plan import apply_mail_import, plan_mail_import
from checkin.mail.registration_reading import read_message
from checkin.mail.send_log import SENT, SendLog
from checkin.mail.smtp_sender import SmtpSender, SmtpSettings
from checkin.mail.templates import TemplateSet
from checkin.store import create_event

from .corpus import EVENT, ORGANISER, build, write_maildir
from .helpers import inline_qr_code, parts

WORDS = {  # (a confirmation's words, a waitlist notice's words) in each language
    "en": ("Your place is confirmed", "waiting list"),
    "fr": ("Votre place est confirmée", "liste d'attente"),
    "de": ("Ihr Platz ist bestätigt", "Warteliste"),
    "it": ("Il Suo posto è confermato", "lista d'attesa"),
}


@pytest.fixture
def session(tmp_path: Path) -> Iterator[EventSession]:
    store = create_event(tmp_path / "conference.checkin", EVENT)
    yield EventSession(store)
    store.close()


def test_confirmations_answer_the_registration_message_in_its_language(session, tmp_path, smtp_server) -> None:
    corpus = build()
    apply_mail_import(session, plan_mail_import(session, write_maildir(corpus, tmp_path / "Maildir")))
    originals = {}
    for mail in corpus.mails:
        reading = read_message(mail.raw)
        originals[reading.message_id] = reading
    templates = TemplateSet.load()
    log = SendLog(session.store)
    plan = make_plan(session.store.attendees(), session.event, templates, log)
    settings = SmtpSettings("127.0.0.1", smtp_server.port, local_hostname="desk.test")
    sender = SmtpSender(settings, sleep=lambda s: None)
    with sender:
        builder = MessageBuilder(session.event, templates, Sender(ORGANISER, "Registration"))
        result = run_plan(plan, builder, sender, log)
    people = [person for person in session.attendees() if person.status is not Status.CANCELLED]
    assert result.count(SENT) == len(people) == 22
    received: dict[tuple[str, str, str], object] = {}
    for each in smtp_server.recorder.received:  # a delegation shares one mailbox and one message: the name tells
        received[(each.rcpt_tos[0], each.message["In-Reply-To"], parseaddr(str(each.message["To"]))[0])] = each.message
    assert len(received) == len(people)
    languages_seen = set()
    for person in people:
        answered = person.extra["E-mail Message-ID"]
        message = received[(person.email, answered, person.name)]
        original = originals[answered]
        assert message["References"] == answered
        subject = str(message["Subject"])
        expected = original.subject if original.subject.lower().startswith("re:") else f"Re: {original.subject}"
        assert subject == expected, person.name
        assert message["Content-Language"] == person.language
        text = parts(message)["text/plain"][0].get_content()
        confirmed, waiting = WORDS[person.language]
        if person.status is Status.WAITLISTED:
            assert waiting in text and person.code not in text and "application/pdf" not in parts(message)
        else:
            assert confirmed in text and inline_qr_code(message) == person.code
        languages_seen.add((person.language, person.status))
    assert {("de", Status.WAITLISTED), ("de", Status.REGISTERED), ("it", Status.WAITLISTED),
            ("fr", Status.WAITLISTED), ("en", Status.WAITLISTED), ("en", Status.REGISTERED)} <= languages_seen


def test_a_test_send_to_the_organiser_is_no_reply(session, tmp_path) -> None:
    corpus = build()
    apply_mail_import(session, plan_mail_import(session, write_maildir(corpus, tmp_path / "Maildir")))
    person = next(p for p in session.attendees() if p.family_name == "Weiß")
    builder = MessageBuilder(session.event, TemplateSet.load(), Sender(ORGANISER))
    assert builder.build(person, "confirmation", "de")["In-Reply-To"] == "<CAJ0weiss@sem.example>"
    test_send = builder.build(person, "confirmation", "de", to=ORGANISER)
    assert test_send["In-Reply-To"] is None and "bestätigt" in str(test_send["Subject"])
