"""The programme's day at the desk (qtbot): the speaker's outcome, needs, a delegation, receivers with the
scanner, the list's need filter, the counters, and a speaker's arrival told to a second desk on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt

from checkin.core.models import Attendee, Status
from checkin.core.needs import NeedKind
from checkin.store import open_event
from checkin.ui import settings as keys
from checkin.ui.context import create_context
from checkin.ui.dialogs.group_checkin import GroupCheckInDialog, GroupChoice
from checkin.ui.main_window import MainWindow
from checkin.ui.models.roles import AttendeeRole
from checkin.ui.settings import Settings
from checkin.ui.widgets.result_panel import GREEN, RED
from tests.ui.conftest import key_gaps

GENEVA = ZoneInfo("Europe/Zurich")
SEES_MS = 5_000  # generous bound for another desk to hear of a check-in; never a measured time


def named(window: MainWindow, family: str, given: str = "") -> Attendee:
    session = window.context.session
    return next(a for a in session.attendees() if a.family_name == family and (not given or a.given_name == given))


def scan(qtbot, window: MainWindow, code: str) -> None:
    """A scanner's burst into whatever has the focus (of the active window, as the keyboard's keys go)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key_gaps(window, 0.004)
    target = window.focusWidget() or window.checkin.search
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.fixture
def morning(window: MainWindow) -> MainWindow:
    """The desk at 08:55 on the day of the sample event."""
    window.context.clock = lambda: datetime(2018, 10, 18, 8, 55, tzinfo=GENEVA)
    window.context.session.clock = window.context.clock
    window.board.refresh()
    return window


def test_a_speaker_s_arrival_says_their_session_in_the_highlight_colour(qtbot, morning: MainWindow) -> None:
    window = morning
    scan(qtbot, window, named(window, "Kurbalija").code)
    assert window.checkin.result_panel.colour == GREEN
    role = window.day_outcome.role
    assert role.isVisible()
    assert role.text() == ("Speaker — 9:10 Opening Address: The importance of considering digitalisation; "
                           "tell the organiser")
    assert window.palette().color(window.palette().ColorRole.Highlight).name() in role.styleSheet()
    assert "Jovan Kurbalija has arrived" in window.statusBar().currentMessage()
    assert "Jovan Kurbalija has arrived" in window.board.arrivals.item(0).text()
    # Someone with no part in the programme: no role line.
    scan(qtbot, window, named(window, "Weiß").code)
    assert window.checkin.result_panel.colour == GREEN and not window.day_outcome.role.isVisible()


def test_the_board_flags_the_next_session_and_shows_who_arrived(qtbot, morning: MainWindow) -> None:
    window = morning
    window.tabs.setCurrentIndex(window.board_tab)
    board = window.board
    welcome = next(row for row in board.rows if row.session.title == "Welcome")
    assert welcome.flagged and "Barbara Schedler Fischer" in board.headline.text()
    scan(qtbot, window, named(window, "Schedler Fischer").code)
    qtbot.waitUntil(lambda: not next(r for r in board.rows if r.session.title == "Welcome").flagged, timeout=SEES_MS)
    item = next(board.tree.topLevelItem(i) for i in range(board.tree.topLevelItemCount())
                if board.tree.topLevelItem(i).text(0).endswith("Welcome"))
    assert item.child(0).text(2) == "08:55" and "Barbara Schedler Fischer" in item.child(0).text(0)


def test_needs_show_as_icons_with_words(qtbot, window: MainWindow) -> None:
    person = named(window, "Dubois-Ferrière")
    assert person.needs == "Interpretation headset FR"
    window.operations.save(person.with_changes(needs="Interpretation headset FR; wheelchair; Halal meal"))
    scan(qtbot, window, person.code)
    chips = [chip.text.text() for chip in window.day_outcome.chips]
    assert chips == ["Interpretation FR", "Wheelchair", "Halal"]
    assert all(not chip.icon.pixmap().isNull() for chip in window.day_outcome.chips)
    assert window.day_outcome.isVisible()


