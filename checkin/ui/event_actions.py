"""Opening and creating events from the window: files, server URLs, the sample (a mixin of MainWindow)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from checkin.core.models import Event
from checkin.store import EVENT_SUFFIX, create_event, is_server_url, locations
from checkin.store.errors import StoreError, UnsafeFolder
from checkin.ui.context import AppContext
from checkin.ui.data_folder import fresh_sample
from checkin.ui.dialogs.connect_server import ConnectServerDialog
from checkin.ui.dialogs.new_event import NewEventDialog

log = logging.getLogger(__name__)


class EventFileActions(QMainWindow):
    context: AppContext
    data_dir: Path

    def open_location(self, location: str) -> bool:
        try:
            self.context.open(location)
        except UnsafeFolder as error:
            return self._offer_move(location, error.where)
        except StoreError as error:
            log.warning("not opened: %s", error)
            if not is_server_url(location):  # a server that does not answer now may answer later
                self.context.settings.forget_event(location)
            QMessageBox.warning(self, self.tr("The event cannot be opened"), str(error))
            return False
        return True

    def ask_move_to_this_computer(self, location: str, where: str) -> bool:
        """The one-click question (tests replace it): move an event out of a synced or network folder?"""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This event is in %1").replace("%1", where),
                          self.tr("%1 is in %2. A sync client or a network drive can damage an event file while "
                                  "the desk has it open, and lose check-ins. Move it to a folder on this computer "
                                  "and open it from there?").replace("%1", location).replace("%2", where),
                          QMessageBox.StandardButton.Cancel, self)
        move = box.addButton(self.tr("Move it to this computer"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(move)
        box.exec()
        return box.clickedButton() is move

    def _offer_move(self, location: str, where: str) -> bool:
        if not self.ask_move_to_this_computer(location, where):
            return False
        try:
            moved = locations.move_to_this_computer(Path(location))
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(self, self.tr("The event was not moved"), f"{location}: {error}")
            return False
        self.context.settings.forget_event(location)
        opened = self.open_location(str(moved))
        if opened:
            self.statusBar().showMessage(self.tr("The event now lives in %1").replace("%1", str(moved)), 15_000)
        return opened

    def browse_event(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open event"), str(self.data_dir),
                                              self.tr("Events (*%1)").replace("%1", EVENT_SUFFIX))
        if path:
            self.open_location(path)

    def connect_url(self) -> None:
        url = ConnectServerDialog.ask(self)
        if url:
            self.open_location(url)

    def new_event(self) -> None:
        answer = NewEventDialog.ask(self.data_dir, self)
        if answer is None:
            return
        try:
            create_event(answer.path, Event(title=answer.title, starts_on=answer.starts_on, venue=answer.venue)).close()
        except StoreError as error:
            QMessageBox.warning(self, self.tr("The event was not created"), str(error))
            return
        self.open_location(str(answer.path))

    def open_sample(self) -> None:
        self.open_location(str(fresh_sample(self.data_dir)))
