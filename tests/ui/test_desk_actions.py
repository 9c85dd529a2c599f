"""Walk-ins, printing, the kiosk lock, privacy, languages and background work on the real window."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from checkin.core.models import Status
from checkin.ui import settings as keys
from checkin.ui.dialogs.pin import PinDialog
from checkin.ui.dialogs.walk_in import WalkInDialog
from checkin.ui.operations import WalkIn
from checkin.ui.widgets.result_panel import GREEN
from tests.ui.conftest import key_gaps

A6_POINTS = (105 / 25.4 * 72, 148 / 25.4 * 72)


def _printed(path: str) -> tuple[list[str], tuple[float, float], int]:
    """What came out of the QPrinter: the QR codes decoded from the page, its size, the page count."""
    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0]
        image = page.render(scale=3).to_pil()
        codes = [result.text for result in zxingcpp.read_barcodes(image)]
        return codes, page.get_size(), len(document)
    finally:
        document.close()


def test_walk_in_registers_checks_in_and_prints_in_one_go(qtbot, window, monkeypatch):
    monkeypatch.setattr(WalkInDialog, "ask", classmethod(lambda cls, categories, *_: WalkIn(
        given_name="Zoë", family_name="Walkerson", organisation="Geneva Walk-in Society", category="Press")))
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    panel = window.checkin.result_panel
    assert panel.colour == GREEN
    assert "Zoë Walkerson" in panel.says()
    stored = [a for a in window.context.session.store.attendees() if a.family_name == "Walkerson"]
    assert len(stored) == 1 and stored[0].walk_in and stored[0].category == "Press"
    assert stored[0].badge_printed_at is not None
    codes, _size, pages = _printed(window.context.print_to_file)
    assert codes == [stored[0].code] and pages == 1


def test_walk_in_form_refuses_a_nameless_person_and_a_bad_email(qtbot):
    dialog = WalkInDialog(["Participant", "Press"])
    qtbot.addWidget(dialog)
    assert dialog.value() is None
    dialog.family.setText("Rossi")
    dialog.email.setText("not an address")
    assert dialog.value() is None and "e-mail" in dialog.problem.text()
    dialog.email.setText("")
    assert dialog.value() == WalkIn(given_name="", family_name="Rossi", category="Participant")


def test_reprint_sends_the_badge_through_qprinter_at_the_layout_size(qtbot, window):
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    kulling = window.context.session.store.attendee(window.checkin.current_attendee().id)
    codes, size, _pages = _printed(window.context.print_to_file)
    assert codes == [kulling.code]
    assert size == pytest.approx(A6_POINTS, abs=1.5)
    assert kulling.badge_printed_at is not None
    assert "Badge printed" in window.checkin.person.facts.text()


def test_auto_print_on_check_in_and_the_name_card(qtbot, window, tmp_path):
    window.context.settings.set(keys.AUTO_PRINT, True)
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    kulling = window.context.session.search("kulling")[0]
    assert _printed(window.context.print_to_file)[0] == [kulling.code]
    window.context.print_to_file = str(tmp_path / "card.pdf")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _, size, pages = _printed(window.context.print_to_file)
    assert pages == 1 and size[0] > size[1]  # a name card is landscape


def test_an_offline_printer_is_a_red_line_that_leaves_the_outcome_and_the_search(qtbot, window):
    window.context.print_to_file = ""
    window.context.settings.set(keys.PRINTER, "Badge-Printer-That-Is-Not-There")
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")
    colour = window.checkin.result_panel.colour
    assert window.operations.print_badge(window.checkin.current_attendee()) is False
    assert window.checkin.result_panel.colour == colour  # the outcome stays as it was
    status = window.checkin.print_status
    assert status.isVisible() and "Badge-Printer-That-Is-Not-There" in status.text()
    assert window.context.sounds.last_played == "refused"
    assert window.checkin.search.text() == "kulling"


def test_pin_lock_hides_everything_but_the_check_in_view(qtbot, window, monkeypatch):
    answers = iter(["4321", "0000", "4321"])
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, title, label: next(answers)))
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert not window.tabs.tabBar().isVisible() and not window.menuBar().isVisible()
    assert not window.actions_by_name["show_attendees"].isEnabled()
    assert not window.actions_by_name["close_event"].isEnabled()
    assert window.tabs.currentWidget() is window.checkin
    window.toggle_lock()  # wrong PIN
    assert window.locked and "Wrong PIN" in window.checkin.result_panel.says()
    window.toggle_lock()
    assert not window.locked and window.tabs.tabBar().isVisible()


def test_privacy_mode_shows_only_search_results(qtbot, window):
    window.context.settings.set(keys.PRIVACY, True)
    window.apply_privacy()
    assert not window.tabs.isTabVisible(1)
    assert window.checkin.model.rowCount() == 0


def test_attendee_list_sorts_and_filters_by_status_and_category(qtbot, window):
    window.operations.check_in(window.context.session.search("kulling")[0])
    window.tabs.setCurrentIndex(1)
    view = window.attendees
    view.refresh()
    total = view.proxy.rowCount()
    assert total == len(window.context.session.attendees())
    view.status.setCurrentIndex(view.status.findData("checked_in"))
    assert view.proxy.rowCount() == 1
    view.status.setCurrentIndex(0)
    view.category.setCurrentIndex(view.category.findData("Speaker"))
    assert 0 < view.proxy.rowCount() < total


def test_switching_to_french_translates_our_text_and_qt_dialogs(qtbot, window):
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")
    window.switch_language("fr")
    try:
        assert window.tabs.tabText(0) == "Accueil"
        assert window.checkin.result_panel.headline.text() == "Prêt à scanner"
        assert window.checkin.search.text() == "kulling"  # nothing typed is lost
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    finally:
        window.switch_language("en")
    assert window.tabs.tabText(0) == "Check-in"


def test_a_long_job_shows_progress_can_be_cancelled_and_the_desk_stays_usable(qtbot, window):
    def endless(task) -> None:  # a job that only stops when cancelled
        for done in range(10**9):
            task.report(done, 10**9)

    task = window.context.tasks.start(endless, title="Long job", parent=window)
    with qtbot.waitSignal(task.progressed, timeout=20_000):
        pass
    dialog = task.progress_dialog
    qtbot.waitUntil(lambda: dialog.value() > 0)
    key_gaps(window, 0.2)
    qtbot.keyClicks(window.checkin.search, "kulling")  # the check-in view answers meanwhile
    assert window.checkin.model.rowCount() >= 1
    with qtbot.waitSignal(task.finished, timeout=20_000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert task.was_cancelled
    assert window.context.tasks.running() == 0 or qtbot.waitUntil(lambda: window.context.tasks.running() == 0) is None


def test_batch_badges_runs_to_the_end(qtbot, window, tmp_path: Path):
    out = tmp_path / "all.pdf"
    done = []
    task = window.jobs.batch_badges(out)
    task.succeeded.connect(done.append)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(done))
    store = window.context.session.store
    left_out = {Status.CANCELLED, Status.WAITLISTED}
    badged = {a.id for a in store.attendees() if a.status not in left_out}
    assert len(badged) < len(store.attendees())  # the sample has cancelled and waitlisted people: they get none
    assert len(pypdfium2.PdfDocument(str(out))) == len(badged)
    qtbot.waitUntil(lambda: {a.id for a in store.attendees() if a.badge_printed_at is not None} == badged)
