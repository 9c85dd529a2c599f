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

from badges.ticket import qr_png, spaced_code
from checkin.core.models import Attendee, Event, Status
from checkin.mail.campaign import message_language
from checkin.mail.messages import MessageBuilder, file_stem, ticket_filename
from checkin.mail.templates import CONFIRMATION, WAITLIST, fill_subject

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
                        should_stop: Callable[[], bool] | None = None) -> ExportResult:
    """Write the folder (created if needed; files of the same people are overwritten)."""
    folder.mkdir(parents=True, exist_ok=True)
    people = [a for a in attendees if a.status is not Status.CANCELLED]
    languages = set(builder.templates.languages(CONFIRMATION)) | set(builder.templates.languages(WAITLIST))
    result = ExportResult(folder, folder / RECIPIENTS_FILE)
    rows: list[dict[str, str]] = []
    for done, person in enumerate(people, start=1):
        if should_stop is not None and should_stop():
            break
        kind = WAITLIST if person.status is Status.WAITLISTED else CONFIRMATION
        language = message_language(person, event, languages)
        template = builder.templates.get(kind, language)
        row = {
            "email": person.email.strip(), "language": template.language, "kind": kind,
            "subject": fill_subject(template.subject, builder.values(person, template.language)),
            "honorific": person.honorific, "given_name": person.given_name, "family_name": person.family_name,
            "organisation": person.organisation, "category": person.category, "code": person.code,
            "code_spaced": spaced_code(person.code), "qr_file": "", "pdf_file": "", "qr_path": "", "pdf_path": "",
        }
        if kind == CONFIRMATION:
            qr_path = folder / f"qr-{file_stem(person)}.png"
            pdf_path = folder / ticket_filename(person)
            qr_path.write_bytes(qr_png(person.code, module_pixels=QR_MODULE_PIXELS))
            pdf_path.write_bytes(builder.ticket_pdf(person, template.language))
            row.update(qr_file=qr_path.name, pdf_file=pdf_path.name, qr_path=str(qr_path.resolve()),
                       pdf_path=str(pdf_path.resolve()))
            result.tickets += 1
        else:
            result.waitlisted += 1
        if not row["email"]:
            result.without_email.append(person)
        rows.append(row)
        if progress is not None:
            progress(done, len(people))
    _write_sheet(result.sheet, rows)
    return result


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
