"""A network's weights, one matrix at a time, chosen in a layer selector.

The selector (``layerCombo``) lists every weight matrix ``W1, W2, ...``. W1 is a
mosaic of 28x28 tiles, one per hidden unit (``gui.w1_mosaic``); a later matrix
``W{k}`` is a heatmap with row i (the input from layer k-1) down and column j (the
unit of layer k) across (``gui.layer_heatmap``). Both use one diverging colour map
with symmetric levels; every matrix has its own levels, which only grow until
``clear``. One hover line names the tile or the weight under the mouse.

Below, ``history_bar`` (``gui.weights_history_bar``) scrubs through the run's
snapshots: ``show_snapshot`` shows one with the levels it is given, and the live
weights that arrive meanwhile are only kept until ``show_live``.

Around the pictures, the background (the tiles' gaps too) and its text follow the
theme (``colors_for``); the colour map stays. Texts are translated (``retranslate``).

The panel (selector, levels, export) is here. The colours are in
``gui.weights_colors``, live weights or a snapshot in ``gui.weights_input``, the
hover readout in ``gui.weights_hover`` and W1's older API, forwarded to the
mosaic view for the window and its tests, in ``gui.weights_mosaic_api``. The
mosaic is in ``gui.w1_mosaic``, the heatmap in ``gui.layer_heatmap``, the
selector in ``gui.layer_selector``, and the matrices and their levels in
``core.weight_layers``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.weight_layers import DEFAULT_LIMIT
from gui.appearance import appearance
from gui.elided_label import ElidedLabel
from gui.i18n import Retranslating
from gui.layer_heatmap import LayerHeatmap
from gui.layer_selector import FIRST, LayerSelector, layer_title
from gui.w1_mosaic import W1MosaicView
from gui.weights_colors import (
    COLOR_BAR_HEIGHT,
    COLORMAP,
    GAP_GRAY,
    HIGHLIGHT_COLOR,
    LUT_SIZE,
    TEXT_ON_GRAY,
    colors_for,
)
from gui.weights_history_bar import WeightsHistoryBar
from gui.weights_hover import HEATMAP_HINT, HOVER_HINT, WeightsHover
from gui.weights_input import WeightsInput
from gui.weights_mosaic_api import W1MosaicApi

__all__ = [
    "COLORMAP",
    "DEFAULT_LIMIT",
    "GAP_GRAY",
    "HEATMAP_HINT",
    "HIGHLIGHT_COLOR",
    "HOVER_HINT",
    "LUT_SIZE",
    "TEXT_ON_GRAY",
    "WeightsWidget",
    "colors_for",
]


class WeightsWidget(Retranslating, WeightsInput, WeightsHover, W1MosaicApi, QWidget):
    """Shows one weight matrix, chosen in ``layer_combo``, with levels and a hover readout.

    W1's coordinates (``unit_at``, ``origin``, ``outline_rects``) are device pixels of
    ``canvas``; a heatmap's (``show_value_at``) are cells of its matrix.

    Attributes
    ----------
    canvas : W1MosaicView
        W1's tiles; its ``mosaic`` stays as it was while a heatmap is shown.
    heatmap : LayerHeatmap
        A matrix after W1; its ``image_item.image`` is that matrix, ``(inputs, units)``.
    layer_combo : LayerSelector
        The matrix shown.
    hover_label : ElidedLabel
        Names the hidden unit under the mouse and the range of its weights, or the
        heatmap's weight under the mouse.
    history_bar : WeightsHistoryBar
        The slider over the run's snapshots; the window gives it the history.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsView")
        self._matrices: dict[str, np.ndarray] = {}
        self._limits: dict[str, float] = {}
        self._held: tuple[dict[str, np.ndarray], dict[str, float]] | None = None  # live, hidden
        self._pending: dict[str, np.ndarray] | None = None  # live ones that came meanwhile
        self._shown = FIRST
        self._bar_levels = (-DEFAULT_LIMIT, DEFAULT_LIMIT)
        self._hover_xy: tuple[float, float] | None = None
        cmap = pg.colormap.get(COLORMAP)
        self._lut = cmap.getLookupTable(nPts=LUT_SIZE, alpha=False)

        self.layer_combo = LayerSelector()
        self.layer_combo.layer_chosen.connect(self._on_layer_combo_chosen)
        self.title_label = ElidedLabel(min_lines=1)
        self.title_label.setObjectName("weightsTitle")
        self.canvas = W1MosaicView(self._lut, GAP_GRAY, HIGHLIGHT_COLOR)
        self.canvas.setObjectName("weightsCanvas")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows go from tile to tile
        self.canvas.resized.connect(self._on_canvas_resized)
        self.canvas.hovered.connect(self._on_canvas_hovered)
        self.canvas.left.connect(self._forget_hover)
        self.heatmap = LayerHeatmap(self._lut, GAP_GRAY, TEXT_ON_GRAY)
        self.heatmap.hovered.connect(self._on_heatmap_hovered)
        self.heatmap.left.connect(self._forget_hover)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.canvas)
        self._stack.addWidget(self.heatmap)
        self._colorbar_view = pg.GraphicsLayoutWidget()
        self._colorbar_view.setObjectName("weightsColorBar")
        for widget in (self._colorbar_view, self._colorbar_view.viewport()):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a legend, nothing to do there
        self._colorbar_view.setFixedHeight(COLOR_BAR_HEIGHT)
        self._colorbar = pg.ColorBarItem(
            values=self.levels, colorMap=cmap, interactive=False, orientation="horizontal"
        )
        self._colorbar_view.addItem(self._colorbar, row=0, col=0)
        self.hover_label = ElidedLabel(min_lines=1)
        self.hover_label.setObjectName("weightsHoverLabel")
        self.history_bar = WeightsHistoryBar()
        self.history_bar.snapshot_chosen.connect(self.show_snapshot)
        self.history_bar.live_chosen.connect(self.show_live)

        self._picture_area = QWidget()  # what a heatmap's export shows
        area = QVBoxLayout(self._picture_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(0)
        for widget, stretch in ((self.title_label, 0), (self._stack, 1), (self._colorbar_view, 0)):
            area.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.layer_combo)
        layout.addWidget(self._picture_area, stretch=1)
        layout.addWidget(self.hover_label)
        layout.addWidget(self.history_bar)
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """The title, the hover readout, tooltips and accessible names in the current language."""
        self.canvas.setToolTip(
            self.tr("Hover a tile, or use the arrow keys, to see its hidden unit")
        )
        self.canvas.setAccessibleName(self.tr("First-layer weights"))
        self._colorbar_view.setToolTip(self.tr("The colour of each weight value"))
        self._colorbar_view.setAccessibleName(self.tr("Colour scale"))
        self.hover_label.setAccessibleName(self.tr("Weight under the mouse"))
        self.title_label.setAccessibleName(self.tr("Weights shown"))
        self._show_title()
        if self._hover_xy is None:
            self._forget_hover()
        else:
            self._show_hover_again()

    def apply_appearance(self) -> None:
        """Around the weights, the tiles' gaps and the text there in the theme's colours."""
        background, text = colors_for(appearance().palette)
        self.canvas.set_background(background)
        self.heatmap.set_colors(background, text)
        self._colorbar_view.setBackground(background)
        self._colorbar.getAxis("bottom").setTextPen(text)
        self._colorbar.getAxis("bottom").setPen(text)

    # -- what is shown -------------------------------------------------------------------

    @property
    def levels(self) -> tuple[float, float]:
        """The shown matrix's display levels ``(-L, L)``: white at 0, full colour at +-L."""
        return self.levels_of(self._shown)

    def levels_of(self, name: str) -> tuple[float, float]:
        """The display levels of matrix ``name`` (the default ones if it is not known)."""
        limit = self._limits.get(name, DEFAULT_LIMIT)
        return -limit, limit

    @property
    def weights(self) -> np.ndarray | None:
        """W1 shown (live or a snapshot's), ``(784, H) float32``, or None."""
        return self._matrices.get(FIRST)

    @property
    def matrices(self) -> dict[str, np.ndarray]:
        """Every weight matrix by name, ``W1, W2, ...`` in layer order, float32."""
        return dict(self._matrices)

    @property
    def shown_layer(self) -> str:
        """The name of the matrix shown: ``"W1"``, ``"W2"``, ..."""
        return self._shown

    # -- control -----------------------------------------------------------------------------

    def show_layer(self, name: str) -> None:
        """Select matrix ``name`` (``"W3"``) as the user would in the selector."""
        self.layer_combo.select(name)

    def clear(self) -> None:
        """Remove every matrix, select W1 and reset the levels to their default.

        A snapshot shown is forgotten too: the view follows the live weights again.
        """
        self._matrices, self._limits = {}, {}
        self._held = self._pending = None
        self.layer_combo.set_layers([])
        self._select(FIRST)
        self._show_bar_levels()
        self.canvas.clear_weights()
        self.heatmap.clear_matrix()
        self._forget_hover()

    # -- export ------------------------------------------------------------------------------

    def export_image(self, scale: int = 2) -> QImage:
        """The shown matrix and its colour bar as a picture to save, without the hover readout.

        A heatmap is the title, plot and colour bar drawn at ``scale`` times their size
        on screen. W1's mosaic is drawn from data in ``canvas.export_layout(scale)``
        (tiles a multiple of 28 pixels), its outlines, gaps and margins ``scale`` times
        theirs. Before any weights: the colour bar alone.
        """
        if scale < 1:
            raise ValueError(f"scale must be at least 1, got {scale}")
        if self._shown != FIRST and self.heatmap.name is not None:
            return _render(self._picture_area, scale)
        return self.canvas.export_picture(scale, self.levels, TEXT_ON_GRAY)

    # -- drawing -------------------------------------------------------------------------

    def _show_matrices(self) -> None:
        matrices = self._matrices
        self.layer_combo.set_layers([(name, W.shape) for name, W in matrices.items()])
        self._select(self.layer_combo.selected)
        self._redraw()

    def _select(self, name: str) -> None:
        changed = name != self._shown
        self._shown = name
        self._stack.setCurrentWidget(self.canvas if name == FIRST else self.heatmap)
        self._show_title()
        if changed:
            self._forget_hover()

    def _redraw(self) -> None:
        """Draw the shown matrix only: the others wait until they are chosen."""
        self._show_bar_levels()
        W = self._matrices.get(self._shown)
        if W is None:
            return
        if self._shown == FIRST:
            self.canvas.show_weights(W, self.levels)
        else:
            last = self._shown == next(reversed(self._matrices))
            self.heatmap.show_matrix(self._shown, W, self.levels, last=last)
        self._show_hover_again()

    def _show_title(self) -> None:
        W = self._matrices.get(self._shown)
        self.title_label.setText(layer_title(self._shown, () if W is None else W.shape))

    def _show_bar_levels(self) -> None:
        if self.levels != self._bar_levels:
            self._bar_levels = self.levels
            self._colorbar.setLevels(self.levels)

    def _on_canvas_resized(self) -> None:
        if self._shown == FIRST:
            self.canvas.redraw()
            self._show_hover_again()

    def _on_layer_combo_chosen(self, name: str) -> None:
        self._select(name)
        self._redraw()


def _render(widget: QWidget, scale: int) -> QImage:
    """``widget`` and its children drawn afresh at ``scale`` times their size."""
    image = QImage(widget.width() * scale, widget.height() * scale, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    widget.render(painter, QPoint())
    painter.end()
    return image
