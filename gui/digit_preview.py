"""The 28x28 image the network sees, enlarged in whole blocks of device pixels.

Drawn through a pixmap made at the widget's size in device pixels
(``digit_pixmap``): each of the 28x28 pixels is a square of the same whole number
of device pixels, never smoothed, so the preview is sharp at 200% scale too.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from gui.appearance import appearance

SIDE = 28


def digit_pixmap(image: np.ndarray, side: float, ratio: float) -> QPixmap:
    """``image (28, 28)`` in [0, 1] (ink high) as white on black, as large as fits ``side``.

    Parameters
    ----------
    image : (28, 28) float
        What the network sees.
    side : float
        The room, in logical pixels (a square).
    ratio : float
        The screen's device-pixel ratio.

    Returns
    -------
    QPixmap
        ``28 k`` device pixels a side (``k`` the largest whole block that fits
        ``side * ratio``, at least 1), with device-pixel ratio ``ratio``.
    """
    block = max(1, int(side * ratio) // SIDE)
    data = np.round(np.clip(np.asarray(image, dtype=np.float64), 0.0, 1.0) * 255).astype(np.uint8)
    big = np.ascontiguousarray(np.repeat(np.repeat(data, block, axis=0), block, axis=1))
    pixels = SIDE * block
    qimage = QImage(big.data, pixels, pixels, pixels, QImage.Format.Format_Grayscale8).copy()
    pixmap = QPixmap.fromImage(qimage)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class DigitPreview(QWidget):
    """Shows a 28x28 image centred on the theme's background; black when it is None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: np.ndarray | None = None
        self._pixmap: QPixmap | None = None
        self._key: tuple[float, float] | None = None
        appearance().changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(84, 84)

    def set_image(self, image: np.ndarray | None) -> None:
        """Show ``image (28, 28)`` in [0, 1], or nothing."""
        self.image = None if image is None else np.array(image, dtype=np.float32)
        self._pixmap = None
        self.update()

    def shown_pixmap(self) -> QPixmap:
        """The pixmap painted now (made again when the size, the ratio or the image change)."""
        key = (float(min(self.width(), self.height())), self.devicePixelRatioF())
        if self._pixmap is None or self._key != key:
            image = np.zeros((SIDE, SIDE)) if self.image is None else self.image
            self._pixmap, self._key = digit_pixmap(image, *key), key
        return self._pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(appearance().palette.background))
        pixmap = self.shown_pixmap()
        size = pixmap.deviceIndependentSize()
        corner = QPointF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2)
        painter.drawPixmap(corner, pixmap)
        painter.end()
