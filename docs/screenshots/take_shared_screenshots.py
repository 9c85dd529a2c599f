"""Screenshots of a desk on a shared (PostgreSQL) event: online, then cut off with check-ins queued.

Starts a private PostgreSQL cluster (needs Debian's postgresql-15), publishes the sample event on it,
and puts a relay between the desk and the server whose cable the script cuts:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_shared_screenshots.py
"""

from __future__ import annotations

import random
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
from PySide6.QtWidgets import QApplication  # noqa: E402
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


def wait_for(app: QApplication, ready, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not ready():
        raise SystemExit("the desk never got there")


def other_desks_arrivals(url: str, count: int) -> None:
    """Check-ins made at Desk 2 and Desk 3 this morning, straight on the server."""
    session = EventSession(open_event(url))
    try:
        rng = random.Random(4)
        start = datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
        people = [a for a in session.attendees() if a.status.value == "registered" and a.family_name != "Kulling"]
        for i, person in enumerate(rng.sample(people, count)):
            minute = min(58, int(rng.triangular(0, 60, 28)))
            session.check_in_attendee(person, door_time=start + timedelta(minutes=minute, seconds=i),
                                      desk=rng.choice(["Desk 2", "Desk 3"]))
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
        other_desks_arrivals(url, 90)

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
        wait_for(app, lambda: window.light.label.text().startswith("Offline — 3"))
        app.processEvents()
        window.grab().save(str(OUT / "shared-offline-en.png"))
        print("wrote", OUT / "shared-online-en.png", OUT / "shared-offline-en.png")
    finally:
        if window is not None:
            window.context.close()
        proxy.close()
        cluster.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
