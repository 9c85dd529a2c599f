"""Checks on the bundled sample event (resources/sample/)."""

from __future__ import annotations

import ast
import itertools
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"
XLSX = SAMPLE / "geneva-2018-registrations.xlsx"
SCRIPT = SAMPLE / "make_sample.py"
EVENT = SAMPLE / "event.json"

HEADER = [
    "Registered at", "Title", "First name", "Last name", "Job title", "Organisation",
    "Organisation type", "Country", "Email", "Category", "Language", "Notes", "Needs", "Delegation",
]
TITLES = {"Mr", "Ms", "Mrs", "Dr", "Prof", "H.E.", "M.", "Mme"}
ORG_TYPES = {"Government", "Permanent mission", "International organisation", "NGO",
             "Private sector", "Academia", "Media", "Organiser"}
CATEGORIES = {"Speaker", "Moderator", "Panellist", "Participant", "Organiser", "Press"}

OPENS = datetime(2018, 9, 3)
DEADLINE_END = datetime(2018, 10, 12)  # exclusive: the deadline is 11 October
LATE_END = datetime(2018, 10, 17)  # late registrations 12-16 October

# (first, last, category, organisation, job title) as printed in the programme
PROGRAMME = [
    ("Barbara", "Schedler Fischer", "Speaker",
     "Federal Department of Foreign Affairs, FDFA",
     "Deputy Head of Human Security Division"),
    ("Jovan", "Kurbalija", "Speaker",
     "Secretariat of the UN Secretary-General's High Level Panel on Digital "
     "Cooperation", "Executive Director and Co-Lead"),
    ("Radu", "Cucos", "Speaker",
     "Organisation for Security and Cooperation in Europe, OSCE",
     "Assistant Officer on Combating Trafficking in Human Beings"),
    ("Carlos Andrés", "Pérez", "Speaker",
     "United Nations Office on Drugs and Crime (UNODC)", "GLO.ACT Project Officer"),
    ("Philipp", "Zahn", "Moderator", "SRF", None),
    ("Sara", "Crowe", "Speaker", "Polaris", "Data Analysis Program Director"),
    ("Eric", "Anderson", "Panellist", "British Telecommunications",
     "Head of Modern Slavery Programme"),
    ("Anh", "Nguyen", "Panellist", "IOM Headquarters",
     "Head of Migrant Protection Assistance Division"),
    ("Jean-Yves", "Art", "Panellist", "Microsoft",
     "Senior Director Strategic Partnerships"),
    ("Sébastien", "Kulling", "Panellist", "digitalswitzerland",
     "Head of Suisse romande and Deputy Managing Director"),
    ("Pier", "Rossi-Longhi", "Speaker",
     "International Organization for Migration, IOM Bern", "Chief of Mission"),
    ("Emilie", "Ballestraz", "Organiser",
     "International Organization for Migration, IOM Bern", None),
]


def read_values(path: Path) -> list[tuple]:
    wb = load_workbook(path, read_only=True)
    try:
        assert wb.sheetnames[0] == "Registrations"
        return [tuple(r) for r in wb["Registrations"].iter_rows(values_only=True)]
    finally:
        wb.close()


@pytest.fixture(scope="module")
def values() -> list[tuple]:
    return read_values(XLSX)


@pytest.fixture(scope="module")
def rows(values) -> list[dict]:
    return [dict(zip(HEADER, r)) for r in values[1:]]


def full_name(row: dict) -> str:
    return " ".join(p for p in (row["First name"], row["Last name"]) if p)


def has_script(text: str, script: str) -> bool:
    return any(unicodedata.name(c, "").startswith(script) for c in text)


def test_header_is_exact(values):
    assert list(values[0]) == HEADER


def test_enough_rows_and_waitlist(rows):
    event = json.loads(EVENT.read_text(encoding="utf-8"))
    assert len(rows) >= 300
    on_time = [r for r in rows if r["Registered at"] < DEADLINE_END]
    # first-come-first-served must leave people on the waitlist
    assert len(on_time) > event["capacity"]
    assert 5 <= len(rows) - event["capacity"] <= 30


def test_event_facts():
    event = json.loads(EVENT.read_text(encoding="utf-8"))
    assert event["date"] == "2018-10-18"
    assert event["registration_deadline"] == "2018-10-11"
    assert event["languages"] == ["en", "fr"]
    assert event["timezone"] == "Europe/Zurich"
    assert "Maison de la Paix" in event["venue"]
    assert date.fromisoformat(event["registration_deadline"]) < date.fromisoformat(
        event["date"])


