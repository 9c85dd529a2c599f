"""The "Send confirmations" dialog: edit a template, preview, send to a real local SMTP server with progress."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from checkin.mail.send_log import SENT, SendLog
from checkin.mail.smtp_sender import SmtpError
from checkin.ui.dialogs.confirmations_dialog import ConfirmationsDialog
from checkin.ui.tasks import TaskRunner
from tests.mail.helpers import inline_qr_code
from tests.mail.smtp_server import LocalServer, Recorder


@pytest.fixture
def server() -> Iterator[LocalServer]:
    local = LocalServer(Recorder()).start()
    yield local
    local.stop()


@pytest.fixture
def dialog(qtbot, sample_session) -> Iterator[ConfirmationsDialog]:
    runner = TaskRunner()
    widget = ConfirmationsDialog(sample_session, runner)
    qtbot.addWidget(widget)
    yield widget
    runner.wait(20_000)


def fill_server(dialog: ConfirmationsDialog, port: int) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.from_address.setText("registration@iom.example.org")
    dialog.from_name.setText("IOM Bern")
    dialog.rate.setValue(0)


def test_an_edited_template_is_previewed_and_a_typo_blocks_sending(qtbot, dialog) -> None:
    dialog.editor.kind.setCurrentIndex(dialog.editor.kind.findData("confirmation"))
    dialog.editor.language.setCurrentIndex(dialog.editor.language.findData("en"))
    dialog.editor.subject.setText("Your seat at {event_title}, {given_name}")
    assert "Your seat at Digital Technology" in dialog.preview.header.text()
    message = dialog.preview_message(0)
    assert isinstance(message, EmailMessage) and message["Subject"].startswith("Your seat")
    assert "Jovan" in message["Subject"]
    (source,) = re.findall(r'src="(cid:[^"]+)"', dialog.preview.browser.toHtml())
    url = QUrl(source)
    shown = dialog.preview.browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(shown, QImage) and shown.width() >= 200, "the preview shows the QR picture itself"

    dialog.editor.text_body.setPlainText("Hello {givenname}")
    assert "unknown placeholder {givenname}" in dialog.editor.problems.text()
    assert not dialog.send_button.isEnabled() and not dialog.test_button.isEnabled()
    dialog.editor.reset_button.click()
    assert dialog.editor.problems.text() == "" and dialog.send_button.isEnabled()


def test_the_preview_walks_through_the_first_messages(dialog) -> None:
    first = dialog.preview.header.text()
    dialog.preview.next_button.click()
    assert dialog.preview.header.text() != first and dialog.preview.header.text().startswith("2 of 5")
    dialog.preview.previous_button.click()
    assert dialog.preview.header.text() == first


def test_sending_from_the_dialog_reaches_everyone_once_with_progress(qtbot, dialog, server, sample_session) -> None:
    fill_server(dialog, server.port)
    dialog.editor.subject.setText("Confirmed: {event_title}")  # an edit, kept in the event
    with qtbot.waitSignal(dialog.sending_finished, timeout=120_000) as finished:
        dialog.send_button.click()
        assert dialog.cancel_button.isEnabled()
    result = finished.args[0]
    people = sample_session.store.attendees()
    assert result.count(SENT) == len(people)
    assert len(server.recorder.received) == len(people)
    assert dialog.progress.maximum() == len(people) or not dialog.progress.isVisible()
    assert f"{len(people)} sent, 0 failed" in dialog.summary.text()
    assert dialog.log_view.toPlainText().count("sent to ") == len(people)
    log = SendLog(sample_session.store)
    assert all(log.has_received(p.id, "confirmation") or log.has_received(p.id, "waitlist") for p in people)
    by_address = {r.rcpt_tos[0]: r.message for r in server.recorder.received}
    first = people[0]
    assert inline_qr_code(by_address[first.email]) == first.code
    edited = "mail.templates"
    assert sample_session.store.get_setting(edited)["confirmation.en"]["subject"] == "Confirmed: {event_title}"
    assert "0 confirmations and 0 waitlist notices to send" in dialog.plan_label.text()
    assert "s3cret" not in repr(sample_session.store.get_setting("mail.smtp"))


def test_a_test_send_goes_to_the_sender_only(qtbot, dialog, server, sample_session) -> None:
    fill_server(dialog, server.port)
    with qtbot.waitSignal(dialog.sending_finished, timeout=30_000):
        dialog.test_button.click()
    assert {tuple(r.rcpt_tos) for r in server.recorder.received} == {("registration@iom.example.org",)}
    assert not any(SendLog(sample_session.store).entries(p.id) for p in sample_session.store.attendees()[:20])


def test_a_closed_port_is_said_in_words_and_nothing_is_sent(qtbot, dialog) -> None:
    fill_server(dialog, LocalServer(Recorder()).port)  # nobody listens there
    with qtbot.waitSignal(dialog.sending_finished, timeout=30_000) as finished:
        dialog.send_button.click()
    assert isinstance(finished.args[0], SmtpError)
    assert "refused the connection" in dialog.summary.text() and "Nothing was sent" in dialog.summary.text()
    assert dialog.send_button.isEnabled()


def test_a_missing_sender_address_is_asked_for(dialog) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.from_address.setText("not an address")
    assert dialog.start() is None
    assert "sender address" in dialog.summary.text()


def test_stopping_mid_batch_then_sending_again_reaches_the_rest_once(qtbot, dialog, server, sample_session) -> None:
    fill_server(dialog, server.port)
    stop_after = 25
    seen: list[object] = []

    def stop_early(outcome) -> None:
        seen.append(outcome)
        if len(seen) == stop_after:
            dialog.cancel_button.click()

    dialog.outcome.connect(stop_early)
    with qtbot.waitSignal(dialog.sending_finished, timeout=120_000) as finished:
        dialog.send_button.click()
    assert finished.args[0] is None, "a stopped run reports no result"
    first_run = len(server.recorder.received)
    assert stop_after <= first_run < 316
    assert "Stopped after" in dialog.summary.text()
    dialog.outcome.disconnect(stop_early)

    with qtbot.waitSignal(dialog.sending_finished, timeout=120_000) as finished:
        dialog.send_button.click()
    assert finished.args[0].count(SENT) == 316 - first_run
    addresses = [r.rcpt_tos[0] for r in server.recorder.received]
    assert len(addresses) == len(set(addresses)) == 316
