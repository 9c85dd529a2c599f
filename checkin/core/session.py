"""An open event as both faces use it: check-in, undo, search and counts over one store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from checkin.core import codes
from checkin.core.clock import Clock, utc_now
from checkin.core.models import (
    DEFAULT_CHECKPOINT,
    Attendee,
    CheckInRecord,
    Event,
    PresenceState,
    RecordKind,
    Status,
    derive_presence,
)
from checkin.core.outcomes import CheckInResult, Outcome, UndoOutcome, UndoResult
from checkin.core.search import SearchIndex
from checkin.core.stats import Stats, compute_stats

if TYPE_CHECKING:
    # Only the interface's shape: the store package builds on the core, not the reverse.
    from checkin.store.base import EventStore

_REFUSED_STATUS = {Status.CANCELLED: Outcome.CANCELLED, Status.WAITLISTED: Outcome.WAITLISTED}


class EventSession:
    """The domain calls of one open event. The search index is built on first use."""

    def __init__(self, store: EventStore, clock: Clock = utc_now, desk: str = "",
                 checkpoint: str = DEFAULT_CHECKPOINT) -> None:
        self.store = store
        self.clock = clock
        self.desk = desk
        self.checkpoint = checkpoint
        self._index: SearchIndex | None = None
        self._by_id: dict[int, Attendee] | None = None

    @property
    def event(self) -> Event:
        return self.store.event()

    # -- attendees, cached for search --------------------------------------------
    def attendees(self) -> list[Attendee]:
        return list(self._attendee_map().values())

    def attendee(self, attendee_id: int) -> Attendee | None:
        return self._attendee_map().get(attendee_id)

    def _attendee_map(self) -> dict[int, Attendee]:
        if self._by_id is None:
            self._by_id = {a.id: a for a in self.store.attendees() if a.id is not None}
        return self._by_id

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self._attendee_map().values())
        return self._index

    def reload(self) -> None:
        """Forget cached attendees (after an import or a change made elsewhere)."""
        self._by_id = None
        self._index = None

    def adopt(self, attendees: Iterable[Attendee]) -> None:
        """Take the whole attendee list as just written (an import) instead of reading it back."""
        self._by_id = {a.id: a for a in attendees if a.id is not None}
        self._index = None

    def remember(self, attendees: Sequence[Attendee]) -> None:
        """Take in attendees added or edited through this session, keeping the index current."""
        if self._by_id is None:
            return
        for attendee in attendees:
            assert attendee.id is not None
            self._by_id[attendee.id] = attendee
            if self._index is not None:
                self._index.put(attendee)

    def add_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        stored = self.store.add_attendees(attendees)
        self.remember(stored)
        return stored

    def update_attendees(self, attendees: Sequence[Attendee]) -> None:
        self.store.update_attendees(attendees)
        self.remember(attendees)

    def search(self, query: str, limit: int | None = 50) -> list[Attendee]:
        by_id = self._attendee_map()
        return [by_id[hit.attendee_id] for hit in self.index.search(query, limit=limit)]

    # -- check-in ------------------------------------------------------------------
    def resolve_code(self, raw: str) -> tuple[Outcome | None, list[Attendee]]:
        """Who a scanned or typed code means: (None, [person]) or (a refusal, candidates)."""
        if not codes.is_plausible_input(raw):
            return Outcome.INVALID_INPUT, []
        readings = codes.readings(raw)
        if not readings:  # only punctuation or spaces: nothing a code is made of
            return Outcome.INVALID_INPUT, []
        literal = self.store.attendees_by_code(readings[0])
        if len(literal) == 1:
            return None, literal
        found: dict[int, Attendee] = {a.id: a for a in literal if a.id is not None}
        for reading in readings[1:]:
            found.update((a.id, a) for a in self.store.attendees_by_code(reading) if a.id is not None)
        if len(found) == 1:
            return None, list(found.values())
        if found:
            return Outcome.AMBIGUOUS, list(found.values())
        prefix = self.event.code_prefix
        if any(codes.is_own_format(r) and not r.startswith(prefix) for r in readings):
            return Outcome.OTHER_EVENT, []
        return Outcome.UNKNOWN_CODE, []

    def check_in(self, raw_code: str, door_time: datetime | None = None,
                 desk: str | None = None, checkpoint: str | None = None) -> CheckInResult:
        """A scan or a typed code: resolve it, then check the person in."""
        cleaned = codes.clean_scan(raw_code)
        refusal, candidates = self.resolve_code(raw_code)
        if refusal is not None:
            return CheckInResult(refusal, code=cleaned, candidates=tuple(candidates))
        return self.check_in_attendee(candidates[0], door_time, desk, checkpoint, code=cleaned)

    def check_in_attendee(self, attendee: Attendee, door_time: datetime | None = None,
                          desk: str | None = None, checkpoint: str | None = None,
                          code: str = "") -> CheckInResult:
        """Check in a person found by search (or resolved from a code)."""
        assert attendee.id is not None
        code = code or attendee.code
        if attendee.status in _REFUSED_STATUS:
            return CheckInResult(_REFUSED_STATUS[attendee.status], attendee=attendee, code=code)
        record = CheckInRecord(
            attendee_id=attendee.id, kind=RecordKind.ENTRY, door_time=door_time or self.clock(),
            checkpoint=checkpoint or self.checkpoint, desk=self.desk if desk is None else desk)
        before = self.store.append_entry(record)
        if before.checked_in:
            return CheckInResult(Outcome.ALREADY_CHECKED_IN, attendee=attendee,
                                 first_entry=before.first_entry, code=code, presence=before)
        if not before.accepts(record):
            return CheckInResult(Outcome.TAKEN_BACK, attendee=attendee, code=code, presence=before)
        return CheckInResult(Outcome.CHECKED_IN, attendee=attendee, record=record, code=code,
                             presence=before.after(record))

    def undo(self, attendee: Attendee, door_time: datetime | None = None,
             desk: str | None = None, checkpoint: str | None = None,
             entry: CheckInRecord | str | None = None) -> UndoResult:
        """Take back `entry` (a record or its uuid: the check-in the desk just showed), or, when none
        is named, every entry of the attendee that counts. Each undo names the entry it cancels, so
        another desk's check-in of the same person is never taken back by mistake."""
        assert attendee.id is not None
        checkpoint = checkpoint or self.checkpoint
        if entry is None:
            targets = [e.uuid for e in derive_presence(self.store.records(attendee.id, checkpoint)).live]
        else:
            targets = [entry if isinstance(entry, str) else entry.uuid]
        written: CheckInRecord | None = None
        state: PresenceState | None = None
        for target in targets:
            record = CheckInRecord(
                attendee_id=attendee.id, kind=RecordKind.UNDO, door_time=door_time or self.clock(),
                checkpoint=checkpoint, desk=self.desk if desk is None else desk, cancels=target)
            before = self.store.append_undo(record)
            if before.accepts(record):
                written, state = record, before.after(record)
            else:
                state = before
        if written is None:
            return UndoResult(UndoOutcome.NOT_CHECKED_IN, attendee=attendee, presence=state)
        return UndoResult(UndoOutcome.UNDONE, attendee=attendee, record=written, presence=state)

    def undo_code(self, raw_code: str, **kwargs: object) -> UndoResult:
        refusal, candidates = self.resolve_code(raw_code)
        if refusal is Outcome.AMBIGUOUS:
            return UndoResult(UndoOutcome.AMBIGUOUS)
        if refusal is not None:
            return UndoResult(UndoOutcome.UNKNOWN_CODE)
        return self.undo(candidates[0], **kwargs)  # type: ignore[arg-type]

    # -- counts ----------------------------------------------------------------------
    def presence(self, checkpoint: str | None = None) -> dict[int, PresenceState]:
        return self.store.presence(checkpoint or self.checkpoint)

    def stats(self, checkpoint: str | None = None) -> Stats:
        return compute_stats(self.attendees(), self.presence(checkpoint))
