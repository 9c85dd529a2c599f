"""Locking the desk for kiosk use, and privacy mode (a mixin of MainWindow).

Locked: the check-in view only, search and check-in only, no e-mails, codes or edits; the menus and other
views are gone and closing the window is refused. The lock is kept in the desk's settings, so a desk that
crashes or is killed comes back locked. Privacy mode is the same list without the lock: no full list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget

from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.desk_lock import DeskLock
from checkin.ui.dialogs.pin import PinDialog
from checkin.ui.widgets.checkin_view import CheckInView
from checkin.ui.widgets.retention_banner import RetentionBanner

# Actions that stay usable while the desk is locked for kiosk use.
KIOSK_ACTIONS = {"focus_search", "undo", "lock", "help", "show_checkin", "camera"}
ATTENDEES_TAB, COUNTERS_TAB = 1, 2


class LockActions(QMainWindow):
    context: AppContext
    checkin: CheckInView
    tabs: QTabWidget
    banner: RetentionBanner
    desk_lock: DeskLock

    def focus_search(self) -> None: ...  # the window's

    def enable_actions(self) -> None: ...  # the window's

    @property
    def locked(self) -> bool:
        return self.desk_lock.locked

    @property
    def private(self) -> bool:
        return self.locked or self.context.settings.get(keys.PRIVACY)

    def toggle_lock(self) -> None:
        if not self.locked:
            pin = None
            if not self.desk_lock.has_pin:
                pin = PinDialog.ask(self, self.tr("Lock the desk"), self.tr("Choose a PIN to unlock the desk later:"))
                if not pin:
                    self.focus_search()
                    return
            self.desk_lock.lock(pin)
        else:
            waiting = self.desk_lock.wait_s()
            if waiting:
                self._wrong_pin(waiting)
                return
            typed = PinDialog.ask(self, self.tr("Unlock the desk"), self.tr("PIN:"))
            if typed is None:
                self.focus_search()
                return
            answer = self.desk_lock.unlock(typed)
            if not answer.unlocked:
                self._wrong_pin(answer.wait_s)
                return
        self.apply_privacy()
        self.focus_search()

    def _wrong_pin(self, wait_s: int) -> None:
        detail = (self.tr("The desk stays locked. Try again in %1 s.").replace("%1", str(wait_s)) if wait_s
                  else self.tr("The desk stays locked."))
        self.checkin.result_panel.show_problem(self.tr("Wrong PIN"), detail)
        self.focus_search()

    def apply_privacy(self) -> None:
        locked, private = self.locked, self.private
        self.tabs.setTabVisible(ATTENDEES_TAB, not private)
        self.tabs.setTabVisible(COUNTERS_TAB, not locked)
        self.apply_day_privacy()  # type: ignore[attr-defined] - the programme's day (DayActions)
        self.tabs.tabBar().setVisible(not locked)
        self.menuBar().setVisible(not locked)
        self.banner.setVisible(self.banner.wanted and not locked)
        if (private and self.tabs.currentIndex() == ATTENDEES_TAB) or (locked and self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)
        self.checkin.set_private(private)
        self.enable_actions()
        self.show_new_mail()  # type: ignore[attr-defined] - the mailbox's button (MailActions): not when locked

    def show_tab(self, index: int) -> None:
        """Ctrl+1/2/3: a view the desk may show now (never the full list in privacy mode)."""
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)
