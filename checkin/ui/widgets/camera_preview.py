"""The camera's live picture, mirrored for a camera that faces the person, with a read code framed for a moment."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF, QTransform
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.io.camera_decoder import Sighting

FRAMED_FOR_S = 1.2
# Redraw at most this often: a preview at 15 frames a second is smooth enough to aim a badge, and
# converting every frame of a 30 fps camera to RGB would cost the idle desk more than the decoding.
MIN_REDRAW_S = 1 / 15
OUTCOME_COLOURS = {"green": "#2fbf4f", "yellow": "#f2c12e", "red": "#e0463a", "neutral": "#ffffff"}


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraPreview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 135)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.mirrored = False
        self.frames_shown = 0
        self._frame: QVideoFrame | None = None
        self._image: QImage | None = None
        self._last_redraw = 0.0
        self._framed: tuple[Sighting, str, float] | None = None

    def show_frame(self, frame: QVideoFrame) -> None:
        self._frame = frame
        now = time.monotonic()
        if now - self._last_redraw >= MIN_REDRAW_S:
            self._last_redraw = now
            self._image = None  # converted when painted, only for the frames that are shown
            self.update()

    def frame_code(self, sighting: Sighting, colour: str = "neutral") -> None:
        self._framed = (sighting, colour, time.monotonic() + FRAMED_FOR_S)
        self.update()

    def colour_code(self, text: str, colour: str) -> None:
        """The answer came: the frame around that code takes the answer's colour."""
        if self._framed is not None and self._framed[0].text == text:
            self.frame_code(self._framed[0], colour)

    def clear(self) -> None:
        self._frame = self._image = self._framed = None
        self.update()

    @property
    def framed_code(self) -> str:
        framed = self._framed
        return framed[0].text if framed is not None and time.monotonic() < framed[2] else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1d2127"))
        if self._image is None and self._frame is not None:
            image = self._frame.toImage()
            self._image = None if image.isNull() else image
        if self._image is None:
            return
        image = self._image
        target = _fitted(image.width(), image.height(), self.width(), self.height())
        view = QTransform()
        view.translate(target.x(), target.y())
        view.scale(target.width() / image.width(), target.height() / image.height())
        if self.mirrored:  # a mirror shows the person moving the badge the way they move it
            view.translate(image.width(), 0)
            view.scale(-1, 1)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(view)
        painter.drawImage(0, 0, image)
        self.frames_shown += 1
        framed = self._framed
        if framed is not None and time.monotonic() < framed[2]:
            sighting, colour, _ = framed
            sx = image.width() / sighting.frame_size[0]
            sy = image.height() / sighting.frame_size[1]
            polygon = QPolygonF([QPointF(x * sx, y * sy) for x, y in sighting.corners])
            pen = QPen(QColor(OUTCOME_COLOURS.get(colour, "#ffffff")), 6 / max(abs(view.m11()), 0.01))
            pen.setCosmetic(False)
            painter.setPen(pen)
            painter.drawPolygon(polygon)


def _fitted(width: int, height: int, box_width: int, box_height: int) -> QRectF:
    """The largest rectangle of the picture's shape centred in the box."""
    scale = min(box_width / width, box_height / height)
    w, h = width * scale, height * scale
    return QRectF((box_width - w) / 2, (box_height - h) / 2, w, h)
