"""Send confirmations: mail server, template editor, preview of the first messages, sending with progress.

The dialog is a face over ``checkin.mail``: it builds the same plan as ``checkin invite`` (people who
have not had their message yet, each in their language), shows the messages before anything
leaves, and sends on the task runner. The worker opens its own connection to the event for the send
log, so each message is logged the moment the server answers, as on the command line, while the
desk's own connection stays on the UI thread. The password is never written to the event: it is
typed, or taken from (and optionally saved to) the system keyring.
"""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.core.session import EventSession
from checkin.mail import smtp_sender as smtp
from checkin.mail.campaign import ALREADY_SENT, BAD_EMAIL, NO_EMAIL, Plan, RunResult, make_plan, run_plan, test_send
from checkin.mail.credentials import keyring_password, save_to_keyring
from checkin.mail.messages import BadAddress, MessageBuilder, Sender, check_address, readable
from checkin.mail.send_log import SENT, SKIPPED, SendLog
from checkin.mail.templates import CONFIRMATION, SETTING_KEY, TemplateSet
from checkin.mail.ticket_words import SETTING_KEY as WORDS_SETTING
from checkin.store import open_event
from checkin.ui.dialogs.confirmations_editor import MessagePreview, TemplateEditor
from checkin.ui.tasks import Task, TaskRunner

SMTP_SETTING = "mail.smtp"
SENDER_SETTING = "mail.sender"
PREVIEW_COUNT = 5


