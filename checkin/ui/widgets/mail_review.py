"""Review registration e-mails: the people found on the left; the selected one's message and fields on the right.

The message shows the words each field was read from, highlighted in that field's colour; the fields the
reading is unsure of are marked in the message (underlined) and beside their editor (an icon and the word
"unsure" on a warning colour), so the mark never rests on colour alone. Typing in a field corrects it and
accepts the person; Accept and Drop decide without typing. Everything is reachable from the keyboard:
the list takes Up/Down, Alt+A accepts, Alt+D drops, Alt+N goes to the next person still to decide, Tab
walks the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from itertools import pairwise

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShortcutEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from checkin.mail.readings import PERSON_FIELDS
from checkin.ui.import_words import fill
from checkin.ui.models.mail_review import (
    UNSURE_BACKGROUND,
    MailReviewModel,
    ReviewEntry,
    becomes_text,
    decision_text,
    evidence_of,
    field_label,
)
from checkin.ui.safety import never_raises

# One light colour a field, the same behind its words in the message and behind its label in the form.
FIELD_COLOURS = {
    "honorific": QColor("#e3d7f5"), "given_name": QColor("#cfe8ff"), "family_name": QColor("#bfe3c6"),
    "job_title": QColor("#ffd9c2"), "organisation": QColor("#f6d0e4"), "email": QColor("#d6e0e8"),
    "language": QColor("#e8e8c8"),
}
UNSURE_UNDERLINE = QColor("#b3261e")
UNSURE_SIGN = "⚠"  # put in the message before words the reading is unsure of


class DecisionButton(QPushButton):
    """A button whose Alt key decides at once. A plain button's mnemonic clicks 100 ms later (it shows
    itself pressed first): Alt+D then Down typed quickly would drop the next person instead."""

    @never_raises(False)
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(event, QShortcutEvent) \
                and not event.isAmbiguous() and self.isEnabled():
            self.click()
            return True
        return super().event(event)


class MailReview(QWidget):
    """The review of a mail import plan's people; decisions go into the plan through the model."""

    decisions_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone: tzinfo | None = None  # the event's: when a message arrived, on the organiser's clock
        self.model = MailReviewModel()
        self.model.decisions_changed.connect(self.decisions_changed)
        self.model.dataChanged.connect(lambda *_: self._show_decision())
        self.people = QTableView()
        self.people.setModel(self.model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.verticalHeader().setVisible(False)
        self.people.setWordWrap(False)
        self.people.setTabKeyNavigation(False)  # Tab leaves the list for the fields, as everywhere else
        self.people.setAccessibleName(self.tr("People found in the e-mails"))
        header = self.people.horizontalHeader()
        # Sized to the contents once a list arrives, not at each decision: a decision in a list of
        # thousands must not measure every row again.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)
        header.setStretchLastSection(True)
        self.people.selectionModel().currentRowChanged.connect(lambda current, _: self.show_row(current.row()))

        self.sender_label = QLabel()
        self.sender_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QTextBrowser()
        self.message.setAccessibleName(self.tr("The message"))
        self.message.setOpenLinks(False)
        self.message.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)

        self.editors: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.marks: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        for name in PERSON_FIELDS:
            editor = QLineEdit()
            editor.setObjectName(f"field_{name}")
            editor.editingFinished.connect(lambda name=name: self._corrected(name))
            label = QLabel(field_label(name))
            label.setBuddy(editor)
            label.setAutoFillBackground(True)
            label.setStyleSheet(f"background: {FIELD_COLOURS[name].name()}; color: #000; padding: 1px 4px;")
            icon = QLabel()
            icon.setPixmap(warning)
            mark = QLabel(self.tr("unsure: check it"))
            mark.setStyleSheet(f"background: {UNSURE_BACKGROUND.name()}; color: #000; padding: 1px 4px;")
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(icon)
            row.addWidget(mark)
            self.editors[name], self.labels[name], self.marks[name] = editor, label, mark
            mark.icon = icon  # type: ignore[attr-defined] - shown and hidden with its words
            form.addRow(label, row)

        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.accept_button = DecisionButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Import this person as shown (Alt+A)"))
        self.drop_button = DecisionButton(self.tr("&Drop"))
        self.drop_button.setToolTip(self.tr("Leave this person out (Alt+D)"))
        self.undo_button = DecisionButton(self.tr("&Undo decision"))
        self.undo_button.setToolTip(self.tr("Back to as read, corrections forgotten (Alt+U)"))
        self.next_button = DecisionButton(self.tr("&Next to decide"))
        self.next_button.setToolTip(self.tr("Go to the next person the reading is unsure of (Alt+N)"))
        self.accept_button.clicked.connect(lambda: self._decide(self.model.accept))
        self.drop_button.clicked.connect(lambda: self._decide(self.model.drop))
        self.undo_button.clicked.connect(lambda: self._decide(self.model.undecide))
        self.next_button.clicked.connect(self.next_waiting)
        for button in (self.accept_button, self.drop_button, self.undo_button, self.next_button):
            button.setAutoDefault(False)  # Return in a field finishes the correction, not the dialog
        accept_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        accept_key.activated.connect(lambda: self._decide(self.model.accept))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.drop_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        person = QWidget()
        person_layout = QVBoxLayout(person)
        person_layout.setContentsMargins(0, 0, 0, 0)
        person_layout.addLayout(form)
        person_layout.addWidget(self.decision)
        person_layout.addLayout(buttons)
        message = QWidget()
        message_layout = QVBoxLayout(message)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.sender_label)
        message_layout.addWidget(self.message, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(message)
        right.addWidget(person)
        right.setSizes([330, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.people)
        splitter.addWidget(right)
        splitter.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.people, self.editors[PERSON_FIELDS[0]])
        for before, after in pairwise(PERSON_FIELDS):
            self.setTabOrder(self.editors[before], self.editors[after])
        self.setTabOrder(self.editors[PERSON_FIELDS[-1]], self.accept_button)
        self._row = -1
        self.show_row(-1)

    # -- what is shown ---------------------------------------------------------------------------
    def set_entries(self, entries: list[ReviewEntry]) -> None:
        self.model.set_entries(entries)
        self.people.resizeColumnsToContents()
        waiting = self.model.waiting_rows()
        self.select(waiting[0] if waiting else 0 if entries else -1)

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.people.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.people.scrollTo(self.model.index(row, 0))
        else:
            self.show_row(-1)

    def current_entry(self) -> ReviewEntry | None:
        return self.model.entries[self._row] if 0 <= self._row < len(self.model.entries) else None

    @never_raises()
    def show_row(self, row: int) -> None:
        self._row = row
        entry = self.current_entry()
        self._show_message(entry)
        for name in PERSON_FIELDS:
            editor = self.editors[name]
            editor.blockSignals(True)
            editor.setText(entry.value(name) if entry else "")
            editor.setModified(False)
            editor.blockSignals(False)
            editor.setEnabled(entry is not None and entry.decidable)
        self._show_decision()

    def refresh_decision(self) -> None:
        """The selected person's decision line again (what they become may have changed)."""
        self._show_decision()

    def _show_decision(self) -> None:
        entry = self.current_entry()
        decidable = entry is not None and entry.decidable
        unsure = set(entry.unsure_fields) if entry is not None else set()
        for name in PERSON_FIELDS:
            corrected = entry is not None and entry.person is not None and name in entry.person.corrections
            shown = decidable and name in unsure and not corrected
            self.marks[name].setText(self.tr("unsure: check it") if entry is not None and entry.waiting
                                     else self.tr("unsure: decided"))
            self.marks[name].setVisible(shown)
            self.marks[name].icon.setVisible(shown)  # type: ignore[attr-defined]
        for button in (self.accept_button, self.drop_button, self.undo_button):
            button.setEnabled(decidable)
        self.next_button.setEnabled(bool(self.model.waiting_rows()))
        if entry is None:
            self.decision.clear()
        elif not decidable:
            self.decision.setText(becomes_text(entry))
        else:
            self.decision.setText(fill(self.tr("%1 · becomes: %2"), decision_text(entry), becomes_text(entry)))

    def _show_message(self, entry: ReviewEntry | None) -> None:
        reading = entry.message.reading if entry is not None else None
        if entry is None:
            self.sender_label.clear()
            self.message.clear()
            return
        if reading is None:
            self.sender_label.setText(entry.message.where)
            self.message.setPlainText(becomes_text(entry))
            return
        sender = f"{reading.sender_name} <{reading.sender}>" if reading.sender_name else reading.sender
        received = reading.received_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if reading.received_at else "—"
        head = [fill(self.tr("From: %1"), sender), fill(self.tr("Received: %1"), received),
                fill(self.tr("Subject: %1"), reading.subject)]
        self.sender_label.setText(entry.message.where)
        body_start = sum(len(line) + 1 for line in head) + 1
        self.message.setPlainText("\n".join(head) + "\n\n" + reading.text)
        offsets = {"from": len(self.tr("From: %1").split("%1")[0]),
                   "subject": sum(len(line) + 1 for line in head[:2]) + len(self.tr("Subject: %1").split("%1")[0]),
                   "text": body_start}
        bold = QFont.Weight.Bold
        heading = QTextCharFormat()
        heading.setFontWeight(bold)
        cursor = QTextCursor(self.message.document())
        for number, line in enumerate(head):
            start = sum(len(earlier) + 1 for earlier in head[:number])
            cursor.setPosition(start)
            cursor.setPosition(start + line.index(":") + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(heading)
        placed = sorted(((offsets[found.where] + found.start, offsets[found.where] + found.end, found)
                         for found in evidence_of(entry, sender)), key=lambda item: item[0], reverse=True)
        for start, end, found in placed:  # from the end: a mark put in front never moves the words before it
            look = QTextCharFormat()
            look.setBackground(QBrush(FIELD_COLOURS[found.field]))
            look.setForeground(QBrush(QColor("#000000")))
            look.setToolTip(field_label(found.field))
            if found.unsure:
                look.setFontWeight(QFont.Weight.Bold)
                look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                look.setUnderlineColor(UNSURE_UNDERLINE)
                look.setToolTip(fill(self.tr("%1 (unsure)"), field_label(found.field)))
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(look)
            if found.unsure:  # a sign in the text itself: the words are never marked by colour alone
                mark = QTextCharFormat()
                mark.setForeground(QBrush(UNSURE_UNDERLINE))
                mark.setFontWeight(QFont.Weight.Bold)
                mark.setToolTip(look.toolTip())
                cursor.setPosition(start)
                cursor.insertText(UNSURE_SIGN, mark)
        if placed:  # the person's words in view, not the top of a long thread
            cursor.setPosition(min(start for start, _, _ in placed))
            self.message.setTextCursor(cursor)
            self.message.ensureCursorVisible()

    def highlighted(self) -> dict[str, tuple[str, bool]]:
        """{field: (its highlighted words, white space made single spaces; whether marked unsure)} as the
        message shows them, read back from the document."""
        parts: dict[str, list[str]] = {}
        unsure: dict[str, bool] = {}
        colours = {colour.name(): name for name, colour in FIELD_COLOURS.items()}
        block = self.message.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                look = iterator.fragment().charFormat()
                name = colours.get(look.background().color().name()) \
                    if look.hasProperty(QTextCharFormat.Property.BackgroundBrush) else None
                if name is not None:
                    parts.setdefault(name, []).append(iterator.fragment().text())
                    wavy = look.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
                    unsure[name] = unsure.get(name, False) or wavy
                iterator += 1
            block = block.next()
        return {name: (" ".join(" ".join(texts).split()), unsure[name]) for name, texts in parts.items()}

    @never_raises()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return finishes a correction (the field has taken it); it never presses a button of the dialog
        around, which a line edit would otherwise let it do (Import, or Close)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- deciding --------------------------------------------------------------------------------
    def _decide(self, how: Callable[[int], None]) -> None:
        if self.current_entry() is not None:
            row = self._row
            self.take_typed()
            how(row)
            self.show_row(row)

    def take_typed(self) -> None:
        """Corrections typed but not yet finished (no Tab or Return) count before a decision."""
        for name, editor in self.editors.items():
            if editor.isModified():
                self._corrected(name)

    def _corrected(self, name: str) -> None:
        editor = self.editors[name]
        entry = self.current_entry()
        if entry is None or not entry.decidable or not editor.isModified():
            return
        editor.setModified(False)
        self.model.correct(self._row, name, editor.text())
        self._show_decision()

    def next_waiting(self) -> None:
        waiting = self.model.waiting_rows()
        if waiting:
            later = [row for row in waiting if row > self._row]
            self.select(later[0] if later else waiting[0])
            self.people.setFocus()
