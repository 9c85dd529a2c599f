"""Importing a registration spreadsheet: plan (preview) first, then apply in one transaction.

    plan = plan_import(session, path, sheet=None, mapping_overrides=None)   # reads, maps, validates
    report = apply_import(session, plan, progress=None)                      # merges, all or nothing

Both are Qt-free. `progress(done, total)` is called now and then; raise ImportCancelled from it to
stop, and the event is left exactly as it was. The mapping used is saved with the event and reused
for the next file with the same columns.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from checkin.core.models import Attendee, RecordKind
from checkin.core.session import EventSession
from checkin.io import import_report as codes
from checkin.io.cell_values import CategoryRules
from checkin.io.column_mapping import (
    apply_overrides,
    canonical_field,
    column_for,
    detect_mapping,
    header_signature,
)
from checkin.io.import_report import ImportFailure, ImportPlan, ImportReport, Problem, RowDraft
from checkin.io.merge import compute_changes
from checkin.io.readers import Source, WholeSheet, open_source
from checkin.io.table_finder import Table, body_rows, find_table, looks_like_list, table_of
from checkin.io.validation import RowDrafter, draft_rows
from checkin.io.xlsx_parts import SheetParts

Progress = Callable[[int, int], Any]
MAPPINGS_SETTING = "import.mappings"  # {header signature: {field: column label}}
CATEGORIES_SETTING = "categories"
WRITE_CHUNK = 2000


def plan_import(session: EventSession, path: Path | str, sheet: str | None = None,
                mapping_overrides: Mapping[str, str | None] | None = None,
                progress: Progress | None = None, cancel_missing: bool = True, preview: bool = True) -> ImportPlan:
    """Read `path`, find its table, map its columns and check every row. Writes nothing.

    With `preview`, `plan.preview` holds the changes an apply would make now (counts for the wizard).

    `mapping_overrides` is {field: column label, or letter; "" or None to leave a field out}.
    Raises ImportFailure for a file that cannot be imported at all.
    """
    path = Path(path)
    with bulk_work():
        return _plan(session, path, sheet, mapping_overrides, progress, cancel_missing, preview)


def _plan(session: EventSession, path: Path, sheet: str | None, mapping_overrides: Mapping[str, str | None] | None,
          progress: Progress | None, cancel_missing: bool, preview: bool) -> ImportPlan:
    source = open_source(path)
    name = _choose_sheet(source, sheet)
    categories = CategoryRules(session.store.get_setting(CATEGORIES_SETTING))
    table, mapping, mapping_source, (drafts, problems) = _read_and_draft(
        session, source, name, mapping_overrides or {}, categories, progress)
    used = set(mapping.values())
    plan = ImportPlan(
        path=path, sheet=name, sheet_names=source.sheet_names, header_row=table.header_row,
        header=[label for label in table.labels if label], mapping=mapping, mapping_source=mapping_source,
        extra_columns=[label for label in table.labels if label and label not in used], rows=drafts,
        problems=problems, total_rows=len(table.body), encoding=source.encoding, delimiter=source.delimiter,
        cancel_missing=cancel_missing)
    if preview:
        plan.preview = _changes(session, plan)
    return plan


def _read_and_draft(session: EventSession, source: Source, sheet: str, overrides: Mapping[str, str | None],
                    categories: CategoryRules, progress: Progress | None,
                    ) -> tuple[Table, dict[str, str], str, tuple[list[RowDraft], list[Problem]]]:
    """Find the table in the sheet's first part, map its columns, and draft each part as it is read."""
    parts = source.read_in_parts(sheet)
    try:
        return _draft_parts(session, parts, source.path, sheet, overrides, categories, progress)
    except ImportFailure as failure:
        if isinstance(parts, WholeSheet) or failure.code != codes.UNREADABLE:
            raise
        # A piece calamine could not read (a hand-written sheet can hide "<row" in a CDATA section): the
        # sheet read whole either imports or says why it cannot.
        return _draft_parts(session, WholeSheet(source.read(sheet)), source.path, sheet, overrides, categories,
                            progress)


