"""Each desk action is one small operation over a domain call; views only listen to the signals.

Store failures (the USB stick pulled, a locked file) come back as `failed` with
one clear line; the desk keeps running and nothing typed is cleared.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from checkin.badge_people import event_category_colours
from checkin.core.models import Attendee, CheckInRecord, PresenceState
from checkin.core.outcomes import CheckInResult, Outcome, UndoOutcome, UndoResult
from checkin.core.repeats import RepeatFilter
from checkin.core.walk_ins import admit_from_waitlist, remove_walk_in
from checkin.store.errors import ServerOffline, StoreError
from checkin.ui import printer_choice
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.printing import PrintError


@dataclass(frozen=True)
class WalkIn:
    given_name: str
    family_name: str
    organisation: str = ""
    job_title: str = ""
    email: str = ""
    category: str = "Participant"
    needs: str = ""


class DeskOperations(QObject):
    checked_in = Signal(object)  # CheckInResult
    undone = Signal(object)  # UndoResult
    attendee_saved = Signal(object)  # Attendee
    badge_printed = Signal(object)  # Attendee
    # What failed ("store", "printer", or "printer_refused" with the default printer's name) and one line
    # naming the file, printer or code at fault.
    failed = Signal(str, str)

    def __init__(self, context: AppContext, monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.context = context
        self.monotonic = monotonic
        self.repeats = RepeatFilter()
        # The system's default printer, looked up at each print (a seam for tests of a virtual default).
        self.default_printer: Callable[[], printer_choice.PrinterFacts | None] = printer_choice.default_printer

    # -- check-in ------------------------------------------------------------------
    def scan(self, raw: str) -> CheckInResult | None:
        """A scanner burst or a camera read; the same code within 3 s is one read (checkin.core.repeats)."""
        if not self.repeats.admit(raw, self.monotonic()):
            return None
        return self._run(lambda session: session.check_in(raw))

    def check_in(self, attendee: Attendee) -> CheckInResult | None:
        return self._run(lambda session: session.check_in_attendee(attendee))

    def _store_failed(self, error: StoreError) -> None:
        if isinstance(error, ServerOffline):  # a desk cut off from its server: say so, not "file gone"
            from checkin.ui.server_status import offline_text

            timezone = self.context.session.event.timezone if self.context.session is not None else ""
            self.failed.emit("offline", offline_text(error, timezone))
        else:
            self.failed.emit("store", str(error))

    def _run(self, call: Callable) -> CheckInResult | None:
        session = self.context.session
        if session is None:
            return None
        try:
            result: CheckInResult = call(session)
        except StoreError as error:
            self._store_failed(error)
            return None
        if result.outcome is Outcome.CHECKED_IN and result.attendee is not None:
            self.context.presence[result.attendee.id] = PresenceState(
                checked_in=True, first_entry=result.record, entries=1)
        self.checked_in.emit(result)
        self.context.signals.changed.emit()
        if result.outcome is Outcome.CHECKED_IN and self.context.settings.get(keys.AUTO_PRINT):
            self.print_badge(result.attendee)
        return result

    def undo(self, attendee: Attendee, entry: CheckInRecord | None = None) -> UndoResult | None:
        """Take back the arrival of `attendee` the desk shows: `entry`, the check-in on the screen."""
        if self.context.session is None:
            return None
        try:
            # Only the check-in the desk showed: another desk's entry of the same person stays.
            result = self.context.session.undo(attendee, entry=entry)
        except StoreError as error:
            self._store_failed(error)
            return None
        if result.outcome is UndoOutcome.UNDONE:
            if result.presence is not None and result.presence.checked_in:
                self.context.presence[attendee.id] = result.presence  # another desk's check-in still counts
            else:
                self.context.presence.pop(attendee.id, None)
            self.repeats.forget()  # the same badge may be scanned again right away
        self.undone.emit(result)
        self.context.signals.changed.emit()
        return result

    def admit(self, attendee: Attendee, note: str) -> CheckInResult | None:
        """A waitlisted person given a place at the desk (the reason in their notes), then checked in."""
        session = self.context.session
        if session is None:
            return None
        try:
            admitted = admit_from_waitlist(session, attendee, note)
        except StoreError as error:
            self.failed.emit("store", str(error))
            return None
        self.attendee_saved.emit(admitted)
        return self.check_in(admitted)

    def remove_walk_in(self, attendee: Attendee) -> Attendee | None:
        """A walk-in registered by mistake: cancelled, its check-in undone, nothing deleted."""
        session = self.context.session
        if session is None:
            return None
        try:
            cancelled, undone = remove_walk_in(session, attendee)
        except StoreError as error:
            self.failed.emit("store", str(error))
            return None
        self.context.presence.pop(attendee.id, None)
        self.attendee_saved.emit(cancelled)
        self.undone.emit(undone)
        self.context.signals.changed.emit()
        return cancelled

    # -- people --------------------------------------------------------------------
    def save(self, attendee: Attendee) -> bool:
        try:
            self.context.session.update_attendees([attendee])  # type: ignore[union-attr]
        except StoreError as error:
            self._store_failed(error)
            return False
        self.attendee_saved.emit(attendee)
        self.context.signals.changed.emit()
        return True

    def walk_in(self, data: WalkIn) -> CheckInResult | None:
        """Register, check in and (always) print in one go."""
        session = self.context.session
        if session is None:
            return None
        new = Attendee(id=None, code="", given_name=data.given_name, family_name=data.family_name,
                       organisation=data.organisation, job_title=data.job_title, email=data.email,
                       category=data.category, needs=data.needs, walk_in=True,
                       registered_at=self.context.clock())
        try:
            stored = session.add_attendees([new])[0]
        except StoreError as error:
            self._store_failed(error)
            return None
        result = self.check_in(stored)
        if result is not None and not self.context.settings.get(keys.AUTO_PRINT):
            self.print_badge(stored)
        return result

    # -- printing --------------------------------------------------------------------
    def print_badge(self, attendee: Attendee | None, namecard: bool = False) -> bool:
        """Print now (a badge is one page); a printer problem is shown, the desk goes on."""
        session = self.context.session
        if attendee is None or session is None:
            return False
        setup = self.context.print_setup()
        if not setup.output_pdf:
            refused = printer_choice.refusal(setup.printer_name, self.default_printer())
            if refused is not None:
                self.failed.emit("printer_refused", refused[1])
                return False
        printer = self.context.printer
        try:
            colours = event_category_colours(session.store.get_setting)
            if namecard:
                printer.print_namecard(attendee, session.event, setup, colours)
                return True
            printer.print_badge(attendee, session.event, setup, colours)
            when = self.context.clock()
            session.store.mark_badges_printed([attendee.id], when)
        except PrintError as error:
            self.failed.emit("printer", str(error))
            return False
        except StoreError as error:
            self._store_failed(error)
            return False
        printed = attendee.with_changes(badge_printed_at=when)
        session.remember([printed])
        self.badge_printed.emit(printed)
        return True

