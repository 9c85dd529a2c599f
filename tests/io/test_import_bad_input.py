"""Bad input fails cleanly: a clear failure code (or a row problem), bounded memory, the event untouched."""

from __future__ import annotations

import random
import resource
import zipfile
from pathlib import Path

import pytest
from import_support import FIXTURES, opened_event, snapshot, write_xlsx
from openpyxl import Workbook

from checkin.core.models import Attendee
from checkin.io import import_report as codes
from checkin.io.readers import MAX_ROWS
from checkin.io.registrations import import_file

MB = 1024 * 1024


@pytest.fixture
def session(tmp_path: Path):
    with opened_event(tmp_path) as opened:
        opened.add_attendees([Attendee(id=None, code="", given_name="Ada", family_name="Lovelace")])
        yield opened


def failure_of(session, path: Path, **options) -> str:
    before = snapshot(session)
    with pytest.raises(codes.ImportFailure) as failure:
        import_file(session, path, **options)
    assert snapshot(session) == before
    assert failure.value.path == str(path)
    return failure.value.code


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_pdf_renamed_xlsx(session, tmp_path: Path) -> None:
    path = tmp_path / "registrations.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 10)
    assert failure_of(session, path) == codes.NOT_A_SPREADSHEET


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods", ".csv"])
def test_random_bytes(session, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(random.Random(7).randbytes(20_000))
    assert failure_of(session, path) == codes.NOT_A_SPREADSHEET


def test_a_zip_that_is_not_a_workbook(session, tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    assert failure_of(session, path) == codes.NOT_A_SPREADSHEET


def test_truncated_workbook(session, tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["Last name"], ["Turing"]]).read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert failure_of(session, path) == codes.NOT_A_SPREADSHEET


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n"])
def test_empty_files(session, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert failure_of(session, path) == codes.EMPTY_FILE


def test_workbook_without_rows(session, tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    Workbook().save(path)
    assert failure_of(session, path) == codes.NO_TABLE


def test_header_without_rows(session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "header.xlsx", [["First name", "Last name"]])
    assert failure_of(session, path) == codes.NO_TABLE


def test_password_protected_workbook(session) -> None:
    """Encrypted with the password "secret" by msoffcrypto-tool (see fixtures/make_fixtures.py)."""
    assert failure_of(session, FIXTURES / "password-protected.xlsx") == codes.PASSWORD_PROTECTED


def test_zip_bomb_is_refused_before_inflating(session, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            member.write(b'<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>')
            chunk = b"A" * MB
            for _ in range(300):
                member.write(chunk)
            member.write(b"</t></is></c></row></sheetData></worksheet>")
    assert path.stat().st_size < 1 * MB  # a few hundred kB …
    rss = peak_rss_mb()
    assert failure_of(session, path) == codes.TOO_LARGE  # … that would inflate to 300 MB
    assert peak_rss_mb() - rss < 100


def write_big_xlsx(path: Path, rows: int) -> Path:
    """A minimal real xlsx streamed by hand (openpyxl would take minutes for a million rows)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        archive.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
                         f'org/spreadsheetml/2006/main"><dimension ref="A1:B{rows + 1}"/><sheetData>'
                         '<row r="1"><c r="A1" t="inlineStr"><is><t>Last name</t></is></c>'
                         '<c r="B1" t="inlineStr"><is><t>Email</t></is></c></row>').encode())
            batch = []
            for n in range(2, rows + 2):
                batch.append(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>P{n}</t></is></c>'
                             f'<c r="B{n}" t="inlineStr"><is><t>p{n}@example.org</t></is></c></row>')
                if len(batch) == 10_000:
                    sheet.write("".join(batch).encode())
                    batch.clear()
            sheet.write(("".join(batch) + "</sheetData></worksheet>").encode())
    return path


def test_the_hand_made_xlsx_writer_makes_files_we_read(session, tmp_path: Path) -> None:
    report = import_file(session, write_big_xlsx(tmp_path / "small.xlsx", 3))
    assert report.counts()["added"] == 3  # so the million-row refusal below is about size, not format


def test_million_row_xlsx_is_refused_with_bounded_memory(session, tmp_path: Path) -> None:
    path = write_big_xlsx(tmp_path / "million.xlsx", 1_000_000)
    rss = peak_rss_mb()
    assert failure_of(session, path) == codes.TOO_MANY_ROWS
    assert peak_rss_mb() - rss < 100


def test_million_row_csv_is_refused_with_bounded_memory(session, tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Last name,Email\n")
        handle.writelines(f"P{n},p{n}@example.org\n" for n in range(1_000_000))
    rss = peak_rss_mb()
    assert failure_of(session, path) == codes.TOO_MANY_ROWS
    assert peak_rss_mb() - rss < 200
    assert MAX_ROWS < 1_000_000


def test_not_found_and_folder(session, tmp_path: Path) -> None:
    assert failure_of(session, tmp_path / "missing.xlsx") == codes.NOT_FOUND
    assert failure_of(session, tmp_path) == codes.IS_FOLDER  # a folder is called a folder


def write_ods(path: Path, rows: int) -> Path:
    """A minimal real .ods (zip + XML) streamed by hand."""
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'))
        with archive.open("content.xml", "w", force_zip64=True) as content:
            content.write((
                '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
                'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
                '<office:spreadsheet><table:table table:name="List"><table:table-row>'
                + cell.format("Last name") + cell.format("Email") + "</table:table-row>").encode())
            batch = []
            for n in range(rows):
                batch.append(f"<table:table-row>{cell.format(f'P{n}')}{cell.format(f'p{n}@example.org')}"
                             "</table:table-row>")
                if len(batch) == 10_000:
                    content.write("".join(batch).encode())
                    batch.clear()
            content.write(("".join(batch) + "</table:table></office:spreadsheet></office:body>"
                           "</office:document-content>").encode())
    return path


def test_hand_made_ods_reads(session, tmp_path: Path) -> None:
    report = import_file(session, write_ods(tmp_path / "small.ods", 3))
    assert report.counts()["added"] == 3


def test_ods_with_too_many_rows_is_refused_before_parsing(session, tmp_path: Path) -> None:
    path = write_ods(tmp_path / "big.ods", MAX_ROWS + 10)
    rss = peak_rss_mb()
    assert failure_of(session, path) == codes.TOO_MANY_ROWS
    assert peak_rss_mb() - rss < 100
