"""The status light of a desk on a shared event: online, offline with the queue, back online."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tcp_proxy import CuttableProxy

from checkin.core.models import Attendee, CheckInRecord, Event, RecordKind
from checkin.core.session import EventSession
from checkin.store import create_event
from checkin.store.offline_desk import DeskStatus, DeskStore, Duplicate

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
        qtbot.waitUntil(lambda: light.label.text().startswith("Offline — 1 check-in"), timeout=10_000)
        assert "Desk 2" in light.label.text()

        proxy.restore()
        qtbot.waitUntil(lambda: light.label.text() == "Online · Desk 2", timeout=20_000)
    finally:
        desk.close()
        other.close()
        proxy.close()


def test_duplicate_is_told_with_desk_and_time() -> None:
    from checkin.ui.server_status import duplicate_text

    counted = CheckInRecord(1, RecordKind.ENTRY, T0, desk="Desk 1")
    other = CheckInRecord(1, RecordKind.ENTRY, T0 + timedelta(minutes=1), desk="Desk 2")
    text = duplicate_text(Duplicate(1, "Entrance", counted, (other,)), "Ada Lovelace", "Europe/Zurich")
    assert text == "Ada Lovelace: also checked in at Desk 2 at 08:41 while offline (08:40 at Desk 1 counts)"


@pytest.mark.parametrize(("queued", "words"), [(1, "Offline — 1 check-in queued · Desk 2"),
                                               (3, "Offline — 3 check-ins queued · Desk 2")])
def test_the_queue_is_counted_in_plain_english(qapp, queued, words) -> None:
    from checkin.ui.server_status import status_text

    assert status_text(DeskStatus(False, queued, "Desk 2")) == words


def test_the_queue_is_counted_in_french_too(qapp) -> None:
    from checkin.ui import i18n
    from checkin.ui.server_status import status_text

    i18n.install("fr")
    try:
        assert status_text(DeskStatus(False, 1, "Poste 2")) == "Hors ligne — 1 arrivée en attente · Poste 2"
        assert status_text(DeskStatus(False, 3, "Poste 2")) == "Hors ligne — 3 arrivées en attente · Poste 2"
    finally:
        i18n.install("en")
