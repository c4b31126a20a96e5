"""The weights view's hover readout: the tile or the weight under the mouse, in words.

Mixed into ``WeightsWidget``. Over W1's mosaic, ``hover_label`` (and the tooltip)
names the hidden unit under the mouse and the range of its weights; over a later
matrix's heatmap, the weight under the mouse. Under a resting mouse the readout
follows new weights and a new layout; outside, it shows a hint. Its texts keep
the ``WeightsWidget`` translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.weight_layers import cell_at
from gui.layer_selector import FIRST

if TYPE_CHECKING:
    import numpy as np
    from PySide6.QtWidgets import QStackedWidget

    from gui.elided_label import ElidedLabel
    from gui.layer_heatmap import LayerHeatmap
    from gui.w1_mosaic import W1MosaicView

__all__ = ["HEATMAP_HINT", "HOVER_HINT", "WeightsHover"]

HOVER_HINT = QT_TRANSLATE_NOOP("WeightsWidget", "hover a tile to see its unit")
HEATMAP_HINT = QT_TRANSLATE_NOOP("WeightsWidget", "hover a cell to see its weight")
_CANVAS_TIP = QT_TRANSLATE_NOOP(
    "WeightsWidget", "Hover a tile, or use the arrow keys, to see its hidden unit"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeightsWidget", text)


class WeightsHover:
    """Names what is under the mouse in ``hover_label`` (a mixin of ``WeightsWidget``)."""

    canvas: W1MosaicView
    heatmap: LayerHeatmap
    hover_label: ElidedLabel
    _stack: QStackedWidget
    _matrices: dict[str, np.ndarray]
    _shown: str
    _hover_xy: tuple[float, float] | None

    def unit_at(self, x: float, y: float) -> int | None:
        """The hidden unit under canvas pixel (x, y); None in a gap, outside, past the last."""
        return self.canvas.unit_at(x, y)

    def show_unit_at(self, x: float, y: float) -> int | None:
        """Name the unit under canvas pixel (x, y) in ``hover_label`` and the tooltip."""
        self._hover_xy = (x, y)
        unit = self.unit_at(x, y)
        W1 = self._matrices.get(FIRST)
        if unit is None or W1 is None:
            self._show_hover_text(_tr(HOVER_HINT))
            return None
        weights = W1[:, unit]
        text = QCoreApplication.translate(
            "WeightsWidget", "hidden unit {unit} — weights from {low} to {high}"
        )
        self._show_hover_text(
            text.format(unit=unit, low=f"{weights.min():.3f}", high=f"{weights.max():.3f}")
        )
        return unit

    def show_value_at(self, x: float, y: float) -> tuple[int, int] | None:
        """Name the heatmap's weight under point (x, y), in cells, in ``hover_label``.

        Cell ``(i, j)`` (row i = input, column j = unit) covers ``x`` in ``[j, j+1)``
        and ``y`` in ``[i, i+1)``. Returns it, or None (and the hint) outside the
        matrix or while W1's mosaic is shown.
        """
        self._hover_xy = (x, y)
        W = self._matrices.get(self._shown) if self._shown != FIRST else None
        cell = None if W is None else cell_at(W.shape, x, y)
        if cell is None or W is None:
            self._show_hover_text(self._hint())
            return None
        i, j = cell
        self._show_hover_text(f"{self._shown}[{i}, {j}] = {W[i, j]:.4g}")
        return cell

    def _show_hover_again(self) -> None:
        """Under a resting mouse, the readout follows new weights and a new layout."""
        if self._hover_xy is None:
            return
        if self._shown == FIRST:
            self.show_unit_at(*self._hover_xy)
        else:
            self.show_value_at(*self._hover_xy)

    def _hint(self) -> str:
        return _tr(HOVER_HINT if self._shown == FIRST else HEATMAP_HINT)

    def _show_hover_text(self, text: str) -> None:
        self.hover_label.setText(text)
        if text != self._hint():
            self._stack.currentWidget().setToolTip(text)
        elif self._shown == FIRST:
            self.canvas.setToolTip(_tr(_CANVAS_TIP))
        else:
            self.heatmap.retranslate()  # its own tooltip

    def _forget_hover(self) -> None:
        self._hover_xy = None
        self._show_hover_text(self._hint())

    def _on_canvas_hovered(self, x: float, y: float) -> None:
        self.show_unit_at(x, y)

    def _on_heatmap_hovered(self, x: float, y: float) -> None:
        self.show_value_at(x, y)
