"""The two panes of "Send confirmations": the template editor and the message preview.

The editor holds the event's :class:`TemplateSet` and says after each keystroke whether it is
usable (``edited`` carries the problems, empty when none); the preview shows a built message as a
mail client would, with the inline QR picture resolved from its ``cid:`` address.
"""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from checkin.mail.templates import CONFIRMATION, KINDS, PLACEHOLDERS, WAITLIST, MailTemplate, TemplateSet


class TemplateEditor(QWidget):
    edited = Signal(list)  # the TemplateProblems of the whole set, empty when every template is usable

    def __init__(self, templates: TemplateSet, defaults: TemplateSet, parent: QWidget | None = None,
                 first_languages: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.templates = templates
        self.defaults = defaults
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Confirmation (with QR code and ticket)"), CONFIRMATION)
        self.kind.addItem(self.tr("Waitlist notice"), WAITLIST)
        self.language = QComboBox()
        shipped = set(templates.languages(CONFIRMATION)) | set(templates.languages(WAITLIST))
        # The event's own languages first: the templates its people get most.
        ordered = [language for language in first_languages if language in shipped]
        for language in [*ordered, *sorted(shipped - set(ordered))]:
            self.language.addItem(language.upper(), language)
        self.reset_button = QPushButton(self.tr("Back to the default text"))
        row.addWidget(QLabel(self.tr("Message")))
        row.addWidget(self.kind, 1)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        self.subject = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        layout.addLayout(form)
        bodies = QTabWidget()
        self.text_body = QPlainTextEdit()
        self.html_body = QPlainTextEdit()
        bodies.addTab(self.text_body, self.tr("Plain text"))
        bodies.addTab(self.html_body, self.tr("HTML"))
        layout.addWidget(bodies, 1)
        names = " ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        self.placeholders = QLabel(self.tr("Placeholders: %1 ({qr_image}: HTML confirmations only)")
                                   .replace("%1", names))
        self.placeholders.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.setWordWrap(True)
        layout.addWidget(self.placeholders)
        layout.addWidget(self.problems)
        self.kind.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.reset_button.clicked.connect(self.reset)
        for editor in (self.subject, self.text_body, self.html_body):
            editor.textChanged.connect(self._typed)

    def current_key(self) -> tuple[str, str]:
        return self.kind.currentData() or KINDS[0], self.language.currentData() or "en"

    def load(self) -> None:
        """Show the template chosen in the two combo boxes."""
        template = self.templates.get(*self.current_key())
        self.subject.blockSignals(True)
        self.subject.setText(template.subject)
        self.subject.blockSignals(False)
        for editor, value in ((self.text_body, template.text), (self.html_body, template.html)):
            editor.blockSignals(True)
            editor.setPlainText(value)
            editor.blockSignals(False)
        self._typed()

    def _typed(self) -> None:
        kind, language = self.current_key()
        edited = MailTemplate(kind, language, self.subject.text(), self.text_body.toPlainText(),
                              self.html_body.toPlainText(), self.tr("the editor"))
        self.templates = self.templates.with_template(edited)
        problems = self.templates.check()
        self.problems.setText("\n".join(str(p) for p in problems[:3]))
        self.edited.emit(problems)

    def reset(self) -> None:
        self.templates = self.templates.with_template(self.defaults.get(*self.current_key()))
        self.load()

    def changed_templates(self) -> dict[str, dict[str, str]]:
        """What to keep in the event: only the templates that differ from the shipped ones."""
        shipped = self.defaults.templates
        return {key: t.as_setting() for key, t in self.templates.templates.items()
                if key not in shipped or t.as_setting() != shipped[key].as_setting()}


class MessagePreview(QWidget):
    moved = Signal(int)  # the index asked for with Previous / Next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = 0
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        row.addWidget(self.previous_button)
        row.addWidget(self.header, 1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.browser = QTextBrowser()
        layout.addWidget(self.browser, 1)
        self.previous_button.clicked.connect(lambda: self.moved.emit(self.index - 1))
        self.next_button.clicked.connect(lambda: self.moved.emit(self.index + 1))

    def show_message(self, message: EmailMessage | None, index: int, count: int) -> None:
        self.index = index
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        if message is None:
            self.header.setText(self.tr("Nobody to send to."))
            self.browser.clear()
            return
        self.header.setText(self.tr("%1 of %2 — To: %3 — Subject: %4").replace("%1", str(index + 1)).replace(
            "%2", str(count)).replace("%3", str(message["To"])).replace("%4", str(message["Subject"])))
        document = self.browser.document()
        for part in message.walk():
            if part.get_content_type() == "image/png" and part["Content-ID"]:
                url = QUrl("cid:" + part["Content-ID"].strip("<>"))
                document.addResource(QTextDocument.ResourceType.ImageResource, url,
                                     QImage.fromData(part.get_content()))
        html_part = message.get_body(("html",))
        if html_part is not None:
            self.browser.setHtml(html_part.get_content())
        else:
            self.browser.setPlainText(message.get_body(("plain",)).get_content())
