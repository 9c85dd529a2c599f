"""Tickets rendered in worker processes are the files the serial path writes, in the same order."""

from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import openpyxl
import pytest

from checkin.core.models import Status
from checkin.core.session import EventSession
from checkin.mail import ticket_batch
from checkin.mail.merge_export import export_merge_folder
from checkin.mail.messages import MessageBuilder, Sender
from checkin.mail.templates import TemplateSet
from checkin.mail.ticket_batch import CHUNK, PARALLEL_FROM, render_ticket_files, worker_count

from .helpers import decode_qr_png, pdf_text_and_codes

# What differs between two ReportLab runs of the same document: the clock and the id made from it.
_RUN_STAMPS = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]")


def same_document(pdf: bytes) -> bytes:
    return _RUN_STAMPS.sub(b"", pdf)


def builder_for(session: EventSession) -> MessageBuilder:
    return MessageBuilder(session.event, TemplateSet.load(), Sender("registration@example.org", "Desk"))


def confirmed(session: EventSession):
    return [a for a in session.attendees() if a.status is Status.REGISTERED]


def test_workers_render_the_serial_files_and_each_decodes_to_its_person(sample_session: EventSession) -> None:
    people = confirmed(sample_session)[:60]
    # Both languages, so the workers are given (and keep apart) one ticket recipe per language.
    wanted = [(person, "fr" if number % 2 else "en") for number, person in enumerate(people)]
    serial = list(render_ticket_files(builder_for(sample_session), wanted, qr_pixels=10, workers=0))
    parallel = list(render_ticket_files(builder_for(sample_session), wanted, qr_pixels=10, workers=2))
    assert len(parallel) == len(serial) == len(people)
    for (person, _), alone, batch in zip(wanted, serial, parallel, strict=True):
        assert same_document(batch.pdf) == same_document(alone.pdf), person.code
        assert batch.png == alone.png
        text, codes, _ = pdf_text_and_codes(batch.pdf)
        assert codes == [person.code] and person.family_name in text
        assert decode_qr_png(batch.png) == [person.code]
    assert not multiprocessing.active_children(), "a ticket worker outlived its batch"


def test_the_merge_folder_is_the_same_from_workers(sample_session: EventSession, tmp_path) -> None:
    people = sample_session.attendees()
    serial = export_merge_folder(people, sample_session.event, builder_for(sample_session), tmp_path / "serial",
                                 workers=0)
    parallel = export_merge_folder(people, sample_session.event, builder_for(sample_session), tmp_path / "parallel",
                                   workers=2)
    assert (parallel.tickets, parallel.waitlisted) == (serial.tickets, serial.waitlisted)
    assert parallel.tickets == len(confirmed(sample_session)) >= PARALLEL_FROM
    names = sorted(p.name for p in (tmp_path / "serial").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "parallel").iterdir())
    sheet = openpyxl.load_workbook(tmp_path / "parallel" / "recipients.xlsx").active
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    with_ticket = [row for row in rows if row["Ticket PDF"]]
    assert len(with_ticket) == parallel.tickets
    for row in with_ticket:
        pdf = (tmp_path / "parallel" / row["Ticket PDF"]).read_bytes()
        assert same_document(pdf) == same_document((tmp_path / "serial" / row["Ticket PDF"]).read_bytes())
        png = (tmp_path / "parallel" / row["QR image"]).read_bytes()
        assert png == (tmp_path / "serial" / row["QR image"]).read_bytes()
        assert decode_qr_png(png) == [row["Code"]]
    # The PDFs are the serial ones byte for byte (stamps aside); a sample of them is read back too.
    for row in with_ticket[:: max(1, len(with_ticket) // 12)]:
        _, codes, _ = pdf_text_and_codes((tmp_path / "parallel" / row["Ticket PDF"]).read_bytes())
        assert codes == [row["Code"]]


def test_a_cancel_stops_the_workers_and_keeps_what_was_written(sample_session: EventSession, tmp_path) -> None:
    reported: list[tuple[int, int]] = []
    result = export_merge_folder(sample_session.attendees(), sample_session.event, builder_for(sample_session),
                                 tmp_path, progress=lambda done, total: reported.append((done, total)),
                                 should_stop=lambda: len(reported) >= 40, workers=2)
    assert len(reported) == 40 and reported[-1][0] == 40
    assert [done for done, _ in reported] == list(range(1, 41))
    assert len(list(tmp_path.glob("ticket-*.pdf"))) == result.tickets == 40 - result.waitlisted
    sheet = openpyxl.load_workbook(tmp_path / "recipients.xlsx").active
    assert sheet.max_row == 41
    assert not multiprocessing.active_children(), "a ticket worker outlived the cancel"


class DyingPool:
    """Stands in for the worker pool: renders two chunks here, then reports its workers dead."""

    def __init__(self, workers, *, mp_context, initializer, initargs) -> None:
        initializer(*initargs)
        self.submitted = 0

    def submit(self, function, *args) -> Future:
        self.submitted += 1
        future: Future = Future()
        if self.submitted <= 2:
            future.set_result(function(*args))
        else:
            future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, wait: bool, cancel_futures: bool) -> None:
        pass


def test_when_workers_die_the_rest_is_rendered_here(sample_session: EventSession, monkeypatch) -> None:
    people = confirmed(sample_session)[: 2 * CHUNK + 10]
    wanted = [(person, "en") for person in people]
    monkeypatch.setattr(ticket_batch, "ProcessPoolExecutor", DyingPool)
    tickets = list(render_ticket_files(builder_for(sample_session), wanted, qr_pixels=4, workers=2))
    assert [decode_qr_png(ticket.png) for ticket in tickets] == [[person.code] for person in people]


@pytest.mark.parametrize(("tickets", "cores", "expected"), [
    (PARALLEL_FROM - 1, 8, 0),  # short list: starting workers costs more than it saves
    (1000, 1, 0),  # one core: nothing to share
    (1000, 2, 2),
    (250, 8, 2),  # no more workers than the list keeps busy
    (5000, 64, 8),
])
def test_workers_only_when_they_pay(tickets: int, cores: int, expected: int) -> None:
    assert worker_count(tickets, cores) == expected
