"""The book's accuracy chart (``output.png``), drawn with pyqtgraph.

Train accuracy is a solid line with circles, test accuracy a dashed line with
squares; x is "epochs", y is "accuracy" from 0 to 1, the legend sits lower right.
The colours come from a ``gui.appearance.Palette`` (the window's theme on screen,
always the light one in a saved figure); the texts are translated (context
``AccuracyChart``) and set again by ``label_accuracy_plot`` on a language change.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from gui.appearance import LIGHT, Palette, appearance
from gui.offscreen_png import widget_png

CONTEXT = "AccuracyChart"
EPOCHS = QT_TRANSLATE_NOOP("AccuracyChart", "epochs")
ACCURACY = QT_TRANSLATE_NOOP("AccuracyChart", "accuracy")
TRAIN_ACC = QT_TRANSLATE_NOOP("AccuracyChart", "train acc")
TEST_ACC = QT_TRANSLATE_NOOP("AccuracyChart", "test acc")
OVERLAY_COLORS = ("#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
"""Colours of saved runs drawn over the current one, in turn."""
LEGEND_ALPHA = 220


def tr(text: str) -> str:
    """``text`` (one of this module's constants) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


class EpochAxis(pg.AxisItem):
    """An x axis that ticks whole epochs only (no "0.5 epochs" for a short run)."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickSpacing(minVal, maxVal, size)
        return [(max(spacing, 1.0), offset) for spacing, offset in levels[:1]]


def style_accuracy_plot(plot: pg.PlotItem) -> None:
    """Axes, range and legend of the book's chart on an existing plot."""
    plot.setYRange(0, 1.0, padding=0)
    plot.getAxis("left").setTickSpacing(0.2, 0.1)
    plot.addLegend(offset=(-10, -10))  # lower right, inside the plot however short it is
    label_accuracy_plot(plot)


def label_accuracy_plot(plot: pg.PlotItem) -> None:
    """The axis labels in the current language (again after a language change)."""
    plot.setLabel("bottom", tr(EPOCHS))
    plot.setLabel("left", tr(ACCURACY))


def rename_curve(plot: pg.PlotItem, curve: pg.PlotDataItem, name: str) -> None:
    """Give ``curve`` a new name, in the plot's legend too."""
    curve.opts["name"] = name
    legend = plot.legend
    label = None if legend is None else legend.getLabel(curve)
    if label is not None and label.text != name:
        label.setText(name)
        legend.updateSize()


def style_legend(legend: pg.LegendItem, palette: Palette) -> None:
    """A legend box in ``palette``'s colours: its background, a grid-coloured frame."""
    background = pg.mkColor(palette.background)
    background.setAlpha(LEGEND_ALPHA)
    legend.setBrush(pg.mkBrush(background))
    legend.setPen(pg.mkPen(palette.grid))
    legend.setLabelTextColor(palette.foreground)


def add_accuracy_curves(
    plot: pg.PlotItem, palette: Palette | None = None
) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
    """Add the empty train (solid, circles) and test (dashed, squares) curves.

    Coloured from ``palette`` (the current appearance's by default), named in the
    current language.
    """
    train = plot.plot([], [], name=tr(TRAIN_ACC), symbol="o", symbolSize=7)
    test = plot.plot([], [], name=tr(TEST_ACC), symbol="s", symbolSize=7)
    color_accuracy_curves(train, test, palette)
    return train, test


def color_accuracy_curves(
    train: pg.PlotDataItem,
    test: pg.PlotDataItem,
    palette: Palette | None = None,
    width: float | None = None,
) -> None:
    """Pens and symbols of the two curves in ``palette``'s train and test colours.

    ``width`` is the lines' width (``appearance().line_width(2)`` by default).
    """
    look = appearance()
    palette = palette or look.palette
    width = look.line_width(2) if width is None else width
    train.setPen(pg.mkPen(palette.train, width=width))
    train.setSymbolBrush(palette.train)
    train.setSymbolPen(palette.train)
    test.setPen(pg.mkPen(palette.test, width=width, style=Qt.PenStyle.DashLine))
    test.setSymbolBrush(palette.test)
    test.setSymbolPen(palette.test)


def name_accuracy_curves(plot: pg.PlotItem, train: pg.PlotDataItem, test: pg.PlotDataItem) -> None:
    """The legend's names of the two curves in the current language."""
    rename_curve(plot, train, tr(TRAIN_ACC))
    rename_curve(plot, test, tr(TEST_ACC))


def render_accuracy_chart(
    train_acc: Sequence[float], test_acc: Sequence[float], *, width: int = 640
) -> bytes:
    """Draw the chart and return it as PNG bytes. Needs a ``QApplication``.

    Light colours on white whatever the window's theme (a figure for a report),
    texts in the current language.

    Parameters
    ----------
    train_acc, test_acc : sequence of float, length E
        Accuracy at each epoch boundary.
    width : int
        Image width in pixels; the height is three quarters of it.
    """
    widget = pg.PlotWidget(background=LIGHT.background, axisItems={"bottom": EpochAxis("bottom")})
    try:
        widget.resize(width, width * 3 // 4)
        plot = widget.getPlotItem()
        plot.setContentsMargins(6, 12, 18, 6)
        plot.getAxis("left").setStyle(hideOverlappingLabels=False)
        plot.getAxis("bottom").setHeight(44)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen(LIGHT.foreground)
            plot.getAxis(axis).setPen(LIGHT.foreground)
        style_accuracy_plot(plot)
        style_legend(plot.legend, LIGHT)
        train, test = add_accuracy_curves(plot, LIGHT)
        color_accuracy_curves(train, test, LIGHT, width=2)
        epochs = np.arange(len(train_acc))
        train.setData(epochs, np.asarray(train_acc, dtype=float))
        test.setData(epochs, np.asarray(test_acc, dtype=float))
        plot.setXRange(0, max(len(train_acc) - 1, 1), padding=0.03)
    except BaseException:
        widget.deleteLater()
        raise
    return widget_png(widget)
