"""The camera's rows of the desk settings: which camera, at which resolution."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout

from checkin.ui import settings as keys
from checkin.ui.settings import Settings

RESOLUTIONS = ("640x480", "1280x720", "1920x1080")


@dataclass(frozen=True)
class CameraSetup:
    device: str  # "" the system's default camera, else the camera's id
    resolution: str  # "1280x720"


class CameraSettingsRows(QObject):
    """Two rows for a QFormLayout; `value()` is what the volunteer chose."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = QComboBox()
        self.device.setObjectName("CameraChoice")
        self.device.addItem(self.tr("System default camera"), "")
        try:  # QtMultimedia loads when the dialog opens, not at the desk's start
            from checkin.ui.camera_source import list_cameras

            cameras = list_cameras()
        except ImportError:
            cameras = []
        for camera in cameras:
            self.device.addItem(camera.name, camera.id)
        chosen = settings.get(keys.CAMERA)
        if chosen and self.device.findData(chosen) < 0:  # a camera not connected now stays chosen
            self.device.addItem(self.tr("%1 (not connected)").replace("%1", chosen), chosen)
        self.device.setCurrentIndex(max(0, self.device.findData(chosen)))
        self.resolution = QComboBox()
        self.resolution.setObjectName("CameraResolution")
        for size in RESOLUTIONS:
            self.resolution.addItem(size.replace("x", " × "), size)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(settings.get(keys.CAMERA_RESOLUTION))))

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Camera"), self.device)
        form.addRow(self.tr("Camera resolution"), self.resolution)

    def value(self) -> CameraSetup:
        return CameraSetup(self.device.currentData() or "", self.resolution.currentData() or "1280x720")


def save_camera_setup(settings: Settings, setup: CameraSetup) -> None:
    settings.set(keys.CAMERA, setup.device)
    settings.set(keys.CAMERA_RESOLUTION, setup.resolution)
