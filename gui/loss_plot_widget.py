"""Live plot of the training loss per iteration, raw and smoothed, at the screen's resolution.

The losses live in a ``core.loss_history.LossHistory`` (the run's one copy, owned by
the session); the main window's ~30 Hz timer calls :meth:`LossPlotWidget.refresh`,
which asks the history for the visible range at about four points per pixel (a
min/max envelope once there are more losses than that) and hands that to two
curves. A redraw costs the same for a thousand iterations or ten million.

The x axis follows the data (0 to a little past the last iteration, growing in
round steps so the axis is re-laid out rarely), or shows the whole planned run;
a zoom the user makes is kept until Fit. Epoch boundaries are one item of
dashed vertical segments, thinned when they would be closer than a few pixels.

Colours follow ``gui.appearance`` (the raw curve in the palette's ``loss``, the
smoothed one in ``smoothed``; redrawn on its ``changed``), texts the language
(``retranslate``).

Longer than most modules (about 400 lines): the x-range modes, the decimated
curves and the markers all follow the same view and are redrawn together.
"""

from __future__ import annotations

import enum
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from core.loss_history import LossHistory
from gui.accuracy_chart import OVERLAY_COLORS, rename_curve, style_legend
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating

POINTS_PER_PIXEL = 2  # a (min, max) pair per pixel column once decimated
MIN_MARKER_SPACING_PX = 6
NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
FOLLOW_MINIMUM = 10  # iterations shown before there are more


class XRange(enum.Enum):
    """What the x axis shows."""

    FOLLOW = "follow"  # 0 to the last iteration, growing
    WHOLE_RUN = "whole"  # 0 to the planned number of iterations
    USER = "user"  # a zoom or pan of the user's, kept until Fit


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten >= ``value``."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in NICE_STEPS:
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


