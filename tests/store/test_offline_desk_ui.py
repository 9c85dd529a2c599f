"""The status light of a desk on a shared event: online, offline with the queue, back online."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tcp_proxy import CuttableProxy

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind
from checkin.core.session import EventSession
from checkin.store import create_event
from checkin.store.conflicts import Conflict
from checkin.store.offline_desk import DeskStatus, DeskStore

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 5, 4, 6, 40, tzinfo=UTC)


def test_status_light_follows_the_link(qtbot, pg_cluster, pg_url, tmp_path) -> None:
    from checkin.ui.server_status import ServerStatus, StatusLight

    with create_event(pg_url, Event(title="Shared", starts_on=date(2026, 5, 4))) as store:
        people = store.add_attendees([Attendee(None, "", given_name=f"P{n}") for n in range(3)])
    proxy = CuttableProxy(pg_cluster.port)
    desk = DeskStore.open(proxy.url_for(pg_url), "Desk 2", replica_folder=tmp_path)
    other = DeskStore.open(pg_url, "Desk 3", replica_folder=tmp_path)
    try:
        server = ServerStatus(desk)
        light = StatusLight(server)
        qtbot.addWidget(light)
        assert light.label.text() == "Online · Desk 2"

        with qtbot.waitSignal(server.checkinsChanged, timeout=10_000):
            EventSession(other, desk="Desk 3").check_in(people[0].code)

        proxy.blackhole()
        session = EventSession(desk, desk="Desk 2")
        with qtbot.waitSignal(server.statusChanged, timeout=10_000):
            session.check_in(people[1].code)
        qtbot.waitUntil(lambda: "— 1 check-in queued; edits wait for the server" in light.label.text(),
                        timeout=10_000)
        assert light.label.text().startswith("Offline since ")
        assert "Desk 2" in light.label.text()

        proxy.restore()
        qtbot.waitUntil(lambda: light.label.text() == "Online · Desk 2", timeout=20_000)
    finally:
        desk.close()
        other.close()
        proxy.close()


def test_a_double_is_told_with_desks_and_times_on_the_servers_clock() -> None:
    from checkin.store.conflicts import doubles
    from checkin.ui.server_status import conflict_text

    counted = CheckInRecord(1, RecordKind.ENTRY, T0, desk="Desk 1")
    other = CheckInRecord(1, RecordKind.ENTRY, T0 + timedelta(minutes=9), desk="Desk 2", clock_offset=480.0)
    ((key, detail),) = doubles([other, counted])
    text = conflict_text(Conflict(1, key, "double_check_in", 1, detail), "Ada Lovelace", "Europe/Zurich")
    assert text == "Ada Lovelace: checked in at Desk 1 at 08:40 and again at Desk 2 at 08:41 (the first counts)"


@pytest.mark.parametrize(("queued", "words"), [
    (1, "Offline since 08:42 — 1 check-in queued; edits wait for the server · Desk 2"),
    (3, "Offline since 08:42 — 3 check-ins queued; edits wait for the server · Desk 2")])
def test_the_queue_is_counted_in_plain_english(qapp, queued, words) -> None:
    from checkin.ui.server_status import status_text

    since = datetime(2026, 5, 4, 6, 42, tzinfo=UTC)
    assert status_text(DeskStatus(False, queued, "Desk 2", offline_since=since), "Europe/Zurich") == words


def test_a_clock_off_by_minutes_is_told_at_the_desk(qapp) -> None:
    from checkin.ui.server_status import status_text

    text = status_text(DeskStatus(True, 0, "Desk 2", clock_offset=-610.0))
    assert text == "Online · Desk 2 · this computer's clock is 10 min behind the server's: set its time"
    assert status_text(DeskStatus(True, 0, "Desk 2", clock_offset=20.0)) == "Online · Desk 2"


def test_the_queue_is_counted_in_french_too(qapp) -> None:
    from checkin.ui import i18n
    from checkin.ui.server_status import status_text

    since = datetime(2026, 5, 4, 6, 42, tzinfo=UTC)
    i18n.install("fr")
    try:
        assert status_text(DeskStatus(False, 1, "Poste 2", offline_since=since), "Europe/Zurich") == (
            "Hors ligne depuis 08:42 — 1 arrivée en attente ; les modifications attendent le serveur · Poste 2")
        assert status_text(DeskStatus(False, 3, "Poste 2", offline_since=since), "Europe/Zurich") == (
            "Hors ligne depuis 08:42 — 3 arrivées en attente ; les modifications attendent le serveur · Poste 2")
    finally:
        i18n.install("en")


def test_the_connect_dialog_keeps_the_password_in_the_keyring_not_the_address(qtbot, memory_keyring) -> None:
    from checkin.store.passwords import password_for
    from checkin.ui.dialogs.connect_server import ConnectServerDialog

    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText("postgresql://desk@server.local:5433/genève")
    dialog.password.setText("p@ss:wörd")
    answer = dialog.answer()
    assert password_for("postgresql://desk@server.local:5433/genève") == "p@ss:wörd"
    from psycopg.conninfo import conninfo_to_dict

    assert conninfo_to_dict(answer)["password"] == "p@ss:wörd"  # in memory, to open it now
    # The next time, the saved password is offered for the same address.
    again = ConnectServerDialog()
    qtbot.addWidget(again)
    again.url.setText("postgresql://desk@server.local:5433/genève")
    again.url.editingFinished.emit()
    assert again.password.text() == "p@ss:wörd"


@pytest.mark.parametrize("callback", ["on_status", "on_changes", "on_conflicts"])
def test_a_window_closed_while_the_sync_thread_speaks_raises_nothing_there(qapp, callback) -> None:
    """The sync thread reads the callback, the window (and the ServerStatus in it) goes, then the call lands."""
    import threading
    from types import SimpleNamespace

    import shiboken6

    from checkin.store.changes import Change
    from checkin.ui.server_status import ServerStatus

    store = SimpleNamespace(on_status=None, on_changes=None, on_conflicts=None)
    server = ServerStatus(store)  # type: ignore[arg-type]
    held = getattr(store, callback)
    shiboken6.delete(server)
    argument = {"on_status": DeskStatus(False, 3, "Desk 2"), "on_changes": [Change("checkins", None)],
                "on_conflicts": []}[callback]
    raised: list[BaseException] = []

    def sync_thread() -> None:
        try:
            held(argument)
        except BaseException as error:  # what the thread would have died of
            raised.append(error)

    thread = threading.Thread(target=sync_thread)
    thread.start()
    thread.join(5)
    assert not thread.is_alive()
    assert raised == []
