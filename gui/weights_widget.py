"""The first-layer weights W1 as a mosaic of 28x28 images, one tile per hidden unit.

Tile j is ``W1[:, j].reshape(28, 28)``: the pattern of input pixels that excites
(red) or inhibits (blue) hidden unit j, upright like an MNIST digit. Tiles are
laid out left to right, top to bottom, separated by a 1-pixel gap of NaN that
pyqtgraph draws transparent, so the gray background shows through.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QVBoxLayout, QWidget

TILE = 28
STEP = TILE + 1  # a tile plus its 1-pixel gap
DEFAULT_LIMIT = 0.03  # 3x the book's init std 0.01
GROWTH = 1.25
PERCENTILE = 99.9
COLORMAP = "CET-D1"  # diverging blue-white-red, near white at 0
GAP_GRAY = (110, 110, 110)
TEXT_ON_GRAY = (240, 240, 240)
HOVER_HINT = "hover a tile to see its unit"
HIGHLIGHT_COLOR = "#00c853"  # green: stands out from the blue-white-red tiles


def grid_for(n_units: int) -> tuple[int, int]:
    """(rows, cols) of a near-square grid holding ``n_units`` tiles, row-filled first."""
    if n_units <= 0:
        return 0, 0
    cols = math.isqrt(n_units - 1) + 1  # ceil(sqrt(n))
    return -(-n_units // cols), cols


class WeightsWidget(QWidget):
    """Shows W1 as a mosaic with symmetric, never-shrinking levels and a hover readout.

    Attributes
    ----------
    image_item : pg.ImageItem
        Row-major; ``image_item.image`` is the mosaic, (rows*29-1, cols*29-1) float32,
        NaN in the gaps and in the unused tiles after the last unit.
    hover_label : QLabel
        Names the hidden unit under the mouse and the range of its weights.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsView")
        self._limit = DEFAULT_LIMIT
        self._n_units = 0
        self._outlines: list[QGraphicsRectItem] = []
        self.highlighted_units: list[int] = []
        self._grid = (0, 0)
        self._hover_xy: tuple[float, float] | None = None

        title = QLabel("First-layer weights W1 (one 28x28 tile per hidden unit)")
        self._graphics = pg.GraphicsLayoutWidget()
        self._graphics.setObjectName("weightsGraphics")
        self._graphics.setBackground(GAP_GRAY)
        self._view = self._graphics.addViewBox(
            row=0, col=0, lockAspect=True, invertY=True, enableMouse=False, enableMenu=False
        )
        cmap = pg.colormap.get(COLORMAP)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setColorMap(cmap)
        self._view.addItem(self.image_item)
        self._colorbar = pg.ColorBarItem(
            values=self.levels, colorMap=cmap, interactive=False, orientation="horizontal"
        )
        self._colorbar.getAxis("bottom").setTextPen(TEXT_ON_GRAY)
        self._graphics.addItem(self._colorbar, row=1, col=0)
        self._graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.hover_label = QLabel(HOVER_HINT)
        self.hover_label.setObjectName("weightsHoverLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self._graphics, stretch=1)
        layout.addWidget(self.hover_label)

    @property
    def levels(self) -> tuple[float, float]:
        """The display levels ``(-L, L)``: white at 0, full colour at +-L."""
        return -self._limit, self._limit

    @property
    def grid_shape(self) -> tuple[int, int]:
        """(rows, cols) of the current mosaic; (0, 0) before any weights."""
        return self._grid

    def set_weights(self, W1: np.ndarray) -> None:
        """Show new weights; cheap enough to call at 30 Hz.

        Parameters
        ----------
        W1 : (784, H) float32 or float64
            First-layer weights, column j feeding hidden unit j. Shown as float32.
        """
        W1 = np.asarray(W1, dtype=np.float32)
        if W1.ndim != 2 or W1.shape[0] != TILE * TILE or W1.shape[1] < 1:
            raise ValueError(f"W1 must have shape (784, H) with H >= 1, got {W1.shape}")
        n_units = W1.shape[1]
        rows, cols = grid_for(n_units)
        mosaic = np.full((rows * STEP, cols * STEP), np.nan, dtype=np.float32)
        # View the mosaic as (tile row, pixel row, tile col, pixel col) and write every
        # full row of tiles in one assignment, then the partial last row.
        blocks = mosaic.reshape(rows, STEP, cols, STEP)
        tiles = W1.T.reshape(n_units, TILE, TILE)  # a view: no copy yet
        full = n_units // cols
        blocks[:full, :TILE, :, :TILE] = (
            tiles[: full * cols].reshape(full, cols, TILE, TILE).transpose(0, 2, 1, 3)
        )
        rest = n_units - full * cols
        if rest:
            blocks[full, :TILE, :rest, :TILE] = tiles[full * cols :].transpose(1, 0, 2)
        self._n_units, self._grid = n_units, (rows, cols)
        self._grow_levels(W1)
        # Drop the trailing gap row and column: gaps only *between* tiles.
        self.image_item.setImage(mosaic[:-1, :-1], autoLevels=False, levels=self.levels)
        if self._hover_xy is not None:
            self.show_unit_at(*self._hover_xy)

    def highlight_units(self, units: list[int]) -> None:
        """Outline the tiles of ``units`` (the strongest first, outlined thickest).

        Used by the digit reader to show which units made the network's reading.
        """
        for outline in self._outlines:
            self._view.removeItem(outline)
        self._outlines = []
        self.highlighted_units = [u for u in units if 0 <= u < self._n_units]
        cols = self._grid[1]
        for rank, unit in enumerate(self.highlighted_units):
            row, col = divmod(unit, cols)
            outline = QGraphicsRectItem(col * STEP - 0.5, row * STEP - 0.5, TILE + 1, TILE + 1)
            pen = pg.mkPen(HIGHLIGHT_COLOR, width=3 if rank == 0 else 2)
            pen.setCosmetic(True)
            outline.setPen(pen)
            self._view.addItem(outline)
            self._outlines.append(outline)

    def clear(self) -> None:
        """Remove the image and reset the levels to their default."""
        self.highlight_units([])
        self.image_item.clear()
        self._n_units, self._grid = 0, (0, 0)
        self._limit = DEFAULT_LIMIT
        self._colorbar.setLevels(self.levels)
        self._forget_hover()

    def unit_at(self, x: float, y: float) -> int | None:
        """The hidden unit under image coordinates (x = column, y = row), or None.

        None in a gap, outside the mosaic, or on an unused tile after the last unit.
        """
        if not (self._n_units and math.isfinite(x) and math.isfinite(y)):
            return None
        px, py = math.floor(x), math.floor(y)
        rows, cols = self._grid
        if not (0 <= px < cols * STEP - 1 and 0 <= py < rows * STEP - 1):
            return None
        if px % STEP == TILE or py % STEP == TILE:
            return None
        unit = (py // STEP) * cols + px // STEP
        return unit if unit < self._n_units else None

    def show_unit_at(self, x: float, y: float) -> int | None:
        """Name the unit under image coordinates in ``hover_label`` and the tooltip."""
        self._hover_xy = (x, y)
        unit = self.unit_at(x, y)
        if unit is None:
            self.hover_label.setText(HOVER_HINT)
            self._graphics.setToolTip("")
            return None
        top, left = (unit // self._grid[1]) * STEP, (unit % self._grid[1]) * STEP
        tile = self.image_item.image[top : top + TILE, left : left + TILE]
        text = f"hidden unit {unit} \N{EM DASH} weights from {tile.min():.3f} to {tile.max():.3f}"
        self.hover_label.setText(text)
        self._graphics.setToolTip(text)
        return unit

    def leaveEvent(self, event: QEvent) -> None:
        """Forget the hovered unit when the mouse leaves the widget."""
        self._forget_hover()
        super().leaveEvent(event)

    def _forget_hover(self) -> None:
        self._hover_xy = None
        self.hover_label.setText(HOVER_HINT)
        self._graphics.setToolTip("")

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        # The image sits at the view's origin unscaled: view coordinates are pixels.
        pos = self._view.mapSceneToView(scene_pos)
        self.show_unit_at(pos.x(), pos.y())

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
        if math.isfinite(high):  # NaN/inf weights (a diverged run): keep the levels
            self._limit = max(self._limit, GROWTH * high)
            self._colorbar.setLevels(self.levels)
