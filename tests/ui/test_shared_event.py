"""Two desk windows on one PostgreSQL event: live check-ins, the status light, offline and back, duplicates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from tcp_proxy import CuttableProxy  # tests/store, put on the path by tests/conftest.py

from checkin.core.models import Attendee, Event
from checkin.core.outcomes import Outcome
from checkin.store import create_event
from checkin.ui import settings as keys
from checkin.ui.context import create_context
from checkin.ui.main_window import MainWindow
from checkin.ui.models.roles import PresenceRole
from checkin.ui.settings import Settings

pytestmark = pytest.mark.postgres
NAMES = [("Ada", "Lovelace"), ("Grace", "Hopper"), ("Alan", "Turing"), ("Edsger", "Dijkstra"),
         ("Barbara", "Liskov"), ("Donald", "Knuth")]
PEOPLE = len(NAMES)
LIVE_MS = 2_000  # a check-in at one desk shows at the other within this
LINK_MS = 15_000  # a cut cable shows, a restored one drains (libpq timeouts plus a retry)


@pytest.fixture
def shared_url(pg_url: str) -> str:
    with create_event(pg_url, Event(title="Shared desk", starts_on=date(2026, 5, 4), timezone="Europe/Zurich")) as s:
        s.add_attendees([Attendee(None, "", given_name=given, family_name=family, organisation="Org")
                         for given, family in NAMES])
    return pg_url


@pytest.fixture
def open_desk(qtbot, tmp_path: Path) -> Iterator[Callable[[str, str | None], MainWindow]]:
    windows: list[MainWindow] = []

    def open_desk(name: str, url: str | None) -> MainWindow:
        folder = tmp_path / name.replace(" ", "_")
        folder.mkdir()
        settings = Settings(QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat))
        settings.set(keys.DESK_NAME, name)
        context = create_context(settings)
        context.sounds.muted = True
        context.replica_folder = folder
        window = MainWindow(context, folder)
        qtbot.addWidget(window)
        windows.append(window)
        if url is not None:
            assert window.open_location(url)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_desk
    for window in windows:
        window.context.close()


def person(window: MainWindow, n: int) -> Attendee:
    session = window.context.session
    assert session is not None
    (found,) = [a for a in session.attendees() if a.family_name == NAMES[n][1]]
    return found


def light_text(window: MainWindow) -> str:
    assert window.light is not None, "no status light on a shared event"
    return window.light.label.text()


def checked_in_count(window: MainWindow) -> str:
    return window.counters.total.text()


def test_a_check_in_at_one_desk_shows_at_the_other_without_disturbing_its_typing(qtbot, pg_cluster, shared_url,
                                                                                  open_desk, monkeypatch):
    from checkin.ui.dialogs.connect_server import ConnectServerDialog

    desk_a = open_desk("Desk A", shared_url)
    # Desk B connects from the start page's dialog, with a password in the address.
    with_password = pg_cluster.url(shared_url.rsplit("/", 1)[1], pg_cluster.SECURED_ROLE, pg_cluster.SECURED_PASSWORD)
    desk_b = open_desk("Desk B", None)
    monkeypatch.setattr(ConnectServerDialog, "ask", classmethod(lambda cls, parent=None: with_password))
    desk_b.start.url_requested.emit()
    assert desk_b.stack.currentWidget() is desk_b.event_page
    assert desk_b.context.location == with_password
    recent = desk_b.context.settings.get(keys.RECENT_EVENTS)
    assert recent[0] == with_password.replace(":" + pg_cluster.SECURED_PASSWORD, "")
    assert all(pg_cluster.SECURED_PASSWORD not in item for item in recent)
    assert pg_cluster.SECURED_PASSWORD not in Path(desk_b.context.settings._q.fileName()).read_text()

    assert light_text(desk_a) == "Online · Desk A" and light_text(desk_b) == "Online · Desk B"
    assert not desk_a.connection.isVisible()  # the light replaces the plain connection label
    assert checked_in_count(desk_b) == f"0 checked in of {PEOPLE} expected"

    # A volunteer at desk B is typing a name when desk A checks that person in.
    desk_b.focus_search()
    qtbot.keyClicks(desk_b.checkin.search, "Lovel")
    assert desk_b.checkin.model.rowCount() == 1
    row = desk_b.checkin.model.index(0, 0)
    assert row.data(PresenceRole) is None

    result = desk_a.operations.check_in(person(desk_a, 0))
    assert result is not None and result.outcome is Outcome.CHECKED_IN

    qtbot.waitUntil(lambda: checked_in_count(desk_b) == f"1 checked in of {PEOPLE} expected", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: (desk_b.checkin.model.index(0, 0).data(PresenceRole) or False)
                    and desk_b.checkin.model.index(0, 0).data(PresenceRole).checked_in, timeout=LIVE_MS)
    assert "Checked in" in desk_b.checkin.person.facts.text()
    assert desk_b.checkin.search.text() == "Lovel"  # the typing is untouched
    assert desk_b.focusWidget() is desk_b.checkin.search
    assert desk_b.checkin.results.currentIndex().row() == 0

    # Desk B checks the same person in: the server says desk A was first.
    again = desk_b.operations.check_in(person(desk_b, 0))
    assert again is not None and again.outcome is Outcome.ALREADY_CHECKED_IN
    assert again.first_entry is not None and again.first_entry.desk == "Desk A"


def test_a_cut_desk_goes_on_and_catches_up_and_a_double_check_in_is_told(qtbot, pg_cluster, shared_url, open_desk):
    proxy = CuttableProxy(pg_cluster.port)
    try:
        desk_a = open_desk("Desk A", proxy.url_for(shared_url))
        desk_b = open_desk("Desk B", shared_url)
        assert light_text(desk_a) == "Online · Desk A"

        proxy.blackhole()  # the cable is cut: nothing answers, nothing is refused
        first = desk_a.operations.check_in(person(desk_a, 1))
        assert first is not None and first.outcome is Outcome.CHECKED_IN  # the desk still checks people in
        qtbot.waitUntil(lambda: "— 1 check-in queued; edits wait for the server" in light_text(desk_a),
                        timeout=LINK_MS)
        assert light_text(desk_a).startswith("Offline since ")
        second = desk_a.operations.check_in(person(desk_a, 2))
        assert second is not None and second.outcome is Outcome.CHECKED_IN
        qtbot.waitUntil(lambda: "— 2 check-ins queued" in light_text(desk_a), timeout=LINK_MS)
        assert "Desk A" in light_text(desk_a)
        assert desk_a.connection.text().startswith("Offline")  # the plain hook hears it too
        qtbot.waitUntil(lambda: checked_in_count(desk_a).startswith("2 checked in"), timeout=LIVE_MS)

        # Meanwhile person 1 goes through desk B as well.
        other = desk_b.operations.check_in(person(desk_b, 1))
        assert other is not None and other.outcome is Outcome.CHECKED_IN
        qtbot.waitUntil(lambda: checked_in_count(desk_b).startswith("1 checked in"), timeout=LIVE_MS)

        proxy.restore()
        qtbot.waitUntil(lambda: light_text(desk_a) == "Online · Desk A", timeout=LINK_MS)
        qtbot.waitUntil(lambda: checked_in_count(desk_b).startswith("2 checked in"), timeout=LIVE_MS)
        presence_b = desk_b.context.presence
        assert presence_b[person(desk_b, 2).id].checked_in and presence_b[person(desk_b, 1).id].checked_in

        # Person 1 went through both desks while they were apart: a notice, not a dialog …
        def told() -> bool:
            return any("Grace Hopper" in w.statusBar().currentMessage()
                       and "and again at" in w.statusBar().currentMessage() for w in (desk_a, desk_b))

        qtbot.waitUntil(told, timeout=LIVE_MS)
        from PySide6.QtWidgets import QApplication

        assert QApplication.activeModalWidget() is None
        # … and a line on both desks' list to check, which stays until someone marks it seen.
        from checkin.ui.widgets.to_check import ToCheckList

        lists = [w.counters.findChild(ToCheckList) for w in (desk_a, desk_b)]
        for listed in lists:
            qtbot.waitUntil(lambda shown=listed: shown.items.count() == 1, timeout=LIVE_MS)
            assert "Grace Hopper" in shown_text(listed) and "Desk A" in shown_text(listed)
        lists[1].items.item(0).setSelected(True)
        lists[1].mark_selected_seen()
        qtbot.waitUntil(lambda: lists[0].items.count() == 0 and lists[0].isHidden(), timeout=LIVE_MS)
    finally:
        proxy.close()


def shown_text(listed) -> str:
    return listed.items.item(0).text()


def test_renaming_the_desk_reopens_the_shared_event_under_the_new_name(qtbot, shared_url, open_desk):
    desk = open_desk("Desk A", shared_url)
    desk.context.settings.set(keys.DESK_NAME, "Desk C")
    desk.context.apply_desk_settings()
    assert desk.context.session is not None and desk.context.session.desk == "Desk C"
    assert light_text(desk) == "Online · Desk C"
    result = desk.operations.check_in(person(desk, 3))
    assert result is not None and result.record is not None and result.record.desk == "Desk C"


def test_a_change_arriving_during_an_import_is_taken_after_it(qtbot, shared_url, open_desk):
    desk_a, desk_b = open_desk("Desk A", shared_url), open_desk("Desk B", shared_url)
    link = desk_b.context.link
    assert link is not None
    desk_b.context.writing = True  # an import is being written at desk B: its store is busy
    with qtbot.waitSignal(link.server.checkinsChanged, timeout=LIVE_MS):
        desk_a.operations.check_in(person(desk_a, 4))
    assert not desk_b.context.presence.get(person(desk_b, 4).id)  # not read during the import
    desk_b.context.writing = False
    qtbot.waitUntil(lambda: bool(desk_b.context.presence.get(person(desk_b, 4).id)), timeout=LIVE_MS)


def test_a_server_that_does_not_answer_is_said_in_one_line_and_stays_in_the_recent_list(qtbot, open_desk,
                                                                                       monkeypatch):
    from pg_cluster import free_port
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    desk = open_desk("Desk A", None)
    url = f"postgresql://desk:secret@127.0.0.1:{free_port()}/geneva"
    desk.context.settings.remember_event(url.replace(":secret", ""))
    assert not desk.open_location(url)
    assert len(said) == 1 and "\n" not in said[0] and "127.0.0.1" in said[0] and "secret" not in said[0]
    assert desk.context.settings.get(keys.RECENT_EVENTS) == [url.replace(":secret", "")]
    assert desk.stack.currentWidget() is desk.start and desk.light is None
