"""Generated hostile e-mails: a real message cut, spliced, flipped or stuffed with odd bytes is read or
refused with a code, never a traceback; and an mbox of such messages hands over every one of them.

The budget is fixed like the importer's fuzzing (CHECKIN_FUZZ_EXAMPLES, 60 by default)."""

from __future__ import annotations

import mailbox
import os
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checkin.io.mailboxes import read_mail_source  # noqa: E402
from checkin.mail.readings import FieldReading, MessageReading  # noqa: E402
from checkin.mail.registration_reading import UnreadableMessage, read_message  # noqa: E402

from .corpus import build  # noqa: E402

EXAMPLES = int(os.environ.get("CHECKIN_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=bool(os.environ.get("CI")), database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
ORIGINALS = [mail.raw for mail in build().mails]
ODD = st.sampled_from([b"\x00", b"\xff\xfe", b"\r", b"\n\n", b"=?utf-8?q?=FF=FE?=", b"=?x-unknown?b?AAAA?=",
                       b"Content-Type: multipart/mixed; boundary=\"\"\n", b"--\n", b"From \n", b">From ",
                       b"Content-Transfer-Encoding: base64\n", b"=\n", b"=ZZ", b"\xc3\x28", b"\xe2\x82",
                       b"<html><table><tr><td>", b"Name:", b"Nom :\n", b"\t|\t|", "é".encode("cp1252")])


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(ORIGINALS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(raw)))
        action = draw(st.sampled_from(["cut", "insert", "flip", "delete"]))
        if action == "cut":
            del raw[at:]
        elif action == "insert":
            raw[at:at] = draw(st.one_of(ODD, st.binary(max_size=40)))
        elif action == "flip" and at < len(raw):
            raw[at] = draw(st.integers(0, 255))
        else:
            del raw[at:at + draw(st.integers(1, 200))]
    return bytes(raw)


def _checked(reading: MessageReading) -> None:
    for person in reading.people:
        for found in person.fields.values():
            assert isinstance(found, FieldReading) and 0 <= found.confidence <= 1
            if found.start >= 0:
                assert reading.text[found.start:found.end] == found.words


@FUZZ
@given(raw=hostile())
def test_a_damaged_message_is_read_or_refused_with_a_code(raw: bytes) -> None:
    try:
        reading = read_message(raw)
    except UnreadableMessage as refused:
        assert refused.code
        return
    _checked(reading)


@FUZZ
@given(raws=st.lists(hostile(), min_size=1, max_size=6))
def test_an_mbox_of_damaged_messages_hands_over_each(tmp_path_factory: pytest.TempPathFactory,
                                                     raws: list[bytes]) -> None:
    # mailbox.mbox.add() takes a message's own first "From " line for the separator: a writer's quirk.
    hypothesis.assume(not any(raw.startswith(b"From ") for raw in raws))
    path = Path(tmp_path_factory.mktemp("fuzz-mbox")) / "inbox.mbox"
    box = mailbox.mbox(path)
    for raw in raws:
        box.add(raw)
    box.flush()
    box.close()
    items = list(read_mail_source(path))
    # Python's own writer escapes "From " lines in bodies: every message it wrote comes back as one.
    assert len(items) == len(raws)
    for item in items:
        try:
            _checked(read_message(item.raw))
        except UnreadableMessage:
            pass
