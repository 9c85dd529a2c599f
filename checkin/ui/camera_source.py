"""Where camera frames come from: a webcam (QCamera) or a video file (QMediaPlayer), into one QVideoSink.

Both the desk's camera pane and `checkin scan --camera` use this, so a recorded video goes through
exactly the path a webcam does. Whatever goes wrong (no camera, a camera another program holds,
access refused by the system, a camera that opens and sends nothing, a file that will not play) comes
out as one `failed(problem, detail)` signal, never as an exception or a frozen loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

# A camera that opened but has sent no picture after this long is stuck (or held by another program).
FIRST_FRAME_TIMEOUT_MS = 6000
VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mjpeg", ".mjpg", ".ogv", ".ts"}
DEFAULT_RESOLUTION = (1280, 720)


class CameraProblem(StrEnum):
    NO_CAMERA = "no_camera"  # this computer has no camera
    NOT_FOUND = "not_found"  # the chosen camera is not connected
    IN_USE = "in_use"  # the camera cannot be opened: another program holds it, or it failed
    PERMISSION = "permission"  # the system refuses this program the camera (macOS privacy settings)
    NO_PICTURE = "no_picture"  # the camera opened but sends no picture
    UNREADABLE = "unreadable"  # a video file that is missing or cannot be played


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str
    id: str
    front: bool  # faces the person in front of the screen: the preview is shown mirrored
    default: bool
    resolutions: tuple[tuple[int, int], ...]


def _info(index: int, device: QCameraDevice, default_id: bytes) -> CameraInfo:
    sizes = sorted({(f.resolution().width(), f.resolution().height()) for f in device.videoFormats()},
                   key=lambda s: s[0] * s[1])
    # Laptop webcams rarely say where they face; a camera that does not say faces the user.
    front = device.position() != QCameraDevice.Position.BackFace
    return CameraInfo(index, device.description(), bytes(device.id().data()).decode(errors="replace"), front,
                      bytes(device.id().data()) == default_id, tuple(sizes))


def list_cameras() -> list[CameraInfo]:
    default_id = bytes(QMediaDevices.defaultVideoInput().id().data())
    return [_info(i, d, default_id) for i, d in enumerate(QMediaDevices.videoInputs())]


def is_video_file(spec: str) -> bool:
    """A SOURCE that names a file rather than a camera (it need not exist: then it is reported missing)."""
    path = Path(spec)
    return path.is_file() or path.suffix.lower() in VIDEO_SUFFIXES or any(sep in spec for sep in "/\\")


def find_camera(spec: str) -> tuple[QCameraDevice | None, CameraProblem | None]:
    """The camera meant by `spec`: "" the system's default, a number its place in the list, else its name."""
    devices = QMediaDevices.videoInputs()
    if not devices:
        return None, CameraProblem.NO_CAMERA
    spec = spec.strip()
    if not spec:
        default = QMediaDevices.defaultVideoInput()
        return (default if not default.isNull() else devices[0]), None
    if spec.isdigit():
        index = int(spec)
        return (devices[index], None) if index < len(devices) else (None, CameraProblem.NOT_FOUND)
    for device in devices:
        if bytes(device.id().data()).decode(errors="replace") == spec:
            return device, None
    folded = spec.casefold()
    for device in devices:
        if folded in device.description().casefold():
            return device, None
    return None, CameraProblem.NOT_FOUND


