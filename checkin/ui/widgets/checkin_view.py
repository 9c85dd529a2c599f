"""The heart of the desk: one search field that keeps the focus, large results, the outcome, the person.

Left: the arrivals line, the search field, the results and the outcome (with printer trouble below it).
Right: a column of side panes — the person, the last outcomes — to which more panes (a camera) are added
with `add_side_pane`. Every outcome leaves the desk ready for the next person: the field is emptied, and
after a few seconds (or the next key) the outcome makes way for "Next, please".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from checkin.core.codes import is_own_format, readings
from checkin.core.folding import tokens
from checkin.core.models import Attendee
from checkin.core.outcomes import CheckInResult, Outcome, UndoResult
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.key_bursts import MAX_GAP_MS
from checkin.ui.models.search_results import SearchResultsModel
from checkin.ui.operations import DeskOperations
from checkin.ui.safety import never_raises
from checkin.ui.shortcut_priority import ShortcutsFirst
from checkin.ui.widgets.arrivals_line import ArrivalsLine
from checkin.ui.widgets.camera_pane import CameraPane
from checkin.ui.widgets.person_panel import PersonPanel
from checkin.ui.widgets.print_status import PrintStatus
from checkin.ui.widgets.recent_outcomes import RecentOutcomes
from checkin.ui.widgets.result_panel import RED, SOUND_OF, ResultPanel
from checkin.ui.widgets.results_list import ResultsList

RESULT_LIMIT = 30
MAX_QUERY = 200
# On a locked desk or in privacy mode: a stranger's single letter lists nobody, a name lists a few.
PRIVATE_MIN_LETTERS = 3
PRIVATE_RESULT_LIMIT = 8
SIDE_WIDTH = 360
# Longer than any scanner's burst: text still in the field after this was typed by a person.
TYPING_MS = 400
_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}


class CheckInView(QWidget):
    searched = Signal(int)  # number of results shown (benchmarks and tests wait on it)
    notice = Signal(str)  # a line for the status bar (an edit saved on the way to the next person)

    def __init__(self, context: AppContext, operations: DeskOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = operations
        self.private = False
        # What the outcome panel last showed (Ctrl+Z acts on it), and whether the highlight was chosen by hand.
        self.shown: CheckInResult | UndoResult | None = None
        self._chosen = False
        self.arrivals = ArrivalsLine(context)
        self.search = QLineEdit()
        self.search.setObjectName("SearchField")
        self.search.setPlaceholderText(self.tr("Scan a badge or type a name, organisation or code…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_QUERY)
        self.search.setStyleSheet("#SearchField { font-size: 18pt; padding: 6px 10px; }")
        self.model = SearchResultsModel()
        self.results = ResultsList()
        self.results.setModel(self.model)
        self.result_panel = ResultPanel()
        self.print_status = PrintStatus()
        self.person = PersonPanel()
        self.recent = RecentOutcomes()
        self.setFocusProxy(self.search)

        self.camera = CameraPane(context.settings)
        operations.checked_in.connect(self.camera.show_result)
        left = QVBoxLayout()
        left.addWidget(self.arrivals)
        left.addWidget(self.search)
        left.addWidget(self.camera)
        left.addWidget(self.results, 1)
        left.addWidget(self.result_panel)
        # What else the outcome should say (the programme's day puts a person's role, needs and group here).
        self.below_result = QVBoxLayout()
        left.addLayout(self.below_result)
        left.addWidget(self.print_status)
        self.side = QVBoxLayout()
        self.side.setContentsMargins(0, 0, 0, 0)
        self.side.addWidget(self.person, 1)
        self.side.addWidget(self.recent)
        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        side.setLayout(self.side)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side)

        self._next_timer = QTimer(self, singleShot=True)
        self._next_timer.timeout.connect(self._next_please)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_MS)
        self._typing.timeout.connect(self._still_typing)
        # Set by the window: True while keys come at a scanner's pace (checkin.ui.scanner).
        self.scanner_busy: Callable[[], bool] = lambda: False
        self._burst_search = QTimer(self, singleShot=True, interval=int(MAX_GAP_MS) + 20)
        self._burst_search.timeout.connect(lambda: self.update_results())
        self._shortcuts_first = ShortcutsFirst(self)
        for field in (self.search, *self.person.fields.values()):
            field.installEventFilter(self._shortcuts_first)
        QWidget.setTabOrder(self.search, self.person.fields["given_name"])
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.results.clicked.connect(lambda *_: self._choose())
        self.results.doubleClicked.connect(lambda *_: self.check_in_current())
        operations.checked_in.connect(self.show_result)
        operations.undone.connect(self.show_undo)
        operations.failed.connect(self.show_failure)
        operations.attendee_saved.connect(self._attendee_changed)
        operations.badge_printed.connect(self._printed)
        self.person.save_requested.connect(self._save)
        self.person.reprint_requested.connect(self.operations.print_badge)
        self.person.namecard_requested.connect(lambda a: self.operations.print_badge(a, namecard=True))
        context.signals.changed.connect(self.follow_changes)

    def add_side_pane(self, pane: QWidget, stretch: int = 0, above_person: bool = True) -> None:
        """A pane beside the outcome (the camera's view, a delegation's members)."""
        self.side.insertWidget(0 if above_person else self.side.count(), pane, stretch)

    # -- search ---------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._chosen = False
        if text:
            self._typing.start()
        if self.scanner_busy():
            # A scanner's burst: its keys are taken back out of the field when it ends, so searching each
            # prefix of the code would only delay the answer. Search once the keys stop.
            self._burst_search.start()
            return
        self._burst_search.stop()
        self.update_results(text)

    def _still_typing(self) -> None:
        # A person typing means the next person is being looked for: the last outcome has been read. A scan's
        # keys are taken back out of the field before this fires, so a scan (or a double read) changes nothing.
        if self.search.text() and self.result_panel.colour != "neutral":
            self._next_please()

    def update_results(self, text: str | None = None) -> None:
        session = self.context.session
        query = self.search.text() if text is None else text
        words = tokens(query)
        # Only spaces or punctuation: no words to look for, so nothing to list.
        enough = bool(words) and (not self.private or len("".join(words)) >= PRIVATE_MIN_LETTERS)
        limit = PRIVATE_RESULT_LIMIT if self.private else RESULT_LIMIT
        found = session.search(query, limit=limit) if session is not None and enough else []
        self._keep_edit()
        self.model.set_results(found, self.context.presence)
        if found:
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show_current()
        self.searched.emit(len(found))

    def _show_current(self) -> None:
        attendee = self.results.current_attendee()
        if attendee is None and self.search.text():
            return
        if self.person.attendee is not None and attendee is not None and self.person.attendee.id == attendee.id:
            return
        self._keep_edit()
        presence = self.context.presence.get(attendee.id) if attendee and attendee.id is not None else None
        self.person.show_attendee(attendee, presence)

    def set_private(self, private: bool) -> None:
        """A locked desk or privacy mode: short result lists, no e-mails, codes or edits."""
        if private != self.private:
            self.private = private
            self.person.set_private(private)
            self.update_results()

    @never_raises(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search:
            if key in _MOVES:
                self.results.move_selection(_MOVES[key])
                self._chosen = True
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.check_in_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                return True
        elif watched is self.results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._chosen = True
                self.check_in_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.search.setFocus()
                return True
            if event.text() and event.text().isprintable() and key not in _MOVES:
                self.search.setFocus()  # typing in the list goes on in the search field
                self.search.insert(event.text())
                return True
        return False

    def _choose(self) -> None:
        self._chosen = True
        self.search.setFocus()

    # -- check-in ---------------------------------------------------------------------
    def check_in_current(self) -> None:
        """Enter: a typed code checks in its owner; then a person chosen with the arrows, or the only match.

        With several matches and no choice, nobody is checked in: the list takes the focus and asks.
        """
        session = self.context.session
        text = self.search.text().strip()
        if session is None or not text:
            return
        refusal, candidates = session.resolve_code(text)
        if refusal is None and len(candidates) == 1 and len(text) >= 6:
            self.operations.check_in(candidates[0])
            return
        if refusal is Outcome.OTHER_EVENT and any(is_own_format(reading) for reading in readings(text)):
            self.operations.scan(text)  # a badge of another event typed or scanned too slowly: say so in red
            return
        count = self.model.rowCount()
        attendee = self.results.current_attendee()
        if attendee is not None and (self._chosen or count == 1):
            self.operations.check_in(attendee)
            return
        if count == 0:
            self.shown = None
            self._after(self.result_panel.show_problem(
                self.tr("No one found for “%1”").replace("%1", text[:60]),
                self.tr("Check the spelling, try the organisation, or register a walk-in (Ctrl+N).")))
            self.search.selectAll()  # the next scan or name replaces it
            return
        self.results.setCurrentIndex(self.model.index(0, 0))
        self.results.setFocus()
        self.result_panel.show_message(
            self.tr("%1 people match “%2”").replace("%1", str(count)).replace("%2", text[:60]),
            self.tr("Choose with ↑ ↓ and press Enter to check in; Esc goes back to the search."))

    def show_result(self, result: CheckInResult) -> None:
        self.shown = result
        colour = self.result_panel.show_check_in(result)
        self._after(colour)
        self.recent.add(colour, self._summary(result), result.code, self.context.clock())
        self.search.clear()
        self._keep_edit()
        if result.attendee is not None:
            self.person.show_attendee(result.attendee, self.context.presence.get(result.attendee.id))
        else:
            self.person.show_attendee(None, None)  # nobody beside "Unknown code", and Reprint acts on nobody
        if result.outcome is Outcome.CHECKED_IN:
            self.print_status.clear_problem()

    def _summary(self, result: CheckInResult) -> str:
        says = self.result_panel.headline.text()
        return f"{says} · {result.attendee.name}" if result.attendee is not None else says

    def show_undo(self, result: UndoResult) -> None:
        self.shown = result
        colour = self.result_panel.show_undo(result)
        self._after(colour)
        if result.attendee is not None:
            self.recent.add(colour, f"{self.result_panel.headline.text()} · {result.attendee.name}", "",
                            self.context.clock())

    def undo_shown(self) -> None:
        """Ctrl+Z: take back the arrival the outcome shows; anything else says why nothing happens."""
        shown = self.shown
        if isinstance(shown, CheckInResult) and shown.attendee is not None and shown.outcome in (
                Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN):
            entry = shown.record if shown.outcome is Outcome.CHECKED_IN else shown.first_entry
            self.operations.undo(shown.attendee, entry)
            return
        if isinstance(shown, UndoResult) and shown.attendee is not None:
            reason = self.tr("The arrival of %1 was already taken back.").replace("%1", shown.attendee.name)
        elif isinstance(shown, CheckInResult):
            reason = self.tr("The last scan was refused: nobody was checked in.")
        else:
            reason = self.tr("Ctrl+Z takes back the arrival shown here; there is none right now.")
        self._after(self.result_panel.show_nothing_to_undo(reason))

    def show_failure(self, kind: str, detail: str) -> None:
        if kind == "printer":
            self.print_status.show_problem(self.tr("The badge was not printed: %1. Check the printer (paper, "
                                                   "cable, power), then press Ctrl+P to reprint.").replace("%1",
                                                                                                           detail))
            self._sound(RED)
            return
        if kind == "printer_refused":
            self.print_status.show_problem(
                self.tr("No badge printed: the default printer “%1” makes files, not badges. Choose the badge "
                        "printer in the desk settings (Ctrl+,).").replace("%1", detail) if detail else
                self.tr("No badge printed: this computer has no printer. Choose one in the desk settings "
                        "(Ctrl+,)."))
            self._sound(RED)
            return
        self.shown = None
        if kind == "offline":
            headline = self.tr("This desk is offline")
        else:
            headline = self.tr("The event file cannot be reached")
            detail = self.tr("%1. Reconnect the drive or reopen the event; what you typed is kept.").replace(
                "%1", detail)
        self._after(self.result_panel.show_problem(headline, detail))

    def _after(self, colour: str) -> None:
        self._sound(colour)
        self.model.refresh()
        seconds = self.context.settings.get(keys.NEXT_PLEASE_S)
        if seconds > 0 and colour != "neutral":
            self._next_timer.start(seconds * 1000)
        else:
            self._next_timer.stop()
        self.search.setFocus()

    def _sound(self, colour: str) -> None:
        if colour in SOUND_OF and not self.context.settings.get(keys.MUTED):
            self.context.sounds.play(SOUND_OF[colour])

    def _next_please(self) -> None:
        self._next_timer.stop()
        if self.result_panel.colour != "neutral" or self.result_panel.name.isVisible():
            self.result_panel.show_next()

    # -- the person ---------------------------------------------------------------------
    def _save(self, attendee: Attendee) -> None:
        if self.operations.save(attendee):
            self.notice.emit(self.tr("Changes to %1 saved.").replace("%1", attendee.name))

    def _keep_edit(self) -> None:
        """The panel is about to show someone else: an edit typed and not saved is saved, and said so."""
        if not self.person.has_unsaved_changes():
            return
        edited = self.person.edited()
        if edited is not None and self.operations.save(edited):
            self.notice.emit(self.tr("Your changes to %1 were saved.").replace("%1", edited.name))

    def _printed(self, attendee: Attendee) -> None:
        self.print_status.clear_problem()
        self._attendee_changed(attendee)

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
