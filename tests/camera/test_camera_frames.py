"""A QVideoFrame's luminance as the decoder gets it, for the pixel formats webcams deliver."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from checkin.ui.camera_frames import luminance, sampling

Pixel = QVideoFrameFormat.PixelFormat
W, H = 64, 36


def expected_y(x: int, y: int) -> int:
    return (x * 3 + y * 5) % 256


def yuv_frame(pixel_format: Pixel) -> QVideoFrame:
    """A frame whose luminance is a known pattern, written the way the format lays it out."""
    frame = QVideoFrame(QVideoFrameFormat(QSize(W, H), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    plane = memoryview(frame.bits(0)).cast("B")
    stride = frame.bytesPerLine(0)
    offset, step = {Pixel.Format_YUYV: (0, 2), Pixel.Format_UYVY: (1, 2)}.get(pixel_format, (0, 1))
    for y in range(H):
        for x in range(W):
            plane[y * stride + offset + x * step] = expected_y(x, y)
    frame.unmap()
    return frame


@pytest.mark.parametrize("pixel_format", [Pixel.Format_YUV420P, Pixel.Format_NV12, Pixel.Format_YUYV,
                                          Pixel.Format_UYVY])
def test_the_luminance_plane_is_taken_as_it_is(qapp, pixel_format):
    frame = luminance(yuv_frame(pixel_format), 12.5)
    assert (frame.width, frame.height, frame.captured_at) == (W, H, 12.5)
    assert frame.pixels == bytes(expected_y(x, y) for y in range(H) for x in range(W))
    grid = sampling(yuv_frame(pixel_format), columns=8, rows=4)
    assert grid == bytes(expected_y(x * 8 + 4, y * 9) for y in range(4) for x in range(8))


def test_an_rgb_frame_goes_through_a_grey_picture(qapp):
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    image.setPixelColor(0, 0, QColor(0, 0, 0))
    frame = luminance(QVideoFrame(image), 0.0)
    assert (frame.width, frame.height, len(frame.pixels)) == (W, H, W * H)
    assert frame.pixels[0] == 0 and frame.pixels[1] == 255
    assert sampling(QVideoFrame(image)) is None  # no luminance plane: paced without motion


def test_an_empty_frame_is_no_frame(qapp):
    assert luminance(QVideoFrame(), 0.0) is None
