"""A workbook whose extent is absurd is refused before it is read, and nothing that reads it can be taken down.

A spreadsheet reader makes a grid as big as the furthest cell: one cell at XFD200000 in a 5 KB file is a
grid of 3.3 billion cells (100 GB) and the process aborts, taking the desk with it. Every reading here
runs in a child process under a memory limit, so a regression fails one test instead of the test runner.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from import_support import write_xlsx
from openpyxl import Workbook

from checkin.io import import_report as codes

REPO = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 1536 * 1024 * 1024  # far below what the grid of any of these files would take


def far_cell_workbook(path: Path, cell: str, declared: str | None = None) -> Path:
    """A real list of two people, and one stray cell far away (as a slip of the keyboard leaves one)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Registrations"
    sheet.append(["First name", "Last name", "Email"])
    sheet.append(["Ada", "Lovelace", "ada@example.org"])
    sheet.append(["Alan", "Turing", "alan@example.org"])
    sheet[cell] = "x"
    book.save(path)
    if declared is not None:  # the dimension a writer declares need not be the truth
        rewrite_dimension(path, declared)
    return path


def rewrite_dimension(path: Path, declared: str) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index("<dimension")
    end = sheet.index("/>", start) + 2
    members["xl/worksheets/sheet1.xml"] = (sheet[:start] + f'<dimension ref="{declared}"/>' + sheet[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def run_limited(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Python `code` in a child process that cannot take more than MEMORY_LIMIT."""
    prelude = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
        sys.path.insert(0, {str(REPO)!r})
        sys.path.insert(0, {str(REPO / "tests" / "io")!r})
    """)
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code), *args],
                          capture_output=True, text=True, timeout=120)


PLAN_AS_THE_WIZARD_DOES = """
    import json
    from pathlib import Path
    from checkin.io.import_report import ImportFailure
    from checkin.io.registrations import plan_import
    from import_support import opened_event
    folder = Path(sys.argv[1])
    with opened_event(folder, name="wizard.checkin") as session:
        try:
            plan = plan_import(session, folder / sys.argv[2])
            print(json.dumps({"rows": len(plan.rows)}))
        except ImportFailure as failure:
            print(json.dumps({"failure": failure.code, "detail": failure.detail}))
"""


@pytest.mark.parametrize(("cell", "declared"), [
    ("XFD200000", None),  # as openpyxl declares it: A1:XFD200000
    ("XFD20000", None),  # 77 s and 12.8 GB before this check
    ("XFD20000", "A1:C3"),  # a dimension that lies
    ("ZZ99000", "A1:C3"),  # within Excel's usual columns, still 70 million cells
    ("C900000", "A1:C3"),  # far below the last person
])
def test_a_far_cell_is_refused_before_the_sheet_is_read(tmp_path: Path, cell: str, declared: str | None) -> None:
    path = far_cell_workbook(tmp_path / "stray cell.xlsx", cell, declared)
    assert path.stat().st_size < 10_000
    finished = run_limited(PLAN_AS_THE_WIZARD_DOES, str(tmp_path), path.name)
    assert finished.returncode == 0, finished.stderr[-2000:]
    answer = json.loads(finished.stdout.splitlines()[-1])
    assert answer["failure"] in (codes.TOO_MANY_CELLS, codes.TOO_MANY_ROWS), answer


def test_the_command_line_refuses_it_in_one_line(tmp_path: Path) -> None:
    path = far_cell_workbook(tmp_path / "stray cell.xlsx", "XFD200000")
    event = tmp_path / "event.checkin"
    finished = run_limited("""
        from checkin.cli import run
        sys.exit(run(sys.argv[1:]))
    """, "new", str(event), "--title", "T", "--date", "2018-10-18")
    assert finished.returncode == 0, finished.stderr
    finished = run_limited("""
        from checkin.cli import run
        sys.exit(run(sys.argv[1:]))
    """, "import", str(event), str(path))
    assert finished.returncode == 2, finished.stderr[-2000:]
    assert finished.stderr.count("\n") == 1 and str(path) in finished.stderr
    assert "XFD200000" in finished.stderr and "Traceback" not in finished.stderr


