"""The registration mailbox at the desk (a mixin of MainWindow): watch it while the event is open, review what came.

The watching is MailWatch's; the reviewing is the import wizard's, opened on the event's mail copy. The
window only shows how many new e-mails wait (a button in the status bar) and what went wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from checkin.io import imap_fetch
from checkin.io.imap_fetch import FetchFailure
from checkin.ui.context import AppContext
from checkin.ui.dialogs.watch_mailbox import WatchMailboxDialog
from checkin.ui.import_words import fill
from checkin.ui.mail_watch import MailWatch
from checkin.ui.safety import never_raises

NOTICE_MS = 60_000
_FAILURES = {
    imap_fetch.UNKNOWN_HOST: QT_TRANSLATE_NOOP("MailActions", "%1: no such mail server; check its name"),
    imap_fetch.UNREACHABLE: QT_TRANSLATE_NOOP("MailActions", "%1: the mail server does not answer; trying again "
                                                            "at the next round"),
    imap_fetch.CERTIFICATE_UNTRUSTED: QT_TRANSLATE_NOOP(
        "MailActions", "%1: the server's certificate is not trusted; name the certificate authority's file"),
    imap_fetch.CAFILE_UNREADABLE: QT_TRANSLATE_NOOP("MailActions", "%1: the certificate authority's file cannot "
                                                                  "be read"),
    imap_fetch.TLS_FAILED: QT_TRANSLATE_NOOP("MailActions", "%1: no encrypted connection could be made"),
    imap_fetch.NO_TLS: QT_TRANSLATE_NOOP("MailActions", "%1: the server offers no encryption; the password is "
                                                       "not sent in clear"),
    imap_fetch.NOT_IMAP: QT_TRANSLATE_NOOP("MailActions", "%1: this is no IMAP mail server"),
    imap_fetch.LOGIN_FAILED: QT_TRANSLATE_NOOP("MailActions", "%1: the server refused the user name or the "
                                                             "password (some providers want an app password)"),
    imap_fetch.NO_SUCH_FOLDER: QT_TRANSLATE_NOOP("MailActions", "%1: the mailbox has no such folder"),
    imap_fetch.CONNECTION_LOST: QT_TRANSLATE_NOOP("MailActions", "%1: the connection was lost; trying again at the "
                                                                "next round"),
    imap_fetch.SERVER_REFUSED: QT_TRANSLATE_NOOP("MailActions", "%1: the server refused to hand the messages over "
                                                               "(%2)"),
}


class MailActions(QMainWindow):
    context: AppContext
    actions_by_name: dict

    def start_mail(self) -> None:
        """Once, before the first build: the watch and its button in the status bar."""
        self.mail_watch = MailWatch(self.context)
        self.mail_watch.fetched.connect(lambda _: self.show_new_mail())
        self.mail_watch.failed.connect(self._mail_failed)
        self.mail_watch.running_changed.connect(lambda _: self.show_new_mail())
        self.new_mail_button = QPushButton()
        self.new_mail_button.setFlat(True)
        # Through the action: a locked desk (kiosk) has it disabled, and so the button does nothing.
        self.new_mail_button.clicked.connect(lambda: self.actions_by_name["review_mail"].trigger())
        self.statusBar().addPermanentWidget(self.new_mail_button)
        self.new_mail_button.hide()
        self.last_mail_problem = ""
        self.context.signals.opened.connect(self._remind_mailbox)

    def mail_handlers(self) -> dict:
        self.show_new_mail()  # in the language just chosen
        return {"watch_mail": self.watch_mailbox, "review_mail": self.review_fetched_mail}

    @never_raises()
    def _remind_mailbox(self) -> None:
        """An event watched from a desk before: its password is not kept, so say how to watch it again."""
        address = self.mail_watch.remembered().get("address")
        if address and not self.mail_watch.running:
            self.statusBar().showMessage(fill(self.tr("The registration mailbox %1 is not watched now: Event → "
                                                      "Watch the registration mailbox… takes its new e-mails."),
                                              address), NOTICE_MS)

    @never_raises()
    def watch_mailbox(self) -> None:
        if self.context.session is None:
            return
        choice = WatchMailboxDialog.ask(self.mail_watch.remembered(), self)
        if choice is not None:
            self.mail_watch.start(choice.address, choice.password, choice.interval_s, choice.cafile)
            self.statusBar().showMessage(fill(self.tr("Watching %1 for registration e-mails"),
                                              choice.address.label), NOTICE_MS)

    @never_raises()
    def review_fetched_mail(self) -> None:
        """The import wizard on the event's mail copy: every e-mail fetched, those already imported known again."""
        copy = self.mail_watch.copy
        if copy is None:
            from checkin.io.mail_copy import MailCopy, copy_folder_for

            copy = MailCopy(copy_folder_for(self.context.session.store.location)) if self.context.session else None
        if copy is None or not copy.exists or not len(copy):
            QMessageBox.information(self, self.tr("Review fetched e-mails"),
                                    self.tr("No e-mail was fetched for this event yet: Event → Watch the "
                                            "registration mailbox…"))
            return
        self.mail_watch.new_messages = 0
        self.show_new_mail()
        self.import_registrations(copy.folder)  # type: ignore[attr-defined] - OrganiserActions'

    def show_new_mail(self) -> None:
        count = self.mail_watch.new_messages
        self.new_mail_button.setText(fill(self.tr("✉ New registration e-mails: %1 (review)"), count))
        self.new_mail_button.setVisible(count > 0 and not getattr(self, "locked", False))

    @never_raises()
    def _mail_failed(self, error: Exception, lasting: bool) -> None:
        label = self.mail_watch.address.label if self.mail_watch.address else ""
        words = _FAILURES.get(error.code) if isinstance(error, FetchFailure) else None
        text = fill(QCoreApplication.translate("MailActions", words), label, getattr(error, "detail", "")) \
            if words else f"{label}: {error}"
        if lasting:  # said in the status bar, not in a window that would stop the desk's scans
            text = fill(self.tr("The mailbox is no longer watched: %1"), text)
        self.last_mail_problem = text
        self.statusBar().showMessage(text, NOTICE_MS)
