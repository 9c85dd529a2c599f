"""A QVideoFrame's luminance, as the Qt-free decoder reads it.

Webcams and video files deliver YUV frames (NV12, YUV420P, YUYV…) whose first plane, or every other
byte, already is the grey picture the decoder wants: taking it costs one copy and no conversion. Only
RGB frames (some macOS cameras) and JPEG frames go through a QImage.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from checkin.io.camera_decoder import Frame

Pixel = QVideoFrameFormat.PixelFormat
# Formats whose plane 0 is 8-bit luminance, row after row.
_LUMA_PLANE = {Pixel.Format_YUV420P, Pixel.Format_YUV422P, Pixel.Format_YV12, Pixel.Format_NV12, Pixel.Format_NV21,
               Pixel.Format_IMC1, Pixel.Format_IMC2, Pixel.Format_IMC3, Pixel.Format_IMC4, Pixel.Format_Y8}
# Packed formats: (offset of the first Y byte, bytes from one Y to the next). 16-bit formats: the high byte.
_PACKED = {Pixel.Format_YUYV: (0, 2), Pixel.Format_UYVY: (1, 2), Pixel.Format_AYUV: (1, 4),
           Pixel.Format_AYUV_Premultiplied: (1, 4), Pixel.Format_P010: (1, 2), Pixel.Format_P016: (1, 2),
           Pixel.Format_Y16: (1, 2), Pixel.Format_YUV420P10: (1, 2)}


def luminance(video_frame: QVideoFrame, captured_at: float) -> Frame | None:
    """The frame's grey picture, or None for a frame that cannot be read (the next one will do)."""
    frame = QVideoFrame(video_frame)  # a shallow copy: mapping it leaves the preview's frame alone
    width, height = frame.width(), frame.height()
    if width <= 0 or height <= 0:
        return None
    pixel_format = frame.pixelFormat()
    if pixel_format in _LUMA_PLANE or pixel_format in _PACKED:
        if not frame.map(QVideoFrame.MapMode.ReadOnly):
            return None
        try:
            row_stride = frame.bytesPerLine(0)
            plane = memoryview(frame.bits(0))
            offset, step = _PACKED.get(pixel_format, (0, 1))
            pixels = _rows(plane, width, height, row_stride, offset, step)
        finally:
            frame.unmap()
        return Frame(pixels, width, height, captured_at)
    image = frame.toImage()
    if image.isNull():
        return None
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = _rows(memoryview(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine(), 0, 1)
    return Frame(pixels, grey.width(), grey.height(), captured_at)


def sampling(video_frame: QVideoFrame, columns: int = 32, rows: int = 18) -> bytes | None:
    """A coarse grid of the frame's luminance (32 × 18 samples), to tell a moving picture from a still one.

    Costs a few microseconds: the samples are read straight from the mapped plane, nothing is converted.
    None for frames without a luminance plane (RGB, JPEG): those are simply paced without motion."""
    frame = QVideoFrame(video_frame)
    pixel_format = frame.pixelFormat()
    if pixel_format not in _LUMA_PLANE and pixel_format not in _PACKED:
        return None
    width, height = frame.width(), frame.height()
    if width < columns or height < rows or not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        plane = memoryview(frame.bits(0)).cast("B")
        stride = frame.bytesPerLine(0)
        offset, step = _PACKED.get(pixel_format, (0, 1))
        dx, dy = width // columns, height // rows
        starts = (y * dy * stride + offset + dx // 2 * step for y in range(rows))
        return b"".join(bytes(plane[start:start + width * step:dx * step][:columns]) for start in starts)
    finally:
        frame.unmap()


def _rows(plane: memoryview, width: int, height: int, row_stride: int, offset: int, step: int) -> bytes:
    """`height` rows of `width` samples, copied out of a plane with `row_stride` bytes a row."""
    plane = plane.cast("B") if plane.format != "B" or plane.ndim != 1 else plane
    if step == 1 and row_stride == width:
        return bytes(plane[:width * height])
    if row_stride == width * step:
        return bytes(plane[offset:offset + width * height * step:step])
    return b"".join(bytes(plane[y * row_stride + offset:y * row_stride + offset + width * step:step])
                    for y in range(height))