class LossPlotWidget(Retranslating, QWidget):
    """Loss against iteration: a light raw curve, a bold smoothed one, epoch markers.

    Parameters
    ----------
    parent : QWidget, optional
    history : LossHistory, optional
        The losses to draw (the session's); a new, empty one by default.
    """

    x_range_changed = Signal(object)  # XRange

    def __init__(self, parent: QWidget | None = None, history: LossHistory | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.history = history if history is not None else LossHistory()
        self.plot_widget = pg.PlotWidget()
        self.plot_widget.setObjectName("lossPlotArea")
        plot = self.plot_item = self.plot_widget.getPlotItem()
        plot.addLegend(offset=(-10, 10))
        plot.hideButtons()  # the Fit button below does what pyqtgraph's "A" did
        plot.disableAutoRange()
        plot.setContentsMargins(6, 10, 12, 6)  # room for the top tick label, not clipped
        self.raw_curve = plot.plot(name="loss")
        self.smooth_curve = plot.plot(name="smoothed")
        self.last_point = pg.ScatterPlotItem(size=7, pen=None)
        plot.addItem(self.last_point)
        self.epoch_markers = pg.PlotCurveItem(connect="pairs")
        plot.addItem(self.epoch_markers, ignoreBounds=True)
        self.overlay_curves: list[pg.PlotDataItem] = []
        self._overlays: list[LossHistory] = []
        self._epoch_iterations: list[int] = []
        self._total = 0
        self._mode = XRange.FOLLOW
        self._chosen = XRange.FOLLOW  # what Fit goes back to
        self._y_top = 0.0
        self._drawn: tuple | None = None  # what the curves show: (version, range, width)
        self._markers_drawn: tuple | None = None
        self._setting_range = False
        self._last_point_shown = True
        plot.getViewBox().sigRangeChangedManually.connect(self._on_view_changed_by_user)
        self._build_buttons()
        self._apply_x_range()
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Title, buttons, tooltips, axis labels and legend names in the current language."""
        self.title_label.setText(self.tr("Loss per iteration"))
        texts = (
            (
                self.follow_button,
                self.tr("Follow"),
                self.tr("x axis: from 0 to the last iteration, growing"),
            ),
            (self.whole_run_button, self.tr("Whole run"), self.tr("x axis: the whole planned run")),
            (self.fit_button, self.tr("Fit"), self.tr("Show all the data again (after a zoom)")),
        )
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
        self.plot_item.setLabel("bottom", self.tr("iteration"))
        self.plot_item.setLabel("left", self.tr("loss"))
        rename_curve(self.plot_item, self.raw_curve, self.tr("loss"))
        rename_curve(self.plot_item, self.smooth_curve, self.tr("smoothed"))
        self.plot_widget.setAccessibleName(self.tr("Loss plot"))
        self.plot_widget.setToolTip(
            self.tr(
                "The loss of each iteration (light) and smoothed (bold); drag to pan, wheel to zoom"
            )
        )

    def apply_appearance(self) -> None:
        """Background, axes, legend and curves in the current theme's colours and widths."""
        look = appearance()
        colors = look.palette
        style_plot(self.plot_widget, [self.plot_item])
        style_legend(self.plot_item.legend, colors)
        self.raw_curve.setPen(pg.mkPen(colors.loss, width=look.line_width(1)))
        self.smooth_curve.setPen(pg.mkPen(colors.smoothed, width=look.line_width(2)))
        self.last_point.setBrush(pg.mkBrush(colors.smoothed))
        self.last_point.setSize(7 * look.scale)
        self.epoch_markers.setPen(
            pg.mkPen(colors.grid, width=look.line_width(1), style=Qt.PenStyle.DashLine)
        )
        for curve in self.overlay_curves:
            pen = pg.mkPen(curve.opts["pen"])
            pen.setWidthF(look.line_width(1.5))
            curve.setPen(pen)

    def _build_buttons(self) -> None:
        self.follow_button = self._tool_button("followButton")
        self.whole_run_button = self._tool_button("wholeRunButton")
        self.fit_button = QToolButton(objectName="fitButton")
        self.title_label = QLabel(objectName="lossPlotTitle")
        self.follow_button.setChecked(True)
        self.follow_button.clicked.connect(lambda: self.set_x_range(XRange.FOLLOW))
        self.whole_run_button.clicked.connect(lambda: self.set_x_range(XRange.WHOLE_RUN))
        self.fit_button.clicked.connect(self.fit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title_label)
        row.addStretch(1)
        for button in (self.follow_button, self.whole_run_button, self.fit_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)

    @staticmethod
    def _tool_button(name: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    # -- what to draw ----------------------------------------------------------------------

    def set_history(self, history: LossHistory) -> None:
        """Draw ``history`` from now on (the session's)."""
        self.history = history
        self._drawn = None

    def set_total_iterations(self, total: int) -> None:
        """The run's planned iterations (for the whole-run x axis)."""
        self._total = max(int(total), 0)
        self._drawn = None

    def set_epoch_iterations(self, iterations: list[int]) -> None:
        """Mark these iterations as epoch boundaries (drawn on the next refresh)."""
        self._epoch_iterations = list(iterations)
        self._markers_drawn = None

    def add_epoch_marker(self, iteration: int) -> None:
        """Mark one more epoch boundary (drawn on the next refresh)."""
        self._epoch_iterations.append(int(iteration))
        self._markers_drawn = None

    def set_overlays(
        self, runs: list[tuple[str, np.ndarray]], colors: list[str | None] | None = None
    ) -> None:
        """Draw the smoothed losses of saved runs ``(name, losses (N,))`` for comparison.

        Each is a thin dashed line in its own colour (``colors[n]`` where given:
        a race's contestant keeps its race colour), named in the legend. An
        empty list removes them.
        """
        for item in self.overlay_curves:
            self.plot_item.removeItem(item)
        self.overlay_curves, self._overlays = [], []
        for n, (name, losses) in enumerate(runs):
            given = colors[n] if colors is not None else None
            color = given or OVERLAY_COLORS[n % len(OVERLAY_COLORS)]
            width = appearance().line_width(1.5)
            pen = pg.mkPen(color, width=width, style=Qt.PenStyle.DashLine)
            self.overlay_curves.append(self.plot_item.plot(pen=pen, name=name))
            self._overlays.append(LossHistory.of(np.asarray(losses, dtype=float)))
        self._drawn = None
        self.refresh()

    def clear(self) -> None:
        """Forget the epoch markers, go back to following the data, and redraw now."""
        self._epoch_iterations = []
        self._y_top = 0.0
        self._mode = self._chosen
        self._sync_buttons()
        self._drawn = self._markers_drawn = None
        self.refresh()

    # -- the x range -------------------------------------------------------------------------

    @property
    def x_range_mode(self) -> XRange:
        """What the x axis shows now."""
        return self._mode

    def set_x_range(self, mode: XRange) -> None:
        """Follow the data, or show the whole run (a user's zoom is ``XRange.USER``)."""
        if mode is not XRange.USER:
            self._chosen = mode
        self._mode = mode
        self._sync_buttons()
        self._apply_x_range()
        self.x_range_changed.emit(mode)

    def fit(self) -> None:
        """Back to the chosen x range, with y fitted to the losses shown."""
        self._y_top = 0.0
        self.set_x_range(self._chosen)
        self._fit_y()

    def _sync_buttons(self) -> None:
        self.follow_button.setChecked(self._mode is XRange.FOLLOW)
        self.whole_run_button.setChecked(self._mode is XRange.WHOLE_RUN)

    def _on_view_changed_by_user(self, *_: object) -> None:
        if not self._setting_range and self._mode is not XRange.USER:
            self._mode = XRange.USER
            self._sync_buttons()
            self.x_range_changed.emit(self._mode)
        self._drawn = self._markers_drawn = None

    def _target_x(self) -> tuple[float, float] | None:
        if self._mode is XRange.USER:
            return None
        start = self.history.start if len(self.history) else 0
        if self._mode is XRange.WHOLE_RUN and self._total:
            return 0.0, float(max(self._total, start + 1))
        end = max(self.history.end, start + FOLLOW_MINIMUM)
        return float(start), start + nice_ceiling(end - start)

    def _apply_x_range(self) -> None:
        target = self._target_x()
        if target is None:
            return
        (x0, x1), _ = self.plot_item.viewRange()
        if (x0, x1) != target:
            self._set_range(xRange=target, padding=0.01)

    def _set_range(self, **kwargs: object) -> None:
        self._setting_range = True
        try:
            self.plot_item.setRange(**kwargs)
        finally:
            self._setting_range = False

    def _grow_y(self) -> None:
        top = self.history.finite_max()
        if top is not None and 1.1 * top > self._y_top:
            self._y_top = 1.1 * top
            self._set_range(yRange=(0.0, self._y_top), padding=0)

    def _fit_y(self) -> None:
        (x0, x1), _ = self.plot_item.viewRange()
        top = self.history.finite_max(math.floor(x0), math.ceil(x1) + 1)
        for overlay in self._overlays:
            other = overlay.finite_max(math.floor(x0), math.ceil(x1) + 1)
            top = other if top is None else max(top, other or 0.0)
        self._y_top = 1.1 * top if top else 1.0
        self._set_range(yRange=(0.0, self._y_top), padding=0)

    # -- drawing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Draw what changed since the last call: new losses, a new range, new markers."""
        self._apply_x_range()
        if self._mode is not XRange.USER:
            self._grow_y()
        (x0, x1), (y0, y1) = self.plot_item.viewRange()
        width = max(self.plot_item.getViewBox().width(), 100.0)
        key = (self.history.version, x0, x1, round(width))
        if key != self._drawn:
            self._draw_curves(x0, x1, int(width * POINTS_PER_PIXEL))
            self._drawn = key
        markers_key = (len(self._epoch_iterations), x0, x1, y0, y1, round(width))
        if markers_key != self._markers_drawn:
            self._draw_markers(x0, x1, y0, y1, width)
            self._markers_drawn = markers_key

    def _draw_curves(self, x0: float, x1: float, max_points: int) -> None:
        view = self.history.curve(x0, x1, max_points)
        finite = bool(np.isfinite(view.y).all())
        self.raw_curve.setData(
            view.x, view.y, connect="all" if finite else "finite", skipFiniteCheck=finite
        )
        smooth_finite = bool(np.isfinite(view.smooth_y).all())
        self.smooth_curve.setData(
            view.smooth_x,
            view.smooth_y,
            connect="all" if smooth_finite else "finite",
            skipFiniteCheck=smooth_finite,
        )
        self._draw_last_point()
        for curve, overlay in zip(self.overlay_curves, self._overlays, strict=True):
            o = overlay.curve(x0, x1, max_points)
            curve.setData(o.smooth_x, o.smooth_y, connect="finite")

    def show_last_point(self, show: bool) -> None:
        """Mark the latest loss with a dot (when the run stands still: a step, a pause, the end)."""
        self._last_point_shown = show
        self._draw_last_point()

    def _draw_last_point(self) -> None:
        last = self.history.last
        # While the curve grows, its end is easy to see, and moving a dot 30 times a
        # second costs more than the curve: the dot shows a run standing still, or a
        # run so short that it has no line yet.
        show = self._last_point_shown or len(self.history) < 2
        if show and last is not None and math.isfinite(last):
            self.last_point.setData([self.history.end - 1], [last])
        elif self.last_point.data.size:
            self.last_point.setData([], [])

    def _draw_markers(self, x0: float, x1: float, y0: float, y1: float, width: float) -> None:
        positions = self.marker_positions(x0, x1, width)
        x = np.repeat(positions, 2)
        y = np.tile([y0, y1], len(positions))
        self.epoch_markers.setData(x, y, connect="pairs")

    def marker_positions(self, x0: float, x1: float, width_px: float) -> np.ndarray:
        """The epoch boundaries drawn in ``[x0, x1]`` at ``width_px``: every k-th one when dense.

        ``k`` keeps the drawn lines at least ``MIN_MARKER_SPACING_PX`` apart.
        """
        iterations = np.asarray(self._epoch_iterations, dtype=np.float64)
        if iterations.size == 0 or x1 <= x0:
            return iterations[:0]
        spacing = np.median(np.diff(iterations)) if iterations.size > 1 else x1 - x0
        spacing_px = spacing * width_px / (x1 - x0)
        every = max(math.ceil(MIN_MARKER_SPACING_PX / max(spacing_px, 1e-9)), 1)
        kept = iterations[::every]
        return kept[(kept >= x0) & (kept <= x1)]

    # -- for tests and exports -------------------------------------------------------------------

    def plotted(self, smoothed: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The points the raw (or smoothed) curve was last given: ``(x, y)``."""
        curve = self.smooth_curve if smoothed else self.raw_curve
        x, y = curve.getOriginalDataset()
        if x is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y)

    @property
    def drawn_epoch_markers(self) -> np.ndarray:
        """The x of every epoch line drawn now."""
        x, _ = self.epoch_markers.getData()
        return np.empty(0) if x is None else np.asarray(x)[::2]

    @property
    def losses(self) -> np.ndarray:
        """``(N,)`` copy of every loss drawn from (the history's)."""
        return self.history.losses

    @property
    def count(self) -> int:
        """How many losses the history holds."""
        return len(self.history)

    @property
    def last_loss(self) -> float | None:
        """The most recent loss, or None."""
        return self.history.last
