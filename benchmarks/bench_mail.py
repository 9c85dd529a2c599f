"""Registration e-mail benchmarks: 10,000 messages read from an mbox and understood, beside the bare parse.

The floor is what the standard library alone does with the same file: `mailbox.mbox` splitting it and
`email` (policy.default) parsing every message and decoding its text body. The reader parses with the
compat32 policy (policy.default builds an object of a header each time it is read, three times the
parse's own cost), so the same floor with compat32 is shown too: the figure's true baseline. The figure is ours:
`read_mail_source` + `read_message` (headers, arrival time, decoding, quoted text, kind, language,
people with their evidence); then the whole plan (ordering, first come first served, the merge into an
empty event) as a figure of its own.

The messages are the forms organisers receive, in turn: an English form with labels, a French
sentence and signature in quoted-printable ISO-8859-1, a German base64 message, an HTML
multipart/alternative message, a delegation listed in one message, an out-of-office reply.

Run on its own with ``python -m benchmarks.bench_mail [--quick]``; the common runner imports :func:`run`.
Target: 10,000 messages read and extracted <= 10 s.
"""

from __future__ import annotations

import base64
import mailbox
import quopri
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from email import message_from_bytes
from email.header import Header
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.run import print_table  # noqa: E402
from benchmarks.synthetic import attendees  # noqa: E402
from checkin.core.models import Event  # noqa: E402
from checkin.core.session import EventSession  # noqa: E402
from checkin.io.mailboxes import read_mail_source  # noqa: E402
from checkin.mail.registration_plan import plan_mail_import  # noqa: E402
from checkin.mail.registration_reading import UnreadableMessage, read_message  # noqa: E402
from checkin.store import create_event  # noqa: E402

