"""Row by row: clean each mapped cell, keep what is valid, list every problem with its row and column.

Never all-or-nothing: a row without a name, or a second row for the same person, is skipped; a malformed
e-mail is left out (the person still imports), an unknown category imports as the default one, an
unreadable date imports without a registration time. Each case is a Problem the faces put into words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from checkin.core.folding import fold
from checkin.io import import_report as codes
from checkin.io.cell_values import (
    CategoryRules,
    clean_email,
    day_first_order,
    normalise_language,
    parse_moment,
    text_column,
    text_of,
)
from checkin.io.import_report import Problem, RowDraft
from checkin.io.names import split_full_name
from checkin.io.table_finder import Table

_FOOTER_WORDS = ("total", "totals", "sum", "summe", "gesamt", "totale", "somme", "note", "notes", "nb",
                 "remarque", "hinweis", "anmerkung")
PROGRESS_EVERY = 2000
_NOT_WEAK: frozenset[str] = frozenset()


# Sized for a 100k list: a re-import asks for each person's key from the rows, the event and the match,
# and a least-recently-used cache smaller than the list misses every time.
@lru_cache(maxsize=1 << 18)
def name_key(given: str, family: str, organisation: str) -> tuple[str, str] | None:
    """Folded name words in any order + folded organisation: "same person" across files and rows."""
    words = f"{fold(given)} {fold(family)}".split()
    if not words:
        return None
    words.sort()
    return " ".join(words), _organisation_key(organisation)


@lru_cache(maxsize=4096)
def _organisation_key(organisation: str) -> str:
    # A list names a few hundred organisations at most: each is folded once.
    return " ".join(fold(organisation).split())


def draft_rows(table: Table, mapping: Mapping[str, str], categories: CategoryRules, timezone: str,
               progress: Callable[[int, int], Any] | None = None) -> tuple[list[RowDraft], list[Problem]]:
    drafter = RowDrafter(table.labels, mapping, categories, timezone, progress)
    drafter.add(table.body, len(table.body))
    return drafter.finish()


class RowDrafter:
    """Drafts a table's body given in one or more parts, in order: a big sheet's later rows are still
    being read while its first ones are checked. The result is the same however the body is cut, as
    long as the first part holds the rows that tell how the dates are written (the first 5,000)."""

    def __init__(self, labels: list[str], mapping: Mapping[str, str], categories: CategoryRules, timezone: str,
                 progress: Callable[[int, int], Any] | None = None) -> None:
        position = {label: index for index, label in enumerate(labels) if label}
        self._columns = {field: position[label] for field, label in mapping.items() if label in position}
        mapped = set(self._columns.values())
        self._extra_columns = [(label, index) for label, index in position.items() if index not in mapped]
        self._mapping, self._categories, self._progress = mapping, categories, progress
        self._zone = ZoneInfo(timezone)
        self._day_first: bool | None = None
        self._drafts: list[RowDraft] = []
        self._problems: list[Problem] = []
        self._nameless: list[tuple[int, list[Any], bool]] = []  # (row, cells, has an e-mail)
        self._seen_email: dict[str, int] = {}
        self._seen_name: dict[tuple[str, str], int] = {}
        self._category_cache: dict[str, tuple[str, bool]] = {}
        self._language_cache: dict[str, str] = {}
        self._done = 0

    def add(self, body: list[tuple[int, list[Any]]], total: int) -> None:
        """Draft the next rows of the body; `total` is the size of the whole body, as far as it is known."""
        columns, mapping, zone = self._columns, self._mapping, self._zone
        cells_of = [cells for _, cells in body]
        narrowest = min(map(len, cells_of), default=0)
        time_column = columns.get("registered_at")
        times = _column(cells_of, time_column, narrowest) if time_column is not None else None
        if self._day_first is None and body:
            self._day_first = day_first_order(times[:5000]) if times else True
        day_first = bool(self._day_first)

        # The cells are cleaned column by column (a repeated value once), then each row is judged whole.
        text_fields = [(field, index) for field, index in columns.items() if field != "registered_at"]
        cleaned = [text_column(_column(cells_of, index, narrowest)) for _, index in text_fields]
        cell_problems: dict[int, list[Problem]] = {}
        for (field, _), (_, found) in zip(text_fields, cleaned):
            for at, code in found.items():
                cell_problems.setdefault(at, []).append(Problem(body[at][0], mapping[field], code))
        names = [field for field, _ in text_fields]
        all_values = (list(map(dict, map(zip, repeat(names), zip(*(texts for texts, _ in cleaned))))) if names
                      else [{} for _ in body])
        extras = [(label, text_column(_column(cells_of, index, narrowest))[0]) for label, index in self._extra_columns]

        drafts, problems, nameless, progress = self._drafts, self._problems, self._nameless, self._progress
        seen_email, seen_name = self._seen_email, self._seen_name
        category_cache, language_cache, categories = self._category_cache, self._language_cache, self._categories
        done = self._done
        self._done += len(body)
        # Problems go straight into `problems`: they are sorted by row and column at the end, and within one
        # cell they keep the order found (a control character, then the malformed address).
        for at, values in enumerate(all_values):
            if progress is not None and (done + at) % PROGRESS_EVERY == 0 and done + at:
                progress(done + at, max(total, done + at))
            row, cells = body[at]
            if at in cell_problems:
                problems.extend(cell_problems[at])
            weak: list[str] | None = None
            full = values.pop("full_name", "")
            if full and not values.get("given_name") and not values.get("family_name"):
                honorific, given, family, display = split_full_name(full)
                values.update(given_name=given, family_name=family)
                if display:
                    values["display_name"] = display
                if honorific and not values.get("honorific"):
                    values["honorific"] = honorific
            if not (values.get("given_name") and values.get("family_name")) and (
                    _looks_like_footer(cells, values) or not (values.get("given_name") or values.get("family_name"))):
                nameless.append((row, cells, bool(values.get("email"))))
                continue
            email = values.get("email")
            if email:
                address, valid = clean_email(email)
                if not valid:
                    problems.append(Problem(row, mapping["email"], codes.BAD_EMAIL, email))
                    weak = ["email"]
                    address = ""
                values["email"] = address
            if "category" in values:
                raw_category = values["category"]
                if raw_category not in category_cache:  # a column holds a handful of distinct values
                    category_cache[raw_category] = categories.resolve(raw_category)
                category, known = category_cache[raw_category]
                if not known:
                    problems.append(Problem(row, mapping["category"], codes.UNKNOWN_CATEGORY, raw_category))
                    weak = [*(weak or ()), "category"]
                values["category"] = category
            language = values.get("language")
            if language:
                if language not in language_cache:
                    language_cache[language] = normalise_language(language)
                values["language"] = language_cache[language]
            registered_at = None
            if times is not None:
                try:
                    registered_at = parse_moment(times[at], zone, day_first)
                except (ValueError, OverflowError):
                    problems.append(Problem(row, mapping["registered_at"], codes.BAD_DATE, text_of(times[at])[0]))
            duplicate = _duplicate_of(row, values, seen_email, seen_name, mapping)
            if duplicate is not None:
                problems.append(duplicate)
                continue
            external = values.pop("external_code", "")
            extra = {label: texts[at] for label, texts in extras if texts[at]} if extras else {}
            drafts.append(RowDraft(row, values, registered_at, (external,) if external else (), extra,
                                   frozenset(weak) if weak else _NOT_WEAK))

    def finish(self) -> tuple[list[RowDraft], list[Problem]]:
        """The drafts, and every problem sorted by row and column."""
        problems = [*self._problems, *_nameless_problems(self._nameless, self._drafts, self._mapping)]
        return self._drafts, sorted(problems, key=lambda p: (p.row, p.column))


def _column(rows: list[list[Any]], index: int, narrowest: int) -> list[Any]:
    """One column of the body; None where a short row (a CSV line with fewer fields) ends before it."""
    if index < narrowest:
        return list(map(itemgetter(index), rows))
    return [cells[index] if index < len(cells) else None for cells in rows]


def _duplicate_of(row: int, values: dict[str, str], seen_email: dict[str, int],
                  seen_name: dict[tuple[str, str], int], mapping: Mapping[str, str]) -> Problem | None:
    email = values.get("email", "").casefold()
    if email:
        if email in seen_email:
            return Problem(row, mapping.get("email", ""), codes.DUPLICATE_EMAIL, values["email"], seen_email[email])
        seen_email[email] = row
    key = name_key(values.get("given_name", ""), values.get("family_name", ""), values.get("organisation", ""))
    if key is not None:
        if key in seen_name:
            column = mapping.get("family_name") or mapping.get("full_name") or mapping.get("given_name", "")
            return Problem(row, column, codes.DUPLICATE_NAME, " ".join(key).strip(), seen_name[key])
        seen_name[key] = row
    return None


def _first_word(cells: list[Any]) -> tuple[str, str]:
    """(the first non-empty text of a row, its first word folded)."""
    for cell in cells:
        text = text_of(cell)[0]
        if text:
            return text, fold(text).split(" ", 1)[0].strip(":.*")
    return "", ""


def _looks_like_footer(cells: list[Any], values: Mapping[str, str]) -> bool:
    """"Total 2", "Note: …": no e-mail, not both names, and a footer word first."""
    if values.get("email") or (values.get("given_name") and values.get("family_name")):
        return False
    return _first_word(cells)[1] in _FOOTER_WORDS


def _nameless_problems(nameless: list[tuple[int, list[Any], bool]], drafts: list[RowDraft],
                       mapping: Mapping[str, str]) -> list[Problem]:
    """Rows without a name: a person with a blank name, or a totals/notes line under the list."""
    last_person = max((draft.row for draft in drafts), default=0)
    column = mapping.get("family_name") or mapping.get("full_name") or mapping.get("given_name", "")
    found: list[Problem] = []
    for row, cells, has_email in nameless:
        text, first_word = _first_word(cells)
        if not has_email and (row > last_person or first_word in _FOOTER_WORDS):
            found.append(Problem(row, "", codes.NOT_A_PERSON, text[:80]))
        else:
            found.append(Problem(row, column, codes.MISSING_NAME))
    return found
