"""The first-layer weights W1 as a mosaic of 28x28 images, one tile per hidden unit.

Tile j is ``W1[:, j].reshape(28, 28)``: the pattern of input pixels that excites
(red) or inhibits (blue) hidden unit j, upright like an MNIST digit. The number of
columns and the tile size are chosen to fill the canvas (``core.mosaic.fit_layout``)
and chosen again when it is resized. The mosaic is computed at the canvas's size in
device pixels and painted 1:1, so the 1-pixel gaps between tiles are all equal.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.mosaic import TILE, MosaicLayout, fit_layout, grid_for, render, to_rgba
from gui.mosaic_canvas import MosaicCanvas, Outline, rgba_to_qimage
from gui.weights_picture import weights_picture

DEFAULT_LIMIT = 0.03  # 3x the book's init std 0.01
GROWTH = 1.25
PERCENTILE = 99.9
COLORMAP = "CET-D1"  # diverging blue-white-red, near white at 0
LUT_SIZE = 256
GAP_GRAY = (110, 110, 110)
TEXT_ON_GRAY = (240, 240, 240)
HOVER_HINT = "hover a tile to see its unit"
HIGHLIGHT_COLOR = "#00c853"  # green: stands out from the blue-white-red tiles
COLOR_BAR_HEIGHT = 48


class WeightsWidget(QWidget):
    """Shows W1 as a mosaic with symmetric, never-shrinking levels and a hover readout.

    Coordinates (``unit_at``, ``origin``, ``outline_rects``) are device pixels of
    ``canvas``, the area the mosaic is painted on.

    Attributes
    ----------
    mosaic : (h, w) float32 ndarray or None
        What the canvas shows: ``core.mosaic.render`` of the weights in
        ``mosaic_layout``, NaN in the gaps and in the unused tiles after the last unit.
    origin : (int, int)
        (x, y) of the mosaic's top-left pixel on the canvas (it is centred).
    hover_label : QLabel
        Names the hidden unit under the mouse and the range of its weights.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsView")
        self._limit = DEFAULT_LIMIT
        self._W1: np.ndarray | None = None
        self._layout: MosaicLayout | None = None
        self.mosaic: np.ndarray | None = None
        self.origin = (0, 0)
        self.highlighted_units: list[int] = []
        self._hover_xy: tuple[float, float] | None = None
        cmap = pg.colormap.get(COLORMAP)
        self._lut = cmap.getLookupTable(nPts=LUT_SIZE, alpha=False)

        title = QLabel("First-layer weights W1 (one 28x28 tile per hidden unit)")
        self.canvas = MosaicCanvas(GAP_GRAY, HIGHLIGHT_COLOR)
        self.canvas.setObjectName("weightsCanvas")
        self.canvas.resized.connect(self._on_canvas_resized)
        self.canvas.hovered.connect(self._on_canvas_hovered)
        self.canvas.left.connect(self._forget_hover)
        self._colorbar_view = pg.GraphicsLayoutWidget()
        self._colorbar_view.setObjectName("weightsColorBar")
        self._colorbar_view.setBackground(GAP_GRAY)
        self._colorbar_view.setFixedHeight(COLOR_BAR_HEIGHT)
        self._colorbar = pg.ColorBarItem(
            values=self.levels, colorMap=cmap, interactive=False, orientation="horizontal"
        )
        self._colorbar.getAxis("bottom").setTextPen(TEXT_ON_GRAY)
        self._colorbar_view.addItem(self._colorbar, row=0, col=0)
        self.hover_label = QLabel(HOVER_HINT)
        self.hover_label.setObjectName("weightsHoverLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(title)
        layout.addWidget(self.canvas, stretch=1)
        layout.addWidget(self._colorbar_view)
        layout.addWidget(self.hover_label)

    @property
    def levels(self) -> tuple[float, float]:
        """The display levels ``(-L, L)``: white at 0, full colour at +-L."""
        return -self._limit, self._limit

    @property
    def weights(self) -> np.ndarray | None:
        """The W1 shown, ``(784, H) float32`` (a copy of what was given), or None."""
        return self._W1

    @property
    def mosaic_layout(self) -> MosaicLayout | None:
        """Rows, columns and tile size of the mosaic on the canvas; None before any weights."""
        return self._layout

    @property
    def grid_shape(self) -> tuple[int, int]:
        """(rows, cols) of the current mosaic; (0, 0) before any weights."""
        return (0, 0) if self._layout is None else (self._layout.rows, self._layout.cols)

    def set_weights(self, W1: np.ndarray) -> None:
        """Show new weights; cheap enough for the window's ~5 calls a second.

        Parameters
        ----------
        W1 : (784, H) float32 or float64
            First-layer weights, column j feeding hidden unit j. Shown as float32.
        """
        W1 = np.array(W1, dtype=np.float32)  # a copy: the view re-renders it on resize
        if W1.ndim != 2 or W1.shape[0] != TILE * TILE or W1.shape[1] < 1:
            raise ValueError(f"W1 must have shape (784, H) with H >= 1, got {W1.shape}")
        self._W1 = W1
        self._grow_levels(W1)
        self._redraw()

    def highlight_units(self, units: list[int]) -> None:
        """Outline the tiles of ``units`` (the strongest first, outlined thickest).

        Used by the digit reader to show which units made the network's reading.
        """
        n_units = 0 if self._W1 is None else self._W1.shape[1]
        self.highlighted_units = [u for u in units if 0 <= u < n_units]
        self.canvas.set_outlines(self._outlines(self.origin))

    def outline_rects(self) -> list[QRect]:
        """The outlined rectangles on the canvas, in ``highlighted_units`` order.

        Each runs through the gap around its tile: one pixel outside the tile all round.
        """
        return [rect for rect, _ in self._outlines(self.origin)]

    def clear(self) -> None:
        """Remove the mosaic and reset the levels to their default."""
        self._W1 = self._layout = self.mosaic = None
        self.highlighted_units = []
        self._limit = DEFAULT_LIMIT
        self._colorbar.setLevels(self.levels)
        self.canvas.set_outlines([])
        self.canvas.show_picture(None, (0, 0))
        self._forget_hover()

    def unit_at(self, x: float, y: float) -> int | None:
        """The hidden unit under canvas pixel (x, y), or None.

        None in a gap, outside the mosaic, or on an unused tile after the last unit.
        """
        if self._layout is None:
            return None
        return self._layout.unit_at(x - self.origin[0], y - self.origin[1])

    def show_unit_at(self, x: float, y: float) -> int | None:
        """Name the unit under canvas pixel (x, y) in ``hover_label`` and the tooltip."""
        self._hover_xy = (x, y)
        unit = self.unit_at(x, y)
        if unit is None or self._W1 is None:
            self._show_hover_text(HOVER_HINT)
            return None
        weights = self._W1[:, unit]
        self._show_hover_text(
            f"hidden unit {unit} \N{EM DASH} weights from {weights.min():.3f} "
            f"to {weights.max():.3f}"
        )
        return unit

    def export_image(self, scale: int = 2) -> QImage:
        """The mosaic and its colour bar as a picture to save, without the hover readout.

        The grid is the one on screen (a near-square one while the view is hidden);
        each tile is ``scale`` times its size on screen, at least 28 pixels, rounded
        up to a multiple of 28 (so every weight is a whole square of pixels); gaps
        and margins are ``scale`` times theirs. Before any weights: the colour bar alone.
        """
        if scale < 1:
            raise ValueError(f"scale must be at least 1, got {scale}")
        rgba, outlines = None, []
        if self._W1 is not None:
            layout = self._export_layout(scale)
            rgba = to_rgba(render(self._W1, layout), self.levels, self._lut, GAP_GRAY)
            outlines = self._outlines((0, 0), layout)
        return weights_picture(
            rgba,
            outlines,
            self.levels,
            self._lut,
            scale=scale,
            background=GAP_GRAY,
            text_rgb=TEXT_ON_GRAY,
            outline_color=HIGHLIGHT_COLOR,
        )

    # -- drawing -------------------------------------------------------------------------

    def _redraw(self) -> None:
        if self._W1 is None:
            return
        width, height = self.canvas.pixel_size()
        layout = self._layout = fit_layout(self._W1.shape[1], width, height)
        self.mosaic = render(self._W1, layout)
        mosaic_h, mosaic_w = layout.shape
        self.origin = (max((width - mosaic_w) // 2, 0), max((height - mosaic_h) // 2, 0))
        picture = rgba_to_qimage(to_rgba(self.mosaic, self.levels, self._lut, GAP_GRAY))
        self.canvas.show_picture(picture, self.origin)
        self.highlight_units(self.highlighted_units)  # the tiles may have moved
        if self._hover_xy is not None:
            self.show_unit_at(*self._hover_xy)

    def _export_layout(self, scale: int) -> MosaicLayout:
        n_units = self._W1.shape[1]
        if self._layout is not None and self.canvas.isVisible():
            rows, cols, screen_tile = self._layout.rows, self._layout.cols, self._layout.tile
        else:  # never laid out on screen: a near-square grid
            (rows, cols), screen_tile = grid_for(n_units), 0
        tile = -(-max(scale * screen_tile, TILE) // TILE) * TILE
        return MosaicLayout(n_units, rows, cols, tile, gap=scale)

    def _outlines(
        self, origin: tuple[int, int], layout: MosaicLayout | None = None
    ) -> list[Outline]:
        layout = layout or self._layout
        if layout is None:
            return []
        gap, side = layout.gap, layout.tile + 2 * layout.gap
        outlines = []
        for rank, unit in enumerate(self.highlighted_units):
            x, y = layout.tile_origin(unit)
            rect = QRect(origin[0] + x - gap, origin[1] + y - gap, side, side)
            outlines.append((rect, (3 if rank == 0 else 2) * gap))
        return outlines

    def _show_hover_text(self, text: str) -> None:
        self.hover_label.setText(text)
        self.canvas.setToolTip("" if text == HOVER_HINT else text)

    def _forget_hover(self) -> None:
        self._hover_xy = None
        self._show_hover_text(HOVER_HINT)

    def _on_canvas_resized(self) -> None:
        self._redraw()

    def _on_canvas_hovered(self, x: float, y: float) -> None:
        self.show_unit_at(x, y)

    def _grow_levels(self, W1: np.ndarray) -> None:
        # Grow only when more than 0.1% of |W1| exceeds L (i.e. the 99.9th percentile
        # does); counting is much cheaper than a percentile on every frame. The
        # percentile, not the max, keeps a few outliers from washing the colours out.
        magnitude = np.abs(W1)
        if np.count_nonzero(magnitude > self._limit) <= W1.size * (1 - PERCENTILE / 100):
            return
        # The percentile of a regular sample of ~5,000 values is as good for a colour
        # scale and much cheaper than one over all of W1 (39,200 for the book's net).
        sample = magnitude.ravel()[:: max(magnitude.size // 5000, 1)]
        with np.errstate(invalid="ignore"):  # inf weights: inf - inf while interpolating
            high = float(np.percentile(sample, PERCENTILE))
        if np.isfinite(high):  # NaN/inf weights (a diverged run): keep the levels
            self._limit = max(self._limit, GROWTH * high)
            self._colorbar.setLevels(self.levels)
