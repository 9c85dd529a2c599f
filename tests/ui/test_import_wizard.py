"""The import wizard over real files: the bundled sample spreadsheet and xlsx files written by openpyxl."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from checkin.core.models import Status
from checkin.io import registrations
from checkin.resources import sample_dir
from checkin.sample import SAMPLE_SPREADSHEET, sample_event_facts
from checkin.store import create_event
from checkin.ui.dialogs.import_report_dialog import ImportReportDialog
from checkin.ui.dialogs.import_wizard import ImportWizard


@pytest.fixture
def empty_event(context, tmp_path: Path):
    path = tmp_path / "new.checkin"
    create_event(path, sample_event_facts()).close()
    context.open(path)
    return context


def planned(qtbot, wizard: ImportWizard, start) -> object:
    with qtbot.waitSignal(wizard.planned, timeout=20_000) as blocker:
        start()
    return blocker.args[0]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Inscriptions"
    for row in rows:
        sheet.append(row)
    notes = book.create_sheet("Notes")
    notes.append(["not a list"])
    book.save(path)
    return path


def test_sample_preview_then_a_changed_column_is_what_lands_in_the_event(qtbot, empty_event):
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    plan = planned(qtbot, wizard, lambda: wizard.load(sample_dir() / SAMPLE_SPREADSHEET))
    assert plan.sheet == "Registrations" and plan.header_row == 1
    assert wizard.preview.horizontalHeaderItem(2).text() == "First name"
    assert wizard.preview.combos["Organisation"].currentData() == "organisation"
    assert wizard.preview.combos["Country"].currentData() is None  # an extra field
    assert wizard.preview.item(1, 3).text() == "Kurbalija"  # first person, as the sheet numbers him
    assert wizard.preview.verticalHeaderItem(1).text() == "2"
    assert "316 rows: 316 to add" in wizard.summary.text()

    plan = planned(qtbot, wizard, lambda: wizard.preview.choose("Country", "organisation"))
    assert plan.mapping["organisation"] == "Country" and "Organisation" in plan.extra_columns
    assert wizard.preview.combos["Organisation"].currentData() is None
    assert wizard.preview.item(1, plan.header.index("Country")).text() == "Switzerland"

    progressed: list[tuple[int, int]] = []
    with qtbot.waitSignal(wizard.imported, timeout=30_000) as blocker:
        wizard.start_import().progressed.connect(lambda done, total: progressed.append((done, total)))
    report = blocker.args[0]
    assert progressed and progressed[-1] == (316, 316)  # what the progress bar was given
    assert report.counts()["added"] == 316 and wizard.report is report
    assert empty_event.last_import is report
    stored = empty_event.session.store.attendees()
    people = {a.family_name: a for a in stored}
    assert len(stored) == 316
    assert people["Kurbalija"].organisation == "Switzerland"
    assert people["Kurbalija"].extra["Organisation"].startswith("Secretariat of the UN")
    assert not wizard.import_button.isEnabled()  # applied; a second click would change nothing
    assert "316 added" in wizard.summary.text()


def test_row_problems_are_listed_with_their_row_and_reason_and_skipped_rows_stay_out(qtbot, empty_event, tmp_path):
    path = write_xlsx(tmp_path / "inscriptions.xlsx", [
        ["Liste des inscrits"],
        ["Prénom", "Nom", "Courriel", "Organisation"],
        ["Anne", "Martin", "anne@example.org", "OIM"],
        ["", "", "orphan@example.org", "Nobody"],
        ["Bruno", "Keller", "bruno(at)example.org", "DFAE"],
        ["Anne", "Martin", "anne@example.org", "OIM Genève"],  # Anne again, with a better organisation
    ])
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    plan = planned(qtbot, wizard, lambda: wizard.load(path))
    assert plan.sheet == "Inscriptions" and plan.header_row == 2
    assert wizard.sheets.count() == 2 and wizard.sheets.isEnabled()
    lines = wizard.problems.lines()
    assert any(line.startswith("4 | ") and "no given or family name" in line for line in lines), lines
    assert any(line.startswith("5 | Courriel | ") and "bruno(at)example.org" in line for line in lines), lines
    assert any(line.startswith("6 | Courriel | ") and "Anne Martin again (as on row 3)" in line
               for line in lines), lines
    assert lines[0].startswith("4 | ")  # the row that stays out comes first
    assert "2 to add" in wizard.summary.text() and "1 skipped" in wizard.summary.text()

    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.start_import()
    stored = sorted((a.given_name, a.email, a.organisation) for a in empty_event.session.store.attendees())
    assert stored == [("Anne", "anne@example.org", "OIM Genève"), ("Bruno", "", "DFAE")]


def test_a_file_that_is_not_a_spreadsheet_is_one_line_and_nothing_can_be_imported(qtbot, empty_event, tmp_path):
    bad = tmp_path / "registrations.csv"
    bad.write_bytes(b"%PDF-1.4 not a list at all\x00\x01")
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    result = planned(qtbot, wizard, lambda: wizard.load(bad))
    assert not hasattr(result, "rows")
    assert str(bad) in wizard.summary.text() and "\n" not in wizard.summary.text()
    assert not wizard.import_button.isEnabled()
    assert empty_event.session.store.attendees() == []


def test_a_file_dropped_on_the_wizard_or_the_window_is_previewed(qtbot, window, monkeypatch, tmp_path):
    path = write_xlsx(tmp_path / "more.xlsx", [["First name", "Last name"], ["Zoé", "Ntakirutimana"]])
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])

    def drop_event() -> QDropEvent:
        return QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)

    wizard = ImportWizard(window.context)
    qtbot.addWidget(wizard)
    plan = planned(qtbot, wizard, lambda: wizard.dropEvent(drop_event()))
    assert plan.path == path and plan.preview.added[0].family_name == "Ntakirutimana"

    opened: list[Path | None] = []
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda cls, context, path=None, parent=None:
                                                         opened.append(path)))
    window.dropEvent(drop_event())
    assert opened == [path]


def test_the_last_import_report_stays_viewable_after_the_wizard_closed(qtbot, window, monkeypatch, tmp_path):
    path = write_xlsx(tmp_path / "walkins.xlsx", [["First name", "Last name", "Email"],
                                                  ["Zoé", "Ntakirutimana", "zoe@example"]])
    wizard = ImportWizard(window.context, path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert "316 to cancel" in wizard.summary.text()
    plan = planned(qtbot, wizard, lambda: wizard.cancel_missing.setChecked(False))  # a file of additions
    assert not plan.cancel_missing and "0 to cancel" in wizard.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.start_import()
    wizard.close()
    assert window.context.session.search("Ntakirutimana")[0].status is Status.WAITLISTED  # the event is full
    assert sum(a.status is Status.CANCELLED for a in window.context.session.store.attendees()) == 0
    shown: list[ImportReportDialog] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self))
    window.actions_by_name["last_import"].trigger()
    assert shown and "1 added" in shown[0].summary.text() and "0 cancelled" in shown[0].summary.text()
    assert "on the waiting list" in shown[0].summary.text()
    assert "zoe@example" in shown[0].problems.lines()[0]


def test_stopping_an_import_midway_leaves_the_event_as_it_was(qtbot, empty_event, monkeypatch):
    gate = threading.Event()
    real_apply = registrations.apply_import

    def held_apply(session, plan, progress):
        def held(done: int, total: int) -> None:
            gate.wait(20)  # the worker stops here, in the transaction, until the test has pressed Stop
            progress(done, total)
        return real_apply(session, plan, progress=held)

    monkeypatch.setattr(registrations, "apply_import", held_apply)
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    planned(qtbot, wizard, lambda: wizard.load(sample_dir() / SAMPLE_SPREADSHEET))
    wizard.start_import()
    assert not wizard.stop_button.isHidden() and empty_event.writing
    assert not wizard.buttons.button(wizard.buttons.StandardButton.Close).isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as blocker:
        wizard.stop_button.click()
        gate.set()
    assert blocker.args == [None] and not empty_event.writing
    assert wizard.summary.text() == "Stopped; nothing was imported."
    assert empty_event.session.store.attendees() == []


def test_a_scan_while_an_import_is_being_written_is_refused_and_not_recorded(window):
    person = window.context.session.search("Kulling")[0]
    window.context.writing = True
    window.on_scan(person.code)
    assert window.checkin.result_panel.headline.text() == "An import is being saved"
    assert window.context.session.store.records(attendee_id=person.id) == []
    window.context.writing = False
    window.on_scan(person.code)
    assert len(window.context.session.store.records(attendee_id=person.id)) == 1


def test_a_choice_that_leaves_no_name_column_is_said_and_the_columns_stay_to_fix_it(qtbot, empty_event, tmp_path):
    path = write_xlsx(tmp_path / "names.xlsx", [["First name", "Last name", "Email"], ["Ada", "Lovelace", ""]])
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    planned(qtbot, wizard, lambda: wizard.load(path))
    planned(qtbot, wizard, lambda: wizard.preview.choose("First name", None))
    failure = planned(qtbot, wizard, lambda: wizard.preview.choose("Last name", None))
    assert failure.code == "no_name_column"
    assert wizard.summary.text() == f"{path}: no name column found; choose the column that holds the family " \
                                    "or full name"
    assert not wizard.import_button.isEnabled()
    assert wizard.preview.combos["Last name"].currentData() == "family_name"  # back to the last good choice
    plan = planned(qtbot, wizard, lambda: wizard.preview.choose("First name", "given_name"))
    assert plan.mapping == {"given_name": "First name", "family_name": "Last name", "email": "Email"}
    assert wizard.import_button.isEnabled()


def test_the_no_header_toggle_keeps_the_first_person(qtbot, empty_event, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("Ada Lovelace;Analytical Engines\nAlan Turing;Bletchley Park\nGrace Hopper;US Navy\n",
                    encoding="utf-8")
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    result = planned(qtbot, wizard, lambda: wizard.load(path))
    assert getattr(result, "code", None) == "no_name_column"  # the first person taken for a header
    plan = planned(qtbot, wizard, lambda: wizard.no_header.setChecked(True))
    assert plan.header_row == 0 and [d.values["family_name"] for d in plan.rows] == ["Lovelace", "Turing", "Hopper"]
    assert wizard.preview.horizontalHeaderItem(0).text() == "A"
    assert "no header" in wizard.header_note.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.start_import()
    assert len(empty_event.session.store.attendees()) == 3


def test_the_categories_found_are_listed_and_can_be_merged(qtbot, empty_event, tmp_path):
    path = write_xlsx(tmp_path / "categories.xlsx", [
        ["Prénom", "Nom", "Catégorie"],
        ["Anne", "Martin", "Délégation"], ["Bruno", "Keller", "Délégation"], ["Carla", "Rossi", "Observateur"],
        ["Dan", "Weber", "Speaker"],
    ])
    wizard = ImportWizard(empty_event)
    qtbot.addWidget(wizard)
    planned(qtbot, wizard, lambda: wizard.load(path))
    assert wizard.categories.lines() == ["Délégation | 2 | a new category", "Observateur | 1 | a new category",
                                         "Speaker | 1 | Speaker"]
    plan = planned(qtbot, wizard, lambda: wizard.categories.choose("Délégation", "Participant"))
    assert plan.categories == {"Participant": 2, "Observateur": 1, "Speaker": 1}
    assert "Délégation | 2 | Participant" in wizard.categories.lines()  # still listed, to take it back
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.start_import()
    stored = {a.family_name: a.category for a in empty_event.session.store.attendees()}
    assert stored == {"Martin": "Participant", "Keller": "Participant", "Rossi": "Observateur", "Weber": "Speaker"}


def test_the_people_a_reimport_would_cancel_are_listed(qtbot, window, tmp_path):
    session = window.context.session
    kept = [a for a in session.attendees() if a.status is not Status.CANCELLED][:3]
    path = write_xlsx(tmp_path / "short.xlsx", [["First name", "Last name", "Email", "Organisation"],
                                                *([a.given_name, a.family_name, a.email, a.organisation]
                                                  for a in kept)])
    wizard = ImportWizard(window.context)
    qtbot.addWidget(wizard)
    planned(qtbot, wizard, lambda: wizard.load(path))
    names = wizard.cancellations.lines()
    assert len(names) == 313 and not any(a.name in names for a in kept)
    assert wizard.tabs.currentWidget() is wizard.cancellations  # shown first: the organiser must see it
    assert "313" in wizard.tabs.tabText(wizard.tabs.indexOf(wizard.cancellations))
    planned(qtbot, wizard, lambda: wizard.cancel_missing.setChecked(False))
    assert wizard.cancellations.lines() == []
