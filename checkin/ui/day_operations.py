"""Desk operations of the programme's day, each a small step over a core call; views listen to the signals.

A store failure (the server unreachable: loans and collections need it) comes back as `failed` with
one line, and nothing is half done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from checkin.core import groups
from checkin.core import loans as lending
from checkin.core.groups import BadgeCollection
from checkin.core.loans import LoanResult
from checkin.core.models import Attendee, PresenceState
from checkin.core.outcomes import CheckInResult, Outcome
from checkin.core.programme import ProgrammeSession
from checkin.io.import_report import ImportFailure
from checkin.io.programme_sheet import ProgrammePlan, plan_programme
from checkin.store.errors import StoreError
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.operations import DeskOperations
from checkin.ui.programme_day import ProgrammeDay

T = TypeVar("T")


class DayOperations(QObject):
    group_checked_in = Signal(str, list)  # group name, list[CheckInResult]
    badges_collected = Signal(list)  # list[BadgeCollection]
    loan_done = Signal(object)  # LoanResult
    failed = Signal(str)  # one line, the store's words

    def __init__(self, context: AppContext, day: ProgrammeDay, desk: DeskOperations) -> None:
        super().__init__()
        self.context = context
        self.day = day
        self.desk = desk

    def _guarded(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except StoreError as error:
            self.failed.emit(str(error))
            return None

    # -- groups ----------------------------------------------------------------------------
    def check_in_members(self, group: str, chosen: Sequence[Attendee]) -> list[CheckInResult]:
        session = self.context.session
        if session is None or not chosen:
            return []
        results = self._guarded(lambda: groups.check_in_members(session, chosen)) or []
        for result in results:
            if result.outcome is Outcome.CHECKED_IN and result.attendee is not None:
                self.context.presence[result.attendee.id] = PresenceState(True, result.record, 1)  # type: ignore[index]
                self.day.checked_in_here(result)
        if results:
            self.desk.last_checked_in = None  # Ctrl+Z takes back one person, not a delegation
            self.group_checked_in.emit(group, results)
            self.context.signals.changed.emit()
            if self.context.settings.get(keys.AUTO_PRINT):
                for result in results:
                    if result.outcome is Outcome.CHECKED_IN:
                        self.desk.print_badge(result.attendee)
        return results

    def collect_badges(self, chosen: Sequence[Attendee], collected_by: str) -> list[BadgeCollection]:
        session = self.context.session
        if session is None:
            return []
        done = self._guarded(lambda: [groups.collect_badge(session, a, collected_by) for a in chosen]) or []
        if done:
            self.badges_collected.emit(done)
            self.day.lending_changed.emit()
        return done

    # -- items lent -------------------------------------------------------------------------
    def lend(self, attendee: Attendee, item: str, deposit: str) -> LoanResult | None:
        session = self.context.session
        result = self._guarded(lambda: lending.lend(session, attendee, item, deposit)) if session else None
        return self._loaned(result)

    def give_back(self, item: str) -> LoanResult | None:
        session = self.context.session
        result = self._guarded(lambda: lending.give_back(session, item)) if session else None
        return self._loaned(result)

    def _loaned(self, result: LoanResult | None) -> LoanResult | None:
        if result is not None:
            self.loan_done.emit(result)
            if result.done:
                self.day.lending_changed.emit()
        return result

    # -- the programme --------------------------------------------------------------------------
    def save_session(self, session_value: ProgrammeSession) -> ProgrammeSession | None:
        session = self.context.session
        stored = self._guarded(lambda: session.store.save_session(session_value)) if session else None
        self.day.reload()
        return stored

    def delete_session(self, session_id: int) -> None:
        session = self.context.session
        if session is not None:
            self._guarded(lambda: session.store.delete_session(session_id))
            self.day.reload()

    def read_programme(self, path: Path) -> ProgrammePlan:
        """The plan of a programme sheet (raises ImportFailure for a file that holds none)."""
        session = self.context.session
        assert session is not None
        return plan_programme(path, session.event, session.attendees())

    def apply_programme(self, plan: ProgrammePlan) -> bool:
        session = self.context.session
        done = self._guarded(lambda: session.store.replace_programme(plan.sessions)) if session else None
        self.day.reload()
        return done is not None


__all__ = ["DayOperations", "ImportFailure"]
