"""The book's figures of the batch-norm grid, the hyperparameter search and the histograms.

Each figure is built as a ``pyqtgraph.GraphicsLayoutWidget`` by a ``build_*``
function (tests inspect its plots and curves) and rendered to PNG bytes by a
``render_*`` function, offscreen and without ``processEvents`` (as
``gui.accuracy_chart`` does). Needs a ``QApplication``.

The figures' words are in the window's language when they are drawn; the saved
figures stay black on white, as a report wants. The live views
(``gui.search_view_widget``) reuse the ``style_*`` and ``add_*`` functions with
the theme's colours.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from core.activation_histograms import HIDDEN_LAYER_SIZE, SCALE_NAMES, Y_LIMIT, HistogramResult
from core.batch_norm_experiment import GRID_COLUMNS, BatchNormResult, BatchNormRun
from core.hyperparameter_search import BEST_SHOWN, SEARCH_COLUMNS, SearchResult, Trial
from gui.offscreen_png import widget_png

BATCH_NORM_COLOR = "#0072B2"
NORMAL_COLOR = "#E69F00"
VAL_COLOR = "#0072B2"
TRAIN_COLOR = "#E69F00"
HIST_COLOR = "#1f77b4"
ACCURACY_MAP = pg.colormap.get("viridis")
"""Validation accuracy 0 (dark purple) to 1 (yellow) in the search's scatter."""
CONTEXT = "SpecialFigures"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _style(plot: pg.PlotItem) -> None:
    """Black axes and text on the white background; plain numbers (no SI prefix)."""
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("k")
        plot.getAxis(axis).setPen("k")
        plot.getAxis(axis).enableAutoSIPrefix(False)
    plot.titleLabel.setAttr("color", "k")


def _layout(width: int, height: int) -> pg.GraphicsLayoutWidget:
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    widget.resize(width, height)
    return widget


def figure_plots(widget: pg.GraphicsLayoutWidget) -> list[pg.PlotItem]:
    """The plots of a figure, row by row (tests read their curves from here)."""
    items = [
        (row, col, item)
        for item, cells in widget.ci.items.items()
        if isinstance(item, pg.PlotItem) and not isinstance(item, pg.ColorBarItem)
        for row, col in cells[:1]
    ]
    return [item for _, _, item in sorted(items, key=lambda cell: cell[:2])]


# -- batch norm -----------------------------------------------------------------


def batch_norm_title(scale: float) -> str:
    """The panel title ``W:<scale>`` (the book prints ``str(w)``; 3 significant digits here)."""
    return f"W:{scale:.3g}"


def style_batch_norm_panel(plot: pg.PlotItem, index: int, scale: float) -> None:
    """Title, y from 0 to 1, and labels on the outer panels only, as the book's 4x4 grid."""
    plot.setTitle(batch_norm_title(scale), size="9pt")
    plot.setYRange(0, 1.0, padding=0)
    plot.setMouseEnabled(x=False, y=False)
    if index % GRID_COLUMNS == 0:
        plot.setLabel("left", QCoreApplication.translate("SpecialFigures", "accuracy"))
    else:
        plot.getAxis("left").setStyle(showValues=False)
    if index >= 12:
        plot.setLabel("bottom", QCoreApplication.translate("SpecialFigures", "epochs"))
    else:
        plot.getAxis("bottom").setStyle(showValues=False)


def batch_norm_names() -> tuple[str, str]:
    """The book's legend names, with and without batch norm, in the current language."""
    return (
        QCoreApplication.translate("SpecialFigures", "Batch Normalization"),
        QCoreApplication.translate("SpecialFigures", "Normal(without BatchNorm)"),
    )


