"""The check-in view's camera: any laptop's webcam as a scanner, beside the USB scanner and typing.

Ctrl+Shift+C shows or hides it, and the desk remembers which. While shown (and the check-in view is on
screen) the camera runs: its picture, the code it reads framed for a moment in the colour of the
answer, and one line saying what the camera is doing or why it cannot. A code goes through the same
scan path as a keyboard scanner's burst (`code_read`), so the answer panel, the sound and the
3-second repeat rule are the ones of every scan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from checkin.core.outcomes import CheckInResult, Outcome
from checkin.io.camera_decoder import Sighting
from checkin.ui import settings as keys
from checkin.ui.settings import Settings

_COLOUR_OF = {Outcome.CHECKED_IN: "green", Outcome.ALREADY_CHECKED_IN: "yellow"}
PREVIEW_SIZE = (320, 180)  # 16:9, beside its line, above the results: the list keeps most of its height


def parse_resolution(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
        if width > 0 and height > 0:
            return width, height
    except ValueError:
        pass
    return 1280, 720


class CameraPane(QFrame):
    code_read = Signal(str)  # a new sighting's text, for the desk's scan path

    # `checkin desk --camera SOURCE`: a camera or a recorded video for this run, instead of the desk's
    # camera (practice with a video, a test under Xvfb). Given, it also shows the pane once.
    run_source: str | None = None
    _run_source_shown = False

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraPane")
        self.settings = settings
        from checkin.ui.widgets.camera_preview import CameraPreview

        self.preview = CameraPreview()
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.status = QLabel()
        self.status.setObjectName("CameraStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(16)
        layout.addWidget(self.preview)
        layout.addWidget(self.status, 1)
        self.setStyleSheet("#CameraStatus { font-size: 13pt; color: #39424e; }")
        self.source = None
        self.scanner = None
        self.problem = ""  # the problem's name (CameraProblem) while the camera cannot run
        if CameraPane.run_source is not None and not CameraPane._run_source_shown:
            CameraPane._run_source_shown = True
            settings.set(keys.CAMERA_ON, True)
        self.setVisible(settings.get(keys.CAMERA_ON))

    # -- on and off ------------------------------------------------------------------------------
    def toggle(self) -> bool:
        wanted = not self.settings.get(keys.CAMERA_ON)
        self.settings.set(keys.CAMERA_ON, wanted)
        self.setVisible(wanted)  # showEvent / hideEvent start and stop the camera
        return wanted

    @property
    def running(self) -> bool:
        return self.source is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.stop()

    def restart(self) -> None:
        """After the desk settings changed the camera or its resolution (a camera that failed is tried again)."""
        if self.isVisible():
            self.stop()
            self.start()

    def start(self) -> None:
        if self.running or not self.isVisible():
            return
        # QtMultimedia loads with the first camera start, not with the desk.
        from checkin.ui.camera_scanner import CameraScanner
        from checkin.ui.camera_source import VideoSource

        spec = CameraPane.run_source if CameraPane.run_source is not None else self.settings.get(keys.CAMERA)
        self.problem = ""
        self.source = VideoSource(spec, parse_resolution(self.settings.get(keys.CAMERA_RESOLUTION)), self)
        self.scanner = CameraScanner(self.source, parent=self)
        self.source.failed.connect(self._failed)
        self.source.started.connect(self._started)
        self.source.ended.connect(lambda: self.status.setText(self.tr("The video has ended.")))
        self.source.frame.connect(self.preview.show_frame)
        self.scanner.sighted.connect(self._sighted)
        self.status.setText(self.tr("Starting the camera…"))
        self.scanner.start()

    def stop(self) -> None:
        if self.scanner is not None:
            self.scanner.sighted.disconnect()  # a sighting still queued from its thread is not a scan any more
            self.scanner.stop()
            self.scanner.deleteLater()
        if self.source is not None:
            for signal in (self.source.failed, self.source.started, self.source.ended, self.source.frame):
                signal.disconnect()  # a problem it reports late is not the next camera's
            self.source.deleteLater()
        self.source = self.scanner = None
        self.preview.clear()

    # -- what the camera does ----------------------------------------------------------------------
    def _started(self) -> None:
        if self.source is None:
            return
        self.preview.mirrored = self.source.mirrored
        self.status.setText(self.tr("Camera: %1 — hold the code up to it").replace("%1", self.source.name))

    def _sighted(self, sighting: Sighting) -> None:
        self.preview.frame_code(sighting)
        self.code_read.emit(sighting.text)

    def show_result(self, result: CheckInResult) -> None:
        """Colour the framed code with the answer (green, yellow or red), as the panel below does."""
        if self.running:
            self.preview.colour_code(result.code, _COLOUR_OF.get(result.outcome, "red"))

    def _failed(self, problem: str, detail: str) -> None:
        self.problem = problem
        self.stop()
        self.status.setText(self.problem_line(problem, detail))

    def problem_line(self, problem: str, detail: str) -> str:
        if problem == "no_camera":
            return self.tr("No camera found on this computer. Connect one, or scan with a USB scanner.")
        if problem == "not_found":
            return self.tr("The camera chosen in the desk settings is not connected. Choose another (Ctrl+,).")
        if problem == "in_use":
            return self.tr("The camera cannot be opened: another program may be using it. Close it, then press "
                           "Ctrl+Shift+C twice.")
        if problem == "permission":
            return self.tr("This computer does not allow Checkin to use the camera. Allow it in the system's "
                           "privacy settings, then restart Checkin.")
        if problem == "no_picture":
            return self.tr("The camera sends no picture. Close other programs using it, or choose another camera.")
        return self.tr("The video cannot be played: %1").replace("%1", detail)