def test_closed_vocabularies(rows):
    for r in rows:
        assert r["Title"] in TITLES, r
        assert r["Organisation type"] in ORG_TYPES, r
        assert r["Category"] in CATEGORIES, r
        assert r["Language"] in {"en", "fr"}, r
        assert r["Last name"], r  # a mononym goes in Last name
        assert r["Organisation"] and r["Country"], r
        for key in ("First name", "Last name", "Job title", "Organisation", "Notes"):
            value = r[key]
            assert value is None or value == value.strip(), (key, r)


def test_titles_mix_english_and_french_usage(rows):
    used = Counter(r["Title"] for r in rows)
    assert set(used) == TITLES
    assert used["M."] + used["Mme"] > 20 and used["Mr"] + used["Ms"] > 20


def test_language_mix(rows):
    share_en = sum(r["Language"] == "en" for r in rows) / len(rows)
    assert 0.45 <= share_en <= 0.65


def test_emails_unique_and_on_example_org(rows):
    emails = [r["Email"] for r in rows]
    assert all(emails)
    assert len({e.lower() for e in emails}) == len(emails)
    pattern = re.compile(r"^[A-Za-z0-9.'_-]+@([a-z0-9-]+\.)*example\.org$")
    for email in emails:
        assert pattern.match(email), email
        assert len(email.split("@")[0]) <= 64, email
    mixed = [e for e in emails if e != e.lower()]
    assert 1 <= len(mixed) <= 3


def test_programme_people_present(rows):
    by_name = {(r["First name"], r["Last name"]): r for r in rows}
    for first, last, category, organisation, job in PROGRAMME:
        row = by_name.get((first, last))
        assert row is not None, (first, last)
        assert row["Category"] == category, (first, last)
        assert row["Organisation"] == organisation, (first, last)
        if job is not None:
            assert row["Job title"] == job, (first, last)
    # only programme people carry programme roles
    roles = Counter(r["Category"] for r in rows)
    assert roles["Panellist"] == 4
    assert roles["Moderator"] == 1
    assert roles["Speaker"] == 6
    assert 6 <= roles["Organiser"] <= 10


def test_name_variety(rows):
    names = [full_name(r) for r in rows]
    joined = "\n".join(names)
    for script in ("CYRILLIC", "GREEK", "ARABIC", "CJK", "HANGUL"):
        assert any(has_script(n, script) for n in names), script
    for char in ("ß", "ø", "ł", "ı", "ş", "ğ", "å", "ễ", "'"):
        assert char in joined, char
    assert re.search(r"\bvan der\b", joined) and re.search(r"\bde la\b", joined)
    assert any(len(n) > 40 for n in names)
    assert any(not r["First name"] for r in rows)  # mononym
    firsts = Counter(r["First name"] for r in rows)
    assert firsts["Maria"] >= 2 and firsts["Mohamed"] >= 2
    assert any("-" in (r["First name"] or "") for r in rows)
    assert any("-" in r["Last name"] for r in rows)


def test_registration_times(rows):
    stamps = [r["Registered at"] for r in rows]
    assert all(isinstance(s, datetime) and s.tzinfo is None for s in stamps)
    assert all(OPENS <= s < LATE_END for s in stamps)
    late = [s for s in stamps if s >= DEADLINE_END]
    assert 0 < len(late) <= 15
    # roughly in order of arrival, but entered in batches: not strictly sorted
    assert stamps != sorted(stamps)
    inversions = sum(b < a for a, b in itertools.pairwise(stamps))
    assert inversions < len(stamps) / 2
    displacement = max(abs(a - b) for a, b in zip(stamps, sorted(stamps)))
    assert displacement.days < 7
    # mostly office hours on working days
    office = [s for s in stamps if s.weekday() < 5 and 7 <= s.hour < 19]
    assert len(office) / len(stamps) > 0.75


def test_some_optional_fields_empty(rows):
    assert any(not r["Job title"] for r in rows)
    notes = [r["Notes"] for r in rows if r["Notes"]]
    assert 0 < len(notes) < len(rows) / 4


def test_script_regenerates_same_values(tmp_path, values):
    out = tmp_path / "regenerated.xlsx"
    # Both outputs into the test's folder: the bundled files stay as committed.
    subprocess.run([sys.executable, str(SCRIPT), "--output", str(out), "--programme",
                    str(tmp_path / "programme.xlsx")], check=True, capture_output=True)
    assert read_values(out) == values


def test_script_uses_only_openpyxl_and_stdlib():
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module.split(".")[0])
    third_party = modules - set(sys.stdlib_module_names) - {"__future__"}
    assert third_party == {"openpyxl"}
