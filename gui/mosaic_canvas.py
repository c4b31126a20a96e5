"""A widget that paints a picture pixel for pixel, with outlined tiles, and reports the mouse.

The weights mosaic is computed at the canvas's exact size in device pixels, so
drawing it 1:1 keeps every 1-pixel gap between tiles exactly one pixel wide (a
scaled drawing would not). All coordinates here are device pixels of the canvas:
logical pixels times ``devicePixelRatioF()`` (1 on most screens, 2 at 200%:
``device_size``), so the picture is as sharp as the screen.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

Outline = tuple[QRect, int]
"""A rectangle to outline, in pixels, and the pen width in pixels."""


def device_size(width: int, height: int, ratio: float) -> tuple[int, int]:
    """(width, height) in device pixels of a widget of ``width x height`` logical pixels."""
    return math.floor(width * ratio), math.floor(height * ratio)


def rgba_to_qimage(rgba: np.ndarray) -> QImage:
    """A QImage that owns a copy of ``rgba (h, w, 4) uint8``."""
    height, width = rgba.shape[:2]
    rgba = np.ascontiguousarray(rgba)
    return QImage(rgba.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def paint_outlines(painter: QPainter, outlines: list[Outline], color: str) -> None:
    """Draw each outline's rectangle with a pen of its width (in the painter's pixels)."""
    for rect, width in outlines:
        pen = QPen(QColor(color), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(rect)


class MosaicCanvas(QWidget):
    """Paints ``picture`` at ``origin`` unscaled on a plain background, and its outlines.

    Signals
    -------
    resized
        The size in device pixels may have changed: the owner lays the picture out again.
    hovered(x, y)
        The mouse moved to (x, y), in device pixels.
    left
        The mouse left the canvas.
    """

    resized = Signal()
    hovered = Signal(float, float)
    left = Signal()

    def __init__(
        self, background: tuple[int, int, int], outline_color: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(40, 40)
        self._background = QColor(*background)
        self._outline_color = outline_color
        self._picture: QImage | None = None
        self._origin = (0, 0)
        self._outlines: list[Outline] = []

    def sizeHint(self) -> QSize:
        """Room for the book's 50 tiles at about their own size."""
        return QSize(300, 300)

    def pixel_size(self) -> tuple[int, int]:
        """(width, height) in device pixels."""
        return device_size(self.width(), self.height(), self.devicePixelRatioF())

    def set_background(self, background: tuple[int, int, int] | str) -> None:
        """Paint the area around the picture in ``background`` (RGB, or ``"#rrggbb"``)."""
        self._background = (
            QColor(background) if isinstance(background, str) else QColor(*background)
        )
        self.update()

    def show_picture(self, picture: QImage | None, origin: tuple[int, int]) -> None:
        """Paint ``picture`` (device pixels) with its top-left corner at ``origin``."""
        self._picture, self._origin = picture, origin
        self.update()

    def set_outlines(self, outlines: list[Outline]) -> None:
        """Outline these rectangles (device pixels) over the picture."""
        self._outlines = list(outlines)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The background, the picture 1:1 and the outlines."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._background)
        ratio = self.devicePixelRatioF()
        painter.scale(1 / ratio, 1 / ratio)  # from here on, device pixels
        if self._picture is not None:
            painter.drawImage(QPointF(*self._origin), self._picture)
        paint_outlines(painter, self._outlines, self._outline_color)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Tell the owner to lay the mosaic out for the new size."""
        super().resizeEvent(event)
        self.resized.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Report the mouse position in device pixels."""
        ratio = self.devicePixelRatioF()
        self.hovered.emit(event.position().x() * ratio, event.position().y() * ratio)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """Report that the mouse left."""
        self.left.emit()
        super().leaveEvent(event)
