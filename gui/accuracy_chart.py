"""The book's accuracy chart (``output.png``), drawn with pyqtgraph.

Train accuracy is a solid line with circles, test accuracy a dashed line with
squares; x is "epochs", y is "accuracy" from 0 to 1, the legend sits lower right.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.offscreen_png import widget_png

TRAIN_COLOR = "#1f77b4"
TEST_COLOR = "#ff7f0e"
OVERLAY_COLORS = ("#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
"""Colours of saved runs drawn over the current one, in turn."""


class EpochAxis(pg.AxisItem):
    """An x axis that ticks whole epochs only (no "0.5 epochs" for a short run)."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickSpacing(minVal, maxVal, size)
        return [(max(spacing, 1.0), offset) for spacing, offset in levels[:1]]


def style_accuracy_plot(plot: pg.PlotItem) -> None:
    """Axes, range and legend of the book's chart on an existing plot."""
    plot.setLabel("bottom", "epochs")
    plot.setLabel("left", "accuracy")
    plot.setYRange(0, 1.0, padding=0)
    plot.getAxis("left").setTickSpacing(0.2, 0.1)
    plot.addLegend(offset=(-10, -10))  # lower right, inside the plot however short it is


def add_accuracy_curves(plot: pg.PlotItem) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
    """Add the empty train (solid, circles) and test (dashed, squares) curves."""
    train = plot.plot(
        [],
        [],
        name="train acc",
        pen=pg.mkPen(TRAIN_COLOR, width=2),
        symbol="o",
        symbolSize=7,
        symbolBrush=TRAIN_COLOR,
        symbolPen=TRAIN_COLOR,
    )
    test = plot.plot(
        [],
        [],
        name="test acc",
        pen=pg.mkPen(TEST_COLOR, width=2, style=Qt.PenStyle.DashLine),
        symbol="s",
        symbolSize=7,
        symbolBrush=TEST_COLOR,
        symbolPen=TEST_COLOR,
    )
    return train, test


def render_accuracy_chart(
    train_acc: Sequence[float], test_acc: Sequence[float], *, width: int = 640
) -> bytes:
    """Draw the chart and return it as PNG bytes. Needs a ``QApplication``.

    Parameters
    ----------
    train_acc, test_acc : sequence of float, length E
        Accuracy at each epoch boundary.
    width : int
        Image width in pixels; the height is three quarters of it.
    """
    widget = pg.PlotWidget(background="w", axisItems={"bottom": EpochAxis("bottom")})
    try:
        widget.resize(width, width * 3 // 4)
        plot = widget.getPlotItem()
        plot.setContentsMargins(6, 12, 18, 6)
        plot.getAxis("left").setStyle(hideOverlappingLabels=False)
        plot.getAxis("bottom").setHeight(44)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen("k")
            plot.getAxis(axis).setPen("k")
        style_accuracy_plot(plot)
        plot.legend.setLabelTextColor("k")
        plot.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        plot.legend.setPen(pg.mkPen("#999999"))
        train, test = add_accuracy_curves(plot)
        epochs = np.arange(len(train_acc))
        train.setData(epochs, np.asarray(train_acc, dtype=float))
        test.setData(epochs, np.asarray(test_acc, dtype=float))
        plot.setXRange(0, max(len(train_acc) - 1, 1), padding=0.03)
    except BaseException:
        widget.deleteLater()
        raise
    return widget_png(widget)
