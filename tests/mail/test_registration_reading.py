"""Reading one registration e-mail: kinds, people, the words each field comes from, and hostile bytes."""

from __future__ import annotations

import base64
import os
import time
from datetime import UTC, datetime

import pytest

from checkin.mail import readings
from checkin.mail.readings import Kind
from checkin.mail.registration_reading import UnreadableMessage, read_message

from .corpus import build, plain

CORPUS = build()


@pytest.mark.parametrize("mail", CORPUS.mails, ids=lambda mail: mail.name)
def test_each_message_is_read_as_its_kind_with_its_people(mail) -> None:
    reading = read_message(mail.raw)
    assert reading.kind.value == mail.kind
    assert tuple(person.name for person in reading.people) == mail.people
    assert reading.received_at is not None and reading.received_at.tzinfo is not None
    assert reading.message_id.startswith("<") and reading.language in readings.LANGUAGES


@pytest.mark.parametrize("mail", CORPUS.mails, ids=lambda mail: mail.name)
def test_every_field_points_at_the_words_it_was_read_from(mail) -> None:
    reading = read_message(mail.raw)
    for person in reading.people:
        for name, found in person.fields.items():
            assert 0 <= found.confidence <= 1
            if found.start >= 0:
                assert found.words and reading.text[found.start:found.end] == found.words, (name, found)
            elif found.where == "from":
                assert found.words in (reading.sender, reading.reply_to) or found.words.strip()


def test_the_organisers_server_time_counts_not_the_senders_clock() -> None:
    ahead = next(mail for mail in CORPUS.mails if "twelve years ahead" in mail.name)
    reading = read_message(ahead.raw)
    assert reading.received_at == datetime(2018, 10, 7, 18, 0, tzinfo=UTC)
    assert reading.sent_at is not None and reading.sent_at.year == 2030
    assert readings.CLOCK_DISAGREES in reading.problems
    # No Received header: the Date is all there is.
    dated = plain("Ann Lee <ann@example.org>", "Registration", "", "I would like to register.\n\nRegards,\nAnn Lee\n",
                  date_header="Mon, 1 Oct 2018 10:00:00 +0200", message_id="<d@example.org>")
    assert read_message(dated).received_at == datetime(2018, 10, 1, 8, 0, tzinfo=UTC)


def test_headers_are_decoded_and_quoted_text_is_not_read_for_people() -> None:
    german = read_message(next(mail.raw for mail in CORPUS.mails if mail.name.startswith("German free")))
    assert german.sender_name == "Weiß, Jürgen" and german.subject == "Anmeldung Konferenz 18. Oktober"
    reply = read_message(next(mail.raw for mail in CORPUS.mails if mail.name.startswith("Outlook reply")))
    assert "Jane Example" in reply.text and [p.name for p in reply.people] == ["Radu Cucos"]
    assert "Sent from my iPhone" in reply.text  # shown for review, never read as a name
    html = read_message(next(mail.raw for mail in CORPUS.mails if mail.name.startswith("HTML-only")))
    assert "<td>" not in html.text and "DIALLO\tAminata" in html.text


def test_evidence_of_a_labelled_field_is_the_value_as_written() -> None:
    ada = read_message(CORPUS.mails[0].raw)
    (person,) = ada.people
    family = person.fields["family_name"]
    assert (family.value, family.words, family.confidence) == ("Lovelace", "LOVELACE", 0.95)
    assert ada.text[family.start - len("Name: Dr. Ada "):family.end] == "Name: Dr. Ada LOVELACE"
    assert not person.unsure


@pytest.mark.parametrize(("name", "raw", "code"), [
    ("binary garbage", os.urandom(20_000), readings.NOT_A_MESSAGE),
    ("a picture", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), readings.NOT_A_MESSAGE),
    ("nothing", b"\r\n\r\n", readings.EMPTY_MESSAGE),
    ("a header bomb", b"".join(b"X-Bomb-%d: x\r\n" % i for i in range(100_000)) + b"From: a@b.example\r\n\r\nhi\r\n",
     readings.TOO_MANY_HEADERS),
    ("one endless header", b"From: a@b.example\r\nX-Long: " + b"a" * 3_000_000 + b"\r\n\r\nhi\r\n",
     readings.TOO_MANY_HEADERS),
])
def test_bytes_that_are_no_e_mail_are_named(name, raw, code) -> None:
    with pytest.raises(UnreadableMessage) as refused:
        read_message(raw)
    assert refused.value.code == code, name


def test_a_message_cut_short_is_read_as_far_as_it_goes() -> None:
    whole = next(mail.raw for mail in CORPUS.mails if "multipart/alternative" in mail.name)
    cut = read_message(whole[:len(whole) * 6 // 10])
    assert readings.BROKEN_STRUCTURE in cut.problems and [p.name for p in cut.people] == ["Kwame Mensah"]
    headers_only = read_message(whole[:300])
    assert readings.BROKEN_STRUCTURE in headers_only.problems and headers_only.kind is Kind.QUESTION


def test_an_unknown_charset_is_read_with_replacement_and_named() -> None:
    raw = plain("Ann Lee <ann@example.org>", "Registration", "Mon, 1 Oct 2018 10:00:00 +0200",
                "I would like to register.\n\nBest regards,\nAnn Lee\nEconomist\n", message_id="<c@example.org>",
                declared="x-klingon-8")
    reading = read_message(raw)
    assert readings.UNKNOWN_CHARSET in reading.problems
    assert [(p.name, p.value("job_title")) for p in reading.people] == [("Ann Lee", "Economist")]


def test_a_50_mb_attachment_does_not_hide_the_registration() -> None:
    attachment = base64.encodebytes(os.urandom(38 * 1024 * 1024))
    raw = (b"Received: from a by mx; Mon, 1 Oct 2018 10:00:00 +0200\r\nFrom: Ann Lee <ann@example.org>\r\n"
           b"Subject: Registration\r\nMessage-ID: <big@example.org>\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'
           b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"I would like to register.\r\n\r\nBest regards,\r\nAnn Lee\r\nEconomist\r\nWorld Bank\r\n--XX\r\n"
           b"Content-Type: application/pdf; name=cv.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + attachment + b"\r\n--XX--\r\n")
    assert len(raw) > 50_000_000
    started = time.perf_counter()
    reading = read_message(raw)
    assert time.perf_counter() - started < 10
    assert [(p.name, p.value("organisation")) for p in reading.people] == [("Ann Lee", "World Bank")]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_raw_8_bit_headers_are_read(encoding) -> None:
    raw = ("Received: from a by mx; Mon, 1 Oct 2018 10:00:00 +0200\r\nFrom: Zoë Müller <zoe@example.ch>\r\n"
           "Subject: Inscription à la conférence\r\nMessage-ID: <raw@example.ch>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nJe souhaite m'inscrire.\r\n").encode(encoding)
    reading = read_message(raw)
    assert (reading.sender_name, reading.subject) == ("Zoë Müller", "Inscription à la conférence")
    assert [person.name for person in reading.people] == ["Zoë Müller"]
