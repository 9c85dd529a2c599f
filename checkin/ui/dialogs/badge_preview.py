"""In-app preview of a badge PDF (QtPdf), exactly the file that would be printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class BadgePreviewDialog(QDialog):
    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge preview"))
        self.resize(520, 700)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, pdf: Path, parent: QWidget | None = None) -> None:
        cls(pdf, parent).exec()
