"""Take the camera pane's screenshots of the README: the desk reading a badge held up to a webcam.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_camera_screenshots.py

The "webcam" is a recorded video made by the camera tests' footage module (a badge drawn by our own
renderer, held up in front of a desk scene), played through the desk's own camera path.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.selftest import person_fields  # noqa: E402
from checkin.ui import i18n  # noqa: E402
from checkin.ui import settings as keys  # noqa: E402
from checkin.ui.app import create_app, fresh_sample  # noqa: E402
from checkin.ui.context import create_context  # noqa: E402
from checkin.ui.main_window import MainWindow  # noqa: E402
from checkin.ui.settings import Settings  # noqa: E402
from checkin.ui.widgets.camera_pane import CameraPane  # noqa: E402
from tests.camera.footage import HD, Footage, Shot, badge_card, write_h264  # noqa: E402

OUT = Path(__file__).resolve().parent


def wait_for(app: QApplication, ready, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    if not ready():
        raise SystemExit("the desk never got there")


def shoot(language: str, folder: Path) -> None:
    app = create_app()
    event = fresh_sample(folder)
    context = create_context(Settings(QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)))
    context.sounds.muted = True
    context.settings.set(keys.CAMERA_ON, True)
    i18n.install(language)
    window = MainWindow(context, folder)
    window.resize(1366, 740)
    window.open_location(str(event))
    person = context.session.search("kulling")[0]
    card = badge_card(person_fields(person), context.session.event.title, folder)
    clip = write_h264(Footage(HD, 4.0, [Shot("badge", 0.3, 3.5, 0.34, x=0.47, angle=-6)], {"badge": card}, seed=5),
                      folder / f"camera-{language}.mp4")
    CameraPane.run_source = str(clip)
    window.show()
    window.checkin.camera.restart()
    results = []
    window.operations.checked_in.connect(results.append)
    pane = window.checkin.camera
    wait_for(app, lambda: bool(results) and bool(pane.preview.framed_code))
    settled = time.monotonic() + 0.15  # the person's panel lays its lines out again
    wait_for(app, lambda: time.monotonic() > settled and bool(pane.preview.framed_code))
    window.grab().save(str(OUT / f"camera-{language}.png"))
    window.checkin.camera.stop()
    context.close()
    window.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for lang in sys.argv[1:] or ["en", "fr"]:
            shoot(lang, Path(tmp))
