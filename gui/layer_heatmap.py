"""A weight matrix beyond the first as a heatmap: one square pixel per weight.

``W{k}[i, j]`` is drawn at x = j (the unit of layer k) and y = i (the input from
layer k-1), row 0 at the top like a printed matrix: the ImageItem's ``image`` is the
matrix itself, in row-major order. Pixels are square (the aspect is locked) and
enlarged by repeating them, never smoothed. The axis labels are translated
(context ``LayerHeatmap``); the owner gives the colours (``set_colors``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from core.weight_layers import layer_number
from gui.i18n import Retranslating

CONTEXT = "LayerHeatmap"


def axis_labels(name: str, last: bool) -> tuple[str, str]:
    """(bottom, left) axis labels for ``W{k}``: its units along x, its inputs along y."""
    k = layer_number(name)
    if last:
        units = QCoreApplication.translate(
            "LayerHeatmap", "unit of layer {layer} (the output: digit)"
        )
    else:
        units = QCoreApplication.translate("LayerHeatmap", "unit of layer {layer}")
    inputs = QCoreApplication.translate("LayerHeatmap", "input from layer {layer}")
    return units.format(layer=k), inputs.format(layer=k - 1)


class LayerHeatmap(Retranslating, pg.PlotWidget):
    """One weight matrix in a plot with labelled axes, coloured by a fixed look-up table.

    Signals
    -------
    hovered(x, y)
        The mouse moved to (x, y) in the matrix's cells: cell (i, j) covers
        ``x`` in ``[j, j+1)``, ``y`` in ``[i, i+1)``.
    left
        The mouse left the plot.
    """

    hovered = Signal(float, float)
    left = Signal()

    def __init__(
        self,
        lut: np.ndarray,
        background: tuple[int, int, int],
        text_rgb: tuple[int, int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, background=background)
        self.setObjectName("weightsHeatmap")
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setLookupTable(lut)
        plot = self.getPlotItem()
        plot.addItem(self.image_item)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.set_colors(background, text_rgb)
        self.view_box = plot.getViewBox()
        self.view_box.setAspectLocked(True)
        self.view_box.invertY(True)
        self._name: str | None = None
        self._last = False
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.retranslate()

    def retranslate(self) -> None:
        """Axis labels, tooltip and accessible name in the current language."""
        self.setAccessibleName(self.tr("Weights heatmap"))
        self.setToolTip(self.tr("Hover a cell to see its weight; drag to pan, wheel to zoom"))
        if self._name is not None and self.getPlotItem() is not None:  # None once closed
            bottom, left = axis_labels(self._name, self._last)
            plot = self.getPlotItem()
            plot.setLabel("bottom", bottom)
            plot.setLabel("left", left)

    def set_colors(self, background: tuple[int, int, int], text_rgb: tuple[int, int, int]) -> None:
        """The background around the matrix, and the axes' and their labels' colour."""
        self.setBackground(background)
        plot = self.getPlotItem()
        if plot is None:  # closed: pyqtgraph has let its plot go
            return
        for side in ("bottom", "left"):
            plot.getAxis(side).setTextPen(text_rgb)
            plot.getAxis(side).setPen(text_rgb)

    @property
    def name(self) -> str | None:
        """The name of the matrix shown (``"W3"``), or None."""
        return self._name

    def show_matrix(
        self, name: str, W: np.ndarray, levels: tuple[float, float], *, last: bool
    ) -> None:
        """Show ``W (inputs, units)`` coloured from ``levels[0]`` to ``levels[1]``.

        Cheap enough for every frame: the image item is updated, not rebuilt. The view
        fits the matrix again only when another matrix or another shape is shown.
        """
        old = self.image_item.image
        refit = name != self._name or old is None or old.shape != W.shape
        self.image_item.setImage(W, levels=levels, autoLevels=False)
        if refit:
            self._name, self._last = name, last
            self.retranslate()
            self.view_box.autoRange(padding=0.02)

    def clear_matrix(self) -> None:
        """Show nothing."""
        self.image_item.clear()
        self._name = None

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        point = self.view_box.mapSceneToView(pos)
        self.hovered.emit(point.x(), point.y())

    def leaveEvent(self, event: QEvent) -> None:
        """Report that the mouse left."""
        self.left.emit()
        super().leaveEvent(event)
