"""The weights mosaic as a picture to save: the tiles, their outlines and a labelled colour bar.

Drawn from data, not grabbed from the screen, so it has no hover readout and can be
larger than the widget. Pure painting on a QImage: no widget is needed.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from gui.mosaic_canvas import Outline, paint_outlines, rgba_to_qimage

MARGIN = 6  # pixels around the mosaic and the colour bar, times the scale
BAR_HEIGHT = 12
FONT_PIXELS = 11
MIN_BAR_WIDTH = 160


def weights_picture(
    rgba: np.ndarray | None,
    outlines: list[Outline],
    levels: tuple[float, float],
    lut: np.ndarray,
    *,
    scale: int,
    background: tuple[int, int, int],
    text_rgb: tuple[int, int, int],
    outline_color: str,
) -> QImage:
    """The mosaic above a colour bar labelled with its levels, on ``background``.

    Parameters
    ----------
    rgba : (h, w, 4) uint8 or None
        The coloured mosaic at its final size; None for an empty picture.
    outlines : list of (QRect, int)
        Rectangles in the mosaic's pixels, and pen widths, to outline.
    levels : (float, float)
        The values of the colour bar's ends.
    lut : (n, 3) uint8
        The colour map, low to high.
    scale : int
        Margins, bar and text sizes are multiplied by this.
    """
    mosaic_h, mosaic_w = (0, 0) if rgba is None else rgba.shape[:2]
    margin, bar_h, font_px = MARGIN * scale, BAR_HEIGHT * scale, FONT_PIXELS * scale
    width = max(mosaic_w, MIN_BAR_WIDTH * scale) + 2 * margin
    bar_top = margin + mosaic_h + (margin if mosaic_h else 0)
    height = bar_top + bar_h + 2 * font_px + margin
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(*background))
    painter = QPainter(image)
    left = (width - mosaic_w) // 2
    if rgba is not None:
        painter.drawImage(QPoint(left, margin), rgba_to_qimage(rgba))
        shifted = [(rect.translated(left, margin), pen) for rect, pen in outlines]
        paint_outlines(painter, shifted, outline_color)
    bar = QRect(margin, bar_top, width - 2 * margin, bar_h)
    _paint_colour_bar(painter, bar, levels, lut, font_px, QColor(*text_rgb))
    painter.end()
    return image


def _paint_colour_bar(
    painter: QPainter,
    bar: QRect,
    levels: tuple[float, float],
    lut: np.ndarray,
    font_px: int,
    text_color: QColor,
) -> None:
    """The colour map stretched over ``bar``, with the low, middle and high values below."""
    strip = np.empty((1, len(lut), 4), dtype=np.uint8)
    strip[0, :, :3], strip[0, :, 3] = lut, 255
    painter.drawImage(bar, rgba_to_qimage(strip))
    font = QFont()
    font.setPixelSize(font_px)
    painter.setFont(font)
    painter.setPen(text_color)
    low, high = levels
    below = QRect(bar.left(), bar.bottom() + 1, bar.width(), 2 * font_px)
    top = Qt.AlignmentFlag.AlignTop
    painter.drawText(below, top | Qt.AlignmentFlag.AlignLeft, f"{low:.3g}")
    painter.drawText(below, top | Qt.AlignmentFlag.AlignHCenter, f"{(low + high) / 2:.3g}")
    painter.drawText(below, top | Qt.AlignmentFlag.AlignRight, f"{high:.3g}")