def test_a_wide_but_honest_list_still_imports(tmp_path: Path) -> None:
    # 60 columns (up to BH) and a few hundred people: a real registration export is this wide.
    header = ["First name", "Last name", "Email", *(f"Question {n}" for n in range(57))]
    rows = [header, *([f"Given{n}", f"Family{n}", f"p{n}@example.org", *(["yes"] * 57)] for n in range(300))]
    write_xlsx(tmp_path / "wide.xlsx", rows)
    finished = run_limited(PLAN_AS_THE_WIZARD_DOES, str(tmp_path), "wide.xlsx")
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert json.loads(finished.stdout.splitlines()[-1]) == {"rows": 300}


def test_a_far_cell_in_an_ods_is_refused(tmp_path: Path) -> None:
    # OpenDocument repeats a cell with an attribute: one element can stand for a million.
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    far = ('<table:table-row table:number-rows-repeated="900000"><table:table-cell/></table:table-row>'
           '<table:table-row><table:table-cell table:number-columns-repeated="16000"/>'
           + cell.format("x") + "</table:table-row>")
    path = tmp_path / "far.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'))
        archive.writestr("content.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
            '<office:spreadsheet><table:table table:name="List"><table:table-row>'
            + cell.format("Name") + cell.format("Email") + "</table:table-row><table:table-row>"
            + cell.format("Ada Lovelace") + cell.format("ada@example.org") + "</table:table-row>" + far
            + "</table:table></office:spreadsheet></office:body></office:document-content>"))
    finished = run_limited(PLAN_AS_THE_WIZARD_DOES, str(tmp_path), path.name)
    assert finished.returncode == 0, finished.stderr[-2000:]
    answer = json.loads(finished.stdout.splitlines()[-1])
    assert answer["failure"] in (codes.TOO_MANY_CELLS, codes.TOO_MANY_ROWS), answer


def cells(*references: str) -> bytes:
    """Sheet XML with one cell at each reference, each in a row of its own."""
    return "".join(f'<row r="{ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{ref}" t="inlineStr"><is><t>x</t>'
                   "</is></c></row>" for ref in references).encode()


def refusal(pieces: list[bytes]) -> tuple[str, str] | None:
    from checkin.io.sheet_extent import check_xlsx

    try:
        check_xlsx("list.xlsx", lambda: iter(pieces), 200_000)
    except codes.ImportFailure as failure:
        return failure.code, failure.detail
    return None


def test_the_extent_is_read_from_every_reference_wherever_the_pieces_are_cut() -> None:
    plain = cells(*(f"{column}{row}" for row in range(1, 400) for column in "ABC"))
    assert refusal([plain]) is None
    far = cells("XFD7")
    for cut in range(1, len(far)):  # a reference cut between two pieces is still read
        assert refusal([plain, far[:cut], far[cut:]]) == (codes.TOO_MANY_CELLS, "XFD7"), cut
    assert refusal([plain, cells("B300000")]) == (codes.TOO_MANY_ROWS, "row 300000")  # its row comes first
    assert refusal([plain, b'<row r="9"><c r="B300000"><v>1</v></c></row>']) == (codes.TOO_MANY_ROWS, "B300000")
    assert refusal([plain, cells("B200001")]) is None  # the last row a list may have (with its header)
    # A wide column and a far row in different pieces, the row first: still one grid.
    assert refusal([cells("A1", "B99999"), plain, cells("ZZ5")]) == (codes.TOO_MANY_CELLS, "ZZ5")
    assert refusal([cells("A1", "B9999"), plain, cells("ZZ5")]) is None  # 9,999 × 702 cells is no threat


def test_a_far_cell_in_a_sheet_read_in_parts_is_refused(tmp_path: Path) -> None:
    from test_import_bad_input import write_big_xlsx

    path = write_big_xlsx(tmp_path / "big.xlsx", 130_000)  # more XML than one part: read in parts
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    at = sheet.index(b'<row r="70000">')
    members["xl/worksheets/sheet1.xml"] = sheet[:at] + b'<row r="69999"><c r="XFD69999" t="inlineStr"><is><t>x' \
        b'</t></is></c></row>' + sheet[at:]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    finished = run_limited(PLAN_AS_THE_WIZARD_DOES, str(tmp_path), path.name)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert json.loads(finished.stdout.splitlines()[-1]) == {"failure": codes.TOO_MANY_CELLS, "detail": "XFD69999"}
