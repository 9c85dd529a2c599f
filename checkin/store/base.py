"""The one interface every event store offers (SQLite file, PostgreSQL server)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from checkin.core.models import (
    DEFAULT_CHECKPOINT,
    Attendee,
    CheckInRecord,
    Event,
    PresenceState,
    derive_presence,
)

if TYPE_CHECKING:
    from checkin.core.groups import BadgeCollection
    from checkin.core.loans import Loan
    from checkin.core.programme import ProgrammeSession


class EventStore(ABC):
    """Persistence of one event. Every write is durable when the call returns."""

    #: Path or URL, used to name the event in messages.
    location: str

    # -- the event -----------------------------------------------------------
    @abstractmethod
    def event(self) -> Event: ...

    @abstractmethod
    def update_event(self, event: Event) -> None: ...

    @abstractmethod
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A JSON value stored with the event (import mappings, layouts…)."""

    @abstractmethod
    def set_setting(self, key: str, value: Any) -> None: ...

    # -- attendees -----------------------------------------------------------
    @abstractmethod
    def attendees(self) -> list[Attendee]: ...

    @abstractmethod
    def attendee(self, attendee_id: int) -> Attendee | None: ...

    @abstractmethod
    def attendees_by_code(self, folded_code: str) -> list[Attendee]:
        """Attendees whose own or external code folds to `folded_code`."""

    @abstractmethod
    def add_attendees(self, attendees: Sequence[Attendee]) -> list[Attendee]:
        """Store new attendees; ids (and codes, where empty) are assigned."""

    def add_attendees_meanwhile(self, attendees: Sequence[Attendee],
                                meanwhile: Callable[[list[Attendee]], object]) -> list[Attendee]:
        """add_attendees(), calling `meanwhile(stored)` with the attendees as stored (ids and codes given).

        A store that writes without holding the interpreter lock (SQLite) calls it while the rows
        are written, so an import builds its search index in time the disk would otherwise take;
        this default calls it afterwards. `meanwhile` must not use the store."""
        stored = self.add_attendees(attendees)
        meanwhile(stored)
        return stored

    @abstractmethod
    def update_attendees(self, attendees: Sequence[Attendee]) -> None:
        """Overwrite the stored fields of existing attendees (by id). Codes stay."""

    @abstractmethod
    def mark_badges_printed(self, attendee_ids: Iterable[int], when: datetime) -> None: ...

    # -- the check-in log ----------------------------------------------------
    @abstractmethod
    def append_entry(self, record: CheckInRecord) -> PresenceState:
        """Atomically: write `record` if the presence before it accepts it (`PresenceState.accepts`:
        the attendee is not in at its checkpoint, and no old undo takes it back).

        Returns the presence before the call; `before.accepts(record)` says whether it was
        written. Two desks racing for the same person get one of each.
        """

    @abstractmethod
    def append_undo(self, record: CheckInRecord) -> PresenceState:
        """Atomically: write the undo `record` if the entry it names still counts. Returns the state before."""

    @abstractmethod
    def append_records(self, records: Iterable[CheckInRecord]) -> int:
        """Replay records from elsewhere, idempotently by uuid. Returns how many were new."""

    @abstractmethod
    def records(self, attendee_id: int | None = None, checkpoint: str | None = None) -> list[CheckInRecord]:
        """The log, oldest door time first."""

    def checkpoints(self) -> list[str]:
        """The checkpoints that have records, alphabetical (stores answer it with one query)."""
        return sorted({record.checkpoint for record in self.records()})

    def presence(self, checkpoint: str = DEFAULT_CHECKPOINT) -> dict[int, PresenceState]:
        """Derived presence of every attendee with a record at `checkpoint`."""
        by_attendee: dict[int, list[CheckInRecord]] = {}
        for record in self.records(checkpoint=checkpoint):
            by_attendee.setdefault(record.attendee_id, []).append(record)
        return {attendee_id: derive_presence(rs) for attendee_id, rs in by_attendee.items()}

    # -- privacy ---------------------------------------------------------------
    def purge_personal_data(self, statistics: dict[str, Any]) -> None:
        """Keep only `statistics`: the end of an event's retention period.

        In one transaction: store `statistics` as the setting
        `checkin.core.purge.PURGE_STATISTICS_SETTING`; delete every check-in record, external
        code and attendee, every setting under `PERSONAL_SETTING_PREFIXES` (the send log, the
        e-mails read), and empty the tables of `checkin.store.day_tables.PERSONAL_TABLES` (loans and deposits, badge
        collections, who spoke in which session) with `purge_day_tables()`. Then make what was
        removed unrecoverable from the storage (SQLite: secure_delete + VACUUM + an emptied WAL;
        PostgreSQL: VACUUM FULL of the tables).
        """
        raise NotImplementedError(f"{type(self).__name__} cannot purge personal data yet")

    # -- the programme, items lent, badges collected (SQL stores: store/day_tables.py) --
    def programme(self) -> list[ProgrammeSession]:
        """The sessions in time order, each with its people."""
        raise NotImplementedError(f"{type(self).__name__} keeps no programme")

    def save_session(self, session: ProgrammeSession) -> ProgrammeSession:
        """Add (id None) or overwrite a session with its people; returns it as stored."""
        raise NotImplementedError(f"{type(self).__name__} keeps no programme")

    def delete_session(self, session_id: int) -> None:
        raise NotImplementedError(f"{type(self).__name__} keeps no programme")

    def replace_programme(self, sessions: Sequence[ProgrammeSession], keep_ids: bool = False
                          ) -> list[ProgrammeSession]:
        """The whole programme in one transaction (an import)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no programme")

    def lend(self, loan: Loan) -> Loan | None:
        """Atomically: write `loan` unless its item is out. Returns the loan holding it, or None if written."""
        raise NotImplementedError(f"{type(self).__name__} cannot lend items")

    def return_item(self, item: str, when: datetime, desk: str) -> Loan | None:
        """Close the item's open loan; returns it, or None when the item was not out."""
        raise NotImplementedError(f"{type(self).__name__} cannot lend items")

    def loans(self, outstanding: bool = False) -> list[Loan]:
        """Every loan (or only those not returned), oldest first."""
        raise NotImplementedError(f"{type(self).__name__} cannot lend items")

    def put_loans(self, loans: Sequence[Loan]) -> None:
        """Copy loans made elsewhere, idempotently by uuid (publishing an event)."""
        raise NotImplementedError(f"{type(self).__name__} cannot lend items")

    def add_collection(self, collection: BadgeCollection) -> None:
        """Note a badge collected by someone else (idempotent by uuid)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no badge collections")

    def collections(self) -> list[BadgeCollection]:
        raise NotImplementedError(f"{type(self).__name__} keeps no badge collections")

    # -- transactions and lifetime --------------------------------------------
    @abstractmethod
    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one transaction: all land, or none (imports, purges)."""
        yield

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
