"""The command line on a Windows console: output piped or redirected gets the ANSI code page.

Windows hands a redirected or piped stream the ANSI code page (cp1252 in Western Europe), which has
no 'ł', no Cyrillic, no Chinese. `PYTHONIOENCODING=cp1252` gives this machine's Python the same
streams, so the real command runs here as it does there: in a new process, its output read back as
bytes.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.console import configure_streams
from checkin.store import open_event

REPO = Path(__file__).resolve().parent.parent
# Sample attendees whose names cp1252 cannot encode (resources/sample, built by checkin.sample).
LUCZAK = "Małgorzata Łuczak"
SATO = "佐藤花子"  # written family name first, as the import keeps it
VOLKOV = "Дмитрий Волков"


def checkin_on_cp1252(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    return subprocess.run([sys.executable, "-m", "checkin", *args], input=stdin, capture_output=True, env=env,
                          cwd=REPO, timeout=120, check=False)


def code_of(event: Path, name: str) -> str:
    store = open_event(event)
    try:
        [attendee] = [a for a in store.attendees() if a.name == name]
        return attendee.code
    finally:
        store.close()


def name_of(person: dict) -> str:
    return person["display_name"] or f"{person['given_name']} {person['family_name']}"


def json_documents(text: str) -> list[dict]:
    """One document a code, each as it is printed (compact or indented)."""
    decoder, documents, at = json.JSONDecoder(), [], 0
    while text[at:].strip():
        document, at = decoder.raw_decode(text, len(text) - len(text[at:].lstrip()))
        documents.append(document)
    return documents


def checked_in_names(event: Path) -> set[str]:
    store = open_event(event)
    try:
        present = {attendee_id for attendee_id, state in store.presence().items() if state.checked_in}
        return {a.name for a in store.attendees() if a.id in present}
    finally:
        store.close()


def test_search_json_prints_non_latin_names_as_utf8(sample_event_path: Path):
    result = checkin_on_cp1252("search", str(sample_event_path), "łuczak", "--json")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    names = [name_of(person) for person in json.loads(result.stdout.decode("utf-8"))]
    assert LUCZAK in names
    assert b"UnicodeEncodeError" not in result.stderr


def test_search_lines_print_every_script(sample_event_path: Path):
    for query, name in (("łuczak", LUCZAK), ("佐藤", SATO), ("волков", VOLKOV)):
        result = checkin_on_cp1252("search", str(sample_event_path), query)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert name in result.stdout.decode("utf-8")


def test_a_scanned_list_goes_on_past_a_non_latin_name_and_says_so(sample_event_path: Path):
    names = ["Sébastien Kulling", SATO, LUCZAK, VOLKOV]
    codes = [code_of(sample_event_path, name) for name in names]
    result = checkin_on_cp1252("scan", str(sample_event_path), "-", "--desk", "Desk 2",
                               stdin="".join(f"{code}\r\n" for code in codes).encode("ascii"))
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, err
    assert "nothing was changed" not in err and "Traceback" not in err
    lines = result.stdout.decode("utf-8").splitlines()
    assert [line.split(" — ")[0] for line in lines] == [f"checked in: {name}" for name in names]
    assert checked_in_names(sample_event_path) == set(names)


def test_scan_json_lines_carry_non_latin_names(sample_event_path: Path):
    code = code_of(sample_event_path, SATO)
    result = checkin_on_cp1252("scan", str(sample_event_path), "-", "--json", stdin=f"{code}\n{code}\n".encode())
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    documents = json_documents(result.stdout.decode("utf-8"))
    assert [name_of(d["attendee"]) for d in documents] == [SATO, SATO]
    assert [d["outcome"] for d in documents] == ["checked_in", "already_checked_in"]


def test_a_code_list_saved_with_a_byte_order_mark_scans_its_first_code(sample_event_path: Path):
    """Notepad and PowerShell may start a UTF-8 file with a byte order mark, which is not part of the code."""
    code = code_of(sample_event_path, LUCZAK)
    result = checkin_on_cp1252("scan", str(sample_event_path), "-", stdin=b"\xef\xbb\xbf" + code.encode() + b"\r\n")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert checked_in_names(sample_event_path) == {LUCZAK}


def test_an_error_naming_a_non_latin_file_is_printed_not_crashed_on(tmp_path: Path):
    missing = tmp_path / "Конференция 2018.checkin"
    result = checkin_on_cp1252("search", str(missing), "x")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert "Конференция 2018.checkin" in err
    assert "Traceback" not in err and "UnicodeEncodeError" not in err


# -- the seam itself: streams as Windows makes them ------------------------------------------------

def cp1252_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors="strict")


def test_redirected_streams_become_utf8_and_never_raise():
    stdout, stderr = cp1252_stream(), cp1252_stream()
    configure_streams(stdin=None, stdout=stdout, stderr=stderr)
    print(SATO, file=stdout, end="")
    print("\udcff broken file name byte", file=stderr, end="")  # an undecodable byte of a POSIX file name
    stdout.flush()
    stderr.flush()
    assert stdout.buffer.getvalue().decode("utf-8") == SATO
    assert stderr.buffer.getvalue().decode("utf-8") == "? broken file name byte"


def test_piped_input_loses_its_byte_order_mark():
    stdin = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfBCDEF\r\nGHJKN\r\n"), encoding="cp1252")
    configure_streams(stdin=stdin, stdout=None, stderr=None)
    assert [line.strip() for line in stdin] == ["BCDEF", "GHJKN"]


def test_a_windowed_program_without_streams_still_answers(tmp_path: Path):
    """A windowed .exe on Windows has no console: sys.stdin, sys.stdout and sys.stderr are None."""
    script = ("import sys; sys.stdin = sys.stdout = sys.stderr = None\n"
              "from checkin.__main__ import main\n"
              "raise SystemExit(main(['search', sys.argv[1], 'x']))")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "missing.checkin")], capture_output=True,
                            cwd=REPO, timeout=60, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (2, b"", b"")


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_terminal_keeps_its_own_encoding(encoding: str):
    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    terminal = Terminal(io.BytesIO(), encoding=encoding)
    configure_streams(stdin=None, stdout=terminal, stderr=None)
    print("Łuczak é", file=terminal, end="")
    terminal.flush()
    assert terminal.buffer.getvalue() == "Łuczak é".encode(encoding, "replace")
