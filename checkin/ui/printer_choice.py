"""Which printer a badge goes to, and refusing the "printers" that are no printer.

On Windows the default printer is often "Microsoft Print to PDF", which opens a Save dialog for every badge
and blocks the desk; macOS and Linux have their PDF and fax queues too. The desk prints to the printer named
in its settings; with none named, it takes the system's default unless that is such a virtual printer, and
then says so instead of printing. Chosen by name in the desk settings, a virtual printer is used as asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtPrintSupport import QPrinterInfo

# Names and driver models of printers that make files, faxes or notes instead of badges (folded to lower case).
_VIRTUAL = re.compile(r"print to pdf|save as pdf|xps document writer|onenote|\bfax\b|cups-pdf|adobe pdf|pdfcreator|"
                      r"pdf24|foxit|microsoft print|print to file|image writer|^pdf$|\bpdf printer\b")


@dataclass(frozen=True)
class PrinterFacts:
    name: str
    model: str = ""
    is_default: bool = False

    @property
    def is_virtual(self) -> bool:
        return is_virtual_printer(self.name, self.model)


class Refusal(StrEnum):
    NO_PRINTER = "no_printer"  # nothing named and no default printer
    VIRTUAL_DEFAULT = "virtual_default"  # nothing named, and the default makes files (a Save dialog per badge)


def is_virtual_printer(name: str, model: str = "") -> bool:
    return bool(_VIRTUAL.search(name.strip().lower()) or _VIRTUAL.search(model.strip().lower()))


def system_printers() -> list[PrinterFacts]:
    return [PrinterFacts(info.printerName(), info.makeAndModel(), info.isDefault())
            for info in QPrinterInfo.availablePrinters()]


def default_printer() -> PrinterFacts | None:
    info = QPrinterInfo.defaultPrinter()
    return None if info.isNull() else PrinterFacts(info.printerName(), info.makeAndModel(), True)


def refusal(chosen: str, default: PrinterFacts | None) -> tuple[Refusal, str] | None:
    """Why a badge must not go to the system's default printer (with its name), or None to print.

    `chosen` is the printer named in the desk settings ("" for the system default)."""
    if chosen:
        return None
    if default is None:
        return Refusal.NO_PRINTER, ""
    if default.is_virtual:
        return Refusal.VIRTUAL_DEFAULT, default.name
    return None
