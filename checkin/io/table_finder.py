"""Finding the table in a sheet: the header row below any titles, the rows that belong to it.

Organisers' sheets have a title (often merged across the top), a blank line, then the header; blank
rows inside the list; and totals or notes under it. The header is the row among the first few dozen
where the most cells name a known field; failing that, the first row with several text cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from checkin.io.column_mapping import field_for_header

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Table:
    header_row: int  # 1-based
    labels: list[str]  # one per column, unique; "" for a column without header or data
    body: list[tuple[int, list[Any]]]  # (1-based row, cells) for every non-blank row below the header


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


def find_table(rows: Sequence[Sequence[Any]]) -> Table | None:
    header_index = _header_index(rows)
    if header_index is None:
        return None
    return table_of(rows[header_index], header_index + 1, body_rows(rows[header_index + 1:], header_index + 2))


def _header_index(rows: Sequence[Sequence[Any]]) -> int | None:
    best_index, best_score = None, (0, 0)
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score(cells)
        if score[0] > best_score[0]:
            best_index, best_score = index, score
    if best_index is None:  # no known header word: take the first row of several text cells
        best_index = next((i for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]) if header_score(cells)[1] >= 2),
                          None)
    return best_index


def body_rows(rows: Sequence[Sequence[Any]], first_row: int) -> list[tuple[int, list[Any]]]:
    """(1-based row, cells) of the rows that are not blank; `first_row` is the number of rows[0]."""
    return [(number, list(cells)) for number, cells in enumerate(rows, start=first_row) if not _is_blank(cells)]


def table_of(header: Sequence[Any], header_row: int, body: list[tuple[int, list[Any]]]) -> Table:
    """The table under that header row: its columns are named from the header and the whole body."""
    width = max([len(header), *(len(cells) for _, cells in body)], default=0)
    return Table(header_row, _labels(list(header), body, width), body)


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
    table = find_table(rows)
    return bool(table and table.body and header_score(rows[table.header_row - 1])[0] >= 2)
