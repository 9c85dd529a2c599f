"""The programme, items lent and badges collected: the same SQL over the event file and the server.

Both SQL stores take this mixin; it only needs their `_write()` (one transaction, or the open one)
and `_read()`, and writes `?` placeholders that a server store turns into `%s`. An item can be out
once at a time: a partial unique index says so, so two desks lending one receiver at the same
moment get one loan and one "already out", whichever store they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from checkin.core.groups import BadgeCollection
from checkin.core.loans import Loan
from checkin.core.programme import ProgrammeSession, Role, SessionPerson
from checkin.store.rows import text_to_time, time_to_text

# Purged with the attendees' personal fields, in the same transaction: who borrowed what against which
# deposit, who fetched whose badge, and who spoke where (the sessions themselves are no one's data).
PERSONAL_TABLES = ("loans", "badge_collections", "session_people")
PURGE_STATEMENTS = tuple(f"DELETE FROM {table}" for table in PERSONAL_TABLES)

_LOAN_COLUMNS = ("uuid", "item", "kind", "attendee_id", "deposit", "out_at", "out_desk", "returned_at",
                 "returned_desk")
_SELECT_LOANS = f"SELECT {', '.join(_LOAN_COLUMNS)} FROM loans"
_COLLECTION_COLUMNS = ("uuid", "attendee_id", "collected_by", "collected_at", "desk")


def _loan(row: Sequence[Any]) -> Loan:
    return Loan(uuid=row[0], item=row[1], kind=row[2], attendee_id=row[3], deposit=row[4],
                out_at=text_to_time(row[5]), out_desk=row[6], returned_at=text_to_time(row[7]),  # type: ignore[arg-type]
                returned_desk=row[8])


def _loan_row(loan: Loan) -> tuple[Any, ...]:
    return (loan.uuid, loan.item, loan.kind, loan.attendee_id, loan.deposit, time_to_text(loan.out_at),
            loan.out_desk, time_to_text(loan.returned_at), loan.returned_desk)


class DayTables:
    """Programme, loans and collections for a store with `_write()` and `_read()`."""

    _PARAMETER = "?"

    if TYPE_CHECKING:  # the store's own
        def _write(self) -> AbstractContextManager[Any]: ...

        def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]: ...

    def _sql(self, text: str) -> str:
        return text if self._PARAMETER == "?" else text.replace("?", self._PARAMETER)

    # -- the programme ---------------------------------------------------------------
    def programme(self) -> list[ProgrammeSession]:
        people: dict[int, list[SessionPerson]] = {}
        for session_id, attendee_id, role, in_person in self._read(
                "SELECT session_id, attendee_id, role, in_person FROM session_people "
                "ORDER BY session_id, position, attendee_id"):
            people.setdefault(session_id, []).append(SessionPerson(attendee_id, Role(role), bool(in_person)))
        return [ProgrammeSession(id=row[0], starts_at=text_to_time(row[1]), ends_at=text_to_time(row[2]),  # type: ignore[arg-type]
                                 title=row[3], room=row[4], people=tuple(people.get(row[0], ())))
                for row in self._read("SELECT id, starts_at, ends_at, title, room FROM programme_sessions "
                                      "ORDER BY starts_at, id")]

    def save_session(self, session: ProgrammeSession) -> ProgrammeSession:
        """Add a session (id None) or overwrite one, its people included."""
        with self._write() as db:
            return self._put_session(db, session)

    def _put_session(self, db: Any, session: ProgrammeSession, keep_id: bool = False) -> ProgrammeSession:
        values = (time_to_text(session.starts_at), time_to_text(session.ends_at), session.title, session.room)
        if session.id is not None and not keep_id:
            cursor = db.execute(self._sql("UPDATE programme_sessions SET starts_at = ?, ends_at = ?, title = ?, "
                                          "room = ? WHERE id = ?"), (*values, session.id))
            if cursor.rowcount != 1:
                raise KeyError(session.id)
            session_id = session.id
            db.execute(self._sql("DELETE FROM session_people WHERE session_id = ?"), (session_id,))
        elif session.id is not None:
            db.execute(self._sql("INSERT INTO programme_sessions (id, starts_at, ends_at, title, room) "
                                 "VALUES (?, ?, ?, ?, ?)"), (session.id, *values))
            session_id = session.id
        else:
            session_id = db.execute(self._sql("INSERT INTO programme_sessions (starts_at, ends_at, title, room) "
                                              "VALUES (?, ?, ?, ?) RETURNING id"), values).fetchone()[0]
        kept: dict[int, SessionPerson] = {}
        for position, person in enumerate(session.people):
            if person.attendee_id in kept:
                continue  # one part per person and session
            kept[person.attendee_id] = person
            db.execute(self._sql("INSERT INTO session_people (session_id, attendee_id, role, in_person, position) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                       (session_id, person.attendee_id, person.role.value, int(person.in_person), position))
        return ProgrammeSession(session_id, session.starts_at, session.title, session.ends_at, session.room,
                                tuple(kept.values()))

    def delete_session(self, session_id: int) -> None:
        with self._write() as db:
            db.execute(self._sql("DELETE FROM session_people WHERE session_id = ?"), (session_id,))
            db.execute(self._sql("DELETE FROM programme_sessions WHERE id = ?"), (session_id,))

    def replace_programme(self, sessions: Sequence[ProgrammeSession], keep_ids: bool = False) -> list[ProgrammeSession]:
        """The whole programme at once (an import, a copy from the server): all of it lands, or none."""
        with self._write() as db:
            db.execute("DELETE FROM session_people")
            db.execute("DELETE FROM programme_sessions")
            stored = [self._put_session(db, s if keep_ids else replace(s, id=None), keep_id=keep_ids)
                      for s in sessions]
            self._after_explicit_ids(db)
        return stored

    def _after_explicit_ids(self, db: Any) -> None:
        """A server keeps its identity ahead of ids given explicitly (the file needs nothing)."""

    # -- items lent --------------------------------------------------------------------
    def lend(self, loan: Loan) -> Loan | None:
        """Write the loan unless its item is out; returns the loan that holds it, or None when written."""
        with self._write() as db:
            cursor = db.execute(self._sql(
                f"INSERT INTO loans ({', '.join(_LOAN_COLUMNS)}) VALUES ({', '.join('?' * len(_LOAN_COLUMNS))}) "
                "ON CONFLICT (item) WHERE returned_at IS NULL DO NOTHING"), _loan_row(loan))
            if cursor.rowcount == 1:
                return None
            rows = db.execute(self._sql(f"{_SELECT_LOANS} WHERE item = ? AND returned_at IS NULL"),
                              (loan.item,)).fetchall()
        return _loan(rows[0]) if rows else None

    def return_item(self, item: str, when: datetime, desk: str) -> Loan | None:
        """Close the open loan of `item`; None when nobody holds it."""
        with self._write() as db:
            rows = db.execute(self._sql(
                "UPDATE loans SET returned_at = ?, returned_desk = ? WHERE item = ? AND returned_at IS NULL "
                f"RETURNING {', '.join(_LOAN_COLUMNS)}"), (time_to_text(when), desk, item)).fetchall()
        return _loan(rows[0]) if rows else None

    def loans(self, outstanding: bool = False) -> list[Loan]:
        where = " WHERE returned_at IS NULL" if outstanding else ""
        return [_loan(row) for row in self._read(f"{_SELECT_LOANS}{where} ORDER BY out_at, item")]

    def put_loans(self, loans: Sequence[Loan]) -> None:
        """Copy loans from another store (publishing an event), idempotently by uuid."""
        with self._write() as db:
            for loan in loans:
                db.execute(self._sql(f"INSERT INTO loans ({', '.join(_LOAN_COLUMNS)}) "
                                     f"VALUES ({', '.join('?' * len(_LOAN_COLUMNS))}) ON CONFLICT DO NOTHING"),
                           _loan_row(loan))

    # -- badges collected by someone else -----------------------------------------------
    def add_collection(self, collection: BadgeCollection) -> None:
        with self._write() as db:
            db.execute(self._sql(f"INSERT INTO badge_collections ({', '.join(_COLLECTION_COLUMNS)}) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                       (collection.uuid, collection.attendee_id, collection.collected_by,
                        time_to_text(collection.collected_at), collection.desk))

    def collections(self) -> list[BadgeCollection]:
        return [BadgeCollection(uuid=row[0], attendee_id=row[1], collected_by=row[2],
                                collected_at=text_to_time(row[3]), desk=row[4])  # type: ignore[arg-type]
                for row in self._read(f"SELECT {', '.join(_COLLECTION_COLUMNS)} FROM badge_collections "
                                      "ORDER BY collected_at, uuid")]


def purge_day_tables(db: Any) -> None:
    """The hook a store's purge runs inside its transaction (see PERSONAL_TABLES)."""
    for statement in PURGE_STATEMENTS:
        db.execute(statement)
