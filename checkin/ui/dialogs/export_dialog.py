"""Export…: what to write (attendance workbook, CSV, PDF report, anonymised statistics, sign-in sheet) and where.

The dialog only chooses; `checkin.ui.jobs` writes on the task runner. After a purge only the
anonymised statistics remain, so the other choices are shown but disabled, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.io.atomic_write import OutputError, OutputProblem
from checkin.io.export_attendance import ExportRefused


@dataclass(frozen=True)
class ExportFormat:
    key: str
    text: str  # translated in the "ExportDialog" context
    suffix: str
    anonymised: bool = False
    delimiter: str = ","


FORMATS = (
    ExportFormat("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Attendance workbook (Excel, .xlsx)"), ".xlsx"),
    ExportFormat("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV separated by commas (.csv)"), ".csv"),
    ExportFormat("csv_semicolon", QT_TRANSLATE_NOOP(
        "ExportDialog", "CSV separated by semicolons, for French and German Excel (.csv)"), ".csv", delimiter=";"),
    ExportFormat("pdf", QT_TRANSLATE_NOOP("ExportDialog", "Attendance report (PDF)"), ".pdf"),
    ExportFormat("anonymised", QT_TRANSLATE_NOOP(
        "ExportDialog", "Anonymised statistics for funders (Excel, .xlsx; no names, small groups withheld)"),
        ".xlsx", anonymised=True),
    ExportFormat("anonymised_pdf", QT_TRANSLATE_NOOP("ExportDialog", "Anonymised statistics (PDF)"), ".pdf",
                 anonymised=True),
    ExportFormat("signin", QT_TRANSLATE_NOOP("ExportDialog", "Sign-in sheet to print (PDF)"), ".pdf"),
)
BY_KEY = {spec.key: spec for spec in FORMATS}


@dataclass(frozen=True)
class ExportChoice:
    format: ExportFormat
    path: Path


def default_name(title: str, spec: ExportFormat) -> str:
    stem = re.sub(r"[^\w-]+", "-", title, flags=re.UNICODE).strip("-").lower()[:40] or "event"
    what = {"signin": "sign-in-sheet", "anonymised": "statistics", "anonymised_pdf": "statistics"}
    return f"{stem}-{what.get(spec.key, 'attendance')}{spec.suffix}"


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


_OUTPUT_WORDS = {
    OutputProblem.MISSING_FOLDER: QT_TRANSLATE_NOOP("ExportDialog", "cannot write %1: the folder does not exist"),
    OutputProblem.NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "ExportDialog", "cannot write %1: permission denied (choose another folder)"),
    OutputProblem.IS_FOLDER: QT_TRANSLATE_NOOP("ExportDialog", "cannot write %1: it is a folder; give a file name"),
    OutputProblem.LOCKED: QT_TRANSLATE_NOOP(
        "ExportDialog", "cannot write %1: it is open in Excel or LibreOffice; close it and try again"),
    OutputProblem.NO_SPACE: QT_TRANSLATE_NOOP("ExportDialog", "cannot write %1: the disk is full"),
    OutputProblem.FAILED: QT_TRANSLATE_NOOP("ExportDialog", "cannot write %1: the system refused"),
}
_REFUSAL_WORDS = {
    ExportRefused.PURGED: QT_TRANSLATE_NOOP(
        "ExportDialog", "the personal data of this event were purged; only anonymised statistics remain"),
    ExportRefused.NO_STATISTICS: QT_TRANSLATE_NOOP(
        "ExportDialog", "no statistics were kept for the checkpoint %1 when this event was purged"),
    ExportRefused.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP("ExportDialog", "%1: cannot export in this format"),
}


def describe_export_error(error: Exception) -> str:
    """One line naming the file at fault and what to do."""
    if isinstance(error, OutputError):
        return _t(_OUTPUT_WORDS.get(error.problem, _OUTPUT_WORDS[OutputProblem.FAILED])).replace("%1", str(error.path))
    if isinstance(error, ExportRefused) and error.reason in _REFUSAL_WORDS:
        detail = error.detail if error.reason == ExportRefused.NO_STATISTICS else str(error.path)
        return _t(_REFUSAL_WORDS[error.reason]).replace("%1", detail)
    return str(error)


class ExportDialog(QDialog):
    def __init__(self, title: str, folder: Path, purged: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(680)
        self.event_title = title
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What to write:")))
        for number, spec in enumerate(FORMATS):
            button = QRadioButton(_t(spec.text))
            button.setEnabled(spec.anonymised or not purged)
            self.group.addButton(button, number)
            layout.addWidget(button)
        if purged:
            note = QLabel(self.tr("The personal data of this event were purged: only anonymised statistics remain."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.folder = folder
        self.group.idToggled.connect(lambda number, on: on and self._suggest(FORMATS[number]))
        self.select("anonymised" if purged else "xlsx")

    @classmethod
    def ask(cls, title: str, folder: Path, purged: bool = False, parent: QWidget | None = None) -> ExportChoice | None:
        dialog = cls(title, folder, purged, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def select(self, key: str) -> None:
        self.group.button(FORMATS.index(BY_KEY[key])).setChecked(True)

    def current(self) -> ExportFormat:
        return FORMATS[max(self.group.checkedId(), 0)]

    def _suggest(self, spec: ExportFormat) -> None:
        """A fresh name per format, in the folder last typed (a name the user typed keeps its folder)."""
        typed = Path(self.path.text()) if self.path.text().strip() else None
        folder = typed.parent if typed else self.folder
        self.path.setText(str(folder / default_name(self.event_title, spec)))

    def browse(self) -> None:
        spec = self.current()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path.text(), f"*{spec.suffix}")
        if name:
            self.path.setText(name if name.lower().endswith(spec.suffix) else name + spec.suffix)

    def choice(self) -> ExportChoice | None:
        text = self.path.text().strip()
        if not text:
            return None
        spec = self.current()
        path = Path(text).expanduser()
        return ExportChoice(spec, path if path.suffix.lower() == spec.suffix else path.with_suffix(spec.suffix))
