"""Bad input and faults: every one gives a clear reason, the batch goes on, nobody gets a second copy."""

from __future__ import annotations

import ssl

import pytest

from checkin.mail.campaign import BAD_EMAIL, NO_EMAIL, make_plan, run_plan
from checkin.mail.messages import MessageBuilder, Sender
from checkin.mail.send_log import FAILED, SENT, SKIPPED, SendLog
from checkin.mail.smtp_sender import (
    AUTH,
    DISCONNECTED,
    HOST_NOT_FOUND,
    REFUSED,
    STARTTLS_UNSUPPORTED,
    Security,
    SmtpError,
    SmtpSender,
    SmtpSettings,
)
from checkin.mail.templates import TemplateSet

from .smtp_server import Authenticator, LocalServer, Recorder, self_signed, server_tls_context

SENDER = Sender("registration@iom.example.org", "IOM Bern registration")


class Pauses(list):
    """Stands in for time.sleep: remembers each pause instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def first_people(session, count: int):
    return sorted(session.store.attendees(), key=lambda a: a.id)[:count]


def run(session, port, people, *, pauses=None, settings=None, retries=3, clock=None, **plan_options):
    templates = TemplateSet.load()
    log = SendLog(session.store)
    plan = make_plan(people, session.event, templates, log, **plan_options)
    sender = SmtpSender(settings or SmtpSettings("127.0.0.1", port, local_hostname="desk.test"),
                        sleep=pauses if pauses is not None else Pauses(), retries=retries)
    try:
        return plan, run_plan(plan, MessageBuilder(session.event, templates, SENDER), sender, log,
                              **({"clock": clock} if clock else {}))
    finally:
        sender.close()


def test_a_dropped_connection_mid_batch_is_resumed_without_duplicates(sample_session, smtp_server) -> None:
    smtp_server.recorder.drop_at_data = {4, 5}
    people = first_people(sample_session, 8)
    pauses = Pauses()
    _, result = run(sample_session, smtp_server.port, people, pauses=pauses)
    assert result.count(SENT) == 8 and result.stopped_by is None
    delivered = [r.rcpt_tos[0] for r in smtp_server.recorder.received]
    assert sorted(delivered) == sorted(p.email for p in people)
    assert pauses == [5.0, 10.0], "two retries of the fourth message, backing off"


def test_a_server_that_goes_away_stops_the_batch_and_a_rerun_sends_only_the_rest(sample_session, tmp_path) -> None:
    recorder = Recorder()
    server = LocalServer(recorder).start()
    people = first_people(sample_session, 10)
    delivered = 0

    def progress_stop(done, total, outcome):
        nonlocal delivered
        delivered += 1
        if delivered == 4:
            server.stop()  # the server dies after the fourth message

    templates = TemplateSet.load()
    log = SendLog(sample_session.store)
    plan = make_plan(people, sample_session.event, templates, log)
    pauses = Pauses()
    sender = SmtpSender(SmtpSettings("127.0.0.1", server.port, local_hostname="desk.test", timeout=5),
                        sleep=pauses, retries=2)
    result = run_plan(plan, MessageBuilder(sample_session.event, templates, SENDER), sender, log,
                      progress=progress_stop)
    sender.close()
    assert isinstance(result.stopped_by, SmtpError) and result.stopped_by.reason in (REFUSED, DISCONNECTED)
    assert result.count(SENT) == 4 and len(recorder.received) == 4
    fifth = people[4]
    assert [e.status for e in log.entries(fifth.id)] == [FAILED]
    assert all(log.entries(p.id) == [] for p in people[5:]), "people not tried have no log line"

    server = LocalServer(recorder).start()  # back again, on the same port
    try:
        again, result = run(sample_session, server.port, people)
    finally:
        server.stop()
    assert [i.attendee.id for i in again.to_send] == [p.id for p in people[4:]]
    assert sorted(r.rcpt_tos[0] for r in recorder.received) == sorted(p.email for p in people)


def test_a_rejected_recipient_is_logged_with_the_server_answer_and_the_others_go_on(sample_session,
                                                                                   smtp_server) -> None:
    people = first_people(sample_session, 4)
    smtp_server.recorder.reject[people[1].email] = "550 5.1.1 <x>: Recipient address rejected: User unknown"
    _, result = run(sample_session, smtp_server.port, people)
    assert result.count(SENT) == 3 and result.count(FAILED) == 1
    (entry,) = SendLog(sample_session.store).entries(people[1].id)
    assert entry.status == FAILED and entry.detail.startswith("550 5.1.1") and "User unknown" in entry.detail
    # A permanent refusal is not "already sent": the next run tries that person again.
    plan, _ = run(sample_session, smtp_server.port, people)
    assert [i.attendee.id for i in plan.to_send] == [people[1].id]


def test_a_greylisting_server_is_retried_after_a_pause(sample_session, smtp_server) -> None:
    people = first_people(sample_session, 2)
    smtp_server.recorder.greylist[people[0].email] = 2
    pauses = Pauses()
    _, result = run(sample_session, smtp_server.port, people, pauses=pauses)
    assert result.count(SENT) == 2 and pauses == [5.0, 10.0]


def test_people_without_or_with_a_malformed_address_are_skipped_and_logged(sample_session, smtp_server) -> None:
    people = first_people(sample_session, 4)
    broken = [people[1].with_changes(email=""), people[2].with_changes(email="jean.dupont@@example..org")]
    sample_session.update_attendees(broken)
    people = first_people(sample_session, 4)
    _, result = run(sample_session, smtp_server.port, people, clock=lambda: "2018-10-01T08:00:00+00:00")
    assert result.count(SENT) == 2 and result.count(SKIPPED) == 2
    log = SendLog(sample_session.store)
    assert [(e.status, e.detail) for e in log.entries(people[1].id)] == [(SKIPPED, NO_EMAIL)]
    assert [(e.status, e.detail, e.address) for e in log.entries(people[2].id)] == [
        (SKIPPED, BAD_EMAIL, "jean.dupont@@example..org")]
    # A later run (another second, another day) still finds nothing new to say about them.
    run(sample_session, smtp_server.port, people, clock=lambda: "2018-10-02T09:30:00+00:00")
    assert len(log.entries(people[1].id)) == 1, "the same skip is not logged twice"


def test_an_unknown_host_is_named(sample_session) -> None:
    sender = SmtpSender(SmtpSettings("no-such-host.invalid", 25))
    with pytest.raises(SmtpError) as caught:
        sender.connect()
    assert caught.value.reason == HOST_NOT_FOUND and caught.value.host == "no-such-host.invalid"


def test_a_closed_port_is_refused() -> None:
    port = LocalServer(Recorder()).port  # never started
    with pytest.raises(SmtpError) as caught:
        SmtpSender(SmtpSettings("127.0.0.1", port)).connect()
    assert caught.value.reason == REFUSED and caught.value.port == port


@pytest.fixture
def tls_server(tmp_path):
    cert, key = self_signed(tmp_path)
    server = LocalServer(Recorder(), tls_context=server_tls_context(cert, key), require_starttls=True,
                         authenticator=Authenticator("desk", "s3cret"), auth_require_tls=True).start()
    yield server, ssl.create_default_context(cafile=str(cert))
    server.stop()


def test_starttls_and_login_send_through_an_authenticating_server(sample_session, tls_server) -> None:
    server, client_context = tls_server
    settings = SmtpSettings("127.0.0.1", server.port, Security.STARTTLS, "desk", "s3cret", local_hostname="desk.test")
    sender = SmtpSender(settings, ssl_context=client_context)
    person = first_people(sample_session, 1)[0]
    templates = TemplateSet.load()
    message = MessageBuilder(sample_session.event, templates, SENDER).build(person, "confirmation", "en")
    with sender:
        assert sender.send(message, [person.email]).accepted
    assert [r.rcpt_tos for r in server.recorder.received] == [[person.email]]


def test_a_wrong_password_is_an_auth_failure_with_the_server_answer(tls_server) -> None:
    server, client_context = tls_server
    settings = SmtpSettings("127.0.0.1", server.port, Security.STARTTLS, "desk", "wrong", local_hostname="desk.test")
    with pytest.raises(SmtpError) as caught:
        SmtpSender(settings, ssl_context=client_context).connect()
    assert caught.value.reason == AUTH and caught.value.detail.startswith("535")


def test_an_untrusted_certificate_is_a_tls_failure(tls_server) -> None:
    server, _ = tls_server
    settings = SmtpSettings("127.0.0.1", server.port, Security.STARTTLS, "desk", "s3cret", local_hostname="desk.test")
    with pytest.raises(SmtpError) as caught:
        SmtpSender(settings).connect()  # the system's trust store does not know our test certificate
    assert caught.value.reason == "tls" and "CERTIFICATE" in caught.value.detail.upper()


def test_starttls_asked_of_a_server_without_it(smtp_server) -> None:
    settings = SmtpSettings("127.0.0.1", smtp_server.port, Security.STARTTLS, local_hostname="desk.test")
    with pytest.raises(SmtpError) as caught:
        SmtpSender(settings).connect()
    assert caught.value.reason == STARTTLS_UNSUPPORTED
