"""Badges at the desk: render with `badges`, print the PDF through Qt's print system.

The PDF is drawn by the Qt-free `badges` package; each page is rasterised by
QtPdf at the printer's resolution and painted on a QPrinter whose page size is
the layout's stock, so the same file prints on a badge printer, a CUPS queue or
a PDF file. Orientation follows the stock (landscape when wider than tall).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.badge_people import event_fields, person_fields
from checkin.core.models import Attendee, Event
from checkin.io.leftovers import PrintFolder

if TYPE_CHECKING:
    import badges


# Badges are text and a QR code of 21×21 modules: 300 dpi prints them sharp, and a page rasterised at 600 dpi
# took four times as long and made a job four times the size (seconds per badge at the desk's printer).
PRINT_DPI = 300


class PrintError(Exception):
    """The badge could not be printed; the message names the printer or layout at fault."""


@dataclass(frozen=True)
class PrintSetup:
    printer_name: str = ""  # "" = system default
    layout: str = "a6"
    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale_pct: float = 100.0
    # Tests and "print to file" send the pages to a PDF instead of a queue.
    output_pdf: str = ""

    @property
    def calibration(self) -> badges.Calibration:
        import badges  # ReportLab loads on the first print, not at start

        return badges.Calibration(dx_mm=self.dx_mm, dy_mm=self.dy_mm, scale_pct=self.scale_pct)


def printer_names() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


class PrinterService:
    """Renders and prints badges, name cards and the calibration test page."""

    def __init__(self, work_dir: Path | None = None) -> None:
        # Marked in use while the desk runs; a crashed desk's folder is removed at the next start.
        self._folder = None if work_dir else PrintFolder()
        self._dir = Path(work_dir) if work_dir else self._folder.path  # type: ignore[union-attr]

    def render_badge(self, attendee: Attendee, event: Event, setup: PrintSetup, name: str = "badge",
                     colours: Mapping[str, str] | None = None) -> Path:
        import badges

        out = self._dir / f"{name}-{attendee.id}.pdf"
        try:
            badges.render_badges([person_fields(attendee, colours)], out, layout=setup.layout,
                                 event=event_fields(event), calibration=setup.calibration)
        except badges.BadgeError as error:
            raise PrintError(str(error)) from error
        return out

    def render_namecard(self, attendee: Attendee, event: Event, setup: PrintSetup,
                        colours: Mapping[str, str] | None = None) -> Path:
        import badges

        out = self._dir / f"namecard-{attendee.id}.pdf"
        try:
            badges.render_namecards([person_fields(attendee, colours)], out, event=event_fields(event),
                                    calibration=setup.calibration)
        except badges.BadgeError as error:
            raise PrintError(str(error)) from error
        return out

    def test_page(self, event: Event, setup: PrintSetup) -> Path:
        sample = Attendee(id=0, code="TEST", given_name="Test", family_name="Page",
                          organisation=f"x {setup.dx_mm:+.1f} mm  y {setup.dy_mm:+.1f} mm  {setup.scale_pct:.0f} %",
                          category="Participant")
        return self.render_badge(sample, event, setup, name="test-page")

    def print_badge(self, attendee: Attendee, event: Event, setup: PrintSetup,
                    colours: Mapping[str, str] | None = None) -> None:
        """`colours`: the event's category_colours() (checkin.badge_people)."""
        self.print_pdf(self.render_badge(attendee, event, setup, colours=colours), setup)

    def print_namecard(self, attendee: Attendee, event: Event, setup: PrintSetup,
                       colours: Mapping[str, str] | None = None) -> None:
        self.print_pdf(self.render_namecard(attendee, event, setup, colours), setup)

    def print_pdf(self, pdf: Path, setup: PrintSetup) -> None:
        document = QPdfDocument()
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise PrintError(f"{pdf}: the rendered badge cannot be read back")
        page_points = document.pagePointSize(0)
        printer = self._printer(setup, page_points)
        printer.setDocName(f"checkin {pdf.stem}")  # the job's name in the queue (no personal data)
        painter = QPainter()
        if not painter.begin(printer):
            name = setup.output_pdf or setup.printer_name or "default printer"
            raise PrintError(f"{name}: the printer is not available (offline, out of paper or not installed)")
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                size = document.pagePointSize(page)
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                image = document.render(page, pixels)
                target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                target.moveTo(0, 0)
                painter.drawImage(target, image)
        finally:
            painter.end()
            document.close()

    @staticmethod
    def _printer(setup: PrintSetup, page_points: QSizeF) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if setup.output_pdf:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(setup.output_pdf)
        elif setup.printer_name:
            # A running CUPS makes any name "valid" and then drops the job: ask for the real list.
            if setup.printer_name not in QPrinterInfo.availablePrinterNames():
                raise PrintError(f"{setup.printer_name}: no such printer on this computer")
            printer.setPrinterName(setup.printer_name)
            if not printer.isValid():
                raise PrintError(f"{setup.printer_name}: no such printer on this computer")
        landscape = page_points.width() > page_points.height()
        portrait_size = QSizeF(min(page_points.width(), page_points.height()),
                               max(page_points.width(), page_points.height()))
        page_size = QPageSize(portrait_size, QPageSize.Unit.Point, "badge", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        return printer
