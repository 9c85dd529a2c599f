"""Screenshots of a desk on a shared (PostgreSQL) event: online, cut off with check-ins queued, and back with
a double check-in on the counters' list to check.

Starts a private PostgreSQL cluster (needs Debian's postgresql-15), publishes the sample event on it,
and puts a relay between the desk and the server whose cable the script cuts:

    TZ=Europe/Zurich xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_shared_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "store"))

from pg_cluster import PrivateCluster, find_binaries  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from take_screenshots import check_in_this_morning, wait_for  # noqa: E402
from tcp_proxy import CuttableProxy  # noqa: E402

from checkin.core.session import EventSession  # noqa: E402
from checkin.store import open_event  # noqa: E402
from checkin.ui import i18n  # noqa: E402
from checkin.ui import settings as keys  # noqa: E402
from checkin.ui.app import create_app, fresh_sample  # noqa: E402
from checkin.ui.context import create_context  # noqa: E402
from checkin.ui.main_window import MainWindow  # noqa: E402
from checkin.ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent


def other_desks_arrivals(url: str, count: int) -> datetime:
    """Check-ins made at Desk 2 and Desk 3 this morning, straight on the server; returns 08:00."""
    session = EventSession(open_event(url))
    try:
        return check_in_this_morning(session, count, ["Desk 2", "Desk 3"])
    finally:
        session.store.close()


def main() -> int:
    bin_dir = find_binaries()
    if bin_dir is None:
        raise SystemExit("no PostgreSQL server binaries: install postgresql-15")
    cluster = PrivateCluster(bin_dir).start()
    proxy = CuttableProxy(cluster.port)
    window = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="checkin-shared-shots-"))
        url = cluster.create_database("geneva")
        subprocess.run([sys.executable, "-m", "checkin", "publish", str(fresh_sample(folder)), url], check=True,
                       cwd=ROOT)
        start = other_desks_arrivals(url, 90)

        app = create_app()
        settings = Settings(QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat))
        settings.set(keys.DESK_NAME, "Desk 1")
        context = create_context(settings)
        context.sounds.muted = True
        context.replica_folder = folder / "replicas"
        i18n.install("en")
        window = MainWindow(context, folder)
        window.resize(1366, 740)
        window.show()
        assert window.open_location(proxy.url_for(url))
        session = context.session
        session.clock = lambda: start + timedelta(minutes=59)  # Desk 1's own scans come at 08:59
        view = window.checkin

        wait_for(app, lambda: window.light is not None and window.light.label.text().startswith("Online"))
        window.operations.scan(session.search("kulling")[0].code)
        view.search.setText("mull")
        wait_for(app, lambda: view.model.rowCount() > 0)
        time.sleep(0.5)
        app.processEvents()
        window.grab().save(str(OUT / "shared-online-en.png"))

        proxy.blackhole()  # the cable is cut: the desk goes on on its own copy
        view.search.setText("")
        waiting = [a for a in session.attendees() if a.status.value == "registered"
                   and not context.presence.get(a.id)][:3]
        for person in waiting:
            window.operations.check_in(person)
            app.processEvents()
        wait_for(app, lambda: "— 3 check-ins queued" in window.light.label.text())
        time.sleep(0.3)
        app.processEvents()
        window.grab().save(str(OUT / "shared-offline-en.png"))

        # Meanwhile Desk 2 checked in someone this desk checks in too: back online, it is on the list to check.
        twice = next(a for a in session.attendees() if a.status.value == "registered"
                 and not context.presence.get(a.id))
        elsewhere = EventSession(open_event(url), desk="Desk 2", clock=lambda: start + timedelta(minutes=57))
        elsewhere.check_in_attendee(twice)
        elsewhere.store.close()
        window.operations.check_in(twice)
        proxy.restore()
        wait_for(app, lambda: window.light.label.text().startswith("Online"))
        window.tabs.setCurrentWidget(window.counters)
        from checkin.ui.widgets.to_check import ToCheckList

        listed = window.counters.findChild(ToCheckList)
        wait_for(app, lambda: listed.items.count() > 0)
        window.counters.refresh()
        time.sleep(0.5)
        app.processEvents()
        window.grab().save(str(OUT / "shared-to-check-en.png"))
        print("wrote", OUT / "shared-online-en.png", OUT / "shared-offline-en.png", OUT / "shared-to-check-en.png")
    finally:
        if window is not None:
            window.context.close()
        proxy.close()
        cluster.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
