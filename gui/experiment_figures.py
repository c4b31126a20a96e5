"""The book's chapter-6 figures drawn from our runs, as PNG (offscreen, no display needed).

``loss_figure_plot`` draws the optimizer and initial-weight comparisons (the
losses smoothed by the book's ``smooth_curve``, a marker every 100 points, the
book's legend names and ``plt.ylim``), ``accuracy_figure_plot`` the overfitting
figures (train with circles, test with squares, a marker every 10 epochs, the
legend lower right). Both return the plot and its items so tests can read the
data drawn; ``render_*`` turn them into PNG bytes. Colours are the race's
(``core.race.RACE_COLORS``), on white whatever the theme (a figure for a report);
axis labels and legends are in the window's language when the figure is drawn
(the series keep their English names as keys).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.events import EpochEvent
from core.experiments import Experiment
from core.race import RACE_COLORS
from core.util import smooth_curve
from gui.offscreen_png import widget_png

WIDTH, HEIGHT = 640, 480
"""matplotlib's default figure: 6.4 x 4.8 inches at 100 dpi."""
X_MARGIN = 0.05
"""matplotlib's default margin on each side of the data."""
CONTEXT = "ExperimentFigures"
WORDS = {
    "iterations": QT_TRANSLATE_NOOP("ExperimentFigures", "iterations"),
    "epochs": QT_TRANSLATE_NOOP("ExperimentFigures", "epochs"),
    "loss": QT_TRANSLATE_NOOP("ExperimentFigures", "loss"),
    "accuracy": QT_TRANSLATE_NOOP("ExperimentFigures", "accuracy"),
    "train": QT_TRANSLATE_NOOP("ExperimentFigures", "train"),
    "test": QT_TRANSLATE_NOOP("ExperimentFigures", "test"),
}
"""The figures' words (the book's axis labels and legend names) to translate."""


def figure_word(text: str) -> str:
    """An axis label or legend name of the book's figures in the current language.

    Optimizer names and He/Xavier stay; ``std=0.01`` has its word translated.
    """
    if text in WORDS:
        return QCoreApplication.translate(CONTEXT, WORDS[text])
    if text.startswith("std="):
        std = text.removeprefix("std=")
        return QCoreApplication.translate("ExperimentFigures", "std={std}").format(std=std)
    return text


@dataclass
class FigurePlot:
    """A figure ready to render, with its series by legend name.

    Attributes
    ----------
    widget : pg.PlotWidget
    lines : dict of str to PlotDataItem
        The curve of each series (``getData()`` gives what was drawn).
    markers : dict of str to PlotDataItem
        Its markers, every ``mark_every`` points of the curve.
    """

    widget: pg.PlotWidget
    lines: dict[str, pg.PlotDataItem] = field(default_factory=dict)
    markers: dict[str, pg.PlotDataItem] = field(default_factory=dict)


def _new_figure(experiment: Experiment, legend_offset: tuple[int, int]) -> FigurePlot:
    widget = pg.PlotWidget(background="w")
    widget.resize(WIDTH, HEIGHT)
    plot = widget.getPlotItem()
    plot.setContentsMargins(6, 12, 18, 6)
    plot.getAxis("bottom").setHeight(44)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("k")
        plot.getAxis(axis).setPen("k")
    plot.setLabel("bottom", figure_word(experiment.x_label))
    plot.setLabel("left", figure_word(experiment.y_label))
    plot.setYRange(*experiment.y_range, padding=0)
    legend = plot.addLegend(offset=legend_offset)
    legend.setLabelTextColor("k")
    legend.setBrush(pg.mkBrush(255, 255, 255, 220))
    legend.setPen(pg.mkPen("#999999"))
    return FigurePlot(widget)


def _add_series(
    figure: FigurePlot, label: str, y: np.ndarray, color: str, symbol: str, every: int
) -> None:
    """A curve without markers, its markers every ``every`` points, and a legend entry."""
    plot = figure.widget.getPlotItem()
    x = np.arange(len(y), dtype=float)
    pen = pg.mkPen(color, width=2)
    style = {"symbol": symbol, "symbolSize": 8, "symbolBrush": color, "symbolPen": color}
    figure.lines[label] = plot.plot(x, y, pen=pen)
    figure.markers[label] = plot.plot(x[::every], y[::every], pen=None, **style)
    # The legend's sample is the line with its marker, as matplotlib draws it: an item
    # outside the plot, given a point so that its marker takes the style.
    plot.legend.addItem(pg.PlotDataItem([0.0], [0.0], pen=pen, **style), figure_word(label))


def _set_x_range(figure: FigurePlot, length: int) -> None:
    last = max(length - 1, 1)
    figure.widget.getPlotItem().setXRange(0, last, padding=X_MARGIN)


def loss_figure_plot(
    experiment: Experiment, labels: Sequence[str], losses_list: Sequence[np.ndarray]
) -> FigurePlot:
    """The loss comparison of ``experiment`` (``optimizer_compare_mnist.py``'s figure).

    Parameters
    ----------
    experiment : Experiment
        Gives the axes, the range, the markers and whether to smooth.
    labels : sequence of str
        The legend name of each series (the experiment's labels, or those that finished).
    losses_list : sequence of (N_i,) float arrays
        The loss of every iteration of each series.
    """
    # Below the top tenth, where the curves that do not learn stay (std=0.01 at 2.3).
    figure = _new_figure(experiment, legend_offset=(-10, 50))
    for i, (label, losses) in enumerate(zip(labels, losses_list, strict=True)):
        y = np.asarray(losses, dtype=np.float64)
        if experiment.smoothed and len(y):
            y = smooth_curve(y)
        index = experiment.labels.index(label) if label in experiment.labels else i
        symbol = experiment.markers[index % len(experiment.markers)]
        _add_series(figure, label, y, RACE_COLORS[index], symbol, experiment.mark_every)
    _set_x_range(figure, max((len(losses) for losses in losses_list), default=1))
    return figure


def accuracy_figure_plot(experiment: Experiment, epochs: Sequence[EpochEvent]) -> FigurePlot:
    """Train and test accuracy per epoch (``overfit_weight_decay.py``'s figure).

    Parameters
    ----------
    experiment : Experiment
    epochs : sequence of EpochEvent
        One per accuracy measurement, in order.
    """
    figure = _new_figure(experiment, legend_offset=(-10, -10))
    train = np.array([e.train_acc for e in epochs], dtype=np.float64)
    test = np.array([e.test_acc for e in epochs], dtype=np.float64)
    train_marker, test_marker = experiment.markers
    every = experiment.mark_every
    _add_series(figure, "train", train, RACE_COLORS[0], train_marker, every)
    _add_series(figure, "test", test, RACE_COLORS[1], test_marker, every)
    _set_x_range(figure, len(epochs))
    return figure


def render_figure(figure: FigurePlot) -> bytes:
    """``figure`` as PNG bytes, laid out without being shown and without processEvents()."""
    return widget_png(figure.widget)


def render_loss_figure(
    experiment: Experiment, labels: Sequence[str], losses_list: Sequence[np.ndarray]
) -> bytes:
    """``loss_figure_plot`` as PNG bytes (640 x 480). Needs a ``QApplication``."""
    return render_figure(loss_figure_plot(experiment, labels, losses_list))


def render_accuracy_figure(experiment: Experiment, epochs: Sequence[EpochEvent]) -> bytes:
    """``accuracy_figure_plot`` as PNG bytes (640 x 480). Needs a ``QApplication``."""
    return render_figure(accuracy_figure_plot(experiment, epochs))