def add_batch_norm_curve(
    plot: pg.PlotItem,
    run: BatchNormRun,
    colors: tuple[str, str] = (BATCH_NORM_COLOR, NORMAL_COLOR),
    width: float = 2.0,
) -> pg.PlotDataItem:
    """Draw one run's training accuracy: solid with batch norm, dashed without.

    ``colors`` are those of the runs with and without batch norm.
    """
    with_name, without_name = batch_norm_names()
    if run.use_batchnorm:
        pen = pg.mkPen(colors[0], width=width)
        name = with_name
    else:
        pen = pg.mkPen(colors[1], width=width, style=Qt.PenStyle.DashLine)
        name = without_name
    curve = plot.plot(np.arange(len(run.train_acc)), np.asarray(run.train_acc), pen=pen, name=name)
    if run.status == "diverged" and run.train_acc:  # the curve ends where training stopped
        end = len(run.train_acc) - 1
        plot.plot([end], [run.train_acc[-1]], pen=None, symbol="x", symbolBrush=pen.color())
    return curve


def build_batch_norm_figure(
    result: BatchNormResult, *, width: int = 1000, height: int = 800
) -> pg.GraphicsLayoutWidget:
    """The book's 4x4 grid: one panel per initial weight scale, legend in the last."""
    widget = _layout(width, height)
    for index, scale in enumerate(result.weight_scales):
        plot = widget.addPlot(row=index // GRID_COLUMNS, col=index % GRID_COLUMNS)
        _style(plot)
        if index == len(result.weight_scales) - 1:
            legend = plot.addLegend(offset=(-5, -5))
            legend.setLabelTextColor("k")
            legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        style_batch_norm_panel(plot, index, scale)
        for use_batchnorm in (True, False):
            run = result.run(index, use_batchnorm)
            if run is not None:
                add_batch_norm_curve(plot, run)
    return widget


def render_batch_norm_figure(result: BatchNormResult) -> bytes:
    """The batch-norm grid as PNG bytes."""
    return widget_png(build_batch_norm_figure(result))


# -- hyperparameter search ------------------------------------------------------


def best_title(rank: int, trial: Trial) -> str:
    """``Best-1(val acc:0.83)``: the book prints this line for each of the best trials."""
    text = QCoreApplication.translate("SpecialFigures", "Best-{rank}(val acc:{accuracy})")
    return text.format(rank=rank, accuracy=f"{trial.final_val_acc:.2f}")


def build_search_figure(
    result: SearchResult, *, width: int = 1000, height: int = 800
) -> pg.GraphicsLayoutWidget:
    """The best 20 trials as the book's 5x4 grid: validation solid, training dashed."""
    widget = _layout(width, height)
    for index, trial in enumerate(result.best(BEST_SHOWN)):
        plot = widget.addPlot(row=index // SEARCH_COLUMNS, col=index % SEARCH_COLUMNS)
        _style(plot)
        plot.setTitle(best_title(index + 1, trial), size="9pt")
        plot.setYRange(0, 1.0, padding=0)
        plot.getAxis("bottom").setStyle(showValues=False)
        if index % SEARCH_COLUMNS:
            plot.getAxis("left").setStyle(showValues=False)
        x = np.arange(len(trial.val_acc))
        plot.plot(x, np.asarray(trial.val_acc), pen=pg.mkPen(VAL_COLOR, width=2))
        dashed = pg.mkPen(TRAIN_COLOR, width=2, style=Qt.PenStyle.DashLine)
        plot.plot(x, np.asarray(trial.train_acc), pen=dashed)
    return widget


def render_search_figure(result: SearchResult) -> bytes:
    """The best 20 trials' curves as PNG bytes."""
    return widget_png(build_search_figure(result))


def accuracy_brushes(accuracies: Sequence[float]) -> list[pg.QtGui.QBrush]:
    """One brush per trial, coloured by validation accuracy on ``ACCURACY_MAP`` (0 to 1)."""
    colors = ACCURACY_MAP.map(np.clip(np.asarray(accuracies, dtype=float), 0, 1), mode="qcolor")
    return [pg.mkBrush(color) for color in colors]


def style_search_scatter(plot: pg.PlotItem) -> None:
    """Log axes: learning rate across, weight decay up."""
    plot.setLogMode(x=True, y=True)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).enableAutoSIPrefix(False)
    plot.setLabel("bottom", QCoreApplication.translate("SpecialFigures", "learning rate"))
    plot.setLabel("left", QCoreApplication.translate("SpecialFigures", "weight decay"))
    plot.showGrid(x=True, y=True, alpha=0.3)


def add_search_scatter(plot: pg.PlotItem) -> pg.PlotDataItem:
    """An empty scatter (no line) for ``set_search_scatter``."""
    return plot.plot([], [], pen=None, symbol="o", symbolSize=10, symbolPen=pg.mkPen("k"))


def set_search_scatter(scatter: pg.PlotDataItem, trials: Sequence[Trial]) -> None:
    """Show ``trials`` (learning rate, weight decay), each coloured by its validation accuracy."""
    scatter.setData(
        [t.learning_rate for t in trials],
        [t.weight_decay for t in trials],
        symbolBrush=accuracy_brushes([t.final_val_acc for t in trials]),
    )


def build_search_scatter(
    result: SearchResult, *, width: int = 760, height: int = 600
) -> pg.GraphicsLayoutWidget:
    """Learning rate against weight decay, coloured by validation accuracy, with a colour bar."""
    widget = _layout(width, height)
    plot = widget.addPlot(row=0, col=0)
    _style(plot)
    title = QCoreApplication.translate("SpecialFigures", "{count} trials: validation accuracy")
    plot.setTitle(title.format(count=len(result.trials)), size="10pt")
    style_search_scatter(plot)
    set_search_scatter(add_search_scatter(plot), result.trials)
    bar = pg.ColorBarItem(values=(0, 1), colorMap=ACCURACY_MAP, interactive=False, pen="k")
    bar.axis.setTextPen("k")
    bar.axis.setLabel(validation_label(), color="k")
    widget.addItem(bar, row=0, col=1)
    return widget


def validation_label() -> str:
    """The colour bar's label: validation accuracy, short."""
    return QCoreApplication.translate("SpecialFigures", "val acc")


def render_search_scatter(result: SearchResult) -> bytes:
    """The scatter of learning rate against weight decay as PNG bytes."""
    return widget_png(build_search_scatter(result))


# -- activation histograms --------------------------------------------------------


def histogram_title(result: HistogramResult) -> str:
    """``'ReLU, He'`` or ``'Sigmoid, std=0.01'``: ``HistogramResult.title`` translated."""
    names = {
        "sigmoid": QCoreApplication.translate("SpecialFigures", "Sigmoid"),
        "relu": "ReLU",
        "tanh": "tanh",
    }
    if result.scale in ("xavier", "he"):
        scale = SCALE_NAMES[result.scale]
    else:
        value = result.scale if isinstance(result.scale, str) else f"{result.scale:g}"
        scale = QCoreApplication.translate("SpecialFigures", "std={std}").format(std=value)
    return QCoreApplication.translate("SpecialFigures", "{activation}, {scale}").format(
        activation=names[result.activation], scale=scale
    )


def build_histograms_figure(
    result: HistogramResult, *, width: int = 1100, height: int = 320
) -> pg.GraphicsLayoutWidget:
    """The book's five histograms side by side, titled ``1-layer`` to ``5-layer``."""
    widget = _layout(width, height)
    widget.addLabel(histogram_title(result), row=0, col=0, colspan=HIDDEN_LAYER_SIZE, color="k")
    edges = result.edges
    for index, counts in enumerate(result.counts):
        plot = widget.addPlot(row=1, col=index)
        _style(plot)
        title = QCoreApplication.translate("SpecialFigures", "{layer}-layer")
        plot.setTitle(title.format(layer=index + 1), size="9pt")
        bars = pg.BarGraphItem(
            x0=edges[:-1], x1=edges[1:], height=counts, brush=HIST_COLOR, pen=pg.mkPen("w")
        )
        plot.addItem(bars)
        plot.setXRange(0, 1, padding=0.02)
        plot.setYRange(0, Y_LIMIT, padding=0)
        if index:
            plot.getAxis("left").setStyle(showValues=False)
        else:
            plot.getAxis("left").setWidth(44)
    return widget


def render_histograms_figure(result: HistogramResult) -> bytes:
    """The five histograms as PNG bytes."""
    return widget_png(build_histograms_figure(result))
