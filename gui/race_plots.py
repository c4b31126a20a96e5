"""The race's loss plot: every contestant's raw and smoothed losses in its own colour.

Each contestant's losses live in its session's ``LossHistory``. A redraw asks the
history for the visible range at about two points per pixel (``LossHistory.curve``:
every loss, or per-block minima and maxima once there are more losses than that)
and smooths what is drawn with the book's ``smooth_curve``: the raw losses
themselves when every one is drawn, otherwise the mean loss of each drawn block
(``BlockMeans`` in :mod:`gui.race_block_means`, kept up to date from the new
losses only). A redraw costs the same for a thousand iterations or a million, and
only contestants whose losses (or the view) changed are redrawn.

Colours follow the theme (``gui.appearance``): on a dark background the race's
blue is too dark to read, so ``display_color`` (:mod:`gui.race_colors`, imported
from here too) swaps in lighter Okabe-Ito shades.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from core.loss_history import LossHistory
from core.race import Contestant
from core.util import smooth_curve
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating
from gui.loss_plot_widget import FOLLOW_MINIMUM, POINTS_PER_PIXEL, nice_ceiling
from gui.race_block_means import MEANS_BLOCK as MEANS_BLOCK
from gui.race_block_means import BlockMeans
from gui.race_colors import DARK_RACE_COLORS as DARK_RACE_COLORS
from gui.race_colors import display_color, style_legend
from gui.race_texts import contestant_labels

RAW_ALPHA = 70  # of 255: raw curves are a light wash of the contestant's colour


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
