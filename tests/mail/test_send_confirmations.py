"""Confirmations for the whole sample event through a real SMTP server on loopback, read back message by message."""

from __future__ import annotations

from email.utils import parseaddr

import pytest

from checkin.core.models import Status
from checkin.mail.campaign import ALREADY_SENT, make_plan, run_plan
from checkin.mail.messages import MessageBuilder, Sender
from checkin.mail.send_log import SENT, SendLog
from checkin.mail.smtp_sender import SmtpSender, SmtpSettings
from checkin.mail.templates import TemplateSet

from .helpers import inline_qr_code, parts, pdf_text_and_codes

SENDER = Sender("registration@iom.example.org", "IOM Bern registration")


def send_all(session, server, **plan_options):
    templates = TemplateSet.load()
    log = SendLog(session.store)
    plan = make_plan(session.store.attendees(), session.event, templates, log, **plan_options)
    builder = MessageBuilder(session.event, templates, SENDER)
    sender = SmtpSender(SmtpSettings("127.0.0.1", server.port, local_hostname="desk.test"), sleep=lambda s: None)
    with sender:
        result = run_plan(plan, builder, sender, log)
    return plan, result


def test_every_registrant_gets_their_own_code_in_their_language(waitlisted_session, smtp_server) -> None:
    session = waitlisted_session
    _plan, result = send_all(session, smtp_server)
    people = session.store.attendees()
    assert result.stopped_by is None and result.count(SENT) == len(people) == 316

    received = smtp_server.recorder.received
    assert len(received) == len(people)
    by_address = {r.rcpt_tos[0]: r.message for r in received}
    assert len(by_address) == len(people), "somebody got two messages"
    log = SendLog(session.store)
    for person in people:
        message = by_address[person.email]
        assert parseaddr(message["To"])[1] == person.email
        assert message["Content-Language"] == person.language
        assert parseaddr(message["From"])[1] == SENDER.address
        text = parts(message)["text/plain"][0].get_content()
        assert person.given_name in text
        if person.status is Status.WAITLISTED:
            assert "image/png" not in parts(message) and "application/pdf" not in parts(message)
            assert ("waiting list" in message["Subject"]) == (person.language == "en")
            assert ("liste d'attente" in message["Subject"]) == (person.language == "fr")
            assert person.code not in text
            continue
        expected_subject = "confirmed" if person.language == "en" else "confirmée"
        assert expected_subject in message["Subject"]
        assert inline_qr_code(message) == person.code
        (pdf,) = parts(message)["application/pdf"]
        assert pdf.get_filename().endswith(f"{person.code}.pdf")
        entries = log.entries(person.id)
        assert [e.status for e in entries] == [SENT]
        assert entries[0].message_id == message["Message-ID"]


def test_the_attached_ticket_is_the_persons(sample_session, smtp_server) -> None:
    people = sorted(sample_session.attendees(), key=lambda a: a.id)[:3]
    codes = [p.code for p in people]
    send_all(sample_session, smtp_server, resend=codes)
    for person in people:
        (message,) = smtp_server.recorder.to(person.email)
        (pdf,) = parts(message)["application/pdf"]
        text, decoded, (width, height) = pdf_text_and_codes(pdf.get_content())
        assert decoded == [person.code]
        assert round(width / 72 * 25.4) == 210 and round(height / 72 * 25.4) == 297
        flat = " ".join(text.split())
        assert person.family_name in flat and person.organisation.split()[0] in flat
        assert "Maison de la Paix" in flat and "18 October 2018" in flat and "18 octobre 2018" in flat
        assert " ".join(person.code[i:i + 4] for i in range(0, 20, 4)) in flat


def test_running_again_sends_nobody_a_second_copy(sample_session, smtp_server) -> None:
    send_all(sample_session, smtp_server)
    first = len(smtp_server.recorder.received)
    plan, _result = send_all(sample_session, smtp_server)
    assert len(smtp_server.recorder.received) == first
    assert len(plan.skipped(ALREADY_SENT)) == first and not plan.to_send


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_chosen_person_is_sent_again_on_request(sample_session, smtp_server, language) -> None:
    person = next(a for a in sample_session.attendees() if a.language == language)
    send_all(sample_session, smtp_server, resend=[person.code])
    plan, _ = send_all(sample_session, smtp_server, resend=[person.code.lower()[:8] + " " + person.code[8:]])
    assert [i.attendee.id for i in plan.to_send] == [person.id]
    assert len(smtp_server.recorder.to(person.email)) == 2
    assert [e.status for e in SendLog(sample_session.store).entries(person.id)] == [SENT, SENT]
