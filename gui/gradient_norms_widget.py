"""Each layer's gradient size and relative update over a run, on log axes.

The top plot draws ``||dL/dW||`` of every weight matrix against the iteration,
one colour per layer (legend W1..Wn); the bottom one the update-to-weight
ratio ``||dW|| / ||W||`` with a dashed reference line at 1e-3, the usual rule
of thumb for a healthy learning rate. Both read a growing
``core.gradient_history.GradientHistory`` (the session's); ``refresh`` (from the
window's timer) redraws only when it has grown, and a long run is drawn as a
min/max envelope of about two points per pixel. The y axes span whole decades
(at least three; the ratio plot's always holds the reference line). Texts are set
in ``retranslate``, colours and line widths from ``appearance()``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.gradient_history import GradientHistory
from core.race import RACE_COLORS
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating

REFERENCE_RATIO = 1e-3
MIN_POINTS = 200
MIN_DECADES = 3
TOOLTIP = QT_TRANSLATE_NOOP(
    "GradientNormsPlot",
    "How large each layer's weight gradient is, iteration by iteration (log scale).\n"
    "Vanishing gradients: in a deep sigmoid network the first layers' gradients are\n"
    "orders of magnitude smaller than the last layer's, so those layers barely learn.\n"
    "Below: how far each step moves a layer's weights relative to their size;\n"
    "around 1e-3 (the dashed line) is the usual rule of thumb.",
)


def layer_color(index: int, count: int) -> pg.Color:
    """Layer ``index``'s colour: Okabe and Ito's six, then evenly spaced hues."""
    if index < len(RACE_COLORS):
        return pg.mkColor(RACE_COLORS[index])
    return pg.intColor(index - len(RACE_COLORS), hues=max(count - len(RACE_COLORS), 1))


def envelope(x: np.ndarray, y: np.ndarray, max_points: int) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` as at most ``max_points`` points: each bucket's smallest and largest y.

    Parameters
    ----------
    x : (T,) ndarray
    y : (T, L) float ndarray
        NaN where there is nothing to draw (ignored within a bucket).
    max_points : int

    Returns
    -------
    x : (P,) ndarray, y : (P, L) float ndarray
        Unchanged if ``T <= max_points``; otherwise each bucket's first and last x
        with its min and max (P = 2 * buckets).
    """
    if len(x) <= max_points:
        return x, y
    buckets = max(max_points // 2, 1)
    starts = np.linspace(0, len(x), buckets + 1).astype(np.intp)
    starts = np.unique(starts[:-1])
    ends = np.append(starts[1:], len(x)) - 1
    with np.errstate(invalid="ignore"):
        low = np.fmin.reduceat(y, starts, axis=0)
        high = np.fmax.reduceat(y, starts, axis=0)
    xs = np.column_stack([x[starts], x[ends]]).ravel()
    ys = np.stack([low, high], axis=1).reshape(2 * len(starts), y.shape[1])
    return xs, ys


def decade_range(values: np.ndarray, include: float | None = None) -> tuple[float, float]:
    """Whole decades (log10) around the finite values, at least ``MIN_DECADES`` of them.

    Ticks at whole decades are readable; a range under three decades gets crowded
    minor labels (0.002, 0.003, ...). ``include`` (a value) is kept inside too.
    """
    logs = np.log10(values[np.isfinite(values)])
    if include is not None:
        logs = np.append(logs, math.log10(include))
    if logs.size == 0:
        return -3.0, 0.0
    low, high = math.floor(logs.min()), math.ceil(logs.max())
    missing = MIN_DECADES - (high - low)
    if missing > 0:
        low -= missing // 2 + missing % 2
        high += missing // 2
    return float(low), float(high)


def positive(values: np.ndarray) -> np.ndarray:
    """``values`` with zeros, negatives, infinities and NaN as NaN (a log axis cannot show them)."""
    out = np.array(values, dtype=np.float64)
    out[~(np.isfinite(out) & (out > 0))] = np.nan
    return out


class GradientNormsPlot(Retranslating, QWidget):
    """Gradient norms (top) and update ratios (bottom) per layer, log y, shared x.

    Parameters
    ----------
    parent : QWidget, optional

    Attributes
    ----------
    history : GradientHistory or None
    norm_curves, ratio_curves : list of pyqtgraph.PlotDataItem
        One per weight matrix, named ``W1``, ``W2``, ...
    reference_line : pyqtgraph.InfiniteLine
        At ``log10(REFERENCE_RATIO)`` in the ratio plot's (log) coordinates.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientNormsPlot")
        self.history: GradientHistory | None = None
        self.norm_curves: list[pg.PlotDataItem] = []
        self.ratio_curves: list[pg.PlotDataItem] = []
        self._drawn: tuple[int, tuple[str, ...], int] | None = None
        self.norm_plot = self._plot("gradientNormsArea")
        self.ratio_plot = self._plot("updateRatiosArea")
        self.ratio_plot.setXLink(self.norm_plot)
        self.norm_plot.getPlotItem().addLegend(offset=(-10, 10))
        self.reference_line = pg.InfiniteLine(
            pos=math.log10(REFERENCE_RATIO),
            angle=0,
            label="1e-3",
            labelOpts={"position": 0.98, "anchors": [(1, 0), (1, 0)]},
        )
        self.ratio_plot.addItem(self.reference_line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.norm_plot, 3)
        layout.addWidget(self.ratio_plot, 2)
        appearance().changed.connect(self._apply_appearance)
        self._apply_appearance()
        self.retranslate()

    def _plot(self, name: str) -> pg.PlotWidget:
        widget = pg.PlotWidget()
        widget.setObjectName(name)
        plot = widget.getPlotItem()
        plot.setLogMode(x=False, y=True)
        plot.hideButtons()
        for axis in ("left", "bottom"):
            plot.getAxis(axis).enableAutoSIPrefix(False)
        return widget

    def retranslate(self) -> None:
        """Set the tooltip, axis labels and the reference line's label in the current language."""
        self.setToolTip(QCoreApplication.translate("GradientNormsPlot", TOOLTIP))
        self.norm_plot.setAccessibleName(self.tr("Gradient norm of each layer"))
        self.ratio_plot.setAccessibleName(self.tr("Update-to-weight ratio of each layer"))
        self.norm_plot.getPlotItem().setLabel("left", self.tr("gradient norm ||dL/dW||"))
        self.ratio_plot.getPlotItem().setLabel("left", self.tr("update / weight ||\u0394W||/||W||"))
        self.ratio_plot.getPlotItem().setLabel("bottom", self.tr("iteration"))
        self.reference_line.label.setFormat(self.tr("1e-3 (rule of thumb)"))

    def _apply_appearance(self) -> None:
        """Backgrounds, axes, legend, reference line and curve widths for the current theme."""
        look = appearance()
        colors = look.palette
        for widget in (self.norm_plot, self.ratio_plot):
            style_plot(widget, [widget.getPlotItem()])
        legend = self.norm_plot.getPlotItem().legend
        background = QColor(colors.background)
        background.setAlpha(220)
        legend.setBrush(pg.mkBrush(background))
        legend.setPen(pg.mkPen(colors.grid))
        legend.setLabelTextColor(colors.foreground)
        for _, label in legend.items:
            label.setText(label.text, color=colors.foreground)
        self.reference_line.setPen(
            pg.mkPen(colors.foreground, width=look.line_width(1.0), style=Qt.PenStyle.DashLine)
        )
        self.reference_line.label.setColor(colors.foreground)
        for k, (norm_curve, ratio_curve) in enumerate(
            zip(self.norm_curves, self.ratio_curves, strict=True)
        ):
            pen = pg.mkPen(layer_color(k, len(self.norm_curves)), width=look.line_width(2))
            norm_curve.setPen(pen)
            ratio_curve.setPen(pen)

    # -- what the window calls --------------------------------------------------------

    def set_history(self, history: GradientHistory) -> None:
        """Draw ``history`` (the session's, growing) from now on."""
        self.history = history
        self._drawn = None
        self.refresh()

    def refresh(self) -> None:
        """Redraw if the history has grown (or the plot's width changed); cheap otherwise."""
        if self.history is None:
            return
        count, names = len(self.history), self.history.names
        max_points = max(MIN_POINTS, 2 * self.norm_plot.width())
        key = (count, names, max_points)
        if key == self._drawn:
            return
        self._drawn = key
        if names != tuple(curve.name() for curve in self.norm_curves):
            self._build_curves(names)
        if count == 0:
            for curve in (*self.norm_curves, *self.ratio_curves):
                curve.setData([], [])
            return
        iterations, norms, ratios = self.history.arrays()
        x, y_norms = envelope(iterations, positive(norms), max_points)
        _, y_ratios = envelope(iterations, positive(ratios), max_points)
        for k, (norm_curve, ratio_curve) in enumerate(
            zip(self.norm_curves, self.ratio_curves, strict=True)
        ):
            norm_curve.setData(x, y_norms[:, k])
            ratio_curve.setData(x, y_ratios[:, k])
        self.norm_plot.setYRange(*decade_range(y_norms), padding=0.02)
        self.ratio_plot.setYRange(*decade_range(y_ratios, REFERENCE_RATIO), padding=0.02)

    def clear(self) -> None:
        """Remove the curves (the history is kept: a later ``refresh`` draws what it then holds)."""
        self._build_curves(())
        self._drawn = None

    def _build_curves(self, names: tuple[str, ...]) -> None:
        for curve in self.norm_curves:
            self.norm_plot.removeItem(curve)
        for curve in self.ratio_curves:
            self.ratio_plot.removeItem(curve)
        self.norm_curves, self.ratio_curves = [], []
        for k, name in enumerate(names):
            pen = pg.mkPen(layer_color(k, len(names)), width=appearance().line_width(2))
            options = {"name": name, "pen": pen, "connect": "finite"}
            self.norm_curves.append(self.norm_plot.plot(**options))
            self.ratio_curves.append(self.ratio_plot.plot(**options))
