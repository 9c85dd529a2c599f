"""Confirmation benchmarks: personal ticket PDFs, and building the e-mails without a network.

    python -m benchmarks.bench_confirmations [--quick]

Floors, measured in the same run:
- tickets: a bare ReportLab loop writing one single-page PDF per person with the same fonts, words
  and QR rectangles, without layouts or fitting, in this one process (CPU seconds);
- messages: the bare standard library assembling the same parts (text, HTML, PNG, PDF bytes made
  beforehand) into a message and serialising it, without templates or QR encoding.

Times are CPU seconds of this (single-threaded) process, so that other jobs on the shared machine
do not count as ours, except for the tickets' target figure: `checkin tickets` renders a
long list in worker processes (`checkin.mail.ticket_batch`), whose time this process's clock does
not see, so that row is wall-clock seconds with as many workers as the app would start here; the
row "single process" gives the CPU seconds of rendering them here, against the same floor. (With
--quick, 300 people are scaled to 1000, so the workers' start-up counts three times over.)
The messages' target figure is for building the messages from templates with their inline QR code,
the ticket already rendered (the tickets have their own figure); the row "with their tickets"
shows the whole pipeline per message, for information.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# CPU seconds of this process: everything measured here is single-threaded, and the machine is shared
# with other test runs, whose load would otherwise show up as our time.
clock = time.process_time
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def people(count: int):
    from benchmarks.synthetic import attendees
    from checkin.core import codes

    prefix = codes.new_event_prefix()
    result = []
    for number, person in enumerate(attendees(count)):
        result.append(person.with_changes(
            id=number + 1, code=codes.new_code(prefix), language="fr" if number % 3 == 0 else "en",
            email=f"person{number}@example.org"))
    return result


def event():
    from checkin.sample import sample_event_facts

    return sample_event_facts()


def best_of(repeats: int, measure, *args) -> float:
    """The fastest of a few runs: other work on a shared 2-core machine only ever slows a run down."""
    return min(measure(*args) for _ in range(repeats))


def time_tickets(group) -> float:
    from checkin.mail.messages import MessageBuilder, Sender
    from checkin.mail.templates import TemplateSet

    builder = MessageBuilder(event(), TemplateSet.load(), Sender("registration@example.org"))
    builder.ticket_pdf(group[0], "en")  # fonts and layout loaded outside the clock
    start = clock()
    for person in group:
        builder.ticket_pdf(person, person.language)
    return clock() - start


def time_tickets_in_workers(group) -> tuple[float, int]:
    """Wall-clock seconds of the app's batch path, workers started inside the clock; and their number."""
    from checkin.mail.messages import MessageBuilder, Sender
    from checkin.mail.templates import TemplateSet
    from checkin.mail.ticket_batch import render_ticket_files, worker_count

    builder = MessageBuilder(event(), TemplateSet.load(), Sender("registration@example.org"))
    builder.ticket_pdf(group[0], "en")  # as above: the layout loaded outside the clock
    wanted = [(person, person.language) for person in group]
    start = time.perf_counter()
    for _ in render_ticket_files(builder, wanted):
        pass
    return time.perf_counter() - start, worker_count(len(group))


def time_tickets_one_file(group) -> float:
    from badges.ticket import render_tickets
    from checkin.mail.messages import person_dict
    from checkin.mail.ticket_words import ticket_event

    words = ticket_event(event(), ("en", "fr"))
    start = clock()
    render_tickets([person_dict(p) for p in group], io.BytesIO(), event=words)
    return clock() - start


