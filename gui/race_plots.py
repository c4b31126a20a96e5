"""The race's loss plot: every contestant's raw and smoothed losses in its own colour.

Each contestant's losses live in its session's ``LossHistory``. A redraw asks the
history for the visible range at about two points per pixel (``LossHistory.curve``:
every loss, or per-block minima and maxima once there are more losses than that)
and smooths what is drawn with the book's ``smooth_curve``: the raw losses
themselves when every one is drawn, otherwise the mean loss of each drawn block
(``BlockMeans``, kept up to date from the new losses only). A redraw costs the same
for a thousand iterations or a million, and only contestants whose losses (or the
view) changed are redrawn.

Colours follow the theme (``gui.appearance``): on a dark background the race's
blue is too dark to read, so ``display_color`` swaps in lighter Okabe-Ito shades.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from core.loss_history import LossHistory
from core.race import RACE_COLORS, Contestant
from core.util import smooth_curve
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating
from gui.loss_plot_widget import FOLLOW_MINIMUM, POINTS_PER_PIXEL, nice_ceiling
from gui.race_texts import contestant_labels

MEANS_BLOCK = 64
"""Iterations per stored block sum: a power of ``LossHistory``'s block factor (4)."""
RAW_ALPHA = 70  # of 255: raw curves are a light wash of the contestant's colour
DARK_RACE_COLORS = ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#E8743B")
"""``RACE_COLORS`` on a dark background: Okabe and Ito's blue (3.2:1 on #1e1f22) becomes
their sky blue, sky blue their yellow, vermillion a lighter vermillion; each reads at
4.5:1 or more on the dark plots."""


def display_color(color: str, dark: bool | None = None) -> str:
    """The colour that shows the race colour ``color`` in the current theme (or ``dark``)."""
    if dark is None:
        dark = appearance().palette.dark
    if dark and color in RACE_COLORS:
        return DARK_RACE_COLORS[RACE_COLORS.index(color)]
    return color


def style_legend(legend: pg.LegendItem) -> None:
    """A legend's text, frame and (slightly see-through) fill in the current theme."""
    colors = appearance().palette
    legend.setLabelTextColor(colors.foreground)
    fill = QColor(colors.background)
    fill.setAlpha(220)
    legend.setBrush(pg.mkBrush(fill))
    legend.setPen(pg.mkPen(colors.grid))
    for _, label in legend.items:
        label.setAttr("color", colors.foreground)
        label.setText(label.text)


