"""Take the screenshots of the programme's day (speakers' board, a delegation, items lent, needs), EN and FR.

    TZ=Europe/Zurich xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_day_screenshots.py

The desk is put at 08:55 on the sample event's day (18 October 2018, Geneva), with the morning's arrivals.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.core import groups  # noqa: E402
from checkin.core import loans as lending  # noqa: E402
from checkin.ui import i18n  # noqa: E402
from checkin.ui.app import create_app, fresh_sample  # noqa: E402
from checkin.ui.context import create_context  # noqa: E402
from checkin.ui.dialogs.group_checkin import GroupCheckInDialog  # noqa: E402
from checkin.ui.main_window import MainWindow  # noqa: E402
from checkin.ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent
GENEVA = ZoneInfo("Europe/Zurich")
MORNING = datetime(2018, 10, 18, 8, 0, tzinfo=GENEVA)
NOW = MORNING.replace(minute=55)
SPEAKERS_IN = {"Kurbalija": 41, "Rossi-Longhi": 20, "Zahn": 50, "Cucos": 33, "Crowe": 47}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(language: str, folder: Path) -> None:
    app = create_app()
    context = create_context(Settings(QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)))
    context.sounds.muted = True
    context.print_to_file = str(folder / "printed.pdf")
    context.clock = lambda: NOW
    i18n.install(language)
    window = MainWindow(context, folder)
    window.resize(1366, 740)
    window.show()
    window.open_location(str(fresh_sample(folder)))
    session = context.session
    session.clock = context.clock
    people = {a.family_name: a for a in session.attendees()}
    rng = random.Random(18)
    crowd = [a for a in session.attendees() if a.status.value == "registered" and a.category == "Participant"
             and not a.group and a.family_name not in ("Kulling", "Art")]
    for i, person in enumerate(rng.sample(crowd, 120)):
        door_time = MORNING + timedelta(minutes=int(rng.triangular(0, 55, 40)), seconds=i)
        session.check_in_attendee(person, door_time=door_time, desk=rng.choice(["Desk 1", "Desk 2"]))
    for family, minute in SPEAKERS_IN.items():
        session.check_in_attendee(people[family], door_time=MORNING + timedelta(minutes=minute), desk="Desk 2")
    context.reload_presence()
    for number, person in enumerate(rng.sample(crowd, 9), start=3):
        lending.lend(session, person, f"R{number * 11:03d}", rng.choice(["", "ID card", "Business card"]),
                     when=MORNING + timedelta(minutes=20 + number))

    # A panellist with needs, scanned at the desk: their session in the highlight colour, their needs as icons.
    art = people["Art"]
    window.operations.save(art.with_changes(needs="Interpretation headset FR; vegetarian; hearing loop"))
    window.operations.scan(art.code)
    settle(app)
    window.grab().save(str(OUT / f"day-needs-{language}.png"))

    # A delegation member scanned: the group line, then Ctrl+G's dialog.
    spain = sorted((a for a in session.attendees() if a.group == "Permanent Mission of Spain"
                    and a.status.value == "registered"), key=lambda a: a.family_name)
    window.operations.monotonic = lambda: 1e6
    window.operations.scan(spain[0].code)
    settle(app)
    window.grab().save(str(OUT / f"day-delegation-{language}.png"))
    summary = groups.summary(session.attendees(), spain[0].group, context.presence)
    dialog = GroupCheckInDialog(summary, context.presence, window)
    dialog.show()
    settle(app)
    dialog.grab().save(str(OUT / f"day-delegation-dialog-{language}.png"))
    dialog.close()

    window.tabs.setCurrentIndex(window.board_tab)
    window.board.refresh()
    settle(app)
    window.grab().save(str(OUT / f"day-board-{language}.png"))

    window.show_loans()
    kulling = people["Kulling"]
    window.loans.take_scan(kulling.code)
    window.loans.deposit.setText("Carte d'identité" if language == "fr" else "ID card")
    window.loans.handle("R042")
    settle(app)
    window.grab().save(str(OUT / f"day-loan-{language}.png"))

    window.tabs.setCurrentIndex(2)
    window.counters.refresh()
    window.day_counters.refresh()
    settle(app)
    window.grab().save(str(OUT / f"day-counters-{language}.png"))
    context.close()
    window.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for lang in sys.argv[1:] or ["en", "fr"]:
            shoot(lang, Path(tmp))
