"""The desk never prints badges to a printer that makes files unless it was chosen by name (Windows' default is
often "Microsoft Print to PDF", a Save dialog for every badge)."""

from __future__ import annotations

import pytest

from checkin.ui import settings as keys
from checkin.ui.printer_choice import PrinterFacts, Refusal, is_virtual_printer, refusal

MS_PDF = PrinterFacts("Microsoft Print to PDF", "Microsoft Print To PDF", True)


@pytest.mark.parametrize(("name", "model", "virtual"), [
    ("Microsoft Print to PDF", "Microsoft Print To PDF", True),
    ("Microsoft XPS Document Writer", "Microsoft XPS Document Writer v4", True),
    ("OneNote (Desktop)", "Send to Microsoft OneNote 16 Driver", True),
    ("Fax", "Microsoft Shared Fax Driver", True),
    ("PDF", "Generic CUPS-PDF Printer (w/ options)", True),
    ("Save as PDF", "", True),
    ("Zebra_ZD421", "Zebra ZPL Label Printer", False),
    ("EPSON_TM-C3500", "EPSON TM-C3500", False),
    ("Brother_QL-820NWB", "Brother QL-820NWB", False),
    ("HP_LaserJet_Pro", "HP LaserJet Pro M404-M405 PDF", False),
])
def test_printers_that_make_files_are_told_apart(name, model, virtual):
    assert is_virtual_printer(name, model) is virtual


def test_the_rules_for_the_system_default():
    assert refusal("", MS_PDF) == (Refusal.VIRTUAL_DEFAULT, "Microsoft Print to PDF")
    assert refusal("", None) == (Refusal.NO_PRINTER, "")
    assert refusal("", PrinterFacts("Zebra_ZD421", "Zebra ZPL Label Printer", True)) is None
    assert refusal("Microsoft Print to PDF", MS_PDF) is None  # chosen by name: used as asked


def test_auto_print_refuses_a_virtual_default_and_the_check_in_stays_green(qtbot, window):
    window.context.print_to_file = ""  # the real print path, as on the desk
    window.context.settings.set(keys.AUTO_PRINT, True)
    window.context.settings.set(keys.PRINTER, "")
    window.operations.default_printer = lambda: MS_PDF
    printed = []
    window.context.printer.print_pdf = lambda *args: printed.append(args)  # never reached
    person = window.context.session.search("kulling")[0]
    window.operations.check_in(person)
    assert window.checkin.result_panel.colour == "green"
    status = window.checkin.print_status
    assert status.isVisible() and "Microsoft Print to PDF" in status.text() and "desk settings" in status.text()
    assert printed == []
    assert window.context.session.store.attendee(person.id).badge_printed_at is None


def test_a_virtual_printer_chosen_by_name_is_used(qtbot, window, tmp_path):
    window.context.print_to_file = ""
    window.context.settings.set(keys.PRINTER, "Microsoft Print to PDF")
    window.operations.default_printer = lambda: MS_PDF
    sent = []
    window.context.printer.print_pdf = lambda pdf, setup: sent.append(setup.printer_name)
    assert window.operations.print_badge(window.context.session.search("kulling")[0])
    assert sent == ["Microsoft Print to PDF"]
