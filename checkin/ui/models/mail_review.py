"""The people read from registration e-mails, as a table the organiser goes through before anything is imported.

One row a person of the mail import plan; a message that registers nobody (an auto-reply, a question, one
that could not be read) is a row too, to be seen, never imported. The organiser's decisions (accept as
read, correct some fields, drop) are written into the plan's people; the plan's `refresh` then says what
each becomes. A person the reading is unsure of is left out until someone decides: the review tells which
are still waiting, and the wizard holds the import back while any is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from checkin.mail import plan_values as plan
from checkin.mail.plan_values import MailImportPlan, PlannedMessage, PlannedPerson
from checkin.mail.readings import PERSON_FIELDS
from checkin.ui.evidence_spans import evidence_span
from checkin.ui.models.roles import SortRole
from checkin.ui.safety import never_raises

# What to decide and why come first; the organisation, often long, last.
DECISION, CHECK, NAME, BECOMES, ORGANISATION = range(5)
_CONTEXT = "MailReview"
_HEADERS = (QT_TRANSLATE_NOOP("MailReview", "Decision"), QT_TRANSLATE_NOOP("MailReview", "To check"),
            QT_TRANSLATE_NOOP("MailReview", "Name"), QT_TRANSLATE_NOOP("MailReview", "Becomes"),
            QT_TRANSLATE_NOOP("MailReview", "Organisation"))
UNSURE_BACKGROUND = QColor("#fff1c2")  # beside the warning icon and the word "unsure": never colour alone
LEFT_OUT_FOREGROUND = QColor("#6b6b6b")

OUTCOME_WORDS = {
    plan.REGISTERED: QT_TRANSLATE_NOOP("MailReview", "Registered"),
    plan.WAITLISTED: QT_TRANSLATE_NOOP("MailReview", "Waiting list"),
    plan.LATE: QT_TRANSLATE_NOOP("MailReview", "Late: after the deadline"),
    plan.UPDATED: QT_TRANSLATE_NOOP("MailReview", "Already registered: details updated"),
    plan.UNCHANGED: QT_TRANSLATE_NOOP("MailReview", "Already registered"),
    plan.CANCELLED: QT_TRANSLATE_NOOP("MailReview", "Cancellation"),
    plan.NOT_FOUND: QT_TRANSLATE_NOOP("MailReview", "Cancellation of nobody registered"),
    plan.LEFT_OUT: QT_TRANSLATE_NOOP("MailReview", "Left out unless accepted"),
    plan.DROPPED: QT_TRANSLATE_NOOP("MailReview", "Dropped"),
    plan.MERGED: QT_TRANSLATE_NOOP("MailReview", "Again: the later message counts"),
    plan.ALREADY_READ: QT_TRANSLATE_NOOP("MailReview", "Imported before, from this message"),
}
SKIPPED_WORDS = {
    plan.SKIP_AUTO_REPLY: QT_TRANSLATE_NOOP("MailReview", "Not a registration: automatic reply"),
    plan.SKIP_BULK: QT_TRANSLATE_NOOP("MailReview", "Not a registration: newsletter or bulk mail"),
    plan.SKIP_QUESTION: QT_TRANSLATE_NOOP("MailReview", "Not a registration: a question"),
    plan.SKIP_DUPLICATE: QT_TRANSLATE_NOOP("MailReview", "Not a registration: the same message again"),
    plan.SKIP_NOBODY: QT_TRANSLATE_NOOP("MailReview", "Not a registration: nobody's name found"),
    plan.SKIP_OWN: QT_TRANSLATE_NOOP(
        "MailReview", "Not a registration: sent from this mailbox (a reply or a sent copy)"),
}
UNREADABLE_WORDS = QT_TRANSLATE_NOOP("MailReview", "Not a registration: could not be read")
NOT_A_REGISTRATION = QT_TRANSLATE_NOOP("MailReview", "Not a registration")


class Decision(StrEnum):
    NONE = "none"  # not decided: a sure person is imported as read, an unsure one is left out
    ACCEPT = "accept"
    CORRECT = "correct"  # accepted with fields typed anew
    DROP = "drop"


@dataclass
class ReviewEntry:
    """One row: a person of a message, or a message that gives nobody (`person` None)."""

    message: PlannedMessage
    person: PlannedPerson | None
    # The reading never changes: worked out once, not at every repaint of a list of thousands.
    unsure_fields: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        self.unsure_fields = self.person.reading.unsure_fields if self.person is not None else ()

    @property
    def decidable(self) -> bool:
        """A person whose message an earlier import read is left as the event has them: nothing to decide."""
        return self.person is not None and self.person.outcome != plan.ALREADY_READ

    @property
    def decision(self) -> Decision:
        person = self.person
        if person is None or person.decision == plan.AUTO:
            return Decision.NONE
        if person.decision == plan.DROP:
            return Decision.DROP
        return Decision.CORRECT if person.corrections else Decision.ACCEPT

    @property
    def waiting(self) -> bool:
        """Unsure and not decided yet: left out, and the wizard will not import until it is decided."""
        return self.decidable and bool(self.unsure_fields) and self.person.decision == plan.AUTO  # type: ignore[union-attr]

    @property
    def imported(self) -> bool:
        """Goes into the event with this import (one imported before is not imported again)."""
        return self.decidable and self.person.taken  # type: ignore[union-attr]

    def value(self, name: str) -> str:
        if self.person is None:
            return ""
        if name in self.person.corrections:
            return self.person.corrections[name]
        return self.person.reading.value(name)

    @property
    def name(self) -> str:
        reading = self.message.reading
        sender = (reading.sender_name or reading.sender) if reading is not None else self.message.where
        if self.person is None:
            return sender
        name = " ".join(part for part in (self.value("given_name"), self.value("family_name")) if part)
        return name or sender


def entries_of(mail_plan: MailImportPlan) -> list[ReviewEntry]:
    """The rows of a plan: its people in arrival order, each message that gives nobody in its place."""
    rows: list[ReviewEntry] = []
    for message in mail_plan.messages:
        if message.people:
            rows.extend(ReviewEntry(message, person) for person in message.people)
        else:
            rows.append(ReviewEntry(message, None))
    return rows


@dataclass(frozen=True)
class Evidence:
    """Where the words of one field stand: in the message text (`where` "text") or in a header line."""

    field: str
    where: str  # "text", "from" or "subject"
    start: int
    end: int
    unsure: bool


def evidence_of(entry: ReviewEntry, sender_line: str) -> list[Evidence]:
    """The places to highlight for `entry`, each field's words found where the reading read them.

    Offsets are into the message's text for "text", into `sender_line` (the From line as shown) for
    "from", into the subject for "subject". A field whose words cannot be placed is left out (its
    editor still shows its value)."""
    reading = entry.message.reading
    if entry.person is None or reading is None:
        return []
    unsure = set(entry.unsure_fields)
    found: list[Evidence] = []
    for name in PERSON_FIELDS:
        field_reading = entry.person.reading.fields.get(name)
        if field_reading is None or not field_reading.words:
            continue
        start, end = field_reading.start, field_reading.end
        if start >= 0 and reading.text[start:end] == field_reading.words:
            found.append(Evidence(name, "text", start, end, name in unsure))
            continue
        where = field_reading.where if field_reading.where in ("from", "subject") else "text"
        line = {"from": sender_line, "subject": reading.subject}.get(where, reading.text)
        span = evidence_span(line, field_reading.words)
        if span is not None:
            found.append(Evidence(name, where, *span, name in unsure))
    return found


class MailReviewModel(QAbstractTableModel):
    decisions_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[ReviewEntry] = []

    def set_entries(self, entries: Sequence[ReviewEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()
        self.decisions_changed.emit()

    # -- decisions (written into the plan's people) -------------------------------------------
    def accept(self, row: int) -> None:
        """Import as read, unsure fields included (the organiser looked at them); corrections are kept."""
        person = self._decidable(row)
        if person is not None:
            person.accept()
            self._changed(row)

    def drop(self, row: int) -> None:
        person = self._decidable(row)
        if person is not None:
            person.drop()
            self._changed(row)

    def undecide(self, row: int) -> None:
        """Back to as read, corrections forgotten: unsure again if it was."""
        person = self._decidable(row)
        if person is not None:
            person.decision = plan.AUTO
            person.corrections.clear()
            self._changed(row)

    def correct(self, row: int, name: str, value: str) -> None:
        """Import `name` as `value`, and so accept the person; typing back what was read takes it away."""
        person = self._decidable(row)
        if person is None or name not in PERSON_FIELDS:
            return
        value = value.strip()
        if value == person.reading.value(name):
            person.corrections.pop(name, None)
        else:
            person.corrections[name] = value
        person.accept()
        self._changed(row)

    def _decidable(self, row: int) -> PlannedPerson | None:
        entry = self.entries[row]
        return entry.person if entry.decidable else None

    def outcomes_changed(self) -> None:
        """The plan was refreshed: what each person becomes may have changed (a seat freed by a drop)."""
        if self.entries:
            self.dataChanged.emit(self.index(0, BECOMES), self.index(len(self.entries) - 1, BECOMES))

    def waiting_rows(self) -> list[int]:
        """The unsure people nobody has decided about yet, in list order."""
        return [row for row, entry in enumerate(self.entries) if entry.waiting]

    def counts(self) -> dict[str, int]:
        found = {"people": 0, "taken": 0, "dropped": 0, "corrected": 0, "waiting": 0, "already": 0,
                 "not_registrations": 0}
        for entry in self.entries:  # one pass: a decision in a list of 10,000 recounts them all
            if entry.person is None:
                found["not_registrations"] += 1
                continue
            found["people"] += 1
            if not entry.decidable:
                found["already"] += 1
                continue
            decision = entry.decision
            found["dropped"] += decision is Decision.DROP
            found["corrected"] += decision is Decision.CORRECT
            waiting = bool(entry.unsure_fields) and decision is Decision.NONE
            found["waiting"] += waiting
            found["taken"] += not waiting and entry.person.taken
        return found

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.decisions_changed.emit()

    # -- the table -----------------------------------------------------------------------------
    @never_raises(0)
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    @never_raises(0)
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    @never_raises()
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        return None

    @never_raises()
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CHECK and entry.waiting:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole and entry.waiting:
            return QBrush(UNSURE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and entry.waiting:
            return QBrush(QColor("#000000"))  # dark text on the light warning colour in a dark theme too
        if role == Qt.ItemDataRole.ForegroundRole and not entry.imported:
            return QBrush(LEFT_OUT_FOREGROUND)
        return None

    def _text(self, entry: ReviewEntry, column: int) -> str:
        if column == DECISION:
            return decision_text(entry)
        if column == NAME:
            return entry.name
        if column == ORGANISATION:
            return entry.value("organisation")
        if column == BECOMES:
            return becomes_text(entry)
        if column == CHECK:
            if not entry.unsure_fields or not entry.decidable:
                return ""
            fields = ", ".join(field_label(name) for name in entry.unsure_fields)
            return QCoreApplication.translate("MailReview", "Unsure: %1").replace("%1", fields)
        return ""


FIELD_LABELS = {
    "honorific": QT_TRANSLATE_NOOP("MailReview", "Honorific"),
    "given_name": QT_TRANSLATE_NOOP("MailReview", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("MailReview", "Family name"),
    "job_title": QT_TRANSLATE_NOOP("MailReview", "Job title"),
    "organisation": QT_TRANSLATE_NOOP("MailReview", "Organisation"),
    "email": QT_TRANSLATE_NOOP("MailReview", "E-mail"),
    "language": QT_TRANSLATE_NOOP("MailReview", "Language"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate(_CONTEXT, FIELD_LABELS.get(name, name))


def becomes_text(entry: ReviewEntry) -> str:
    if entry.person is not None:
        words = OUTCOME_WORDS.get(entry.person.outcome)
        return QCoreApplication.translate(_CONTEXT, words) if words else ""
    if entry.message.reading is None:
        return QCoreApplication.translate(_CONTEXT, UNREADABLE_WORDS)
    return QCoreApplication.translate(_CONTEXT, SKIPPED_WORDS.get(entry.message.skipped, NOT_A_REGISTRATION))


DECISION_WORDS = {
    "not_decidable": QT_TRANSLATE_NOOP("MailReview", "Not imported"),
    Decision.DROP: QT_TRANSLATE_NOOP("MailReview", "Dropped"),
    Decision.CORRECT: QT_TRANSLATE_NOOP("MailReview", "Corrected"),
    Decision.ACCEPT: QT_TRANSLATE_NOOP("MailReview", "Accepted"),
    "waiting": QT_TRANSLATE_NOOP("MailReview", "To decide"),
    Decision.NONE: QT_TRANSLATE_NOOP("MailReview", "Import as read"),
}


def decision_text(entry: ReviewEntry) -> str:
    key: str = "not_decidable" if not entry.decidable else "waiting" if entry.waiting else entry.decision
    return QCoreApplication.translate(_CONTEXT, DECISION_WORDS[key])
