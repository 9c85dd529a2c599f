"""Row by row: clean each mapped cell, keep what is valid, list every problem with its row and column.

Never all-or-nothing: a row without a name is skipped; a malformed e-mail is left out (the person still
imports), an unknown category becomes a category of its own, an unknown status is kept as an extra field
and the row imports as registered, an unreadable date imports without a registration time. Each case is
a Problem the faces put into words.

A person is not an e-mail: rows with the same address and different names are different people, kept
together as a group (a mission's delegation, an assistant and her ambassador); the same address and the
same (folded) name twice is one person sending the form again, and the later row wins. People one order
registered together (one order code, several people) are a group too, as are those an explicit group or
delegation column names. A group is called by the organisation its people share, else by their shared
mailbox (or their order's), else by the order code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import add, itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from checkin.core.folding import fold
from checkin.core.models import Status
from checkin.io import import_report as codes
from checkin.io.cell_values import (
    PLACEHOLDERS,
    CategoryRules,
    clean_email,
    day_first_order,
    normalise_language,
    parse_moment,
    plain_addresses,
    resolve_status,
    text_column,
    text_of,
    zoned_moments,
)
from checkin.io.column_mapping import MULTI_COLUMN_FIELDS, columns_of
from checkin.io.import_report import Problem, RowDraft
from checkin.io.names import is_cjk, read_full_name, read_two_columns
from checkin.io.table_finder import Table

_FOOTER_WORDS = ("total", "totals", "sum", "summe", "gesamt", "totale", "somme", "note", "notes", "nb",
                 "remarque", "hinweis", "anmerkung")
PROGRESS_EVERY = 2000
_NOT_WEAK: frozenset[str] = frozenset()
_PLACEHOLDER_FIELDS = ("full_name", "email", "order_email", "status", "order_code", "group", "external_code")
_UNSET = object()


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


def name_keys(givens: Sequence[str], families: Sequence[str],
              organisations: Sequence[str]) -> list[tuple[str, str] | None]:
    """name_key() of each row, from whole columns: mapped over the folding caches in C, where a call per
    row (its own cache missing for every new person) was a sixth of drafting a list."""
    words = map(" ".join, map(sorted, map(str.split, map(add, map(add, map(fold, givens), repeat(" ")),
                                                             map(fold, families)))))
    return [(joined, organisation) if joined else None
            for joined, organisation in zip(words, map(_organisation_key, organisations))]


@lru_cache(maxsize=4096)
def _organisation_key(organisation: str) -> str:
    # A list names a few hundred organisations at most: each is folded once.
    return " ".join(fold(organisation).split())


@lru_cache(maxsize=4096)
def _cjk(text: str) -> bool:
    return is_cjk(text)


def draft_rows(table: Table, mapping: Mapping[str, str], categories: CategoryRules, timezone: str,
               progress: Callable[[int, int], Any] | None = None,
               category_merges: Mapping[str, str] | None = None) -> tuple[list[RowDraft], list[Problem]]:
    drafter = RowDrafter(table.labels, mapping, categories, timezone, progress, category_merges)
    drafter.add(table.body, len(table.body))
    return drafter.finish()


class RowDrafter:
    """Drafts a table's body given in one or more parts, in order: a big sheet's later rows are still
    being read while its first ones are checked. The result is the same however the body is cut, as
    long as the first part holds the rows that tell how the dates are written (the first 5,000)."""

    def __init__(self, labels: list[str], mapping: Mapping[str, str], categories: CategoryRules, timezone: str,
                 progress: Callable[[int, int], Any] | None = None,
                 category_merges: Mapping[str, str] | None = None) -> None:
        position = {label: index for index, label in enumerate(labels) if label}
        self._columns = {field: position[label] for field, label in mapping.items()
                         if field not in MULTI_COLUMN_FIELDS and label in position}
        self._needs_columns = [(label, position[label]) for label in columns_of(mapping, "needs") if label in position]
        mapped = {*self._columns.values(), *(index for _, index in self._needs_columns)}
        self._extra_columns = [(label, index) for label, index in position.items() if index not in mapped]
        self._mapping, self._categories, self._progress = mapping, categories, progress
        self._merges = dict(category_merges or {})
        self._zone = ZoneInfo(timezone)
        self._day_first: bool | None = None
        self._drafts: list[RowDraft] = []
        self._problems: list[Problem] = []
        self._nameless: list[tuple[int, list[Any], bool]] = []  # (row, cells, has an e-mail)
        self._seen_email: dict[str, int] = {}  # folded address → the draft of its first person
        self._mailboxes: dict[str, list[int]] = {}  # an address several people share → their drafts
        self._seen_name: dict[tuple[str, str], int] = {}  # name key → draft
        self._orders: dict[str, list[int]] = {}  # order code → its drafts
        self._order_mail: dict[str, str] = {}  # order code → the buyer's address
        self._category_cache: dict[str, tuple[str, bool]] = {}
        self._language_cache: dict[str, str] = {}
        self._status_cache: dict[str, Status | None] = {}
        self._unknown_statuses: dict[str, list[int]] = {}
        self._new_categories: dict[str, list[int]] = {}
        self._raw_categories: Counter[str] = Counter()
        self._uncounted: list[str] = []  # the categories of rows that became no one
        self._codes: set[str] = set()
        self._codes_repeat = False
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
        moments = zoned_moments(times, zone) if times is not None else None

        # The cells are cleaned column by column (a repeated value once), then each row is judged whole.
        text_fields = [(field, index) for field, index in columns.items() if field != "registered_at"]
        cleaned = [text_column(_column(cells_of, index, narrowest)) for _, index in text_fields]
        cell_problems: dict[int, list[Problem]] = {}
        for (field, _), (texts, found) in zip(text_fields, cleaned):
            for at, code in found.items():
                cell_problems.setdefault(at, []).append(Problem(body[at][0], mapping[field], code))
            if field in _PLACEHOLDER_FIELDS and not PLACEHOLDERS.isdisjoint(texts):
                texts[:] = ["" if text in PLACEHOLDERS else text for text in texts]
            if field == "category":
                self._raw_categories.update(texts)
            elif field == "external_code":
                before = len(self._codes)
                self._codes.update(texts)
                self._codes_repeat = self._codes_repeat or len(self._codes) - before < len(texts) - texts.count("")
        names = [field for field, _ in text_fields]
        all_values = (list(map(dict, map(zip, repeat(names), zip(*(texts for texts, _ in cleaned))))) if names
                      else [{} for _ in body])
        extras = [(label, text_column(_column(cells_of, index, narrowest))[0]) for label, index in self._extra_columns]
        needs = [(label, text_column(_column(cells_of, index, narrowest))[0]) for label, index in self._needs_columns]
        labelled_needs = len(needs) > 1
        status_label = mapping.get("status", "")
        order_codes = "order_code" in columns
        order_mail = "order_email" in columns
        group_column = "group" in columns
        full_names, external_codes = "full_name" in columns, "external_code" in columns
        # The given names that need a closer look (an honorific, a whole name, a script without spaces), found
        # among the column's distinct values: most rows are then one set lookup.
        column_texts = {field: texts for (field, _), (texts, _) in zip(text_fields, cleaned)}
        addresses_plain = plain_addresses(column_texts.get("email", ()))
        given_texts = column_texts.get("given_name", ())
        nobody = [""] * len(body)
        keys = name_keys(column_texts.get("given_name", nobody), column_texts.get("family_name", nobody),
                         column_texts.get("organisation", nobody))
        odd_given = {given for given in set(given_texts)
                     if " " in given or "." in given or (not given.isascii() and _cjk(given))}
        seen_email, seen_name = self._seen_email, self._seen_name

        drafts, problems, nameless, progress = self._drafts, self._problems, self._nameless, self._progress
        category_cache, language_cache = self._category_cache, self._language_cache
        status_cache = self._status_cache
        done = self._done
        self._done += len(body)
        # Problems go straight into `problems`: they are sorted at the end, and within one cell they keep
        # the order found (a control character, then the malformed address).
        for at, values in enumerate(all_values):
            if progress is not None and (done + at) % PROGRESS_EVERY == 0 and done + at:
                progress(done + at, max(total, done + at))
            row, cells = body[at]
            if at in cell_problems:
                problems.extend(cell_problems[at])
            weak: list[str] | None = None
            resplit = False  # the name as cut here, not as the columns give it
            full = values.pop("full_name") if full_names else ""
            given = values.get("given_name", "")
            family = values.get("family_name", "")
            if full and not given and not family:
                parts = read_full_name(full)
                given, family = values["given_name"], values["family_name"] = parts.given, parts.family
                resplit = True
                if parts.display:
                    values["display_name"] = parts.display
                if parts.honorific and not values.get("honorific"):
                    values["honorific"] = parts.honorific
                if parts.doubtful:
                    problems.append(Problem(row, mapping["full_name"], codes.CHECK_NAME_SPLIT, full))
            elif (given or family) and (not (given and family) or given in odd_given):
                if not (given and family) and _looks_like_footer(cells, values):  # "Note: list closed on …"
                    nameless.append((row, cells, False))
                    continue
                parts = read_two_columns(given, family)
                given, family = parts.given, parts.family
                resplit = True
                if given or "given_name" in values:
                    values["given_name"] = given
                if family or "family_name" in values:
                    values["family_name"] = family
                if parts.display:
                    values["display_name"] = parts.display
                if parts.honorific:
                    values["honorific"] = " ".join(filter(None, (values.get("honorific"), parts.honorific)))
                if parts.doubtful:
                    problems.append(Problem(row, mapping.get("given_name", ""), codes.CHECK_NAME_SPLIT, given))
            if not (given and family) and (_looks_like_footer(cells, values) or not (given or family)):
                nameless.append((row, cells, bool(values.get("email"))))
                if "category" in values:
                    self._uncount(values["category"])
                continue
            email = values.get("email")
            if email and not addresses_plain:
                address, valid = clean_email(email)
                if not valid:
                    problems.append(Problem(row, mapping["email"], codes.BAD_EMAIL, email))
                    weak = ["email"]
                    address = ""
                values["email"] = email = address
            if order_mail:
                buyer = values.pop("order_email")
                if buyer and not email:
                    address, valid = clean_email(buyer)
                    if valid:
                        values["email"] = email = address
            if "category" in values:
                raw_category = values["category"]
                if raw_category not in category_cache:  # a column holds a handful of distinct values
                    self._resolve_category(raw_category)
                category, known = category_cache[raw_category]
                if not known:
                    self._new_categories.setdefault(category, []).append(row)
                values["category"] = category
            language = values.get("language")
            if language:
                if language not in language_cache:
                    language_cache[language] = normalise_language(language)
                values["language"] = language_cache[language]
            if status_label:
                raw_status = values.pop("status")
                if raw_status:
                    status = status_cache.get(raw_status, _UNSET)
                    if status is _UNSET:
                        status = status_cache[raw_status] = resolve_status(raw_status)
                    if status is None:
                        self._unknown_statuses.setdefault(raw_status, []).append(row)
                    else:
                        values["status"] = status
            if group_column and not values["group"]:
                del values["group"]
            if needs:
                stated = [(label, texts[at]) for label, texts in needs if texts[at]]
                if stated:
                    values["needs"] = ("; ".join(f"{label}: {value}" for label, value in stated) if labelled_needs
                                       else stated[0][1])
            registered_at = None
            if moments is not None:
                registered_at = moments[at]
            elif times is not None:
                try:
                    registered_at = parse_moment(times[at], zone, day_first)
                except (ValueError, OverflowError):
                    problems.append(Problem(row, mapping["registered_at"], codes.BAD_DATE, text_of(times[at])[0]))
            order = values.pop("order_code", "") if order_codes else ""
            external = values.pop("external_code") if external_codes else ""
            extra = {label: texts[at] for label, texts in extras if texts[at]} if extras else {}
            if status_label and raw_status and "status" not in values:
                extra[status_label] = raw_status  # a status we do not know is kept as the file states it
            draft = RowDraft(row, values, registered_at, (external,) if external else (), extra,
                             frozenset(weak) if weak else _NOT_WEAK)
            key = name_key(given, family, values.get("organisation", "")) if resplit else keys[at]
            mailbox = email.casefold() if email else ""
            if (not mailbox or mailbox not in seen_email) and (key is None or key not in seen_name):
                index = len(drafts)  # someone new: most rows
                if key is not None:
                    seen_name[key] = index
                if mailbox:
                    seen_email[mailbox] = index
                drafts.append(draft)
            else:
                index = self._place(draft, mailbox, key)
            if index is not None and order:
                self._orders.setdefault(order, []).append(index)
                if order not in self._order_mail and (buyer_mail := email if not order_mail else buyer or email):
                    self._order_mail[order] = buyer_mail

    def _resolve_category(self, raw: str) -> tuple[str, bool]:
        found, known = self._categories.resolve(raw)
        resolved = self._category_cache[raw] = (self._merges[found], True) if found in self._merges else (found, known)
        return resolved

    def _uncount(self, raw: str) -> None:
        """A row that did not become a person does not count for its category."""
        self._uncounted.append((self._category_cache.get(raw) or self._resolve_category(raw))[0])

    def _place(self, draft: RowDraft, mailbox: str, key: tuple[str, str] | None) -> int | None:
        """Add the draft over the same person's earlier row, or as another person at a mailbox already met;
        its index, or None when it was left out (another row's person by name and organisation)."""
        drafts, values = self._drafts, draft.values
        words = key[0] if key else ""
        first = self._seen_email.get(mailbox) if mailbox else None
        if first is not None:  # the same person from the same mailbox: a form sent again
            same = next((index for index in self._mailboxes.get(mailbox, (first,)) if _words(drafts[index]) == words),
                        None)
            if same is not None:
                return self._replace(same, draft)
        if key is not None:
            if key in self._seen_name:
                earlier = drafts[self._seen_name[key]]
                column = self._mapping.get("family_name") or self._mapping.get("full_name") or self._mapping.get(
                    "given_name", "")
                self._problems.append(Problem(draft.row, column, codes.DUPLICATE_NAME, " ".join(key).strip(),
                                              earlier.row))
                if "category" in values:
                    self._uncounted.append(values["category"])
                return None
            self._seen_name[key] = len(drafts)
        if first is not None:  # another person at a mailbox already met
            self._mailboxes.setdefault(mailbox, [first]).append(len(drafts))
        elif mailbox:
            self._seen_email[mailbox] = len(drafts)
        drafts.append(draft)
        return len(drafts) - 1

    def _replace(self, index: int, draft: RowDraft) -> int:
        """The same person sent the form again: the later row wins wherever it says something (an answer
        left empty the second time keeps the first), and the earlier place in the queue is kept."""
        earlier = self._drafts[index]
        moments = [moment for moment in (earlier.registered_at, draft.registered_at) if moment is not None]
        known = set(earlier.external_codes)
        stated = {field: value for field, value in draft.values.items() if value}
        values = {**earlier.values, **stated}
        draft.values.clear()
        draft.values.update(values)  # the draft's own dict: the groups name the people through it
        weak = (earlier.weak - stated.keys()) | (draft.weak & stated.keys())
        self._drafts[index] = draft._replace(
            registered_at=min(moments) if moments else None,
            external_codes=(*earlier.external_codes, *(code for code in draft.external_codes if code not in known)),
            extra={**earlier.extra, **draft.extra}, weak=frozenset(weak) if weak else _NOT_WEAK)
        name = " ".join(filter(None, (draft.values.get("given_name"), draft.values.get("family_name"))))
        self._problems.append(Problem(draft.row, self._mapping.get("email", ""), codes.DOUBLE_SUBMISSION, name,
                                      earlier.row))
        if "category" in earlier.values:
            self._uncounted.append(earlier.values["category"])
        return index

    def finish(self) -> tuple[list[RowDraft], list[Problem]]:
        """The drafts, and every problem sorted by row and column."""
        drafts = self._drafts
        self._group(drafts)
        problems = [*self._problems, *_nameless_problems(self._nameless, drafts, self._mapping)]
        if self._codes_repeat:
            problems.extend(_shared_codes(drafts, self._mapping.get("external_code", "")))
        for value, rows in self._unknown_statuses.items():
            problems.append(Problem(rows[0], self._mapping.get("status", ""), codes.UNKNOWN_STATUS, value,
                                    more_rows=tuple(rows[1:])))
        for category, rows in self._new_categories.items():
            problems.append(Problem(rows[0], self._mapping.get("category", ""), codes.NEW_CATEGORY, category,
                                    more_rows=tuple(rows[1:])))
        return drafts, sorted(problems, key=lambda p: (p.row, p.column))

    def categories_found(self) -> dict[str, int]:
        """How many people each category has, in the order first met (counted column by column as the
        rows were cleaned, less the rows that became no one)."""
        found: Counter[str] = Counter()
        for raw, count in self._raw_categories.items():
            found[(self._category_cache.get(raw) or self._resolve_category(raw))[0]] += count
        found.subtract(self._uncounted)
        return {category: count for category, count in found.items() if count > 0}

    def _group(self, drafts: list[RowDraft]) -> None:
        """Name the groups of people registered together (unless a group column already did)."""
        for code, indexes in self._orders.items():
            if len(indexes) > 1:
                _name_group(drafts, indexes, self._order_mail.get(code) or code)
        for mailbox, indexes in self._mailboxes.items():
            if len(indexes) > 1:
                _name_group(drafts, indexes, drafts[indexes[0]].values.get("email", mailbox))


def _words(draft: RowDraft) -> str:
    key = name_key(draft.values.get("given_name", ""), draft.values.get("family_name", ""), "")
    return key[0] if key else ""


def _name_group(drafts: list[RowDraft], indexes: list[int], fallback: str) -> None:
    members = [drafts[index].values for index in dict.fromkeys(indexes)]
    if len(members) < 2:
        return
    organisations = {_organisation_key(values.get("organisation", "")) for values in members}
    name = members[0].get("organisation", "") if len(organisations) == 1 and "" not in organisations else fallback
    for values in members:
        values.setdefault("group", name)


def _shared_codes(drafts: list[RowDraft], column: str) -> list[Problem]:
    """A ticket code several people share is no code of theirs (an order's number, say): it is left out,
    so that it never matches one of them for another."""
    holders: dict[str, list[int]] = {}
    for index, draft in enumerate(drafts):
        for code in draft.external_codes:
            holders.setdefault(code, []).append(index)
    problems = []
    for code, indexes in holders.items():
        if len(indexes) > 1:
            for index in indexes:
                drafts[index] = drafts[index]._replace(
                    external_codes=tuple(c for c in drafts[index].external_codes if c != code))
            rows = [drafts[index].row for index in indexes]
            problems.append(Problem(rows[0], column, codes.SHARED_CODE, code, more_rows=tuple(rows[1:])))
    return problems


def _column(rows: list[list[Any]], index: int, narrowest: int) -> list[Any]:
    """One column of the body; None where a short row (a CSV line with fewer fields) ends before it."""
    if index < narrowest:
        return list(map(itemgetter(index), rows))
    return [cells[index] if index < len(cells) else None for cells in rows]


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