class ConfirmationsDialog(QDialog):
    outcome = Signal(object)  # campaign.Outcome, from the worker; shown in the log list
    sending_finished = Signal(object)  # RunResult, list of test results, or the exception

    def __init__(self, session: EventSession, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.task: Task | None = None
        self.editor = TemplateEditor(TemplateSet.load(overrides=session.store.get_setting(SETTING_KEY)),
                                     TemplateSet.load(), first_languages=session.event.languages)
        self.preview = MessagePreview()
        self._plan: Plan | None = None
        self._sent_in_run = 0
        self.setWindowTitle(self.tr("Send confirmations"))
        self.resize(980, 760)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._server_box(), 2)
        top.addWidget(self._sending_box(), 3)
        layout.addLayout(top)
        tabs = QTabWidget()
        tabs.addTab(self.editor, self.tr("Templates"))
        tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs = tabs
        layout.addWidget(tabs, 1)
        self.summary = QLabel()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumHeight(120)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.log_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.test_button = buttons.addButton(self.tr("Send a test to me"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button = buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(self.tr("Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.test_button.clicked.connect(lambda: self.start(test=True))
        self.send_button.clicked.connect(lambda: self.start(test=False))
        self.cancel_button.clicked.connect(self.stop)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.outcome.connect(self._show_outcome)
        self.editor.edited.connect(self._templates_edited)
        self.preview.moved.connect(self.show_preview)
        self.editor.load()
        self.refresh()

    # -- building the form ------------------------------------------------------------------
    def _server_box(self) -> QGroupBox:
        saved = self.session.store.get_setting(SMTP_SETTING) or {}
        sender = self.session.store.get_setting(SENDER_SETTING) or {}
        box = QGroupBox(self.tr("Mail server"))
        form = QFormLayout(box)
        self.host = QLineEdit(saved.get("host", ""))
        self.host.setPlaceholderText("smtp.example.org")
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("default"))
        self.port.setValue(int(saved.get("port") or 0))
        self.security = QComboBox()
        for value, label in ((smtp.Security.STARTTLS, self.tr("STARTTLS")), (smtp.Security.SSL, self.tr("SSL/TLS")),
                             (smtp.Security.NONE, self.tr("None"))):
            self.security.addItem(label, value.value)
        self.security.setCurrentIndex(max(0, self.security.findData(saved.get("security", "starttls"))))
        self.user = QLineEdit(saved.get("user", ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked each time; never saved in the event"))
        if self.user.text() and self.host.text():
            self.password.setText(keyring_password(self.user.text(), self.host.text()) or "")
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.from_address = QLineEdit(sender.get("address", ""))
        self.from_name = QLineEdit(sender.get("name", ""))
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        form.addRow(self.tr("From address"), self.from_address)
        form.addRow(self.tr("From name"), self.from_name)
        return box

    def _sending_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who gets what"))
        form = QFormLayout(box)
        self.resend_all = QCheckBox(self.tr("Also send again to people who already had theirs"))
        self.include_waitlist = QCheckBox(self.tr("Send the waitlist notice to waitlisted people"))
        self.include_waitlist.setChecked(True)
        self.rate = QSpinBox()
        self.rate.setRange(0, 6000)
        self.rate.setValue(30)
        self.rate.setSuffix(self.tr(" per minute"))
        self.rate.setSpecialValueText(self.tr("no limit"))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        for widget in (self.resend_all, self.include_waitlist):
            widget.toggled.connect(self.refresh)
        form.addRow(self.include_waitlist)
        form.addRow(self.resend_all)
        form.addRow(self.tr("Rate"), self.rate)
        form.addRow(self.tr("Ticket paper"), self.paper)
        form.addRow(self.plan_label)
        return box

    def _templates_edited(self, problems: list) -> None:
        self.send_button.setEnabled(not problems and self.task is None)
        self.test_button.setEnabled(not problems and self.task is None)
        if not problems:
            self.show_preview(self.preview.index)

    @property
    def templates(self) -> TemplateSet:
        return self.editor.templates

    # -- plan and preview --------------------------------------------------------------------
    def sender(self) -> Sender:
        return Sender(self.from_address.text().strip(), self.from_name.text().strip())

    def builder(self) -> MessageBuilder:
        return MessageBuilder(self.session.event, self.templates, self.sender(), paper=self.paper.currentData(),
                              ticket_words=self.session.store.get_setting(WORDS_SETTING))

    def plan(self) -> Plan:
        store = self.session.store
        plan = make_plan(store.attendees(), self.session.event, self.templates, SendLog(store),
                         include_waitlist=self.include_waitlist.isChecked())
        if self.resend_all.isChecked():
            plan.items = [item if item.skip != ALREADY_SENT else item.__class__(
                item.attendee, item.kind, item.language, item.address) for item in plan.items]
        return plan

    def refresh(self) -> None:
        """Work out the plan again (after a send, or an option changed) and show its first message."""
        plan = self._plan = self.plan()
        confirmations = sum(1 for i in plan.to_send if i.kind == CONFIRMATION)
        notices = len(plan.to_send) - confirmations
        self.plan_label.setText(self.tr("%1 confirmations and %2 waitlist notices to send; %3 people already had "
                                        "theirs; %4 without a usable e-mail address.")
                                .replace("%1", str(confirmations)).replace("%2", str(notices))
                                .replace("%3", str(len(plan.skipped(ALREADY_SENT))))
                                .replace("%4", str(len(plan.skipped(NO_EMAIL)) + len(plan.skipped(BAD_EMAIL)))))
        self.send_button.setText(self.tr("Send %n message(s)", "", len(plan.to_send)))
        self.show_preview(0)

    def _planned(self) -> Plan:
        if self._plan is None:
            self._plan = self.plan()
        return self._plan

    def preview_message(self, index: int) -> EmailMessage | None:
        items = self._planned().to_send[:PREVIEW_COUNT]
        if not items:
            return None
        item = items[max(0, min(index, len(items) - 1))]
        try:
            return readable(self.builder().build(item.attendee, item.kind, item.language))
        except BadAddress:
            return None

    def show_preview(self, index: int) -> None:
        count = min(PREVIEW_COUNT, len(self._planned().to_send))
        index = max(0, min(index, count - 1))
        self.preview.show_message(self.preview_message(index) if count else None, index, count)

    # -- sending ------------------------------------------------------------------------------
    def settings(self) -> smtp.SmtpSettings:
        return smtp.SmtpSettings(self.host.text().strip(), self.port.value() or None,
                                 smtp.Security(self.security.currentData()), self.user.text().strip(),
                                 self.password.text())

    def _form_problem(self) -> str:
        if not self.host.text().strip():
            return self.tr("Type the name of your mail server.")
        try:
            check_address(self.from_address.text())
        except BadAddress:
            return self.tr("Type the sender address (the address people reply to).")
        if self.user.text().strip() and not self.password.text():
            return self.tr("Type the password for %1.").replace("%1", self.user.text().strip())
        return ""

    def start(self, test: bool = False) -> Task | None:
        problem = self._form_problem()
        if problem:
            self.summary.setText(problem)
            return None
        settings, builder, location = self.settings(), self.builder(), self.session.store.location
        plan, rate, to = self.plan(), self.rate.value() or None, self.sender().address
        store = self.session.store
        store.set_setting(SMTP_SETTING, settings.public())
        store.set_setting(SENDER_SETTING, {"address": self.sender().address, "name": self.sender().name})
        store.set_setting(SETTING_KEY, self.editor.changed_templates())
        if self.remember.isChecked() and settings.user:
            save_to_keyring(settings.user, settings.host, settings.password)

        def work(task: Task) -> object:
            mailer = smtp.SmtpSender(settings, per_minute=None if test else rate)
            try:
                mailer.connect()
                if test:
                    return test_send(plan, builder, mailer, to)
                own_store = open_event(location)  # this thread's own connection for the send log
                try:
                    return run_plan(plan, builder, mailer, SendLog(own_store), should_stop=lambda: task.cancelled,
                                    progress=lambda done, total, outcome: self._worker_progress(task, done, total,
                                                                                                outcome))
                finally:
                    own_store.close()
            finally:
                mailer.close()

        self._set_busy(True)
        self.summary.setText(self.tr("Sending a test to %1…").replace("%1", to) if test else self.tr("Sending…"))
        self.task = self.tasks.start(work, on_success=self._finished, on_failure=self._finished)
        self._sent_in_run = 0
        task = self.task
        task.progressed.connect(self._show_progress)
        task.finished.connect(lambda: self._task_ended(task))
        return task

    def _worker_progress(self, task: Task, done: int, total: int, outcome: object) -> None:
        self.outcome.emit(outcome)
        if not task.cancelled:
            task.report(done, total)

    def _task_ended(self, task: Task) -> None:
        self._set_busy(False)
        if task.was_cancelled:  # the runner reports no result for a stopped task
            self.summary.setText(self.tr("Stopped after %1 message(s); the others were not sent to. Sending again "
                                         "continues with them: nobody gets a second copy.", "", self._sent_in_run)
                                 .replace("%1", str(self._sent_in_run)))
            self.refresh()
            self.sending_finished.emit(None)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.summary.setText(self.tr("Stopping after the message being sent…"))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.send_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _show_outcome(self, outcome) -> None:
        item = outcome.item
        who = f"{item.attendee.name} <{item.address}>" if item.address else item.attendee.name
        if outcome.status == SENT:
            self._sent_in_run += 1
            line = self.tr("sent to %1").replace("%1", who)
        elif outcome.status == SKIPPED:
            reason = self.tr("no e-mail address") if outcome.detail == NO_EMAIL else self.tr("malformed address")
            line = self.tr("skipped %1: %2").replace("%1", who).replace("%2", reason)
        else:
            line = self.tr("NOT sent to %1: %2").replace("%1", who).replace("%2", outcome.detail)
        self.log_view.appendPlainText(line)

    def _finished(self, result: object) -> None:
        if isinstance(result, RunResult):
            text = self.tr("%1 sent, %2 failed, %3 skipped.").replace("%1", str(result.count(SENT))).replace(
                "%2", str(len(result.outcomes) - result.count(SENT) - result.count(SKIPPED))).replace(
                "%3", str(result.count(SKIPPED)))
            if result.stopped_by is not None:
                text += " " + self.describe_smtp_error(result.stopped_by) + " " + self.tr(
                    "Send again later: only the people who did not get theirs will be sent to.")
            elif result.cancelled:
                text += " " + self.tr("Stopped; the others were not sent to.")
        elif isinstance(result, list):
            text = self.tr("Test sent to %1 (%2 messages: each kind and language).").replace(
                "%1", self.sender().address).replace("%2", str(len(result)))
        elif isinstance(result, smtp.SmtpError):
            text = self.describe_smtp_error(result) + " " + self.tr("Nothing was sent.")
        else:
            text = self.tr("Sending failed: %1").replace("%1", str(result))
        self.summary.setText(text)
        self.refresh()
        self.sending_finished.emit(result)

    def describe_smtp_error(self, error: smtp.SmtpError) -> str:
        where = f"{error.host}:{error.port}"
        words = {
            smtp.HOST_NOT_FOUND: self.tr("The mail server %1 was not found.").replace("%1", error.host),
            smtp.REFUSED: self.tr("%1 refused the connection (check the port).").replace("%1", where),
            smtp.TIMEOUT: self.tr("%1 did not answer in time.").replace("%1", where),
            smtp.TLS: self.tr("The secure connection to %1 failed (%2).").replace("%1", where).replace(
                "%2", error.detail),
            smtp.STARTTLS_UNSUPPORTED: self.tr("%1 does not offer STARTTLS.").replace("%1", where),
            smtp.AUTH: self.tr("%1 refused the user name or password (%2).").replace("%1", where).replace(
                "%2", error.detail),
            smtp.AUTH_UNSUPPORTED: self.tr("%1 does not offer a login.").replace("%1", where),
            smtp.DISCONNECTED: self.tr("%1 closed the connection (%2).").replace("%1", where).replace(
                "%2", error.detail),
        }
        return words.get(error.reason, self.tr("%1 answered: %2").replace("%1", where).replace("%2", error.detail))