def test_a_delegation_is_checked_in_together_and_a_colleague_collects_a_badge(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    spain = [a for a in window.context.session.attendees() if a.group == "Permanent Mission of Spain"]
    confirmed = [a for a in spain if a.status is Status.REGISTERED]
    assert (len(spain), len(confirmed)) == (5, 4)  # one of them is on the waiting list
    scan(qtbot, window, confirmed[0].code)
    assert window.day_outcome.group.text() == "Permanent Mission of Spain — 4 registered, 1 arrived"
    seen: list[list[str]] = []
    key_gaps(window, 0.2)

    def ticking(summary, presence, parent=None):
        seen.append([a.name for a in summary.members])
        ids = tuple(a.id for a in summary.members if a.id not in presence and a.status is Status.REGISTERED)
        return GroupChoice(ids[:2])

    monkeypatch.setattr(GroupCheckInDialog, "ask", staticmethod(ticking))
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert len(seen[0]) == 5
    assert window.checkin.result_panel.headline.text() == "Permanent Mission of Spain: 2 checked in"
    assert "4 registered, 3 arrived" in window.checkin.result_panel.detail.text()
    monkeypatch.setattr(GroupCheckInDialog, "ask", staticmethod(
        lambda summary, presence, parent=None: GroupChoice(
            tuple(a.id for a in summary.members if a.id not in presence and a.status is Status.REGISTERED)[:1],
            "Ana Ruiz")))
    window.group_checkin("Permanent Mission of Spain")
    assert "collected by Ana Ruiz" in window.checkin.result_panel.headline.text()
    window.day_counters.refresh()
    assert window.day_counters.figures["Arrived"] == 3
    assert window.day_counters.figures["Badges collected for others"] == 1
    with open_event(window.context.location) as store:
        assert len(store.records()) == 3 and len(store.collections()) == 1


def test_a_receiver_lent_and_returned_with_the_scanner(qtbot, window: MainWindow) -> None:
    kulling = named(window, "Kulling")
    key_gaps(window, 0.2)
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    loans = window.loans
    assert window.tabs.currentIndex() == window.loans_tab and loans.field.hasFocus()
    scan(qtbot, window, kulling.code)
    assert loans.borrower == kulling and "Sébastien Kulling" in loans.step.text()
    assert window.context.presence.get(kulling.id) is None  # a badge scanned here is no check-in
    loans.deposit.setText("Carte d'identité")
    key_gaps(window, 0.2)  # the receiver's number typed by hand, then Enter
    qtbot.keyClicks(loans.field, "r042")
    qtbot.keyClick(loans.field, Qt.Key.Key_Return)
    assert loans.outcome.colour == GREEN, loans.outcome.headline.text() + loans.outcome.detail.text()
    assert loans.outcome.headline.text() == "R042 lent to Sébastien Kulling — digitalswitzerland"
    assert loans.table.rowCount() == 1 and loans.table.item(0, 5).text() == "Carte d'identité"
    # Another badge, the same receiver: refused with who holds it.
    scan(qtbot, window, named(window, "Crowe").code)
    key_gaps(window, 0.2)
    qtbot.keyClicks(loans.field, "R042")
    qtbot.keyClick(loans.field, Qt.Key.Key_Return)
    assert loans.outcome.colour == RED and loans.outcome.detail.text().startswith(
        "With Sébastien Kulling — digitalswitzerland since ")
    qtbot.keyClick(loans.field, Qt.Key.Key_Escape)
    assert loans.borrower is None
    # Back at closing: the receiver scanned alone is returned, the deposit handed back.
    key_gaps(window, 0.2)
    qtbot.keyClicks(loans.field, "R042")
    qtbot.keyClick(loans.field, Qt.Key.Key_Return)
    assert loans.outcome.colour == GREEN
    assert loans.outcome.detail.text() == "Give back the deposit: Carte d'identité"
    assert loans.table.rowCount() == 0
    with open_event(window.context.location) as store:
        [loan] = store.loans()
        assert loan.returned_at is not None and loan.attendee_id == kulling.id


def test_the_list_filters_by_need(qtbot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    view = window.attendees
    view.refresh()
    index = next(i for i in range(view.need.count()) if view.need.itemData(i) == (NeedKind.WHEELCHAIR.value, ""))
    view.need.setCurrentIndex(index)
    shown = [view.proxy.index(row, 0).data(AttendeeRole) for row in range(view.proxy.rowCount())]
    assert len(shown) == 3 and all("heelchair" in a.needs for a in shown)


def test_a_walk_in_s_needs_are_kept(qtbot, window: MainWindow) -> None:
    from checkin.ui.operations import WalkIn

    result = window.operations.walk_in(WalkIn("Zoé", "Zanetti", needs="fauteuil roulant"))
    assert result is not None and result.attendee.needs == "fauteuil roulant"
    assert [chip.text.text() for chip in window.day_outcome.chips] == ["Wheelchair"]


# -- two desks on a real server ------------------------------------------------------------------------------
@pytest.fixture
def open_desk(qtbot, tmp_path: Path) -> Iterator[Callable[[str, str], MainWindow]]:
    windows: list[MainWindow] = []

    def opener(name: str, url: str, organisers: bool = False) -> MainWindow:
        folder = tmp_path / name.replace(" ", "_")
        folder.mkdir()
        settings = Settings(QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat))
        settings.set(keys.DESK_NAME, name)
        settings.set(keys.ORGANISERS_DESK, organisers)
        context = create_context(settings)
        context.sounds.muted = True
        context.replica_folder = folder
        window = MainWindow(context, folder)
        qtbot.addWidget(window)
        windows.append(window)
        assert window.open_location(url)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield opener
    for window in windows:
        window.context.close()


@pytest.mark.postgres
def test_a_speaker_checked_in_at_the_entrance_is_told_to_the_organisers_desk(
        qtbot, open_desk, sample_event_path: Path, pg_cluster, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli_runner import cli

    url = pg_cluster.create_database("day_shared")
    assert cli(capsys, "publish", sample_event_path, url)[0] == 0
    entrance = open_desk("Entrance 1", url)
    organisers = open_desk("Organisers", url, organisers=True)
    organisers.scanner.enabled = False  # one process, two windows: the scanner is the entrance's
    assert len(organisers.day.sessions) == 12  # the programme came with the published event
    crowe = named(entrance, "Crowe")
    scan(qtbot, entrance, crowe.code)
    assert entrance.checkin.result_panel.colour == GREEN
    qtbot.waitUntil(lambda: organisers.board.arrivals.count() == 1, timeout=SEES_MS)
    line = organisers.board.arrivals.item(0).text()
    assert "Sara Crowe has arrived" in line and "10:45 ICT Tools Addressing Human Trafficking in North America" in line
    assert "Sara Crowe has arrived" in organisers.statusBar().currentMessage()
    # A loan at the entrance reaches the organisers' list of items out.
    entrance.show_loans()
    scan(qtbot, entrance, crowe.code)
    key_gaps(entrance, 0.2)
    qtbot.keyClicks(entrance.loans.field, "R007")
    qtbot.keyClick(entrance.loans.field, Qt.Key.Key_Return)
    assert entrance.loans.outcome.colour == GREEN
    qtbot.waitUntil(lambda: organisers.loans.table.rowCount() == 1, timeout=SEES_MS)


def test_after_a_language_switch_a_delegation_is_announced_once(qtbot, window: MainWindow,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.switch_language("fr")
    window.switch_language("en")
    told: list[str] = []
    monkeypatch.setattr(window.checkin.result_panel, "show_message", lambda headline, detail="": told.append(headline))
    spain = [a for a in window.context.session.attendees()
             if a.group == "Permanent Mission of Spain" and a.status is Status.REGISTERED]
    window.day_operations.check_in_members(spain[0].group, spain[:2])
    assert told == ["Permanent Mission of Spain: 2 checked in"]


def test_the_programme_is_imported_and_edited_at_the_desk(qtbot, window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import Workbook

    from checkin.core.programme import Role
    from checkin.ui.dialogs.programme_preview import ProgrammePreview
    from checkin.ui.dialogs.session_editor import SessionEditor

    book = Workbook()
    for row in (["Time", "Session", "Room", "People", "Role"], ["14:00-15:00", "Workshop", "Room 2", "Sara Crowe",
                                                               "Speaker"], [None, None, None, "Nobody", "Moderator"]):
        book.active.append(row)
    path = tmp_path / "afternoon programme.xlsx"
    book.save(path)
    previews = []
    monkeypatch.setattr(ProgrammePreview, "ask", staticmethod(lambda plan, parent=None: previews.append(plan) or True))
    assert window.import_programme(path)
    assert [p.code for p in previews[0].problems] == ["unknown_person"]
    assert [s.title for s in window.day.sessions] == ["Workshop"]
    assert window.board.tree.topLevelItem(0).text(0).startswith("14:00–15:00  Workshop")

    workshop = window.day.sessions[0]
    session = window.context.session
    editor = SessionEditor(session.event.starts_on, GENEVA, session.attendees(), workshop, window)
    editor.title.setText("Workshop on data")
    editor.add_person(named(window, "Zahn"), Role.MODERATOR)
    edited = editor.value()
    assert edited.id == workshop.id and [p.role for p in edited.people] == [Role.SPEAKER, Role.MODERATOR]
    editor.has_end.setChecked(True)
    editor.ends.setTime(editor.starts.time().addSecs(-60))
    assert editor.value() is None and "end after" in editor.problem.text()
    monkeypatch.setattr(SessionEditor, "ask", staticmethod(lambda *args, **kwargs: edited))
    window.edit_session(workshop)
    with open_event(window.context.location) as store:
        [stored] = store.programme()
        assert stored.title == "Workshop on data" and len(stored.people) == 2
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes\nnothing else\n", encoding="utf-8")
    warned = []
    monkeypatch.setattr("checkin.ui.day_actions.QMessageBox.warning", lambda *args: warned.append(args[2]))
    assert not window.import_programme(bad)
    assert "No programme found" in warned[0] and len(window.day.sessions) == 1