TARGET = 10.0
START = datetime(2018, 9, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def _message(number: int, person, others) -> bytes:
    received = format_datetime(START + timedelta(minutes=7 * number))
    address = f"p{number}@{person.organisation.split()[0].lower() or 'example'}.example"
    head = (f"Received: from mail.example by mx.conference.example; {received}\r\n"
            f"From: {Header(f'{person.given_name} {person.family_name}', 'utf-8').encode()} <{address}>\r\n"
            "To: registration@conference.example\r\n"
            f"Date: {received}\r\nMessage-ID: <bench-{number}@example.org>\r\nMIME-Version: 1.0\r\n")
    form = number % 6
    if form == 0:
        body = (f"Dear organisers,\r\n\r\nPlease register me.\r\n\r\nName: {person.given_name} {person.family_name}\r\n"
                f"Position: {person.job_title}\r\nOrganisation: {person.organisation}\r\n\r\nBest regards,\r\n"
                f"{person.given_name}\r\n")
        return (head + "Subject: Registration\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" + body).encode("utf-8")
    if form == 1:
        body = (f"Madame, Monsieur,\r\n\r\nJe souhaite m'inscrire à la conférence.\r\n\r\nCordialement,\r\n"
                f"{person.given_name} {person.family_name}\r\n{person.job_title}\r\n{person.organisation}\r\n")
        encoded = quopri.encodestring(body.encode("iso-8859-1", "replace")).decode("ascii")
        return (head + "Subject: =?iso-8859-1?q?Inscription_=E0_la_conf=E9rence?=\r\n"
                "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + encoded).encode("utf-8")
    if form == 2:
        body = (f"Sehr geehrte Damen und Herren,\r\n\r\nhiermit melde ich mich für die Konferenz an.\r\n\r\n"
                f"Mit freundlichen Grüßen\r\n{person.given_name} {person.family_name}\r\n{person.job_title}\r\n"
                f"{person.organisation}\r\nTel. +41 58 465 11 11\r\n")
        encoded = base64.encodebytes(body.encode("utf-8")).decode("ascii")
        return (head + "Subject: Anmeldung\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\n" + encoded).encode("utf-8")
    if form == 3:
        text = (f"I would like to register for the conference.\r\n\r\nKind regards,\r\n{person.given_name} "
                f"{person.family_name}\r\n{person.job_title}\r\n")
        html = (f"<div>I would like to register for the conference.</div><div><br></div><div>Kind regards,<br>"
                f"{person.given_name} {person.family_name}<br>{person.job_title}</div>")
        return (head + 'Subject: Registration\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n'
                "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text
                + "\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
                + "\r\n--b1--\r\n").encode("utf-8")
    if form == 4:
        lines = "".join(f"{index}. Mr. {other.given_name} {other.family_name.upper()}, {other.job_title}\r\n"
                        for index, other in enumerate(others, 1))
        body = (f"Dear organisers,\r\n\r\nPlease register the following members of our delegation:\r\n\r\n{lines}"
                f"\r\nBest regards,\r\n{person.given_name} {person.family_name}\r\n")
        return (head + "Subject: Delegation\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")
    return (head + "Subject: Automatic reply: Registration\r\nAuto-Submitted: auto-replied\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office until Monday.\r\n").encode("utf-8")


def write_mbox(path: Path, count: int) -> Path:
    people = attendees(count * 3)
    box = mailbox.mbox(path)
    box.lock()
    for number in range(count):
        person = next(people)
        others = [next(people), next(people)] if number % 6 == 4 else []
        box.add(_message(number, person, others))
    box.flush()
    box.unlock()
    box.close()
    return path


def bare_parse(path: Path) -> float:
    """The standard library alone: split the mbox, parse each message, decode its text."""
    started = time.perf_counter()
    box = mailbox.mbox(path, create=False)
    for key in box.iterkeys():
        message = message_from_bytes(box.get_bytes(key), policy=default_policy)
        body = message.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
    box.close()
    return time.perf_counter() - started


def bare_parse_compat32(path: Path) -> float:
    """The same with the compat32 policy, which the reader uses (headers as strings, decoded by hand)."""
    started = time.perf_counter()
    box = mailbox.mbox(path, create=False)
    for key in box.iterkeys():
        message = message_from_bytes(box.get_bytes(key))
        for part in message.walk():
            if part.get_content_maintype() == "text":
                part.get_payload(decode=True)
                break
    box.close()
    return time.perf_counter() - started


def read_and_extract(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    people = 0
    for item in read_mail_source(path):
        try:
            people += len(read_message(item.raw).people)
        except UnreadableMessage:
            continue
    return time.perf_counter() - started, people


def whole_plan(folder: Path, path: Path, run: int) -> tuple[float, int]:
    store = create_event(folder / f"mail-{run}.checkin",
                         Event(title="Bench", starts_on=date(2018, 10, 18), capacity=5000,
                               registration_deadline=date(2018, 10, 11), timezone="Europe/Zurich"))
    try:
        session = EventSession(store)
        started = time.perf_counter()
        plan = plan_mail_import(session, path)
        return time.perf_counter() - started, len(plan.records.rows) if plan.records else 0
    finally:
        store.close()


def run(quick: bool = False) -> list[dict]:
    count = 2_000 if quick else 10_000
    label = f"{count:,}"
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write_mbox(folder / "registrations.mbox", count)
        floor = min(bare_parse(path) for _ in range(3))
        floor_compat32 = min(bare_parse_compat32(path) for _ in range(3))
        best, people = min(read_and_extract(path) for _ in range(3))
        planned, taken = min(whole_plan(folder, path, run) for run in range(2))
    target = TARGET * count / 10_000
    return [
        {"name": f"mail: {label} messages read from an mbox and extracted", "value": best, "unit": "s",
         "floor": floor, "floor_name": "bare mailbox.mbox + email parse", "target": f"<= {target:g} s"},
        {"name": f"  mail {label}: the same floor with the compat32 policy the reader parses with",
         "value": floor_compat32, "unit": "s", "floor": None, "floor_name": "", "target": ""},
        {"name": f"  mail {label}: people found", "value": float(people), "unit": "people", "floor": None,
         "floor_name": "", "target": ""},
        {"name": f"  mail {label}: the whole plan (ordered, seats, merge preview)", "value": planned, "unit": "s",
         "floor": floor, "floor_name": "bare mailbox.mbox + email parse", "target": ""},
        {"name": f"  mail {label}: people the plan takes", "value": float(taken), "unit": "people", "floor": None,
         "floor_name": "", "target": ""},
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))
