"""A delegation in one message: a table (tabs, "|" or ";" between cells, HTML tables made text) or a list.

A table needs a header row naming a name column; a rule under it ("|----|") is skipped. A list line is
"1. H.E. Mr. John SMITH, Ambassador, Permanent Mission" or "- Ms Jane Doe (Counsellor)": the name, then
its job title and organisation.
"""

from __future__ import annotations

import re

from checkin.core.folding import fold
from checkin.mail.field_labels import field_of_label, language_code
from checkin.mail.found_fields import EMAIL, NOT_NAMES, FoundPerson, field_at, put_name
from checkin.mail.message_text import Line
from checkin.mail.person_names import is_honorific, looks_like_name, name_case

# Words that make a part of a list line an organisation rather than a job title.
_ORGANISATION = re.compile(
    r"\b(?:mission|ministry|ministère|ministerium|ministero|embassy|ambassade|botschaft|ambasciata|delegation|"
    r"délégation|organi[sz]ation|university|université|universität|università|institute|institut|istituto|office|"
    r"bureau|amt|ufficio|department|département|departement|bank|banque|council|conseil|agency|agence|programme|"
    r"fund|fonds|foundation|fondation|stiftung|fondazione|secretariat|secrétariat|sekretariat|segretariato|"
    r"company|gmbh|ltd|inc|ngo|ong|(?-i:[A-Z]{2,}))\b", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^[\s|:+=_-]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+(?P<item>.+?)\s*$")


def table_people(lines: list[Line]) -> list[FoundPerson]:
    """A delegation as a table: a header row of labels, one person a row (tabs, "|" or ";" between cells)."""
    people: list[FoundPerson] = []
    columns: list[str | None] | None = None
    separator = ""
    for line in lines:
        if not line.text.strip():
            continue
        cells = _cells(line.text, separator) if separator else None
        if columns is None:
            for candidate in ("\t", "|", ";"):
                cells = _cells(line.text, candidate)
                if len(cells) >= 2:
                    names = [field_of_label(text) for _, _, text in cells]
                    if sum(1 for name in names if name) >= 2 and any(
                            name in ("full_name", "family_name") for name in names):
                        columns, separator = names, candidate
                        break
            continue
        if cells is None or len(cells) < 2:
            break
        if _TABLE_RULE.match(line.text):  # "|------|------|" under a plain-text table's header
            continue
        person = FoundPerson()
        for (start, end, text), name in zip(cells, columns, strict=False):
            if not text or name is None:
                continue
            if name == "full_name" and "given_name" in columns:
                name = "family_name"
            if name == "full_name":
                put_name(person, line, start, text, 0.9)
            elif name == "email":
                found = EMAIL.search(text)
                if found:
                    address = found.group().lower()
                    person.put("email", field_at(line, start + found.start(), start + found.end(), address, 0.9))
            elif name == "language":
                if code := language_code(text):
                    person.put("language", field_at(line, start, end, code, 0.9))
            elif name in ("given_name", "family_name"):
                person.put(name, field_at(line, start, end, name_case(text), 0.9))
            else:
                person.put(name, field_at(line, start, end, text, 0.9))
        if person.has_name():
            people.append(person)
    return people


def _cells(text: str, separator: str) -> list[tuple[int, int, str]]:
    cells = []
    at = 0
    for piece in text.split(separator):
        stripped = piece.strip()
        offset = piece.find(stripped) if stripped else 0
        cells.append((at + offset, at + offset + len(stripped), stripped))
        at += len(piece) + len(separator)
    if separator == "|":
        cells = [cell for index, cell in enumerate(cells) if cell[2] or 0 < index < len(cells) - 1]
    return cells


def list_people(lines: list[Line]) -> list[FoundPerson]:
    """A delegation as a list: "1. H.E. Mr. John SMITH, Ambassador" or "- Ms Jane Doe (Counsellor)"; or,
    as a note verbale writes it, lines without bullets that each start with an honorific ("H.E. Mr. …",
    "Mme …"), two or more in a row."""
    people: list[FoundPerson] = []
    for line in lines:
        match = _LIST_ITEM.match(line.text)
        if match is None:
            continue
        start = match.start("item")
        item = match.group("item")
        person = _list_person(line, start, item)
        if person is not None:
            people.append(person)
    return people or _titled_lines(lines)


def _titled_lines(lines: list[Line]) -> list[FoundPerson]:
    runs: list[list[FoundPerson]] = [[]]
    for line in lines:
        item = line.text.strip()
        words = item.split()
        person = _list_person(line, line.text.find(item), item) if words and is_honorific(words[0]) else None
        if person is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(person)
    return max((run for run in runs if len(run) >= 2), key=len, default=[])


def _list_person(line: Line, start: int, item: str) -> FoundPerson | None:
    parts = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^,;()–—|]+", item) if m.group().strip()]
    if not parts:
        return None
    first_start, _, name = parts[0]
    offset = item.find(name, first_start)
    if not looks_like_name(name) or fold(name) in NOT_NAMES:
        return None
    person = FoundPerson()
    put_name(person, line, start + offset, name, 0.8)
    rest = [part for part in parts[1:] if not EMAIL.search(part[2])]
    titles = [part for part in rest if not _ORGANISATION.search(part[2])]
    organisations = [part for part in rest if _ORGANISATION.search(part[2])]
    if titles:  # "Ambassador, Permanent Representative": one job title in two parts
        first, last = titles[0], titles[1] if len(titles) == 2 else titles[0]
        a, b = item.find(first[2], first[0]), item.find(last[2], last[0]) + len(last[2])
        person.put("job_title", field_at(line, start + a, start + b, item[a:b], 0.7))
    if organisations:
        text = organisations[0][2]
        at = item.find(text, organisations[0][0])
        person.put("organisation", field_at(line, start + at, start + at + len(text), text, 0.7))
    found = EMAIL.search(item)
    if found:
        person.put("email", field_at(line, start + found.start(), start + found.end(), found.group().lower(), 0.9))
    return person