class BlockMeans:
    """The mean finite loss of any block of iterations of a growing ``LossHistory``.

    Keeps prefix sums of the finite losses (and their count) per ``MEANS_BLOCK``
    iterations, extended by :meth:`update` from the losses added since the last
    call: blocks whose size is a multiple of ``MEANS_BLOCK`` cost two lookups.
    """

    def __init__(self, history: LossHistory) -> None:
        self.history = history
        self._reset()

    def _reset(self) -> None:
        self._start = self.history.start
        self._read = 0  # losses of the history folded in so far
        self._sums = np.zeros(1)  # _sums[k]: sum of the finite losses of the first k blocks
        self._counts = np.zeros(1)
        self._tail = np.empty(0)  # the losses of the incomplete last block (NaN if not finite)

    def update(self) -> None:
        """Fold in the losses added since the last call (start over if the history was cleared)."""
        h = self.history
        if len(h) < self._read or h.start != self._start:
            self._reset()
        if len(h) == self._read:
            return
        first = h.start + self._read
        new = self._raw(first, h.end)
        data = np.concatenate([self._tail, new])
        complete = len(data) // MEANS_BLOCK
        if complete:
            blocks = data[: complete * MEANS_BLOCK].reshape(complete, MEANS_BLOCK)
            finite = np.isfinite(blocks)
            sums = np.where(finite, blocks, 0.0).sum(axis=1)
            self._sums = np.concatenate([self._sums, self._sums[-1] + np.cumsum(sums)])
            self._counts = np.concatenate(
                [self._counts, self._counts[-1] + np.cumsum(finite.sum(axis=1))]
            )
        self._tail = data[complete * MEANS_BLOCK :]
        self._read = len(h)

    def _raw(self, first: int, stop: int) -> np.ndarray:
        """The losses of iterations ``first`` to ``stop - 1`` (NaN where not finite)."""
        view = self.history.curve(first, stop, max_points=stop - first + 8)
        keep = (view.x >= first) & (view.x < stop)
        return view.y[keep]

    def means(self, first: int, stop: int, block: int) -> tuple[np.ndarray, np.ndarray]:
        """Mean finite loss of each block of ``block`` iterations from ``first`` (a block start).

        Returns
        -------
        x : (B,) float64
            The middle iteration of each block (of its losses so far, for the last).
        y : (B,) float64
            The mean of the block's finite losses; NaN for a block without one.
        """
        h = self.history
        a, b = max(first - h.start, 0), min(stop - h.start, len(h))
        if b <= a:
            return np.empty(0), np.empty(0)
        edges = np.append(np.arange(a, b, block), b)
        if block % MEANS_BLOCK:
            raw = self._raw(h.start + a, h.start + b)
            finite = np.isfinite(raw)
            sums = np.add.reduceat(np.where(finite, raw, 0.0), edges[:-1] - a)
            counts = np.add.reduceat(finite.astype(np.float64), edges[:-1] - a)
        else:
            sums, counts = self._sums_between(edges)
        x = h.start + (edges[:-1] + edges[1:] - 1) / 2.0
        with np.errstate(invalid="ignore", divide="ignore"):
            return x, np.where(counts > 0, sums / counts, np.nan)

    def _sums_between(self, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Sums and counts of finite losses between consecutive ``edges`` (block-aligned)."""
        self.update()
        complete = len(self._sums) - 1
        index = np.minimum(edges // MEANS_BLOCK, complete)
        sums, counts = self._sums[index], self._counts[index]
        # The part past the last complete block (only the last edge reaches it).
        finite = np.isfinite(self._tail)
        past = edges > complete * MEANS_BLOCK
        sums = sums + past * np.where(finite, self._tail, 0.0).sum()
        counts = counts + past * finite.sum()
        return np.diff(sums), np.diff(counts)


class _ContestantLines:
    """The two curves of one contestant and what they show now."""

    def __init__(
        self, plot: pg.PlotItem, contestant: Contestant, history: LossHistory, label: str
    ) -> None:
        self.contestant = contestant
        self.history = history
        self.means = BlockMeans(history)
        self.raw = plot.plot()
        self.raw.setZValue(-1)
        self.smooth = plot.plot(name=label)
        self.apply_colors()
        self.drawn: tuple[int, float, float, int, bool] | None = None
        self.smooth_max: float | None = None

    def apply_colors(self) -> None:
        """Pens in the contestant's colour for the current theme and presentation scale."""
        color = display_color(self.contestant.color)
        raw_color = QColor(color)
        raw_color.setAlpha(RAW_ALPHA)
        look = appearance()
        self.raw.setPen(pg.mkPen(raw_color, width=look.line_width(1.0)))
        self.smooth.setPen(pg.mkPen(color, width=look.line_width(2.0)))

    def draw(self, x0: float, x1: float, max_points: int, raw_visible: bool) -> None:
        view = self.history.curve(x0, x1, max_points)
        if raw_visible:
            finite = bool(np.isfinite(view.y).all())
            self.raw.setData(view.x, view.y, connect="all" if finite else "finite")
        if view.block == 1:
            x, y = view.x, view.y
        else:
            first = int(view.x[0]) if len(view.x) else 0
            x, y = self.means.means(first, int(view.x[-1]) + view.block, view.block)
        keep = np.isfinite(y)
        x, y = x[keep], y[keep]
        smoothed = smooth_curve(y) if len(y) else y
        self.smooth.setData(x, smoothed)
        self.smooth_max = float(smoothed.max()) if len(smoothed) else None


class RaceLossPlot(Retranslating, QWidget):
    """Loss against iteration for every contestant; x follows the data, y starts at 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raceLossPlot")
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("raceLossView")
        plot = self.plot_item = self.plot_widget.getPlotItem()
        plot.addLegend(offset=(-10, 10))
        plot.hideButtons()
        plot.disableAutoRange()
        plot.setContentsMargins(6, 10, 12, 6)
        self.lines: list[_ContestantLines] = []
        self._following = True
        self._x_target: tuple[float, float] | None = None
        self._setting_range = False
        self._y_top = 0.0
        plot.getViewBox().sigRangeChangedManually.connect(self._on_view_changed_by_user)
        self.raw_check = QCheckBox(objectName="raceRawCheck", checked=True)
        self.raw_check.toggled.connect(self._on_raw_check_toggled)
        self.fit_button = QToolButton(objectName="raceFitButton")
        self.fit_button.clicked.connect(self.fit)
        self.title = QLabel(objectName="raceLossTitle")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.raw_check)
        row.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Axis labels, the legend, the controls' texts and tooltips in the current language."""
        self.title.setText(self.tr("Loss per iteration (smoothed: the book's smooth_curve)"))
        self.plot_item.setLabel("bottom", self.tr("iteration"))
        self.plot_item.setLabel("left", self.tr("loss"))
        self.raw_check.setText(self.tr("Raw losses"))
        self.raw_check.setToolTip(
            self.tr("Show every contestant's raw losses under its smoothed curve")
        )
        self.raw_check.setAccessibleName(self.tr("Raw losses"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Follow the data again, with y fitted to what is shown"))
        self.fit_button.setAccessibleName(self.tr("Fit the loss plot"))
        self.plot_widget.setToolTip(
            self.tr("Each contestant's loss in its colour: faint raw, solid smoothed")
        )
        self.plot_widget.setAccessibleName(self.tr("Race loss plot"))
        labels = contestant_labels([lines.contestant.config for lines in self.lines])
        for lines, label in zip(self.lines, labels, strict=True):
            lines.smooth.opts["name"] = label
            legend_label = self.plot_item.legend.getLabel(lines.smooth)
            if legend_label is not None:
                legend_label.setText(label)

    def apply_appearance(self) -> None:
        """Background, axes, legend and pens in the current theme."""
        style_plot(self.plot_widget, [self.plot_item])
        style_legend(self.plot_item.legend)
        for lines in self.lines:
            lines.apply_colors()

    def legend_texts(self) -> list[str]:
        """The legend's entries as shown."""
        return [label.text for _, label in self.plot_item.legend.items]

    def set_contestants(
        self, contestants: Sequence[Contestant], histories: Sequence[LossHistory]
    ) -> None:
        """Draw these contestants' histories from now on (in their colours, named by label)."""
        self.clear()
        labels = contestant_labels([c.config for c in contestants])
        self.lines = [
            _ContestantLines(self.plot_item, contestant, history, label)
            for contestant, history, label in zip(contestants, histories, labels, strict=True)
        ]
        style_legend(self.plot_item.legend)
        self.refresh()

    def clear(self) -> None:
        """Remove every contestant's curves and follow the data again."""
        for lines in self.lines:
            self.plot_item.removeItem(lines.raw)
            self.plot_item.removeItem(lines.smooth)
        self.lines = []
        self._following, self._x_target, self._y_top = True, None, 0.0

    @property
    def raw_visible(self) -> bool:
        """True when the raw curves are shown."""
        return self.raw_check.isChecked()

    def _on_raw_check_toggled(self, checked: bool) -> None:
        for lines in self.lines:
            lines.raw.setVisible(checked)
        self._y_top = 0.0
        self.refresh()

    def _on_view_changed_by_user(self, *_: object) -> None:
        if not self._setting_range:
            self._following, self._x_target = False, None

    def fit(self) -> None:
        """Follow the data again and fit y (from 0) to it."""
        self._following, self._x_target, self._y_top = True, None, 0.0
        self.refresh()

    def _set_range(self, **kwargs: object) -> None:
        self._setting_range = True
        try:
            self.plot_item.setRange(**kwargs)
        finally:
            self._setting_range = False

    def refresh(self) -> None:
        """Redraw the contestants whose losses changed, or all of them if the view did."""
        if self._following:
            end = max((lines.history.end for lines in self.lines), default=0)
            target = (0.0, nice_ceiling(max(end, FOLLOW_MINIMUM)))
            if target != self._x_target:
                self._set_range(xRange=target, padding=0.01)
                self._x_target = target
        (x0, x1), _ = self.plot_item.viewRange()
        width = max(self.plot_item.getViewBox().width(), 100.0)
        raw = self.raw_visible
        for lines in self.lines:
            key = (lines.history.version, x0, x1, round(width), raw)
            if key != lines.drawn:
                lines.draw(x0, x1, int(width * POINTS_PER_PIXEL), raw)
                lines.drawn = key
        if self._following:
            self._grow_y()

    def _grow_y(self) -> None:
        tops = [
            lines.history.finite_max() if self.raw_visible else lines.smooth_max
            for lines in self.lines
        ]
        top = max((t for t in tops if t is not None and math.isfinite(t)), default=None)
        if top is not None and 1.1 * top > self._y_top:
            self._y_top = 1.1 * top
            self._set_range(yRange=(0.0, self._y_top), padding=0)

    def plotted(self, index: int, smoothed: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The points contestant ``index``'s raw (or smoothed) curve was last given: ``(x, y)``."""
        curve = self.lines[index].smooth if smoothed else self.lines[index].raw
        x, y = curve.getOriginalDataset()
        if x is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
