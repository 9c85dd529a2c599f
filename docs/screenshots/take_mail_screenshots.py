"""Screenshots of the review of registration e-mails, in English and French: the real desk on a private X
display with a window manager, driven with real X key events by the desk test harness (tests/desk).

    .venv/bin/python docs/screenshots/take_mail_screenshots.py [en fr]

Writes docs/screenshots/mail-review-LANG.png (a person the reading is unsure of: the field marked in the
message and beside its box, Import waiting) and mail-review-delegation-LANG.png (a mission's delegation of two).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from checkin.sample import sample_event_facts  # noqa: E402
from checkin.store import create_event  # noqa: E402
from tests.desk.desk import Desk  # noqa: E402
from tests.desk.xserver import XServer  # noqa: E402
from tests.ui.mail_corpus import write_mbox  # noqa: E402

OUT = Path(__file__).resolve().parent
WIZARD = "QApplication.activeModalWidget()"
REVIEW = f"{WIZARD}.mail.review"


def go_to(desk: Desk, email: str) -> None:
    """Down the list with the arrow keys to the first person of the message sent from `email`."""
    desk.key("ctrl+Home")
    for _ in range(desk.eval(f"{REVIEW}.model.rowCount()")):
        desk.sync()
        if desk.eval(f"(lambda e: e.person and e.message.reading.sender)({REVIEW}.current_entry())") == email:
            return
        desk.key("Down")
    raise RuntimeError(f"no one from {email} in the list")


def shoot(x: XServer, language: str, folder: Path) -> None:
    folder.mkdir(parents=True)
    event = folder / "geneva.checkin"
    create_event(event, sample_event_facts()).close()
    inbox = write_mbox(folder / "Inbox.mbox")
    desk = Desk(x, event, folder / "desk", settings={"ui/language": language}).start()
    try:
        desk.key("ctrl+i")
        desk.wait_modal(kind="ImportWizard")
        desk.run(f"{WIZARD}.load({str(inbox)!r})")
        desk.wait_until(lambda: desk.eval(f"{WIZARD}.mail.plan is not None"), "the e-mails are read")
        desk.run(f"{WIZARD}.resize(1340, 720); {WIZARD}.move(10, 10)")
        go_to(desk, "mission@kenya.example")
        desk.sync()
        desk.grab(OUT / f"mail-review-delegation-{language}.png", "modal")
        go_to(desk, "maria@uni.example")  # a single name: the reading cannot be sure of a family name
        desk.sync()
        desk.grab(OUT / f"mail-review-{language}.png", "modal")
        desk.key("Escape")  # nothing decided: the wizard closes without a question
        desk.wait_no_modal()
    finally:
        desk.stop()


if __name__ == "__main__":
    server = XServer().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in sys.argv[1:] or ["en", "fr"]:
                shoot(server, lang, Path(tmp) / lang)
    finally:
        server.stop()
