"""The first-layer weights W1 as a mosaic of 28x28 images, one tile per hidden unit.

Tile j is ``W1[:, j].reshape(28, 28)``: the pattern of input pixels that excites
(red) or inhibits (blue) hidden unit j, upright like an MNIST digit. The number of
columns and the tile size are chosen to fill the canvas (``core.mosaic.fit_layout``)
and chosen again when it is resized. The mosaic is computed at the canvas's size in
device pixels and painted 1:1, so the 1-pixel gaps between tiles are all equal.

The keyboard reaches every tile too: given a focus policy and the focus, the arrow keys
(Home, End) move a dashed frame from tile to tile and report its centre as the
mouse would (``hovered``), so the owner's readout names that unit.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFocusEvent, QImage, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from core.mosaic import TILE, MosaicLayout, fit_layout, grid_for, render, to_rgba
from gui.mosaic_canvas import MosaicCanvas, Outline, rgba_to_qimage
from gui.weights_picture import weights_picture


class W1MosaicView(MosaicCanvas):
    """A canvas that lays W1 out as tiles, outlines some of them and finds a tile by pixel.

    Coordinates (``unit_at``, ``origin``, ``outline_rects``) are device pixels of
    this canvas. The owner calls ``redraw`` when the canvas is ``resized``.

    Attributes
    ----------
    W1 : (784, H) float32 ndarray or None
        The weights shown.
    mosaic : (h, w) float32 ndarray or None
        ``core.mosaic.render`` of W1 in ``mosaic_layout``, NaN in the gaps and in the
        unused tiles after the last unit.
    mosaic_layout : MosaicLayout or None
        Rows, columns and tile size of the mosaic on the canvas.
    origin : (int, int)
        (x, y) of the mosaic's top-left pixel on the canvas (it is centred).
    highlighted_units : list of int
        The outlined units, the strongest first.
    """

    def __init__(
        self,
        lut: np.ndarray,
        background: tuple[int, int, int],
        outline_color: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(background, outline_color, parent)
        self._lut, self._background_rgb = lut, background
        self._export_rgb = background  # an exported picture looks the same in any theme
        self._levels = (-1.0, 1.0)
        self.W1: np.ndarray | None = None
        self.mosaic: np.ndarray | None = None
        self.mosaic_layout: MosaicLayout | None = None
        self.origin = (0, 0)
        self.highlighted_units: list[int] = []
        self.keyboard_unit = 0  # the tile the arrow keys are on (with a focus policy)

    def set_background(self, background: tuple[int, int, int]) -> None:
        """The background and the gaps between the tiles in ``background``."""
        if background == self._background_rgb:
            return
        self._background_rgb = background
        super().set_background(background)
        self.redraw()

    def show_weights(self, W1: np.ndarray, levels: tuple[float, float]) -> None:
        """Lay out and paint ``W1 (784, H) float32``, coloured from ``levels[0]`` to ``[1]``."""
        self.W1, self._levels = W1, levels
        self.redraw()

    def clear_weights(self) -> None:
        """Show nothing and outline nothing."""
        self.W1 = self.mosaic = self.mosaic_layout = None
        self.highlighted_units = []
        self.set_outlines([])
        self.show_picture(None, (0, 0))

    def redraw(self) -> None:
        """Lay the tiles out for the canvas's current size and paint them."""
        if self.W1 is None:
            return
        width, height = self.pixel_size()
        layout = self.mosaic_layout = fit_layout(self.W1.shape[1], width, height)
        self.mosaic = render(self.W1, layout)
        mosaic_h, mosaic_w = layout.shape
        self.origin = (max((width - mosaic_w) // 2, 0), max((height - mosaic_h) // 2, 0))
        rgba = to_rgba(self.mosaic, self._levels, self._lut, self._background_rgb)
        self.show_picture(rgba_to_qimage(rgba), self.origin)
        self.highlight_units(self.highlighted_units)  # the tiles may have moved

    def highlight_units(self, units: list[int]) -> None:
        """Outline the tiles of ``units`` (the strongest first, outlined thickest)."""
        n_units = 0 if self.W1 is None else self.W1.shape[1]
        self.highlighted_units = [u for u in units if 0 <= u < n_units]
        self.set_outlines(self.outlines(self.origin))

    def move_keyboard_unit(self, key: Qt.Key) -> int | None:
        """Move the keyboard's tile by an arrow, Home or End key; report it as ``hovered``.

        Returns the unit now under the keyboard, or None before any weights.
        """
        layout = self.mosaic_layout
        if layout is None or self.W1 is None:
            return None
        last = self.W1.shape[1] - 1
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -layout.cols,
            Qt.Key.Key_Down: layout.cols,
        }
        if key == Qt.Key.Key_Home:
            unit = 0
        elif key == Qt.Key.Key_End:
            unit = last
        else:
            unit = self.keyboard_unit + steps.get(key, 0)
        self.keyboard_unit = min(max(unit, 0), last)
        x, y = layout.tile_origin(self.keyboard_unit)
        half = layout.tile / 2
        self.hovered.emit(self.origin[0] + x + half, self.origin[1] + y + half)
        self.update()
        return self.keyboard_unit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End move from tile to tile."""
        keys = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if event.key() in (*keys, Qt.Key.Key_Home, Qt.Key.Key_End):
            self.move_keyboard_unit(Qt.Key(event.key()))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.W1 is not None:
            self.move_keyboard_unit(Qt.Key.Key_unknown)  # name the tile the frame is on

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The mosaic, and a dashed frame around the keyboard's tile while focused."""
        super().paintEvent(event)
        layout = self.mosaic_layout
        if not self.hasFocus() or layout is None or self.W1 is None:
            return
        x, y = layout.tile_origin(min(self.keyboard_unit, self.W1.shape[1] - 1))
        ratio = self.devicePixelRatioF()
        painter = QPainter(self)
        painter.scale(1 / ratio, 1 / ratio)  # device pixels, as the mosaic
        pen = QPen(QColor(self._outline_color), max(1.0, ratio), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        side = layout.tile + 2 * layout.gap
        painter.drawRect(
            self.origin[0] + x - layout.gap, self.origin[1] + y - layout.gap, side, side
        )
        painter.end()

    def outline_rects(self) -> list[QRect]:
        """The outlined rectangles, in ``highlighted_units`` order, through the gaps."""
        return [rect for rect, _ in self.outlines(self.origin)]

    def unit_at(self, x: float, y: float) -> int | None:
        """The hidden unit under pixel (x, y); None in a gap, outside, or past the last unit."""
        if self.mosaic_layout is None:
            return None
        return self.mosaic_layout.unit_at(x - self.origin[0], y - self.origin[1])

    def export_picture(
        self, scale: int, levels: tuple[float, float], text_rgb: tuple[int, int, int]
    ) -> QImage:
        """The mosaic in ``export_layout(scale)`` with its outlines above a colour bar.

        Drawn from data (no hover readout); before any weights, the colour bar alone.
        """
        rgba, outlines = None, []
        if self.W1 is not None:
            layout = self.export_layout(scale)
            rgba = to_rgba(render(self.W1, layout), levels, self._lut, self._export_rgb)
            outlines = self.outlines((0, 0), layout)
        return weights_picture(
            rgba,
            outlines,
            levels,
            self._lut,
            scale=scale,
            background=self._export_rgb,
            text_rgb=text_rgb,
            outline_color=self._outline_color,
        )

    def export_layout(self, scale: int) -> MosaicLayout:
        """The on-screen grid (near-square if never shown) with tiles of a multiple of 28.

        Each tile is ``scale`` times its size on screen, at least 28 pixels, rounded
        up to a multiple of 28 (every weight a whole square of pixels); gaps ``scale``.
        """
        n_units = self.W1.shape[1]
        layout = self.mosaic_layout
        if layout is not None and self.isVisible():
            rows, cols, screen_tile = layout.rows, layout.cols, layout.tile
        else:
            (rows, cols), screen_tile = grid_for(n_units), 0
        tile = -(-max(scale * screen_tile, TILE) // TILE) * TILE
        return MosaicLayout(n_units, rows, cols, tile, gap=scale)

    def outlines(
        self, origin: tuple[int, int], layout: MosaicLayout | None = None
    ) -> list[Outline]:
        """Outlines of the highlighted tiles in ``layout`` (the one on screen by default)."""
        layout = layout or self.mosaic_layout
        if layout is None:
            return []
        gap, side = layout.gap, layout.tile + 2 * layout.gap
        outlines = []
        for rank, unit in enumerate(self.highlighted_units):
            x, y = layout.tile_origin(unit)
            rect = QRect(origin[0] + x - gap, origin[1] + y - gap, side, side)
            outlines.append((rect, (3 if rank == 0 else 2) * gap))
        return outlines
