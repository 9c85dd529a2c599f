"""The heart of the desk: one search field that keeps the focus, large results, the outcome, the person."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from checkin.core.folding import tokens
from checkin.core.models import Attendee
from checkin.core.outcomes import CheckInResult, Outcome
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.models.search_results import SearchResultsModel
from checkin.ui.operations import DeskOperations
from checkin.ui.widgets.camera_pane import CameraPane
from checkin.ui.widgets.person_panel import PersonPanel
from checkin.ui.widgets.result_panel import SOUND_OF, ResultPanel
from checkin.ui.widgets.results_list import ResultsList

RESULT_LIMIT = 30
MAX_QUERY = 200


class CheckInView(QWidget):
    searched = Signal(int)  # number of results shown (benchmarks and tests wait on it)

    def __init__(self, context: AppContext, operations: DeskOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = operations
        self.search = QLineEdit()
        self.search.setObjectName("SearchField")
        self.search.setPlaceholderText(self.tr("Scan a badge or type a name, organisation or code…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_QUERY)
        self.search.setStyleSheet("#SearchField { font-size: 18pt; padding: 8px 10px; }")
        self.model = SearchResultsModel()
        self.results = ResultsList()
        self.results.setModel(self.model)
        self.result_panel = ResultPanel()
        self.person = PersonPanel()
        self.person.setFixedWidth(380)
        self.setFocusProxy(self.search)

        self.camera = CameraPane(context.settings)
        operations.checked_in.connect(self.camera.show_result)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.camera)
        left.addWidget(self.results, 1)
        left.addWidget(self.result_panel)
        # What else the outcome should say (the programme's day puts a person's role, needs and group here).
        self.below_result = QVBoxLayout()
        left.addLayout(self.below_result)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.person)

        self.search.textChanged.connect(self.update_results)
        self.search.installEventFilter(self)
        self.results.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.results.clicked.connect(lambda *_: self.search.setFocus())
        self.results.doubleClicked.connect(lambda *_: self.check_in_current())
        operations.checked_in.connect(self.show_result)
        operations.undone.connect(lambda result: self._after(self.result_panel.show_undo(result)))
        operations.failed.connect(self.show_failure)
        operations.attendee_saved.connect(self._attendee_changed)
        operations.badge_printed.connect(self._attendee_changed)
        self.person.save_requested.connect(self.operations.save)
        self.person.reprint_requested.connect(self.operations.print_badge)
        self.person.namecard_requested.connect(lambda a: self.operations.print_badge(a, namecard=True))
        context.signals.changed.connect(self.follow_changes)

    # -- search ---------------------------------------------------------------------
    def update_results(self, text: str | None = None) -> None:
        session = self.context.session
        query = self.search.text() if text is None else text
        # Only spaces or punctuation: no words to look for, so nothing to list.
        found = session.search(query, limit=RESULT_LIMIT) if session is not None and tokens(query) else []
        self.model.set_results(found, self.context.presence)
        if found:
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show_current()
        self.searched.emit(len(found))

    def _show_current(self) -> None:
        attendee = self.results.current_attendee()
        presence = self.context.presence.get(attendee.id) if attendee and attendee.id is not None else None
        if attendee is not None or not self.search.text():
            self.person.show_attendee(attendee, presence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if event.matches(QKeySequence.StandardKey.Undo):
                self.operations.undo_last()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
                self.results.move_selection(step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- check-in ---------------------------------------------------------------------
    def check_in_current(self) -> None:
        """Enter: a typed code checks in its owner; otherwise the highlighted person."""
        session = self.context.session
        text = self.search.text().strip()
        if session is None or not text:
            return
        refusal, candidates = session.resolve_code(text)
        if refusal is None and len(candidates) == 1 and len(text) >= 6:
            self.operations.check_in(candidates[0])
            return
        attendee = self.results.current_attendee()
        if attendee is None:
            self.result_panel.show_message(self.tr("No one found for “%1”").replace("%1", text[:60]),
                                           self.tr("Check the spelling, try the organisation, or register a "
                                                   "walk-in (Ctrl+N)."))
            return
        self.operations.check_in(attendee)

    def show_result(self, result: CheckInResult) -> None:
        colour = self.result_panel.show_check_in(result)
        self._after(colour)
        if result.outcome in (Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN):
            self.search.clear()
        if result.attendee is not None:
            presence = self.context.presence.get(result.attendee.id)
            self.person.show_attendee(result.attendee, presence)

    def show_failure(self, kind: str, detail: str) -> None:
        if kind == "printer":
            headline = self.tr("The badge was not printed")
            detail = self.tr("%1. Check the printer (paper, cable, power), then press Ctrl+P to reprint.").replace(
                "%1", detail)
        else:
            headline = self.tr("The event file cannot be reached")
            detail = self.tr("%1. Reconnect the drive or reopen the event; what you typed is kept.").replace(
                "%1", detail)
        self._after(self.result_panel.show_problem(headline, detail))

    def _after(self, colour: str) -> None:
        if colour in SOUND_OF and not self.context.settings.get(keys.MUTED):
            self.context.sounds.play(SOUND_OF[colour])
        self.model.refresh()
        self.search.setFocus()

    def _attendee_changed(self, attendee: Attendee) -> None:
        self.model.update_attendee(attendee)
        if self.person.attendee is not None and self.person.attendee.id == attendee.id:
            self.person.show_attendee(attendee, self.context.presence.get(attendee.id))

    def follow_changes(self) -> None:
        """Check-ins or people changed (here or at another desk): repaint in place.

        Never clears the search, moves the highlight or takes the focus: a volunteer may be typing.
        """
        session = self.context.session
        if session is None:
            return
        self.model.follow(self.context.presence, session.attendee)
        shown = self.person.attendee
        if shown is not None and shown.id is not None:
            fresh = session.attendee(shown.id) or shown
            self.person.show_facts(fresh, self.context.presence.get(shown.id))

    def current_attendee(self) -> Attendee | None:
        return self.person.attendee
