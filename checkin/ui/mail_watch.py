"""While the desk is open, take the new registration e-mails of the event's IMAP mailbox, every so often.

Each round runs `MailboxSession.fetch_into` on the task runner (never two at once) into the event's mail
copy, the Maildir `checkin fetch-mail` fills too; nothing is imported here: the organiser reviews what came
(Event → Review fetched e-mails) as any other e-mails, so nothing unsure counts unseen. The password lives
in this object only, for as long as the event is open. A failure that waiting will not mend (a refused
password, an untrusted certificate, no such folder) stops the watch and says so; one that may pass (the
network) is said and tried again at the next round.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.io import imap_fetch
from checkin.io.imap_address import MailboxAddress
from checkin.io.imap_fetch import FetchFailure, FetchOptions, FetchResult, MailboxSession
from checkin.io.mail_copy import MailCopy, copy_folder_for
from checkin.ui.context import AppContext
from checkin.ui.tasks import Task

WATCH_SETTING = "mail.watch"  # in the event: {"address": label (never a password), "interval": seconds}
DEFAULT_INTERVAL_S = 120
# Failures that waiting will not mend: the watch stops on them instead of trying again.
LASTING = frozenset({imap_fetch.UNKNOWN_HOST, imap_fetch.CERTIFICATE_UNTRUSTED, imap_fetch.CAFILE_UNREADABLE,
                     imap_fetch.NO_TLS, imap_fetch.NOT_IMAP, imap_fetch.LOGIN_FAILED, imap_fetch.NO_SUCH_FOLDER,
                     imap_fetch.TLS_FAILED})


class MailWatch(QObject):
    fetched = Signal(object)  # the FetchResult of a round that took new messages
    failed = Signal(object, bool)  # the FetchFailure (or other exception), and whether the watch stopped
    running_changed = Signal(bool)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.address: MailboxAddress | None = None
        self.copy: MailCopy | None = None
        self.new_messages = 0  # taken since the organiser last opened the review
        self._mailbox: MailboxSession | None = None
        self._round: Task | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.fetch_now)
        context.signals.closed.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._mailbox is not None

    def start(self, address: MailboxAddress, password: str, interval_s: float,
              cafile: Path | None = None) -> Task | None:
        """Watch `address` every `interval_s` seconds, a first round at once; remembered in the event without
        its password, so the next time only the password is asked."""
        session = self.context.session
        if session is None:
            return None
        self.stop()
        self.address = address
        self.copy = MailCopy(copy_folder_for(session.store.location))
        self._mailbox = MailboxSession(address, password, FetchOptions(cafile=cafile))
        session.store.set_setting(WATCH_SETTING, {"address": address.label, "interval": interval_s,
                                                  "cafile": str(cafile) if cafile else ""})
        self._timer.start(max(1, round(interval_s * 1000)))
        self.running_changed.emit(True)
        return self.fetch_now()

    def stop(self) -> None:
        was_running = self.running
        self._timer.stop()
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            if self._round is None:
                mailbox.close()
            else:  # the round on the task runner holds the connection; it is closed when the round ends
                self._round.cancel()
                self._round.finished.connect(mailbox.close)
        self.new_messages = 0
        if was_running:
            self.running_changed.emit(False)

    def fetch_now(self) -> Task | None:
        """One round now (unless one is under way)."""
        mailbox, copy = self._mailbox, self.copy
        if mailbox is None or copy is None or self._round is not None:
            return None
        task = self.context.tasks.start(
            lambda task: mailbox.fetch_into(copy, progress=lambda done, total: task.report(done, total)),
            on_success=lambda result: self._fetched(mailbox, result),
            on_failure=lambda error: self._failed(mailbox, error))
        task.finished.connect(lambda: self._round_ended(task))
        self._round = task
        return task

    def _round_ended(self, task: Task) -> None:
        if self._round is task:
            self._round = None

    def _fetched(self, mailbox: MailboxSession, result: FetchResult) -> None:
        if mailbox is not self._mailbox:
            return  # the watch was stopped or pointed elsewhere meanwhile
        if result.fetched:
            self.new_messages += result.fetched
            self.fetched.emit(result)

    def _failed(self, mailbox: MailboxSession, error: Exception) -> None:
        if mailbox is not self._mailbox:
            return
        lasting = not isinstance(error, FetchFailure) or error.code in LASTING
        if lasting:
            self.stop()
        else:
            self._round_closes(mailbox)  # the next round reconnects
        self.failed.emit(error, lasting)

    def _round_closes(self, mailbox: MailboxSession) -> None:
        if self._round is not None:
            self._round.finished.connect(mailbox.close)
        else:
            mailbox.close()

    def remembered(self) -> dict[str, object]:
        """What the event remembers of its mailbox ({} when none was watched from a desk)."""
        session = self.context.session
        value = session.store.get_setting(WATCH_SETTING) if session is not None else None
        return value if isinstance(value, dict) else {}