def _draft_parts(session: EventSession, parts: SheetParts | WholeSheet, path: Path, sheet: str,
                 overrides: Mapping[str, str | None], categories: CategoryRules, progress: Progress | None,
                 ) -> tuple[Table, dict[str, str], str, tuple[list[RowDraft], list[Problem]]]:
    timezone = session.event.timezone
    with closing(iter(parts)) as rows:  # leaving early stops the thread reading the later parts
        first: list[list[Any]] = []
        table = None
        for part in rows:  # the first part, or more if nothing stands under the header yet
            first.extend(part)
            table = find_table(first)
            if table is not None and table.body:
                break
        if table is None or not table.body:
            raise ImportFailure(codes.NO_TABLE, path, sheet)
        mapping, mapping_source = _named_columns(session, table, overrides, path, sheet)
        drafter = RowDrafter(table.labels, mapping, categories, timezone, progress)
        body, next_row = table.body, len(first) + 1
        drafter.add(body, _expected_body(len(body), next_row - 1, parts.expected_rows))
        for part in rows:
            more = body_rows(part, next_row)
            next_row += len(part)
            body.extend(more)
            drafter.add(more, _expected_body(len(body), next_row - 1, parts.expected_rows))
    whole = table_of(first[table.header_row - 1], table.header_row, body)
    if whole.labels != table.labels:  # a column without header filled only further down: map the whole again
        mapping, mapping_source = _named_columns(session, whole, overrides, path, sheet)
        return whole, mapping, mapping_source, draft_rows(whole, mapping, categories, timezone, progress)
    return whole, mapping, mapping_source, drafter.finish()


def _expected_body(body: int, rows_read: int, expected_rows: int) -> int:
    """The rows of the whole table, for the progress bar: the body so far, scaled to the sheet's expected size."""
    return max(body, round(body * expected_rows / max(rows_read, 1)))


def _named_columns(session: EventSession, table: Table, overrides: Mapping[str, str | None], path: Path,
                   sheet: str) -> tuple[dict[str, str], str]:
    mapping, mapping_source = _mapping(session, table, overrides, path)
    if not ({"given_name", "family_name", "full_name"} & set(mapping)):
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
            saved = dict(store.get_setting(MAPPINGS_SETTING) or {})
            saved[header_signature(plan.header)] = plan.mapping
            store.set_setting(MAPPINGS_SETTING, saved)
    except BaseException:
        session.reload()  # what was taken in did not land
        raise
    return ImportReport(plan, changes)


def dry_run(plan: ImportPlan) -> ImportReport:
    """The report an apply would give, from the plan's preview."""
    return ImportReport(plan, plan.preview, dry_run=True)


def import_file(session: EventSession, path: Path | str, sheet: str | None = None,
                mapping_overrides: Mapping[str, str | None] | None = None, progress: Progress | None = None,
                cancel_missing: bool = True, index: bool = True) -> ImportReport:
    """Plan and apply in one call (the sample event, scripts)."""
    plan = plan_import(session, path, sheet, mapping_overrides, progress, cancel_missing, preview=False)
    return apply_import(session, plan, progress, index=index)


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


def _choose_sheet(source: Source, wanted: str | None) -> str:
    if wanted:
        return source.resolve_sheet(wanted)
    if len(source.sheet_names) == 1:
        return source.sheet_names[0]
    for name in source.sheet_names:
        if looks_like_list(source.read(name)):
            return name
    if not source.sheet_names:
        raise ImportFailure(codes.NO_TABLE, source.path)
    return source.sheet_names[0]


def _mapping(session: EventSession, table: Table, overrides: Mapping[str, str | None],
             path: Path) -> tuple[dict[str, str], str]:
    labels = [label for label in table.labels if label]
    saved = (session.store.get_setting(MAPPINGS_SETTING) or {}).get(header_signature(labels))
    if saved and all(label in labels for label in saved.values()):
        mapping, source = dict(saved), "saved"
    else:
        mapping, source = detect_mapping(table.labels), "detected"
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