class VideoSource(QObject):
    """Frames of a camera or a video file; `frame` is emitted on the GUI thread for each of them."""

    frame = Signal(QVideoFrame)
    failed = Signal(str, str)  # CameraProblem, detail (the device or file, the system's words)
    ended = Signal()  # a video file played to its end
    started = Signal()  # the first frame arrived

    def __init__(self, spec: str = "", resolution: tuple[int, int] = DEFAULT_RESOLUTION,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.resolution = resolution
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.camera: QCamera | None = None
        self.player: QMediaPlayer | None = None
        self.session: QMediaCaptureSession | None = None
        self.is_file = bool(spec) and is_video_file(spec)
        self.mirrored = False
        self.name = spec
        self.frames = 0
        self.problem: CameraProblem | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._no_picture)

    # -- start and stop ----------------------------------------------------------------------
    def start(self) -> None:
        """Open the camera or the file; problems come back through `failed` (possibly later)."""
        if self.is_file:
            self._start_file(Path(self.spec))
        else:
            self._start_camera()

    def stop(self) -> None:
        self._watchdog.stop()
        if self.camera is not None:
            self.camera.stop()
        if self.player is not None:
            self.player.stop()

    def _start_file(self, path: Path) -> None:
        self.name = path.name
        if not path.is_file():
            self._fail(CameraProblem.UNREADABLE, f"{path}: no such video file")
            return
        self.player = QMediaPlayer(self)
        self.player.setVideoSink(self.sink)
        self.player.errorOccurred.connect(
            lambda _error, text: self._fail(CameraProblem.UNREADABLE, f"{path}: {text or 'cannot be played'}"))
        self.player.mediaStatusChanged.connect(self._media_status)
        self.player.setSource(QUrl.fromLocalFile(str(path.resolve())))
        self.player.play()

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(CameraProblem.UNREADABLE, f"{self.spec}: not a video this computer can play")
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.ended.emit()

    def _start_camera(self) -> None:
        device, problem = find_camera(self.spec)
        if device is None:
            self._fail(problem or CameraProblem.NOT_FOUND, self.spec)
            return
        self.name = device.description()
        self.mirrored = device.position() != QCameraDevice.Position.BackFace
        if not self._permitted():
            return
        self.camera = QCamera(device, self)
        video_format = best_format(device, self.resolution)
        if video_format is not None:
            self.camera.setCameraFormat(video_format)
        self.camera.errorOccurred.connect(self._camera_error)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self._watchdog.start(FIRST_FRAME_TIMEOUT_MS)
        self.camera.start()

    def _permitted(self) -> bool:
        """macOS asks the user once; until they answer, and after a refusal, there is no camera."""
        try:
            from PySide6.QtCore import QCameraPermission, QCoreApplication
        except ImportError:  # Qt before 6.5 has no permission API: the system asks by itself
            return True
        app = QCoreApplication.instance()
        if app is None:
            return True
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            return True
        if status == Qt.PermissionStatus.Denied:
            self._fail(CameraProblem.PERMISSION, self.name)
            return False
        app.requestPermission(permission, self, lambda _answer: self._start_camera() if app.checkPermission(
            permission) == Qt.PermissionStatus.Granted else self._fail(CameraProblem.PERMISSION, self.name))
        return False

    # -- what happens ---------------------------------------------------------------------------
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or self.problem is not None:
            return
        self.frames += 1
        if self.frames == 1:
            self._watchdog.stop()
            self.started.emit()
        self.frame.emit(frame)

    def _camera_error(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        lowered = text.lower()
        refused = any(word in lowered for word in ("permission", "denied", "not authori", "access"))
        self._fail(CameraProblem.PERMISSION if refused else CameraProblem.IN_USE, f"{self.name}: {text}".strip())

    def _no_picture(self) -> None:
        if self.frames == 0:
            self._fail(CameraProblem.NO_PICTURE, self.name)

    def _fail(self, problem: CameraProblem, detail: str) -> None:
        if self.problem is not None:
            return  # the first problem is the one to tell
        self.problem = problem
        self.stop()
        # Later, from the event loop: whoever connects after start() still hears it.
        QTimer.singleShot(0, self, lambda: self.failed.emit(problem.value, detail))


def best_format(device: QCameraDevice, wanted: tuple[int, int]):
    """The camera's format nearest the wanted size, at up to 30 frames a second, decoded cheaply."""
    formats = device.videoFormats()
    if not formats:
        return None
    target = QSize(*wanted)

    def cost(video_format) -> tuple:
        size = video_format.resolution()
        fps = min(video_format.maxFrameRate(), 30)
        compressed = video_format.pixelFormat() == video_format.pixelFormat().Format_Jpeg
        return (abs(size.width() * size.height() - target.width() * target.height()), -fps, compressed)

    return min(formats, key=cost)
