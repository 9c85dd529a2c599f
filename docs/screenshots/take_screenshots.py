"""Take the desk screenshots of the README, in English and French, on a fresh sample event.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_screenshots.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.core.retention import set_retention  # noqa: E402
from checkin.core.session import EventSession  # noqa: E402
from checkin.ui import i18n  # noqa: E402
from checkin.ui.app import create_app, fresh_sample  # noqa: E402
from checkin.ui.context import create_context  # noqa: E402
from checkin.ui.dialogs.export_dialog import ExportDialog  # noqa: E402
from checkin.ui.dialogs.import_wizard import ImportWizard  # noqa: E402
from checkin.ui.dialogs.walk_in import WalkInDialog  # noqa: E402
from checkin.ui.main_window import MainWindow  # noqa: E402
from checkin.ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def late_registrations(folder: Path) -> Path:
    """A second registration file as organisers send it: a title row, French headers, a few mistakes."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Inscriptions tardives"
    sheet.append(["Inscriptions reçues après le 12 octobre"])
    sheet.append(["Horodateur", "Prénom", "Nom", "Courriel", "Organisation", "Type de participant", "Pays"])
    rows = [
        ("Chiara", "Bianchi", "chiara.bianchi@usi.example.ch", "Università della Svizzera italiana", "Participant",
         "Switzerland"),
        ("Oluwaseun", "Adeyemi", "o.adeyemi@ecowas.example.int", "ECOWAS Commission", "Participant", "Nigeria"),
        ("", "", "info@example.org", "", "Participant", ""),
        ("Marta", "Nowak", "marta.nowak(at)example.pl", "Polish Mission to the UN", "Participant", "Poland"),
        ("Hiroshi", "Tanaka", "h.tanaka@mofa.example.jp", "Permanent Mission of Japan", "Diplomat", "Japan"),
        ("Chiara", "Bianchi", "chiara.bianchi@usi.example.ch", "USI", "Participant", "Switzerland"),
        ("Aïcha", "Traoré", "aicha.traore@uemoa.example.int", "UEMOA", "Participant", "Burkina Faso"),
    ]
    for minute, row in enumerate(rows):
        sheet.append([datetime(2018, 10, 13, 9, minute * 7), *row])
    sheet.append(["Total", "", "", "", "", "", "7"])
    path = folder / "inscriptions-tardives.xlsx"
    book.save(path)
    return path


def wait_for(app: QApplication, ready, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not ready():
        raise SystemExit("the desk never got there")


def check_in_this_morning(session: EventSession, count: int, desks: list[str]) -> datetime:
    """Check in `count` people (never Kulling, whom the shots check in) at plausible door times from 08:00
    this morning, at the given desks; returns 08:00."""
    rng = random.Random(4)
    start = datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
    people = [a for a in session.attendees() if a.status.value == "registered" and a.family_name != "Kulling"]
    for i, person in enumerate(rng.sample(people, count)):
        minute = min(58, int(rng.triangular(0, 60, 28)))
        session.check_in_attendee(person, door_time=start + timedelta(minutes=minute, seconds=i),
                                  desk=rng.choice(desks))
    return start


def morning_arrivals(window: MainWindow, count: int) -> None:
    """Check in people at plausible door times this morning, at three desks."""
    session = window.context.session
    start = check_in_this_morning(session, count, ["Desk 1", "Desk 2", "Desk 3"])
    window.context.reload_presence()
    session.clock = lambda: start + timedelta(minutes=59)  # the desk's own scans come at 08:59


def shoot(language: str, folder: Path) -> None:
    app = create_app()
    context = create_context(Settings(QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)))
    context.sounds.muted = True
    context.print_to_file = str(folder / "printed.pdf")
    i18n.install(language)
    window = MainWindow(context, folder)
    window.resize(1366, 740)
    window.show()
    window.open_location(str(fresh_sample(folder)))
    morning_arrivals(window, 140)
    session = context.session
    kulling = session.search("kulling")[0]
    view = window.checkin

    window.operations.scan(kulling.code)
    view.search.setText("mull")
    settle(app)
    window.grab().save(str(OUT / f"checkin-green-{language}.png"))

    window.operations.monotonic = lambda: 1e6  # past the 3-second double-read window
    window.operations.scan(kulling.code)
    view.search.setText("")
    settle(app)
    window.grab().save(str(OUT / f"checkin-yellow-{language}.png"))

    dialog = WalkInDialog(sorted({a.category for a in session.attendees()}), window)
    dialog.given.setText("Chiara")
    dialog.family.setText("Bianchi")
    dialog.organisation.setText("Università della Svizzera italiana")
    dialog.job_title.setText("Research fellow")
    dialog.show()
    settle(app)
    dialog.grab().save(str(OUT / f"walk-in-{language}.png"))
    dialog.done(0)  # close() would ask before discarding what was typed

    window.tabs.setCurrentIndex(1)
    window.attendees.refresh()
    settle(app)
    window.grab().save(str(OUT / f"attendees-{language}.png"))

    window.tabs.setCurrentIndex(2)
    window.counters.refresh()
    settle(app)
    window.grab().save(str(OUT / f"counters-{language}.png"))
    window.help.toggle()
    settle(app)
    window.grab().save(str(OUT / f"shortcuts-{language}.png"))
    window.help.toggle()

    wizard = ImportWizard(context, parent=window)
    wizard.cancel_missing.setChecked(False)  # a file of additions
    wizard.load(late_registrations(folder))
    wizard.show()
    wait_for(app, lambda: wizard.plan is not None)
    settle(app)
    wizard.grab().save(str(OUT / f"import-wizard-{language}.png"))
    wizard.preview.choose("Pays", "organisation")  # a wrong choice, to show the combo boxes at work
    wait_for(app, lambda: wizard.plan is not None)
    wizard.preview.choose("Organisation", "organisation")
    wait_for(app, lambda: wizard.plan is not None)
    wizard.start_import()
    wait_for(app, lambda: wizard.report is not None)
    settle(app)
    wizard.grab().save(str(OUT / f"import-done-{language}.png"))
    wizard.close()

    export = ExportDialog(session.event.title, folder, purged=False, parent=window)
    export.select("csv_semicolon")
    export.show()
    settle(app)
    export.grab().save(str(OUT / f"export-{language}.png"))
    export.close()

    set_retention(session.store, date(2019, 1, 16))  # as the sample event itself would have it
    window.tabs.setCurrentIndex(0)
    window.show_event()
    settle(app)
    window.grab().save(str(OUT / f"retention-{language}.png"))
    context.close()
    window.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for lang in sys.argv[1:] or ["en", "fr"]:
            shoot(lang, Path(tmp))
