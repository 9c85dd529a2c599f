"""The import wizard's page for registration e-mails: read them, review each person, import.

A face over `checkin.mail.registration_plan`. Reading runs on the task runner with the wizard's progress
bar and Stop button; the review (MailReview) writes the organiser's decisions into the plan, whose outcomes
are worked out again a moment after the last decision; Import applies the plan on the task runner, all or
nothing. Import stays disabled while anyone the reading is unsure of is undecided, and the summary says
so and how to go on: nothing unsure is imported silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from checkin.io.import_report import ImportFailure, ImportReport
from checkin.mail.plan_values import MailImportPlan, MailImportReport
from checkin.ui.context import AppContext
from checkin.ui.import_sources import ImportSource
from checkin.ui.import_words import describe_failure, fill
from checkin.ui.mail_plan_work import event_zone, plan_mail, planning_copy, take_outcomes
from checkin.ui.models.mail_review import Decision, entries_of
from checkin.ui.safety import never_raises
from checkin.ui.tasks import Task
from checkin.ui.widgets.mail_review import MailReview

if TYPE_CHECKING:
    from checkin.ui.dialogs.import_wizard import ImportWizard

REFRESH_AFTER_MS = 150  # decisions made in a row (Alt+A, Alt+A…) are worked out once


class MailImportPage(QWidget):
    read_done = Signal(object)  # the MailImportPlan, or the exception that stopped the reading
    imported = Signal(object)  # MailImportReport, the exception, or None when stopped
    outcomes_shown = Signal()  # what each person becomes was worked out again after decisions

    def __init__(self, context: AppContext, wizard: ImportWizard) -> None:
        super().__init__()
        self.context = context
        self.wizard = wizard
        self.plan: MailImportPlan | None = None
        self.report: MailImportReport | None = None
        self.reading: Task | None = None
        self.writing: Task | None = None
        self._generation = 0
        self.review = MailReview()
        self.review.decisions_changed.connect(self._decided)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_AFTER_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.refreshing: Task | None = None
        self._refresh_again = False
        self._decisions = 0  # counted, so that outcomes worked out before the last decision are not shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.summary)

    # -- reading ---------------------------------------------------------------------------------
    def read(self, source: ImportSource) -> Task | None:
        session = self.context.session
        if session is None or self.writing is not None:
            return None
        self.stop()
        self._generation += 1
        generation, paths = self._generation, list(source.paths)
        self.plan, self.report = None, None
        self.review.zone = event_zone(session.event.timezone)
        self.review.set_entries([])
        self.summary.setText(fill(self.tr("Reading the e-mails of %1…"), paths[0].name))
        progress = self.wizard.progress
        progress.setRange(0, 0)
        progress.setVisible(True)
        task = self.context.tasks.start(
            lambda task: plan_mail(session, paths, lambda done, total: task.report(done, total)),
            on_success=lambda plan: self._read(generation, plan),
            on_failure=lambda error: self._read(generation, error))
        task.progressed.connect(self._show_progress)
        task.finished.connect(lambda: self._reading_ended(task))
        self.reading = task
        self.update_buttons()
        return task

    @never_raises()
    def _read(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # other e-mails (or a spreadsheet) were chosen meanwhile
        if isinstance(result, MailImportPlan):
            self.plan = result
            self.review.set_entries(entries_of(result))
            self.review.people.setFocus()  # the keyboard goes through the people at once
            self.show_summary()
        elif isinstance(result, ImportFailure):
            self.summary.setText(describe_failure(result))
        else:
            self.summary.setText(fill(self.tr("The e-mails could not be read: %1"), result))
        self.update_buttons()
        self.read_done.emit(result)

    @never_raises()
    def _reading_ended(self, task: Task) -> None:
        if task is not self.reading:
            return
        self.reading = None
        self.wizard.progress.setVisible(False)
        if task.was_cancelled:
            self.summary.setText(self.tr("Stopped reading; nothing was imported."))
            self.read_done.emit(None)
        self.update_buttons()

    def stop(self) -> None:
        for task in (self.reading, self.writing, self.refreshing):
            if task is not None:
                task.cancel()

    def clear(self) -> None:
        """A spreadsheet was chosen instead: forget the e-mails."""
        self.stop()
        self._generation += 1
        self.plan = None
        self.review.set_entries([])
        self.summary.clear()

    # -- deciding --------------------------------------------------------------------------------
    def _decided(self) -> None:
        self._decisions += 1
        self.show_summary()
        self.update_buttons()
        self._refresh_timer.start()

    def refresh(self) -> Task | None:
        """What each person becomes, worked out again after decisions (a drop frees a seat for the next).

        On the task runner, over a copy of the plan: on 10,000 messages it takes about 0.4 s, and the
        organiser goes on deciding meanwhile. The outcomes are taken over only if no decision came since;
        otherwise it runs again."""
        self._refresh_timer.stop()
        session, plan = self.context.session, self.plan
        if plan is None or session is None or self.writing is not None or self.report is not None:
            return None
        if self.refreshing is not None:
            self._refresh_again = True
            return None
        from checkin.mail.registration_plan import refresh

        decisions, snapshot = self._decisions, planning_copy(plan)
        task = self.context.tasks.start(lambda task: refresh(session, snapshot),
                                        on_success=lambda _: self._refreshed(plan, snapshot, decisions),
                                        on_failure=self._refresh_failed)
        task.finished.connect(lambda: self._refresh_ended(task))
        self.refreshing = task
        return task

    @never_raises()
    def _refreshed(self, plan: MailImportPlan, snapshot: MailImportPlan, decisions: int) -> None:
        if plan is not self.plan or self.writing is not None or self.report is not None:
            return
        if decisions != self._decisions:
            self._refresh_again = True  # worked out before the last decision: again
            return
        take_outcomes(plan, snapshot)
        self.review.model.outcomes_changed()
        self.review.refresh_decision()
        self.show_summary()
        self.outcomes_shown.emit()

    @never_raises()
    def _refresh_failed(self, error: Exception) -> None:
        self.summary.setText(fill(self.tr("What the decisions change could not be worked out: %1"), error))

    @never_raises()
    def _refresh_ended(self, task: Task) -> None:
        if self.refreshing is task:
            self.refreshing = None
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def show_summary(self) -> None:
        if self.plan is None:
            return
        counts = self.review.model.counts()
        text = fill(self.tr("Messages: %1 · people found: %2 · to import: %3 · corrected: %4 · dropped: %5 · "
                            "messages that are no registration: %6"), len(self.plan.messages), counts["people"],
                    counts["taken"], counts["corrected"], counts["dropped"], counts["not_registrations"])
        if counts["already"]:
            text += "\n" + fill(self.tr("Imported before, from the same messages: %1 (left as the event has them)."),
                                counts["already"])
        if counts["waiting"]:
            text += "\n" + fill(self.tr("⚠ Waiting for your decision, as the reading is unsure of them: %1. Accept, "
                                        "correct or drop each (Alt+N goes to the next); Import waits until they "
                                        "are decided."), counts["waiting"])
        self.summary.setText(text)

    def decided(self) -> int:
        """How many people the organiser has decided about (accepted, corrected, dropped) in this plan."""
        return sum(entry.decision is not Decision.NONE for entry in self.review.model.entries)

    def may_close(self) -> bool:
        """Decisions not imported yet are work: closing asks before it throws them away."""
        decided = self.decided()
        if self.plan is None or self.report is not None or not decided:
            return True
        return self.ask_discard(decided)

    def ask_discard(self, decided: int) -> bool:
        """The question (tests replace it): close, and forget the decisions taken?"""
        answer = QMessageBox.question(
            self, self.tr("Import registrations"),
            fill(self.tr("Close without importing? Your decisions about %1 people would be lost."), decided),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # -- importing -------------------------------------------------------------------------------
    def start_import(self) -> Task | None:
        session, plan = self.context.session, self.plan
        if session is None or plan is None or self.reading is not None or self.writing is not None \
                or self.report is not None or self.review.model.waiting_rows():
            return None
        self.review.take_typed()  # a correction typed without Tab still counts
        if self.review.model.waiting_rows():
            return None
        self._refresh_timer.stop()
        from checkin.mail.registration_plan import apply_mail_import

        self.summary.setText(self.tr("Importing…"))
        self.wizard.progress.setRange(0, 0)
        self.wizard.progress.setVisible(True)
        self.context.writing = True
        task = self.context.tasks.start(
            lambda task: apply_mail_import(session, plan, progress=lambda done, total: task.report(done, total)),
            on_success=self._imported, on_failure=self._imported)
        task.progressed.connect(self._show_progress)
        task.finished.connect(lambda: self._import_ended(task))
        self.writing = task
        self.review.setEnabled(False)  # the plan is being written: no decision changes under it
        self.update_buttons()
        return task

    @never_raises()
    def _imported(self, result: object) -> None:
        self.context.writing = False
        if isinstance(result, MailImportReport):
            self.report = result
            self.context.reload_presence()
            self.context.signals.changed.emit()
            if result.plan.records is not None:  # "Last import report" shows the people as a list's rows
                self.context.last_import = ImportReport(result.plan.records, result.plan.changes)
            self.review.model.outcomes_changed()
            self.summary.setText(self.report_text(result))
        else:
            self.summary.setText(fill(self.tr("Nothing was imported: %1"), result))
        self.update_buttons()  # the task's end may come first: a report now means nothing more to import
        self.imported.emit(result)

    def report_text(self, report: MailImportReport) -> str:
        counts = report.plan.counts()
        return fill(self.tr("Imported from the e-mails: registered %2 · waiting list %3 · late %4 · updated %5 · "
                            "cancelled %6 · dropped %7 · left out %8 (messages read: %1)."),
                    counts["messages"], counts["registered"], counts["waitlisted"], counts["late"],
                    counts["updated"], counts["cancelled"], counts["dropped"], counts["left_out"])

    @never_raises()
    def _import_ended(self, task: Task) -> None:
        self.context.writing = False
        self.writing = None
        self.wizard.progress.setVisible(False)
        self.review.setEnabled(True)
        if task.was_cancelled:
            self.summary.setText(self.tr("Stopped; nothing was imported."))
            self.imported.emit(None)
        self.update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        self.wizard.progress.setRange(0, max(total, 0))
        self.wizard.progress.setValue(done)

    def update_buttons(self) -> None:
        wizard = self.wizard
        if wizard.pages.currentWidget() is not self:
            return
        ready = self.plan is not None and self.reading is None and self.writing is None and self.report is None
        wizard.import_button.setEnabled(ready and not self.review.model.waiting_rows())
        wizard.stop_button.setVisible(self.reading is not None or self.writing is not None)
        wizard.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(self.writing is None)
