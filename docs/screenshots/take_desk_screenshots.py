"""Screenshots of the desk under real hands, in English and French: the real app on a private X display
with a window manager, driven with real X key events by the desk test harness (tests/desk).

    .venv/bin/python docs/screenshots/take_desk_screenshots.py [en fr]

Writes docs/screenshots/desk/*.png: the outcome with the role and needs, already arrived, a refusal with
what to do next, several matches asking, a scan made while the walk-in form is open, a walk-in already
registered, the locked desk, printer trouble under a green outcome.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from checkin.core.models import Status  # noqa: E402
from checkin.core.retention import set_retention  # noqa: E402
from checkin.core.session import EventSession  # noqa: E402
from checkin.sample import create_sample_event  # noqa: E402
from checkin.store import open_event  # noqa: E402
from tests.desk.desk import Desk, find  # noqa: E402
from tests.desk.xserver import XServer  # noqa: E402

OUT = Path(__file__).resolve().parent / "desk"


def prepared_event(folder: Path) -> Path:
    """The sample event with a morning's arrivals at three desks, and needs on a speaker."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "geneva.checkin"
    create_sample_event(path).store.close()
    store = open_event(path)
    set_retention(store, date.today() + timedelta(days=90))  # a demo copy keeps its data from today
    session = EventSession(store)
    start = datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
    people = [a for a in session.attendees() if a.status is Status.REGISTERED and a.category == "Participant"]
    for i, person in enumerate(people[:52]):
        session.check_in_attendee(person, door_time=start + timedelta(minutes=i % 40, seconds=i),
                                  desk=("Desk 2", "Desk 3")[i % 2])
    speaker = next(a for a in session.attendees() if a.family_name == "Kurbalija")
    session.update_attendees([speaker.with_changes(needs="Wheelchair access; Interpretation FR; Vegetarian")])
    store.close()
    return path


def shoot(x: XServer, language: str, folder: Path) -> None:
    OUT.mkdir(exist_ok=True)
    event = prepared_event(folder / language)
    desk = Desk(x, event, folder / language / "desk", settings={"ui/language": language, "desk/next_please_s": 0,
                                                                 "badges/printer": "Badge-Printer-Desk-1"}).start()
    try:
        desk.run(f"window.context.print_to_file = {str(folder / language / 'printed.pdf')!r}")

        def shot(name: str, what: str = "window") -> None:
            desk.sync()
            desk.grab(OUT / f"{name}-{language}.png", what)

        desk.scan(find(event, "Kulling").code)
        desk.wait_until(lambda: desk.colour() == "green", "green")
        desk.scan(find(event, "Kurbalija").code)
        desk.wait_until(lambda: "Kurbalija" in desk.says(), "the speaker")
        shot("outcome-speaker-needs")
        desk.type("kulling")
        desk.key("Return")
        desk.wait_until(lambda: desk.colour() == "yellow", "yellow")
        shot("outcome-already-arrived")
        waitlisted = next(a for a in _people(event) if a.status is Status.WAITLISTED)
        desk.scan(waitlisted.code)
        desk.wait_until(lambda: desk.colour() == "red", "red")
        shot("outcome-waitlisted")
        desk.type("schneider")
        desk.key("Return")
        desk.wait_until(lambda: desk.state()["focus"]["class"] == "ResultsList", "the list asks")
        shot("several-matches")
        desk.key("Escape")
        desk.key("ctrl+n")
        desk.wait_modal()
        desk.type("Amina")
        desk.scan(find(event, "Crowe").code)
        desk.wait_until(lambda: "Crowe" in desk.says(), "the scan inside the form")
        shot("scan-in-walk-in-form", "screen")
        close_dialog(desk)
        desk.key("ctrl+n")
        desk.wait_modal()
        for text in ("Sebastien", "Kulling", "digitalswitzerland"):
            desk.type(text)
            desk.key("Tab")
        desk.key("Return")
        desk.wait_modal(kind="QMessageBox")
        shot("walk-in-already-registered", "screen")
        desk.key("Escape")
        desk.wait_modal(kind="WalkInDialog")
        close_dialog(desk)
        desk.run("window.context.print_to_file = ''")
        desk.scan(find(event, "Cucos").code)
        desk.wait_until(lambda: desk.colour() == "green", "green")
        desk.key("ctrl+p")
        desk.wait_until(lambda: desk.eval("window.checkin.print_status.isVisible()"), "the printer trouble")
        shot("printer-trouble")
        desk.key("ctrl+l")
        desk.wait_modal()
        desk.type("2468")
        desk.key("Return")
        desk.wait_until(lambda: desk.state()["locked"], "locked")
        desk.type("fav")
        desk.wait_until(lambda: desk.state()["results"], "results")
        shot("locked-desk")
    finally:
        desk.stop()


def close_dialog(desk: Desk) -> None:
    """Close the dialog in front without its questions (a screenshot script, not a test)."""
    desk.run("from PySide6.QtCore import QTimer; dialog = QApplication.activeModalWidget(); "
             "QTimer.singleShot(0, lambda: dialog.done(0))")
    desk.wait_no_modal()


def _people(event: Path):
    store = open_event(event)
    try:
        return store.attendees()
    finally:
        store.close()


if __name__ == "__main__":
    server = XServer().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in sys.argv[1:] or ["en", "fr"]:
                shoot(server, lang, Path(tmp))
    finally:
        server.stop()
