"""W1's older API on the weights view, forwarded to its mosaic view.

Mixed into ``WeightsWidget``: the window (the digit reader's outlines) and the
tests still speak of W1's mosaic through the weights view, in device pixels of
its ``canvas`` (``gui.w1_mosaic.W1MosaicView``), which does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PySide6.QtCore import QRect

    from core.mosaic import MosaicLayout
    from gui.w1_mosaic import W1MosaicView

__all__ = ["W1MosaicApi"]


class W1MosaicApi:
    """W1's mosaic, its layout and its outlines (a mixin of ``WeightsWidget``)."""

    canvas: W1MosaicView

    @property
    def mosaic(self) -> np.ndarray | None:
        """W1's mosaic on the canvas, ``(h, w) float32`` with NaN gaps, or None."""
        return self.canvas.mosaic

    @property
    def mosaic_layout(self) -> MosaicLayout | None:
        """Rows, columns and tile size of the mosaic on the canvas; None before any weights."""
        return self.canvas.mosaic_layout

    @property
    def origin(self) -> tuple[int, int]:
        """(x, y) of the mosaic's top-left pixel on the canvas (it is centred)."""
        return self.canvas.origin

    @property
    def grid_shape(self) -> tuple[int, int]:
        """(rows, cols) of the current mosaic; (0, 0) before any weights."""
        layout = self.canvas.mosaic_layout
        return (0, 0) if layout is None else (layout.rows, layout.cols)

    @property
    def highlighted_units(self) -> list[int]:
        """The outlined units of W1, the strongest first."""
        return self.canvas.highlighted_units

    def highlight_units(self, units: list[int]) -> None:
        """Outline W1's tiles of ``units`` (the strongest first, outlined thickest).

        Used by the digit reader to show which units made the network's reading.
        """
        self.canvas.highlight_units(units)

    def outline_rects(self) -> list[QRect]:
        """The outlined rectangles on the canvas, in ``highlighted_units`` order."""
        return self.canvas.outline_rects()

    def _export_layout(self, scale: int) -> MosaicLayout:
        return self.canvas.export_layout(scale)
