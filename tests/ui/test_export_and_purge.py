"""Export… through the task runner (files read back), the retention bar and the purge from the desk."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QMessageBox

from checkin.core.purge import is_purged
from checkin.core.retention import set_retention
from checkin.io.mail_copy import MailCopy, copy_folder_for
from checkin.ui.dialogs.export_dialog import BY_KEY, ExportChoice, ExportDialog


def exported(qtbot, window, choice: ExportChoice) -> Path:
    with qtbot.waitSignal(window.jobs.exported, timeout=30_000) as blocker:
        window.jobs.export(choice)
    return blocker.args[0]


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def test_the_dialog_offers_every_format_and_names_the_file_after_the_event(qtbot, tmp_path):
    dialog = ExportDialog("Digital Geneva 2018", tmp_path, purged=False)
    qtbot.addWidget(dialog)
    assert len(dialog.group.buttons()) == 7 and all(b.isEnabled() for b in dialog.group.buttons())
    dialog.select("csv_semicolon")
    choice = dialog.choice()
    assert choice.format.delimiter == ";" and choice.path == tmp_path / "digital-geneva-2018-attendance.csv"
    dialog.select("signin")
    assert dialog.choice().path.name == "digital-geneva-2018-sign-in-sheet.pdf"
    dialog.path.setText(str(tmp_path / "mine"))  # a name typed without its suffix gets it
    assert dialog.choice().path == tmp_path / "mine.pdf"


def test_exports_run_in_the_background_and_write_real_files(qtbot, window, tmp_path):
    window.operations.scan(window.context.session.attendees()[0].code)
    first = window.context.session.attendees()[0]

    rows = list(csv.reader((exported(qtbot, window, ExportChoice(BY_KEY["csv_semicolon"], tmp_path / "a.csv"))
                            ).read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 1 + len(window.context.session.attendees()) and len(rows[0]) > 3
    assert any(first.family_name in row for row in rows)

    book = openpyxl.load_workbook(exported(qtbot, window, ExportChoice(BY_KEY["xlsx"], tmp_path / "a.xlsx")))
    assert any(first.family_name in str(cell.value) for row in book.worksheets[0].iter_rows() for cell in row)

    sheet = exported(qtbot, window, ExportChoice(BY_KEY["signin"], tmp_path / "sheet.pdf"))
    assert first.family_name.upper() in pdf_text(sheet).upper()

    report = exported(qtbot, window, ExportChoice(BY_KEY["pdf"], tmp_path / "report.pdf"))
    assert len(pdfium.PdfDocument(report)) >= 1


def test_a_file_that_cannot_be_written_is_one_line_naming_it(qtbot, window, monkeypatch, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    target = tmp_path / "no-such-folder" / "a.xlsx"
    task = window.jobs.export(ExportChoice(BY_KEY["xlsx"], target))
    qtbot.waitSignal(task.finished, timeout=20_000).wait()
    qtbot.waitUntil(lambda: bool(said))
    assert said == [f"cannot write {target}: the folder does not exist"]
    assert not target.parent.exists()


def test_a_past_retention_date_is_said_on_opening_and_the_purge_asks_first(qtbot, window, monkeypatch, tmp_path):
    # The sample event is in October 2018: its 90 days of retention are long gone.
    assert window.banner.isVisible() and "has passed" in window.banner.text.text()
    monkeypatch.setattr(window, "ask_purge", lambda title, passed: False)
    assert not window.purge()
    assert not is_purged(window.context.session.store)

    fetched = MailCopy(copy_folder_for(window.context.session.store.location)).create()  # by `checkin fetch-mail`
    fetched.add("0123456789abcdef", 1, 1, b"From: someone@mission.example\r\n\r\nPlease register me.\r\n")
    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(window, "ask_purge", lambda title, passed: asked.append((title, passed)) or True)
    window.banner.purge_button.click()
    store = window.context.session.store
    assert asked == [(window.context.session.event.title, True)] and is_purged(store)
    assert not fetched.folder.exists()  # the registration e-mails go with the people
    assert all(not a.family_name and not a.email for a in store.attendees())
    assert "purged" in window.banner.text.text() and not window.banner.purge_button.isVisible()

    dialog = ExportDialog("x", tmp_path, purged=True)
    qtbot.addWidget(dialog)
    enabled = [spec.key for spec, button in zip(BY_KEY.values(), dialog.group.buttons()) if button.isEnabled()]
    assert enabled == ["anonymised", "anonymised_pdf"] and dialog.current().key == "anonymised"
    book = openpyxl.load_workbook(exported(qtbot, window, ExportChoice(BY_KEY["anonymised"], tmp_path / "s.xlsx")))
    assert book.worksheets[0].max_row > 3


def test_no_bar_before_the_retention_date_nor_on_a_locked_desk(qtbot, window, monkeypatch):
    set_retention(window.context.session.store, date(2999, 1, 1))
    window.show_event()
    assert not window.banner.isVisible()
    set_retention(window.context.session.store, date(2019, 1, 1))
    window.show_event()
    assert window.banner.isVisible()
    monkeypatch.setattr("checkin.ui.lock_actions.PinDialog.ask", lambda *args: "1234")
    window.toggle_lock()
    assert window.locked and not window.banner.isVisible()


@pytest.mark.parametrize("language", ["fr"])
def test_the_bar_speaks_the_desk_language(qtbot, window, language):
    window.switch_language(language)
    try:
        assert "conservation" in window.banner.text.text() or "rétention" in window.banner.text.text()
    finally:
        window.switch_language("en")


def test_a_demo_copy_keeps_its_data_from_today_so_no_purge_bar_greets_a_training(qtbot, context, tmp_path):
    from checkin.core.retention import retention_state
    from checkin.ui.app import fresh_sample
    from checkin.ui.main_window import MainWindow

    demo = fresh_sample(tmp_path)
    window = MainWindow(context, tmp_path)
    qtbot.addWidget(window)
    assert window.open_location(str(demo))
    assert not retention_state(context.session.store, date.today()).passed
    assert not window.banner.wanted


def test_the_export_action_asks_what_and_where_then_writes_beside_the_event(qtbot, window, monkeypatch, tmp_path):
    asked: list[tuple] = []

    def answer(cls, title, folder, purged=False, parent=None):
        asked.append((title, folder, purged))
        return ExportChoice(BY_KEY["anonymised_pdf"], folder / "stats.pdf")

    monkeypatch.setattr(ExportDialog, "ask", classmethod(answer))
    with qtbot.waitSignal(window.jobs.exported, timeout=30_000) as blocker:
        window.actions_by_name["export"].trigger()
    event_folder = Path(window.context.session.store.location).parent
    assert asked == [(window.context.session.event.title, event_folder, False)]
    assert blocker.args == [event_folder / "stats.pdf"]
    text = " ".join(pdf_text(event_folder / "stats.pdf").split())
    assert "Anonymised statistics, checkpoint Entrance" in text
    assert not any(a.family_name in text for a in window.context.session.attendees() if len(a.family_name) > 5)
    assert window.statusBar().currentMessage() == f"Wrote {event_folder / 'stats.pdf'}"
