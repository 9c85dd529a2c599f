"""Generated hostile inputs for the importer and for `scan -`: no traceback, no abort, one answer per
line, and the event left as it was whenever a run is refused.

The budget is fixed (CHECKIN_FUZZ_EXAMPLES, 60 by default) and the search derandomised in CI, so a
run takes the same time every time; raise it locally to search longer. The counts of cases tried
and holding are printed (pytest -s) for the record.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checkin.cli import run  # noqa: E402
from checkin.core.models import Attendee, Event  # noqa: E402
from checkin.store import create_event, open_event  # noqa: E402

EXAMPLES = int(os.environ.get("CHECKIN_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=bool(os.environ.get("CI")), database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TALLY: Counter[str] = Counter()

HOSTILE_CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["=HYPERLINK(\"http://x\",\"y\")", "\x01=1+1", "+41 22 717 91 11", "@SUM(A1)", "-2+3",
                     "\x00", "\ufeff", "\u202e", "\r", "\n\n", "\"", "\"\"", ",", ";", "\t", "#REF!", "NaN",
                     "1e309", "9" * 400, "é" * 3000, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ادا", "李", "'; DROP TABLE attendees; --",
                     "%s%s%n", "{0}", "../../etc/passwd", "NUL", "CON", "x@", "a@b@c", ""]),
)
HEADERS = st.lists(st.one_of(st.sampled_from(["Given name", "Family name", "E-mail", "Organisation", "Category",
                                                  "Status", "Code", "Registered", "Name", "Language"]),
                             HOSTILE_CELLS), min_size=0, max_size=8)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("fuzz") / "template.checkin"
    store = create_event(path, Event(title="Fuzz", starts_on=__import__("datetime").date(2026, 5, 4)))
    added = store.add_attendees([Attendee(None, "", given_name="Ada", family_name=f"Lovelace {n}",
                                          email=f"ada{n}@example.org") for n in range(5)])
    store.close()
    return path, [a.code for a in added]


def snapshot(path: Path) -> tuple:
    with open_event(path) as store:
        return tuple(store.attendees()), tuple(store.records())


def encoded(rows: list[list[str]], encoding: str, delimiter: str) -> bytes:
    text = "\r\n".join(delimiter.join(f'"{c.replace(chr(34), chr(34) * 2)}"' if (delimiter in c or "\n" in c
                                                                                  or '"' in c) else c
                                      for c in row) for row in rows)
    return text.encode(encoding, errors="replace")


@FUZZ
@given(header=HEADERS, body=st.lists(st.lists(HOSTILE_CELLS, max_size=9), max_size=12),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "mac_roman"]),
       delimiter=st.sampled_from([",", ";", "\t", "|"]), suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".ods"]),
       junk=st.binary(max_size=64))
def test_the_importer_never_breaks_on_a_hostile_list(template, tmp_path_factory, capsys, header, body, encoding,
                                                      delimiter, suffix, junk) -> None:
    folder = tmp_path_factory.mktemp("import")
    event = folder / "event.checkin"
    shutil.copyfile(template[0], event)
    source = folder / f"list{suffix}"
    data = encoded([header, *body], encoding, delimiter)
    source.write_bytes(junk + data if suffix in (".xlsx", ".ods") or len(junk) % 5 == 0 else data)
    before = snapshot(event)
    TALLY["import tried"] += 1
    status = run(["import", str(event), str(source)])
    _out, err = capsys.readouterr()
    assert status in (0, 1, 2), status
    assert "Traceback" not in err
    if status != 0:
        assert err.strip(), "a refusal says why"
        assert snapshot(event) == before, "a refused import changed the event"
    else:
        attendees = snapshot(event)[0]
        assert all(a.code and (a.name or a.email or a.organisation) for a in attendees)
    TALLY["import holding"] += 1


SCANNED = st.one_of(
    st.text(max_size=60).filter(lambda s: "\n" not in s and "\r" not in s),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1").replace("\n", " ").replace("\r", " ")),
    st.sampled_from(["", " ", "\t", "\x00", "\x1b[A", "ÀÉÈ", "q" * 5000, "1" * 20, "%00", "'", "\\", "🙂"]),
    st.integers(0, 4).map(lambda i: f"#code{i}"),  # a real code, as a scanner sends it
    st.integers(0, 4).map(lambda i: f"#azerty{i}"),  # a real code through a French layout
)


@FUZZ
@given(lines=st.lists(SCANNED, max_size=25))
def test_scan_stream_answers_every_line_and_writes_only_real_check_ins(template, tmp_path_factory, capsys,
                                                                       monkeypatch, lines) -> None:
    from checkin.core.codes import fold_code

    folder = tmp_path_factory.mktemp("scan")
    event = folder / "event.checkin"
    shutil.copyfile(template[0], event)
    codes = template[1]
    french = str.maketrans("qwazQWAZ", "azqwAZQW")
    real = [codes[int(line[5:])] if line.startswith("#code") else
            codes[int(line[7:])].translate(french) if line.startswith("#azerty") else line for line in lines]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in real)))
    TALLY["scan tried"] += 1
    status = run(["scan", str(event), "-", "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "Traceback" not in err
    answered = [line for line in out.splitlines() if line.strip()]
    assert len(answered) == sum(1 for line in real if line.strip()), (real, out)
    people = {fold_code(c) for c in codes}
    meant = {codes[int(line[5:])] for line in lines if line.startswith("#code")}
    with open_event(event) as store:
        checked = {a.code for a in store.attendees() if store.presence().get(a.id)}
        assert len(store.records()) == len(checked)  # one entry per person, however often scanned
    assert meant <= checked and {fold_code(c) for c in checked} <= people
    TALLY["scan holding"] += 1


def test_fuzz_figures(capsys) -> None:
    """Runs last in this module: the counts of cases tried and holding, for the record."""
    with capsys.disabled():
        print(f"\nfuzz: {dict(TALLY)}")
    assert TALLY["import tried"] == TALLY["import holding"] and TALLY["scan tried"] == TALLY["scan holding"]
