"""Items lent at the desk: scan the badge, then the receiver; scan a receiver alone to take it back.

The field keeps the focus: a scanner's burst (the badge) arrives through `take_scan`, a short item
number typed by hand or scanned from a label ends with Enter in the field. The list below shows
what is out, with the holder's organisation, phone or e-mail and deposit, for closing time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.core import loans as lending
from checkin.core.loans import LoanOutcome, LoanResult, phone_of
from checkin.core.models import Attendee
from checkin.store.errors import StoreError
from checkin.ui import settings as keys
from checkin.ui.context import AppContext
from checkin.ui.day_operations import DayOperations
from checkin.ui.day_words import event_time
from checkin.ui.programme_day import ProgrammeDay
from checkin.ui.widgets.result_panel import GREEN, NEUTRAL, RED, SOUND_OF, ResultPanel

ITEM, KIND, NAME, ORGANISATION, CONTACT, DEPOSIT, OUT_AT, RETURNED_AT = range(8)


class LoanAnswer(ResultPanel):
    """The outcome panel's colours for a loan: green when done, red when refused."""

    def show_done(self, headline: str, detail: str) -> str:
        return self._show(GREEN, headline, detail)


class LoansView(QWidget):
    def __init__(self, context: AppContext, day: ProgrammeDay, operations: DayOperations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = operations
        self.borrower: Attendee | None = None
        self.step = QLabel()
        self.step.setObjectName("LoanStep")
        self.step.setStyleSheet("#LoanStep { font-size: 16pt; font-weight: 600; }")
        self.field = QLineEdit()
        self.field.setObjectName("LoanField")
        self.field.setStyleSheet("#LoanField { font-size: 18pt; padding: 8px 10px; }")
        self.field.returnPressed.connect(self._entered)
        self.deposit = QLineEdit()
        self.deposit.setPlaceholderText(self.tr("ID card, business card… (optional)"))
        self.outcome = LoanAnswer()
        self.outcome.show_message(self.tr("Lend or take back an item"),
                                  self.tr("Scan the badge, then the item. Scan an item alone to take it back."))
        self.only_out = QCheckBox(self.tr("Only items still out"))
        self.only_out.setChecked(True)
        self.only_out.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.only_out.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Kind"), self.tr("Name"), self.tr("Organisation"), self.tr("Phone / e-mail"),
            self.tr("Deposit"), self.tr("Out at"), self.tr("Returned at")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("Deposit"), self.deposit)
        list_row = QHBoxLayout()
        list_row.addWidget(self.summary, 1)
        list_row.addWidget(self.only_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.field)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addLayout(list_row)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.field)
        self._prompt()
        operations.failed.connect(self._failed)
        day.lending_changed.connect(self.refresh)
        context.signals.opened.connect(self.refresh)

    # -- input -------------------------------------------------------------------------------
    def take_scan(self, code: str) -> bool:
        """A scanner's burst while this page shows: a badge or an item label."""
        self.handle(code)
        return True

    def _entered(self) -> None:
        text = self.field.text()
        self.field.clear()
        if text.strip():
            self.handle(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.borrower = None
            self._prompt()
            return
        super().keyPressEvent(event)

    def handle(self, text: str) -> None:
        session = self.context.session
        if session is None:
            return
        refusal, candidates = session.resolve_code(text)
        if refusal is None and len(text.strip()) >= 6:
            self.borrower = candidates[0]
            who = self.borrower.name + (f" — {self.borrower.organisation}" if self.borrower.organisation else "")
            self.outcome.show_message(self.tr("Lending to %1").replace("%1", who),
                                      self.tr("Now scan or type the item's number."))
            self._prompt()
            return
        if self.borrower is not None:
            self.operations.lend(self.borrower, text, self.deposit.text())
            return
        found = lending.catalogue(session).resolve(text)
        if found is None:
            self._show(RED, self.tr("Unknown badge or item “%1”").replace("%1", text.strip()[:40]),
                       self.tr("Scan the badge first, then the item."))
            return
        self.operations.give_back(found[0])

    # -- answers ------------------------------------------------------------------------------
    def show_result(self, result: LoanResult) -> None:
        who = ""
        if result.attendee is not None:
            who = result.attendee.name + (f" — {result.attendee.organisation}" if result.attendee.organisation else "")
        loan = result.loan
        deposit = loan.deposit if loan is not None else ""
        if result.outcome is LoanOutcome.LENT:
            detail = self.tr("Deposit: %1").replace("%1", deposit) if deposit else self.tr("No deposit noted.")
            self._show(GREEN, self.tr("%1 lent to %2").replace("%1", result.item).replace("%2", who), detail)
            self.borrower = None
            self.deposit.clear()
        elif result.outcome is LoanOutcome.ALREADY_OUT:
            since = event_time(loan.out_at, self._zone()) if loan is not None else ""
            self._show(RED, self.tr("%1 is already out").replace("%1", result.item),
                       self.tr("With %1 since %2. Take another one, or scan it alone to take it back first.")
                       .replace("%1", who).replace("%2", since))
        elif result.outcome is LoanOutcome.RETURNED:
            detail = (self.tr("Give back the deposit: %1").replace("%1", deposit) if deposit
                      else self.tr("No deposit to give back."))
            self._show(GREEN, self.tr("%1 returned by %2").replace("%1", result.item).replace("%2", who), detail)
        elif result.outcome is LoanOutcome.NOT_OUT:
            self._show(NEUTRAL, self.tr("%1 is not out").replace("%1", result.item),
                       self.tr("To lend it, scan the badge first, then the item."))
        else:
            kinds = "; ".join(f"{k.kind}: {k.items}" for k in lending.catalogue(self.context.session).kinds) \
                if self.context.session is not None else ""
            self._show(RED, self.tr("“%1” is not one of this event's items").replace("%1", result.item),
                       kinds or self.tr("Scan the item's label or type its number."))
        self._prompt()

    def _failed(self, detail: str) -> None:
        self._show(RED, self.tr("The server cannot be reached"),
                   self.tr("%1. Items lent need the server: note this one on paper.").replace("%1", detail))

    def _show(self, colour: str, headline: str, detail: str) -> None:
        if colour == NEUTRAL:
            self.outcome.show_message(headline, detail)
        elif colour == GREEN:
            self.outcome.show_done(headline, detail)
        else:
            self.outcome.show_problem(headline, detail)
        if colour in SOUND_OF and not self.context.settings.get(keys.MUTED):
            self.context.sounds.play(SOUND_OF[colour])
        self.field.setFocus()

    def _prompt(self) -> None:
        if self.borrower is None:
            self.step.setText(self.tr("Scan the badge — or scan an item to take it back"))
        else:
            self.step.setText(self.tr("Scan or type the item's number for %1").replace("%1", self.borrower.name))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # loans made through the command line or another window meanwhile
        super().showEvent(event)

    def _zone(self) -> str:
        return self.context.session.event.timezone if self.context.session is not None else "UTC"

    # -- the list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.context.session
        if session is None:
            return
        try:
            loans = session.store.loans(outstanding=self.only_out.isChecked())
        except (StoreError, NotImplementedError):
            loans = []
        self.table.setRowCount(len(loans))
        out = 0
        for row, loan in enumerate(loans):
            out += loan.outstanding
            person = session.attendee(loan.attendee_id)
            contact = " · ".join(p for p in ((phone_of(person), person.email) if person else ()) if p)
            values = (loan.item, loan.kind, person.name if person else "?", person.organisation if person else "",
                      contact, loan.deposit, event_time(loan.out_at, self._zone()),
                      event_time(loan.returned_at, self._zone()))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%1 out").replace("%1", str(out)))