def time_bare_tickets(group) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from badges.fonts import font_set
    from badges.qr import draw_qr, qr_matrix
    from checkin.mail.ticket_words import ticket_event

    font_set()
    words = ticket_event(event(), ("en", "fr"))
    width, height = A4
    start = clock()
    for person in group:
        canvas = Canvas(io.BytesIO(), pagesize=A4, pageCompression=1)
        canvas.setFillColorRGB(0.12, 0.23, 0.37)
        canvas.rect(0, height - 40 * mm, width, 40 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("NotoSans-Bold", 14)
        canvas.drawString(18 * mm, height - 16 * mm, words["title"])
        canvas.setFont("NotoSans", 11)
        canvas.drawString(18 * mm, height - 33 * mm, words["heading"])
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(18 * mm, height - 52 * mm, words["date"])
        canvas.drawString(18 * mm, height - 60 * mm, words["venue"])
        canvas.setFont("NotoSans-Bold", 26)
        canvas.drawString(18 * mm, height - 88 * mm, person.name)
        canvas.setFont("NotoSans", 13)
        canvas.drawString(18 * mm, height - 100 * mm, person.organisation)
        draw_qr(canvas, qr_matrix(person.code), 57 * mm, height - 204 * mm, 96 * mm, 4)
        canvas.setFont("NotoSans-Bold", 22)
        canvas.drawCentredString(width / 2, height - 220 * mm, person.code)
        canvas.setFont("NotoSans", 11)
        for number in range(3):
            canvas.drawString(18 * mm, height - (240 + 10 * number) * mm, words[f"practical_{number + 1}"])
        canvas.drawCentredString(width / 2, 15 * mm, words["footer"])
        canvas.showPage()
        canvas.save()
    return clock() - start


def _builder_with_ready_tickets(group):
    """A builder whose tickets are already rendered, as after `checkin tickets` or a first pass."""
    from checkin.mail.messages import MessageBuilder, Sender
    from checkin.mail.templates import TemplateSet

    builder = MessageBuilder(event(), TemplateSet.load(), Sender("registration@example.org", "Registration desk"))
    pdf = builder.ticket_pdf(group[0], "en")
    builder.ticket_pdf = lambda attendee, language: pdf  # type: ignore[method-assign]
    return builder


def time_messages(group, with_tickets: bool = False) -> float:
    from checkin.mail.messages import MessageBuilder, Sender
    from checkin.mail.templates import TemplateSet

    if with_tickets:
        builder = MessageBuilder(event(), TemplateSet.load(), Sender("registration@example.org", "Registration"))
        builder.build(group[0], "confirmation", "en")
    else:
        builder = _builder_with_ready_tickets(group)
    start = clock()
    for person in group:
        builder.build(person, "confirmation", person.language).as_bytes()
    return clock() - start


def time_bare_messages(group) -> float:
    from email.mime.application import MIMEApplication
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    from badges.ticket import qr_png
    from checkin.mail.templates import mail_dir

    text = (mail_dir() / "confirmation.en.txt").read_text(encoding="utf-8")
    html = (mail_dir() / "confirmation.en.html").read_text(encoding="utf-8")
    png = qr_png(group[0].code)
    pdf = _builder_with_ready_tickets(group).ticket_pdf(group[0], "en")
    start = clock()
    for person in group:
        outer = MIMEMultipart("mixed")
        outer["Subject"] = "Your registration is confirmed"
        outer["From"] = "registration@example.org"
        outer["To"] = person.email
        alternative = MIMEMultipart("alternative")
        alternative.attach(MIMEText(text, "plain", "utf-8"))
        related = MIMEMultipart("related")
        related.attach(MIMEText(html, "html", "utf-8"))
        related.attach(MIMEImage(png, "png"))
        alternative.attach(related)
        outer.attach(alternative)
        outer.attach(MIMEApplication(pdf, "pdf"))
        outer.as_bytes()
    return clock() - start


def run(quick: bool = False) -> list[dict]:
    count = 300 if quick else 1000  # quick: still enough people for the app to start its ticket workers
    repeats = 2 if quick else 3
    group = people(count)
    scale = 1000 / count  # figures are given for 1000 people
    tickets = best_of(repeats, time_tickets, group) * scale
    in_workers, workers = min(time_tickets_in_workers(group) for _ in range(repeats))
    in_workers *= scale
    bare_tickets = best_of(repeats, time_bare_tickets, group) * scale
    one_file = best_of(repeats, time_tickets_one_file, group) * scale
    messages = best_of(repeats, time_messages, group) * scale
    bare_messages = best_of(repeats, time_bare_messages, group) * scale
    whole = time_messages(group, True) * scale
    return [
        {"name": f"ticket PDFs, 1000 people, one file each ({workers} worker processes, wall clock)",
         "value": round(in_workers, 2), "unit": "s", "floor": round(bare_tickets, 2),
         "floor_name": "bare ReportLab, same words and QR, one file each, single process (CPU)",
         "target": "<= 3 s"},
        {"name": "ticket PDFs, 1000 people, one file each, single process", "value": round(tickets, 2), "unit": "s",
         "floor": round(bare_tickets, 2), "floor_name": "bare ReportLab, same words and QR, one file each",
         "target": "info"},
        {"name": "ticket PDFs, 1000 pages in one file (to print)", "value": round(one_file, 2), "unit": "s",
         "floor": None, "floor_name": "", "target": "info"},
        {"name": "confirmation e-mails built, 1000 (no network; QR + MIME + bytes)", "value": round(messages, 2),
         "unit": "s", "floor": round(bare_messages, 2), "floor_name": "bare email.mime, same parts made beforehand",
         "target": "<= 2 s"},
        {"name": "confirmation e-mails built with their tickets, 1000", "value": round(whole, 2), "unit": "s",
         "floor": None, "floor_name": "", "target": "info"},
    ]


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
