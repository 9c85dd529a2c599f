"""Finding the table in a sheet: the header row below any titles, the rows that belong to it.

Organisers' sheets have a title (often merged across the top), a blank line, then the header; blank
rows inside the list; and totals or notes under it. The header is the row among the first few dozen
where the most cells name a known field; failing that, the first row with several text cells. A row
holding an e-mail address is a person, never a header: a list whose first row is a person (a mailing
list's dump) has no header, and its columns are known by letter. A second header line right under the
first (the same fields in another language) is read with it, not as a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from checkin.io.cell_values import clean_email
from checkin.io.column_mapping import field_for_header

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Table:
    header_row: int  # 1-based
    labels: list[str]  # one per column, unique; "" for a column without header or data
    body: list[tuple[int, list[Any]]]  # (1-based row, cells) for every non-blank row below the header
    header: list[Any] = field(default_factory=list)  # the cells the columns are named from (none: by letter)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _has_content(cell: Any) -> bool:
    return cell is not None and cell != "" and (not isinstance(cell, str) or bool(cell.strip()))


def _is_blank(cells: Sequence[Any]) -> bool:
    return not any(map(_has_content, cells))


def header_score(cells: Sequence[Any]) -> tuple[int, int]:
    """(cells that name a known field, non-empty text cells)."""
    known = texts = 0
    for cell in cells:
        if isinstance(cell, str) and cell.strip():
            texts += 1
            if field_for_header(cell) is not None:
                known += 1
    return known, texts


def find_table(rows: Sequence[Sequence[Any]], no_header: bool = False) -> Table | None:
    """The table in the rows; with `no_header` (or when its first row is plainly a person) the rows are
    all people and the columns are named by letter."""
    header_index = None if no_header else _header_index(rows)
    if header_index is None:
        if not no_header and not _starts_with_a_person(rows):
            return None
        return headerless_table(rows)
    second = header_index + 1
    if second < len(rows) and _second_header_line(rows[header_index], rows[second]):
        header = [_joined(top, below) for top, below in _pairs(rows[header_index], rows[second])]
        return table_of(header, header_index + 1, body_rows(rows[second + 1:], second + 2))
    return table_of(rows[header_index], header_index + 1, body_rows(rows[header_index + 1:], header_index + 2))


def headerless_table(rows: Sequence[Sequence[Any]]) -> Table:
    """Every row a person; the columns named by their letters (A, B, …)."""
    return table_of([], 0, body_rows(rows, 1))


def _header_index(rows: Sequence[Sequence[Any]]) -> int | None:
    best_index, best_score = None, (0, 0)
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score(cells)
        if score[0] > best_score[0] and not _holds_an_address(cells):
            best_index, best_score = index, score
    if best_index is None:  # no known header word: take the first row of several text cells
        for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if _holds_an_address(cells):
                return None  # people before any header: there is none
            if header_score(cells)[1] >= 2:
                return index
    return best_index


def _holds_an_address(cells: Sequence[Any]) -> bool:
    return any(isinstance(cell, str) and "@" in cell and clean_email(cell)[1] for cell in cells)


def _starts_with_a_person(rows: Sequence[Sequence[Any]]) -> bool:
    first = next((cells for cells in rows[:HEADER_SEARCH_ROWS] if not _is_blank(cells)), None)
    return first is not None and _holds_an_address(first)


def _second_header_line(header: Sequence[Any], below: Sequence[Any]) -> bool:
    """The row under the header names the same fields (a bilingual header on two lines), and is no person."""
    known = 0
    for top, cell in _pairs(header, below):
        if not (isinstance(cell, str) and cell.strip()):
            continue
        found = field_for_header(cell)
        if found is None:
            continue
        over = field_for_header(top) if isinstance(top, str) and top.strip() else None
        if over is not None and over[0] != found[0] and {over[0], found[0]} != {"full_name", "family_name"}:
            return False
        known += 1
    return known >= 2 and not _holds_an_address(below)


def _pairs(top: Sequence[Any], below: Sequence[Any]) -> list[tuple[Any, Any]]:
    width = max(len(top), len(below))
    return [(top[i] if i < len(top) else None, below[i] if i < len(below) else None) for i in range(width)]


def _joined(top: Any, below: Any) -> str:
    texts = [cell_text(cell).strip() for cell in (top, below) if cell_text(cell).strip()]
    return " / ".join(dict.fromkeys(texts))


def body_rows(rows: Sequence[Sequence[Any]], first_row: int) -> list[tuple[int, list[Any]]]:
    """(1-based row, cells) of the rows that are not blank; `first_row` is the number of rows[0].

    The cells are the rows' own lists (a reader's rows are lists; nothing drafting them writes into
    them): copying each was a third of this in a 100k list."""
    has = _has_content  # most rows start with a value: one call says they are not blank
    return [(number, cells if type(cells) is list else list(cells))
            for number, cells in enumerate(rows, start=first_row) if (cells and has(cells[0])) or not _is_blank(cells)]


def table_of(header: Sequence[Any], header_row: int, body: list[tuple[int, list[Any]]]) -> Table:
    """The table under that header row: its columns are named from the header and the whole body."""
    width = max([len(header), *(len(cells) for _, cells in body)], default=0)
    return Table(header_row, _labels(list(header), body, width), body, list(header))


# Control codes in a header (pasted from another system, or planted before a "=") are no part of its name.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _labels(header: list[Any], body: list[tuple[int, list[Any]]], width: int) -> list[str]:
    """Header texts on one line; a column with data but no header is named by its letter; duplicates numbered."""
    labels: list[str] = []
    seen: dict[str, int] = {}
    for position in range(width):
        raw = _CONTROL.sub("", cell_text(header[position])) if position < len(header) else ""
        # A line break inside a header cell usually separates two languages: keep it visible.
        text = " / ".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())
        if not text and any(position < len(cells) and cell_text(cells[position]).strip() for _, cells in body):
            text = column_letter(position)
        if text:
            seen[text.casefold()] = seen.get(text.casefold(), 0) + 1
            if seen[text.casefold()] > 1:
                text = f"{text} ({seen[text.casefold()]})"
        labels.append(text)
    return labels


def column_letter(position: int) -> str:
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def looks_like_list(rows: Sequence[Sequence[Any]]) -> bool:
    """A sheet worth importing by default: a header naming two fields or more, and rows below."""
    return list_score(rows) is not None


def list_score(rows: Sequence[Sequence[Any]]) -> tuple[int, int, int] | None:
    """How much a sheet looks like a list of attendees, or None when it is no list: (its header names a
    person's name, fields it names + the attendee's own columns, people)."""
    table = find_table(rows)
    if not table or not table.body or not table.header_row:
        return None
    fields = [found for label in table.labels if label and (found := field_for_header(label)) is not None]
    if len(fields) < 2:
        return None
    named = {"given_name", "family_name", "full_name"} & {field for field, _ in fields}
    attendee = sum("attendee" in label.casefold() or "participant" in label.casefold() for label in table.labels)
    return bool(named), len(fields) + 2 * attendee, len(table.body)
