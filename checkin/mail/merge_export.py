"""The mail-merge folder, for organisations that must send through Outlook.

One QR picture and one ticket PDF per confirmed person, plus ``recipients.xlsx``: one row a person
with their address, language, the subject in their language and the file names (and full paths,
which Word's INCLUDEPICTURE field and Outlook add-ins need). Waitlisted people get a row with the
waitlist subject and no files; cancelled people are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from badges.ticket import spaced_code
from checkin.core.models import Attendee, Event, Status
from checkin.mail.campaign import message_language
from checkin.mail.messages import MessageBuilder, file_stem, ticket_filename
from checkin.mail.templates import CONFIRMATION, WAITLIST, fill_subject
from checkin.mail.ticket_batch import render_ticket_files

SHEET_NAME = "Recipients"
RECIPIENTS_FILE = "recipients.xlsx"
QR_MODULE_PIXELS = 10  # 290 px for a 21-module code: sharp in Word at 5 cm

COLUMNS = (
    ("Email", "email"), ("Language", "language"), ("Message", "kind"), ("Subject", "subject"),
    ("Honorific", "honorific"), ("Given name", "given_name"), ("Family name", "family_name"),
    ("Organisation", "organisation"), ("Category", "category"), ("Code", "code"), ("Code (spaced)", "code_spaced"),
    ("QR image", "qr_file"), ("Ticket PDF", "pdf_file"), ("QR image path", "qr_path"), ("Ticket PDF path", "pdf_path"),
)


@dataclass
class ExportResult:
    folder: Path
    sheet: Path
    tickets: int = 0
    waitlisted: int = 0
    without_email: list[Attendee] = field(default_factory=list)


def export_merge_folder(attendees: Iterable[Attendee], event: Event, builder: MessageBuilder, folder: Path, *,
                        progress: Callable[[int, int], None] | None = None,
                        should_stop: Callable[[], bool] | None = None,
                        workers: int | None = None) -> ExportResult:
    """Write the folder (created if needed; files of the same people are overwritten).

    The tickets of a long list are rendered in worker processes (see :mod:`checkin.mail.ticket_batch`;
    ``workers`` forces their number, 0 for none); files are written and progress reported in the
    people's order either way.
    """
    folder.mkdir(parents=True, exist_ok=True)
    people = [a for a in attendees if a.status is not Status.CANCELLED]
    languages = set(builder.templates.languages(CONFIRMATION)) | set(builder.templates.languages(WAITLIST))
    result = ExportResult(folder, folder / RECIPIENTS_FILE)
    rows = [_row(person, event, builder, languages) for person in people]
    wanted = [(person, row["language"]) for person, row in zip(people, rows, strict=True)
              if row["kind"] == CONFIRMATION]
    tickets = render_ticket_files(builder, wanted, qr_pixels=QR_MODULE_PIXELS, should_stop=should_stop,
                                  workers=workers)
    written: list[dict[str, str]] = []
    try:
        for done, (person, row) in enumerate(zip(people, rows, strict=True), start=1):
            if should_stop is not None and should_stop():
                break
            if row["kind"] == CONFIRMATION:
                ticket = next(tickets, None)
                if ticket is None:  # the renderer saw the stop first
                    break
                qr_path = folder / f"qr-{file_stem(person)}.png"
                pdf_path = folder / ticket_filename(person)
                qr_path.write_bytes(ticket.png)
                pdf_path.write_bytes(ticket.pdf)
                row.update(qr_file=qr_path.name, pdf_file=pdf_path.name, qr_path=str(qr_path.resolve()),
                           pdf_path=str(pdf_path.resolve()))
                result.tickets += 1
            else:
                result.waitlisted += 1
            if not row["email"]:
                result.without_email.append(person)
            written.append(row)
            if progress is not None:
                progress(done, len(people))
    finally:
        tickets.close()  # stops the workers at once when the loop ends early
    _write_sheet(result.sheet, written)
    return result


def _row(person: Attendee, event: Event, builder: MessageBuilder, languages: set[str]) -> dict[str, str]:
    kind = WAITLIST if person.status is Status.WAITLISTED else CONFIRMATION
    template = builder.templates.get(kind, message_language(person, event, languages))
    return {
        "email": person.email.strip(), "language": template.language, "kind": kind,
        "subject": fill_subject(template.subject, builder.values(person, template.language)),
        "honorific": person.honorific, "given_name": person.given_name, "family_name": person.family_name,
        "organisation": person.organisation, "category": person.category, "code": person.code,
        "code_spaced": spaced_code(person.code), "qr_file": "", "pdf_file": "", "qr_path": "", "pdf_path": "",
    }


def _write_sheet(path: Path, rows: list[dict[str, str]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_NAME
    sheet.append([title for title, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row[key] for _, key in COLUMNS])
    for index, (title, key) in enumerate(COLUMNS, start=1):
        longest = max([len(title), *(len(row[key]) for row in rows[:200])])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, longest + 2)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(path)
