"""The check-in view's camera pane on a real desk window (offscreen), fed a recorded video through QtMultimedia."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QCamera, QVideoFrame
from PySide6.QtWidgets import QApplication

from checkin.core.outcomes import Outcome
from checkin.io.camera_decoder import Sighting
from checkin.ui import settings as keys
from checkin.ui.context import create_context
from checkin.ui.dialogs.camera_settings import CameraSetup
from checkin.ui.dialogs.desk_settings import DeskSettingsDialog, save_setup
from checkin.ui.main_window import MainWindow
from checkin.ui.settings import Settings
from checkin.ui.widgets.camera_pane import CameraPane
from checkin.ui.widgets.camera_preview import CameraPreview
from checkin.ui.widgets.result_panel import GREEN
from tests.ui.conftest import key_gaps

pytestmark = pytest.mark.slow
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def desk(qtbot, tmp_path: Path, camera_event: Path, monkeypatch):
    """A desk window on the camera event, settings in a temporary file; `desk(source)` opens it."""
    windows = []

    def open_desk(source: str | None = None, settings: Settings | None = None) -> MainWindow:
        monkeypatch.setattr(CameraPane, "run_source", source)
        monkeypatch.setattr(CameraPane, "_run_source_shown", False)
        settings = settings or Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
        context = create_context(settings)
        context.sounds.muted = True
        window = MainWindow(context, tmp_path)
        qtbot.addWidget(window)
        assert window.open_location(str(camera_event))
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # application shortcuts need it
        windows.append(window)
        return window

    yield open_desk
    for window in windows:
        window.checkin.camera.stop()
        window.context.close()


def test_the_pane_checks_in_the_badges_a_video_shows_with_the_outcome_panel_and_sound(qtbot, desk, clips):
    clip = clips["desk-720p"]
    window = desk(str(clip.path))
    pane = window.checkin.camera
    assert pane.isVisible() and pane.running
    results = []
    window.operations.checked_in.connect(results.append)
    framed = []
    pane.scanner.sighted.connect(lambda _: framed.append(pane.preview.framed_code))
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)
    assert [r.outcome for r in results] == [Outcome.CHECKED_IN] * 2
    assert [r.attendee.code for r in results] == list(clip.shown)
    panel = window.checkin.result_panel
    assert panel.colour == GREEN and results[1].attendee.name in panel.says()
    assert window.context.sounds.last_played == "ok"
    assert pane.preview.frames_shown > 10
    assert framed and framed[0] in clip.shown  # the read code is framed
    assert not pane.preview.mirrored  # a recording is shown as it was filmed
    assert "hold the code up" in pane.status.text()
    qtbot.waitUntil(lambda: "ended" in pane.status.text(), timeout=10_000)
    assert len(results) == 2  # the same badges, held on, were never answered twice


def test_ctrl_k_shows_and_hides_the_pane_and_the_desk_remembers(qtbot, desk, tmp_path):
    window = desk()
    pane = window.checkin.camera
    assert not pane.isVisible() and not pane.running  # off until asked for
    window.checkin.search.setFocus()
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_C, CTRL_SHIFT)
    assert pane.isVisible() and window.context.settings.get(keys.CAMERA_ON)
    # This machine has no camera (or not this one): one line, the desk goes on.
    window.context.settings.set(keys.CAMERA, "Studio Camera 9")
    pane.restart()
    qtbot.waitUntil(lambda: bool(pane.problem), timeout=10_000)
    assert pane.status.text() in (pane.problem_line("no_camera", ""), pane.problem_line("not_found", ""))
    assert window.checkin.search.hasFocus()
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_C, CTRL_SHIFT)
    assert not pane.isVisible() and not window.context.settings.get(keys.CAMERA_ON)
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_C, CTRL_SHIFT)
    again = desk(settings=window.context.settings)  # the next start of this desk
    assert again.checkin.camera.isVisible()


def test_a_camera_in_use_or_refused_is_one_line_never_a_crash(qtbot, desk):
    window = desk("Studio Camera 9")
    pane = window.checkin.camera
    lines = {}
    for problem, text in (("in_use", "Device or resource busy"), ("permission", "Permission denied")):
        pane.restart() if pane.running else pane.start()
        # What QCamera reports when another program holds the device, or the system refuses it.
        from checkin.ui.camera_source import VideoSource

        source = VideoSource("Studio Camera 9", parent=pane)
        source.failed.connect(pane._failed)
        source.name = "Integrated Camera"
        source._camera_error(QCamera.Error.CameraError, text)
        qtbot.waitUntil(lambda p=problem: pane.problem == p, timeout=5_000)
        lines[problem] = pane.status.text()
    assert "another program" in lines["in_use"]
    assert "privacy settings" in lines["permission"]
    assert not pane.running


def test_an_unplayable_video_is_one_line(qtbot, desk, tmp_path):
    bad = tmp_path / "recording.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"junk" * 500)
    window = desk(str(bad))
    pane = window.checkin.camera
    qtbot.waitUntil(lambda: pane.problem == "unreadable", timeout=10_000)
    assert pane.status.text().startswith("The video cannot be played")
    assert "recording.mp4" in pane.status.text()


def test_camera_usb_scanner_and_typing_side_by_side(qtbot, desk, clips, camera_event_master):
    clip = clips["desk-720p"]
    window = desk(str(clip.path))
    results = []
    window.operations.checked_in.connect(results.append)
    someone, typed = [p for p in camera_event_master.people[2:] if p.family_name.isascii()][:2]
    key_gaps(window, 0.004)  # a USB scanner's burst while the camera plays
    qtbot.keyClicks(window.checkin.search, someone.code)
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    key_gaps(window, 0.2)  # a volunteer typing a name
    qtbot.keyClicks(window.checkin.search, f"{typed.given_name} {typed.family_name}")
    qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(results) == 4, timeout=20_000)
    assert [r.outcome for r in results] == [Outcome.CHECKED_IN] * 4
    assert {r.attendee.code for r in results} == {*clip.shown, someone.code, typed.code}


def test_a_badge_scanned_with_the_usb_scanner_then_shown_to_the_camera_is_one_scan(qtbot, desk, clips):
    clip = clips["desk-720p"]
    window = desk()
    results = []
    window.operations.checked_in.connect(results.append)
    window.operations.scan(clip.shown[0])  # the USB scanner read it a moment before
    pane = window.checkin.camera
    CameraPane.run_source = str(clip.path)
    pane.toggle()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)  # the second badge
    assert [r.attendee.code for r in results] == list(clip.shown)  # the first was not answered again


def test_the_preview_is_mirrored_for_a_camera_facing_the_person(qtbot):
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(16):
        for y in range(36):
            image.setPixelColor(x, y, QColor("red"))  # red on the left of the picture
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 360)
    preview.show()
    qtbot.waitExposed(preview)
    for mirrored, left_is_red in ((False, True), (True, False)):
        preview.mirrored = mirrored
        preview._last_redraw = 0
        preview.show_frame(QVideoFrame(image))
        shot = preview.grab().toImage()
        assert (shot.pixelColor(40, 180) == QColor("red")) is left_is_red
        assert (shot.pixelColor(600, 180) == QColor("red")) is not left_is_red
    # A code read is framed where it is, on the mirrored picture too.
    preview.frame_code(Sighting("CODE", "QRCode", ((48, 8), (60, 8), (60, 20), (48, 20)), (64, 36), 0.0), "green")
    shot = preview.grab().toImage()
    assert shot.pixelColor(40, 80).green() > 150 and shot.pixelColor(40, 80).red() < 120  # the green frame, left


def test_the_desk_settings_choose_the_camera_and_its_resolution(qtbot, desk, tmp_path):
    window = desk()
    settings = window.context.settings
    dialog = DeskSettingsDialog(settings, [], None, window)
    qtbot.addWidget(dialog)
    rows = dialog.camera
    assert rows.device.itemData(0) == "" and rows.device.count() >= 1  # the system default, then each camera
    rows.resolution.setCurrentIndex(rows.resolution.findData("1920x1080"))
    setup = dialog.value()
    assert setup.camera == CameraSetup("", "1920x1080")
    save_setup(settings, setup)
    assert settings.get(keys.CAMERA_RESOLUTION) == "1920x1080"
    settings.set(keys.CAMERA, "usb-0000:00:14.0-1")  # a camera unplugged since: it stays chosen, marked so
    again = DeskSettingsDialog(settings, [], None, window)
    qtbot.addWidget(again)
    assert again.camera.value().device == "usb-0000:00:14.0-1"
    assert "not connected" in again.camera.device.currentText()


def test_a_language_switch_rebuilds_the_pane_and_leaves_no_camera_running(qtbot, desk, clips):
    window = desk(str(clips["desk-720p"].path))
    old = window.checkin.camera
    thread = old.scanner.decoder
    qtbot.waitUntil(lambda: old.source is not None and old.source.frames > 0, timeout=10_000)
    window.switch_language("fr")
    try:
        qtbot.waitUntil(lambda: thread._stopped, timeout=5_000)
        assert window.checkin.camera is not old
        qtbot.waitUntil(lambda: window.checkin.camera.running, timeout=5_000)
        assert window.actions_by_name["camera"].text() == "Caméra oui/non"
    finally:
        window.switch_language("en")
