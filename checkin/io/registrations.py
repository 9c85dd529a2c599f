"""Importing registrations: plan (preview) first, then apply in one transaction.

    plan = plan_import(session, path, sheet=None, mapping_overrides=None)   # reads, maps, validates
    report = apply_import(session, plan, progress=None)                      # merges, all or nothing

Both are Qt-free. `progress(done, total)` is called now and then; raise ImportCancelled from it to
stop, and the event is left exactly as it was. The mapping used is saved with the event and reused
for the next file with the same columns, and the sheet used for the next workbook with the same sheets.

A source that is no spreadsheet (registration e-mails, a web form) gives its people as records:

    plan = plan_records(session, [{"given_name": "Ada", "family_name": "Lovelace", "email": "…",
                                   "group": "…", "Arrives by": "train"}, …], source="mailbox INBOX")

Keys that are FIELDS (column_mapping) are those fields; any other key is kept as an extra field. The
records then go through the same checks (one person per name at a mailbox, statuses, categories) and
the same merge as a spreadsheet's rows, and the plan is applied with apply_import.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from checkin.core.folding import fold
from checkin.core.models import Attendee, RecordKind
from checkin.core.session import EventSession
from checkin.io import import_report as codes
from checkin.io.cell_values import CategoryRules
from checkin.io.column_contents import mapping_by_content, only_addresses, refine_mapping
from checkin.io.column_mapping import (
    FIELDS,
    apply_overrides,
    canonical_field,
    column_for,
    detect_mapping,
    header_signature,
    mapped_labels,
)
from checkin.io.import_report import ImportFailure, ImportPlan, ImportReport, Problem, RowDraft
from checkin.io.merge import compute_changes
from checkin.io.readers import Source, WholeSheet, open_source
from checkin.io.table_finder import Table, body_rows, find_table, list_score, table_of
from checkin.io.validation import RowDrafter
from checkin.io.xlsx_parts import SheetParts

Progress = Callable[[int, int], Any]
MAPPINGS_SETTING = "import.mappings"  # {header signature: {field: column label}}
SHEETS_SETTING = "import.sheets"  # {signature of a workbook's sheet names: the sheet imported from it}
CATEGORIES_SETTING = "categories"
_NAME_FIELDS = {"given_name", "family_name", "full_name"}
WRITE_CHUNK = 2000


def plan_import(session: EventSession, path: Path | str, sheet: str | None = None,
                mapping_overrides: Mapping[str, str | None] | None = None,
                progress: Progress | None = None, cancel_missing: bool = True, preview: bool = True,
                no_header: bool = False, category_merges: Mapping[str, str] | None = None) -> ImportPlan:
    """Read `path`, find its table, map its columns and check every row. Writes nothing.

    With `preview`, `plan.preview` holds the changes an apply would make now (counts for the wizard).

    `mapping_overrides` is {field: column label, or letter; "" or None to leave a field out}.
    `no_header`: the first row is a person; the columns are known by letter (see plan.header).
    `category_merges` is {category found in the file: the category to import it as}.
    Raises ImportFailure for a file that cannot be imported at all.
    """
    path = Path(path)
    with bulk_work():
        return _plan(session, path, sheet, mapping_overrides, progress, cancel_missing, preview, no_header,
                     category_merges or {})


def plan_records(session: EventSession, records: Sequence[Mapping[str, Any]], source: str,
                 cancel_missing: bool = False, preview: bool = True,
                 category_merges: Mapping[str, str] | None = None) -> ImportPlan:
    """A plan from records that are no spreadsheet (see the module's docstring). Writes nothing.

    A record's number in `records`, from 1, is its "row" in the plan's problems. People missing from
    the records are not cancelled unless asked: records are usually what is new."""
    labels = list(dict.fromkeys(key for record in records for key in record))
    rows = [[record.get(label) for label in labels] for record in records]
    table = table_of(labels, 0, body_rows(rows, 1))
    mapping = {field: field for field in FIELDS if field in labels}
    if not (_NAME_FIELDS & set(mapping)):
        raise ImportFailure(codes.NO_NAME_COLUMN, source)
    categories = CategoryRules(session.store.get_setting(CATEGORIES_SETTING))
    with bulk_work():
        drafter = RowDrafter(table.labels, mapping, categories, session.event.timezone, None, category_merges)
        drafter.add(table.body, len(table.body))
        drafts, problems = drafter.finish()
        plan = _plan_of(Path(source), "", [], table, mapping, "records", drafts, problems, drafter, categories,
                        cancel_missing)
        if preview:
            plan.preview = _changes(session, plan)
    return plan


def _plan(session: EventSession, path: Path, sheet: str | None, mapping_overrides: Mapping[str, str | None] | None,
          progress: Progress | None, cancel_missing: bool, preview: bool, no_header: bool,
          category_merges: Mapping[str, str]) -> ImportPlan:
    source = open_source(path)
    name, other_sheets = _choose_sheet(session, source, sheet)
    categories = CategoryRules(session.store.get_setting(CATEGORIES_SETTING))
    table, mapping, mapping_source, drafter = _read_and_draft(
        session, source, name, mapping_overrides or {}, categories, progress, no_header, category_merges)
    drafts, problems = drafter.finish()
    plan = _plan_of(path, name, source.sheet_names, table, mapping, mapping_source, drafts, problems, drafter,
                    categories, cancel_missing)
    plan.encoding, plan.delimiter, plan.other_sheets, plan.no_header = (
        source.encoding, source.delimiter, other_sheets, no_header or not table.header_row)
    if preview:
        plan.preview = _changes(session, plan)
    return plan


def _plan_of(path: Path, sheet: str, sheet_names: list[str], table: Table, mapping: dict[str, str],
             mapping_source: str, drafts: list[RowDraft], problems: list[Problem], drafter: RowDrafter,
             categories: CategoryRules, cancel_missing: bool) -> ImportPlan:
    used = mapped_labels(mapping)
    found = drafter.categories_found()
    known = {fold(name) for name in categories.categories}
    return ImportPlan(
        path=path, sheet=sheet, sheet_names=sheet_names, header_row=table.header_row,
        header=[label for label in table.labels if label], mapping=mapping, mapping_source=mapping_source,
        extra_columns=[label for label in table.labels if label and label not in used], rows=drafts,
        problems=problems, total_rows=len(table.body), cancel_missing=cancel_missing, categories=found,
        new_categories=[name for name in found if fold(name) not in known])


def _read_and_draft(session: EventSession, source: Source, sheet: str, overrides: Mapping[str, str | None],
                    categories: CategoryRules, progress: Progress | None, no_header: bool,
                    category_merges: Mapping[str, str]) -> tuple[Table, dict[str, str], str, RowDrafter]:
    """Find the table in the sheet's first part, map its columns, and draft each part as it is read."""
    parts = source.read_in_parts(sheet)
    try:
        return _draft_parts(session, parts, source.path, sheet, overrides, categories, progress, no_header,
                            category_merges)
    except ImportFailure as failure:
        if isinstance(parts, WholeSheet) or failure.code != codes.UNREADABLE:
            raise
        # A piece calamine could not read (a hand-written sheet can hide "<row" in a CDATA section): the
        # sheet read whole either imports or says why it cannot.
        return _draft_parts(session, WholeSheet(source.read(sheet)), source.path, sheet, overrides, categories,
                            progress, no_header, category_merges)


def _draft_parts(session: EventSession, parts: SheetParts | WholeSheet, path: Path, sheet: str,
                 overrides: Mapping[str, str | None], categories: CategoryRules, progress: Progress | None,
                 no_header: bool, category_merges: Mapping[str, str],
                 ) -> tuple[Table, dict[str, str], str, RowDrafter]:
    timezone = session.event.timezone
    with closing(iter(parts)) as rows:  # leaving early stops the thread reading the later parts
        first: list[list[Any]] = []
        table = None
        # The first parts, up to the rows that tell how the dates are written (drafted together), or more
        # if nothing stands under the header yet.
        for part in rows:
            first.extend(part)
            if len(first) > parts.first_rows:
                table = find_table(first, no_header)
                if table is not None and table.body:
                    break
        if len(first) <= parts.first_rows:  # the sheet ends within those rows
            table = find_table(first, no_header)
        if table is None or not table.body:
            raise ImportFailure(codes.NO_TABLE, path, sheet)
        mapping, mapping_source = _named_columns(session, table, overrides, path, sheet, categories)
        drafter = RowDrafter(table.labels, mapping, categories, timezone, progress, category_merges)
        body, next_row = table.body, len(first) + 1
        drafter.add(body, _expected_body(len(body), next_row - 1, parts.expected_rows))
        for part in rows:
            more = body_rows(part, next_row)
            next_row += len(part)
            body.extend(more)
            drafter.add(more, _expected_body(len(body), next_row - 1, parts.expected_rows))
    whole = _whole_table(table, body)
    if whole.labels != table.labels:  # a column without header filled only further down: map the whole again
        mapping, mapping_source = _named_columns(session, whole, overrides, path, sheet, categories)
        drafter = RowDrafter(whole.labels, mapping, categories, timezone, progress, category_merges)
        drafter.add(whole.body, len(whole.body))
    return whole, mapping, mapping_source, drafter


def _whole_table(table: Table, body: list[tuple[int, list[Any]]]) -> Table:
    """The table with its whole body, its columns named again from all of it."""
    return table_of(table.header, table.header_row, body)


def _expected_body(body: int, rows_read: int, expected_rows: int) -> int:
    """The rows of the whole table, for the progress bar: the body so far, scaled to the sheet's expected size."""
    return max(body, round(body * expected_rows / max(rows_read, 1)))


def _named_columns(session: EventSession, table: Table, overrides: Mapping[str, str | None], path: Path,
                   sheet: str, categories: CategoryRules) -> tuple[dict[str, str], str]:
    mapping, mapping_source = _mapping(session, table, overrides, path, categories)
    if not (_NAME_FIELDS & set(mapping)):
        if only_addresses(table, mapping):
            raise ImportFailure(codes.ONLY_EMAILS, path, sheet)
        raise ImportFailure(codes.NO_NAME_COLUMN, path, sheet)
    return mapping, mapping_source


def apply_import(session: EventSession, plan: ImportPlan, progress: Progress | None = None,
                 index: bool = True) -> ImportReport:
    """Merge the plan into the event in one transaction; the changes are recomputed inside it,
    so a desk that wrote meanwhile is taken into account. On any failure nothing is written.

    With `index`, the session's search index is rebuilt here, in the caller's (worker) thread and while
    the store writes the new people, so the desk's first keystroke after an import does not pay for it."""
    store = session.store
    try:
        with bulk_work(), store.batch():
            existing = store.attendees()
            changes = _changes(session, plan, existing)
            edits = [*changes.updated, *changes.cancelled]
            total = len(changes.added) + len(edits)

            def take_in(stored: list[Attendee]) -> None:
                # The list as written is known here: reading 10k rows back would cost a third of the
                # import. This runs while the store writes the new rows.
                after = {person.id: person for person in existing}
                after.update((person.id, person) for person in (*stored, *edits))
                session.adopt(after.values())
                if index:
                    len(session.index)

            changes.added = store.add_attendees_meanwhile(changes.added, take_in)
            done = len(changes.added)
            if progress is not None:
                progress(done, total)
            for start in range(0, len(edits), WRITE_CHUNK):
                store.update_attendees(edits[start:start + WRITE_CHUNK])
                done += min(WRITE_CHUNK, len(edits) - start)
                if progress is not None:
                    progress(done, total)
            if plan.mapping_source != "records":
                saved = dict(store.get_setting(MAPPINGS_SETTING) or {})
                saved[header_signature(plan.header)] = plan.mapping
                store.set_setting(MAPPINGS_SETTING, saved)
            if len(plan.sheet_names) > 1:
                sheets = dict(store.get_setting(SHEETS_SETTING) or {})
                sheets[header_signature(plan.sheet_names)] = plan.sheet
                store.set_setting(SHEETS_SETTING, sheets)
            if plan.new_categories:
                known = CategoryRules(store.get_setting(CATEGORIES_SETTING)).categories
                folded = {fold(name) for name in known}
                store.set_setting(CATEGORIES_SETTING,
                                  [*known, *(name for name in plan.new_categories if fold(name) not in folded)])
    except BaseException:
        session.reload()  # what was taken in did not land
        raise
    return ImportReport(plan, changes)


def dry_run(plan: ImportPlan) -> ImportReport:
    """The report an apply would give, from the plan's preview."""
    return ImportReport(plan, plan.preview, dry_run=True)


def import_file(session: EventSession, path: Path | str, sheet: str | None = None,
                mapping_overrides: Mapping[str, str | None] | None = None, progress: Progress | None = None,
                cancel_missing: bool = True, index: bool = True, no_header: bool = False,
                category_merges: Mapping[str, str] | None = None) -> ImportReport:
    """Plan and apply in one call (the sample event, scripts)."""
    plan = plan_import(session, path, sheet, mapping_overrides, progress, cancel_missing, preview=False,
                       no_header=no_header, category_merges=category_merges)
    return apply_import(session, plan, progress, index=index)


def cancellations_to_confirm(plan: ImportPlan, existing: Sequence[Attendee]) -> list[Attendee]:
    """The people an apply would cancel for being missing from the file, when they are more than a few
    (more than three, or more than a tenth of those registered): a file cut short, or the wrong file, must
    not cancel them without the organiser saying so. Those the file itself cancels are no surprise. Empty
    when nothing needs confirming."""
    missing = plan.preview.missing
    active = sum(1 for person in existing if person.status.value != "cancelled")
    if len(missing) > 3 or (missing and len(missing) * 10 > active):
        return missing
    return []


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of acyclic values are made:
    it would otherwise walk the growing heap again and again (a third of a 10k import).

    On the way out, what was made is long-lived (the list, the index): freeze + unfreeze moves every
    tracked object to the oldest generation, so the first young collection after it does not walk a
    million new objects once more (0.6 s of a 100k import). Garbage cycles are still found, by the
    next full collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _changes(session: EventSession, plan: ImportPlan, existing: Sequence[Attendee] | None = None) -> codes.Changes:
    store = session.store

    def checked_in(ids: Sequence[int]) -> set[int]:
        if len(ids) > 200:  # many: one read of the whole log beats a query each
            wanted = set(ids)
            return {r.attendee_id for r in store.records() if r.kind is RecordKind.ENTRY and r.attendee_id in wanted}
        return {i for i in ids if any(r.kind is RecordKind.ENTRY for r in store.records(attendee_id=i))}

    open_category = CategoryRules(store.get_setting(CATEGORIES_SETTING)).default
    people = store.attendees() if existing is None else existing
    return compute_changes(people, plan.rows, store.event(), checked_in, plan.extra_columns,
                           plan.cancel_missing, open_category)


def _choose_sheet(session: EventSession, source: Source, wanted: str | None) -> tuple[str, list[str]]:
    """(the sheet to read, the other sheets that hold a list too). A hidden sheet is never chosen unasked;
    a workbook imported before keeps its sheet."""
    if wanted:
        return source.resolve_sheet(wanted), []
    if not source.sheet_names:
        raise ImportFailure(codes.NO_TABLE, source.path)
    visible = [name for name in source.sheet_names if name not in source.hidden_sheets] or source.sheet_names
    if len(visible) == 1:
        return visible[0], []
    remembered = (session.store.get_setting(SHEETS_SETTING) or {}).get(header_signature(source.sheet_names))
    # Only a sheet with a name column can be imported: only such sheets are candidates.
    scores = {name: score for name in visible if (score := list_score(source.read(name))) is not None and score[0]}
    if remembered in visible:
        return remembered, [name for name in scores if name != remembered]
    if not scores:
        return visible[0], []
    # The list of attendees: a name column, the most fields (attendee columns count double), the most people.
    best = max(scores, key=lambda name: (scores[name], -visible.index(name)))
    return best, [name for name in scores if name != best]


def _mapping(session: EventSession, table: Table, overrides: Mapping[str, str | None],
             path: Path, categories: CategoryRules) -> tuple[dict[str, str], str]:
    labels = [label for label in table.labels if label]
    saved = (session.store.get_setting(MAPPINGS_SETTING) or {}).get(header_signature(labels))
    if saved and mapped_labels(saved) <= set(labels) and table.header_row:
        mapping, source = dict(saved), "saved"
    elif not table.header_row:  # columns known by letter: what their cells hold
        mapping, source = mapping_by_content(table), "detected"
    else:
        mapping, source = refine_mapping(detect_mapping(table.labels), table, categories), "detected"
    if not overrides:
        return mapping, source
    resolved: dict[str, str | None] = {}
    for field_name, column in overrides.items():
        field = canonical_field(field_name)
        if field is None:
            raise ImportFailure(codes.UNKNOWN_FIELD, path, field_name)
        if column:
            label = column_for(column, table.labels)
            if label is None:
                raise ImportFailure(codes.UNKNOWN_COLUMN, path, column)
            resolved[field] = label
        else:
            resolved[field] = None
    return apply_overrides(mapping, resolved), "override"
