"""Live plot of the training loss per iteration, raw and smoothed.

Every loss is kept in growing NumPy buffers; the main window's ~30 Hz timer calls
:meth:`LossPlotWidget.refresh`, which pushes the buffers to two existing curves. Auto
downsampling ("peak") and clip-to-view keep a redraw of 1,000,000 points cheap.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gui.accuracy_chart import OVERLAY_COLORS

LOSS_COLOR = "#1f77b4"
RAW_COLOR = "#bcd5ea"  # LOSS_COLOR at about a quarter strength on white
SMOOTHING_WEIGHT = 0.98  # per iteration: a time constant of 1 / (1 - 0.98) = 50 iterations
_INITIAL_CAPACITY = 1024
TAIL_BLOCK = 2000  # points redrawn on every refresh: between 2,000 and 4,000


def smooth_losses(losses: np.ndarray) -> np.ndarray:
    """The debiased moving average the plot draws, for a whole series ``(N,)`` at once."""
    w, ema, bias, last = SMOOTHING_WEIGHT, 0.0, 1.0, math.nan
    out = np.empty(len(losses))
    for n, value in enumerate(np.asarray(losses, dtype=float).tolist()):
        if math.isfinite(value):
            ema = w * ema + (1.0 - w) * value
            bias *= w
            last = ema / (1.0 - bias)
        out[n] = last
    return out


class LossPlotWidget(pg.PlotWidget):
    """Loss against iteration: a light raw curve, a bold smoothed one, epoch markers.

    Data arrives through :meth:`append` and :meth:`add_epoch_marker`, which only
    buffer it; nothing is drawn until :meth:`refresh`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("lossPlot")
        # PlotWidget copies PlotItem.clear (which removes every item) onto the instance;
        # drop that copy so our clear() below is the one called.
        del self.clear
        plot = self.getPlotItem()
        plot.setLabel("bottom", "iteration")
        plot.setLabel("left", "loss")
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen("k")
            plot.getAxis(axis).setTextPen("k")
        plot.addLegend(offset=(-10, 10), labelTextColor="k")
        plot.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        plot.legend.setPen(pg.mkPen("#999999"))
        # Drawing cost matters: it competes with training for the CPU. The raw curve is
        # an opaque light tint (it looks the same on white as a transparent pen and
        # needs no alpha blending). Peak downsampling keeps each bin's min and max, so
        # ~1.5 bins per pixel (pyqtgraph's default is 5) looks the same with a third of
        # the points; the smoothed curve has no peaks to keep and needs even fewer.
        #
        # Each curve is two items: a frozen prefix, set again only every TAIL_BLOCK
        # iterations, and a live tail (at most 2 * TAIL_BLOCK points) set on every
        # refresh, so a redraw's work does not grow with the length of the run.
        self.raw_curve = self._curve(plot, RAW_COLOR, 1, 1.5, "peak", name="loss")
        self.smooth_curve = self._curve(plot, LOSS_COLOR, 2, 0.25, "mean", name="smoothed")
        self.raw_frozen = self._curve(plot, RAW_COLOR, 1, 1.5, "peak")
        self.smooth_frozen = self._curve(plot, LOSS_COLOR, 2, 0.25, "mean")  # peak: steps
        # Fixed ranges: a redraw then re-lays neither the axes nor their labels, which
        # otherwise costs more than drawing the curves. x spans the whole run (the curve
        # grows left to right like a progress bar); y only ever grows, to fit the loss.
        plot.disableAutoRange()
        self._y_top = 0.0
        self.set_iteration_range(1)
        self.epoch_lines: list[pg.InfiniteLine] = []
        self.overlay_curves: list[pg.PlotDataItem] = []
        self._pending_lines: list[pg.InfiniteLine] = []
        self._reset_buffers()

    @staticmethod
    def _curve(
        plot: pg.PlotItem, color: str, width: int, factor: float, method: str, name=None
    ) -> pg.PlotDataItem:
        curve = plot.plot(name=name, pen=pg.mkPen(color, width=width), autoDownsampleFactor=factor)
        curve.setDownsampling(auto=True, method=method)
        curve.setClipToView(True)
        return curve

    def plotted(self, smoothed: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """Every point given to the plot, frozen prefix and live tail joined: ``(x, y)``.

        Parameters
        ----------
        smoothed : bool
            The smoothed curve instead of the raw one.
        """
        frozen, tail = (
            (self.smooth_frozen, self.smooth_curve)
            if smoothed
            else (self.raw_frozen, self.raw_curve)
        )
        xs, ys = [], []
        for item in (frozen, tail):
            x, y = item.getOriginalDataset()
            if x is not None and len(x):
                if xs and x[0] == xs[-1][-1]:  # the tail repeats the prefix's last point
                    x, y = x[1:], y[1:]
                xs.append(np.asarray(x))
                ys.append(np.asarray(y))
        if not xs:
            return np.empty(0), np.empty(0)
        return np.concatenate(xs), np.concatenate(ys)

    def set_overlays(self, runs: list[tuple[str, np.ndarray]]) -> None:
        """Draw the smoothed losses of saved runs ``(name, losses (N,))`` for comparison.

        Each is a thin dashed line in its own colour, named in the legend; the
        x axis widens to the longest. An empty list removes them.
        """
        plot = self.getPlotItem()
        for item in self.overlay_curves:
            plot.removeItem(item)
        self.overlay_curves = []
        longest = 0
        for n, (name, losses) in enumerate(runs):
            color = OVERLAY_COLORS[n % len(OVERLAY_COLORS)]
            pen = pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine)
            curve = plot.plot(np.arange(len(losses)), smooth_losses(losses), pen=pen, name=name)
            curve.setDownsampling(auto=True, method="mean")
            curve.setClipToView(True)
            self.overlay_curves.append(curve)
            longest = max(longest, len(losses))
            self._grow_y_range(np.asarray(losses, dtype=float))
        if longest:
            current = self.getPlotItem().viewRange()[0][1]
            self.set_iteration_range(max(longest, int(current)))

    def set_iteration_range(self, total: int) -> None:
        """Show iterations 0 to ``total`` (the whole run) on the x axis."""
        self.getPlotItem().setXRange(0, max(total, 1), padding=0.01)

    def _grow_y_range(self, chunk: np.ndarray) -> None:
        finite = chunk[np.isfinite(chunk)]
        if finite.size and finite.max() > self._y_top:
            self._y_top = 1.1 * float(finite.max())
            self.getPlotItem().setYRange(0, self._y_top, padding=0)

    def _reset_buffers(self) -> None:
        self._size = 0
        self._frozen_size = 0
        self._iterations = np.empty(_INITIAL_CAPACITY, dtype=np.int64)
        self._losses = np.empty(_INITIAL_CAPACITY, dtype=np.float64)
        self._raw_display = np.empty(_INITIAL_CAPACITY, dtype=np.float64)  # inf -> NaN
        self._smoothed = np.empty(_INITIAL_CAPACITY, dtype=np.float64)
        self._raw_all_finite = True
        self._smooth_all_finite = True
        # Debiased EMA state: ema starts at 0, so ema / (1 - w**count) undoes the pull
        # towards 0 of the first steps (TensorBoard's smoothing); `bias` is w**count.
        self._ema = 0.0
        self._bias = 1.0
        self._last_smoothed = math.nan
        self._dirty = True

    @property
    def iterations(self) -> np.ndarray:
        """(N,) int64 copy: the iteration number of every loss kept."""
        return self._iterations[: self._size].copy()

    @property
    def count(self) -> int:
        """How many losses are kept (cheaper than ``len(losses)``, which copies)."""
        return self._size

    @property
    def last_loss(self) -> float | None:
        """The most recent loss, or None."""
        return float(self._losses[self._size - 1]) if self._size else None

    @property
    def losses(self) -> np.ndarray:
        """(N,) float64 copy: every loss kept, exactly as given (NaN/inf included)."""
        return self._losses[: self._size].copy()

    @property
    def smoothed(self) -> np.ndarray:
        """(N,) float64 copy: the debiased exponential moving average of the losses."""
        return self._smoothed[: self._size].copy()

    def append(self, first_iteration: int, losses: np.ndarray) -> None:
        """Buffer a chunk of consecutive per-iteration losses; draws nothing.

        Parameters
        ----------
        first_iteration : int
            Iteration number of ``losses[0]`` (the book's ``i``, from 0); the others
            follow as ``first_iteration + 1, ...``. Must exceed every iteration kept.
        losses : (K,) float array
            Loss of each iteration; NaN and inf are kept, drawn as gaps and skipped by
            the smoothing.
        """
        chunk = np.asarray(losses, dtype=np.float64)
        if chunk.ndim != 1:
            raise ValueError(f"losses must be 1-D, got shape {chunk.shape}")
        if chunk.size == 0:
            return
        if self._size and first_iteration <= self._iterations[self._size - 1]:
            raise ValueError(
                f"iteration {first_iteration} does not follow {self._iterations[self._size - 1]}"
            )
        start, stop = self._size, self._size + chunk.size
        self._reserve(stop)
        self._iterations[start:stop] = np.arange(first_iteration, first_iteration + chunk.size)
        self._losses[start:stop] = chunk
        finite = np.isfinite(chunk)
        if finite.all():
            self._raw_display[start:stop] = chunk
        else:
            self._raw_display[start:stop] = np.where(finite, chunk, np.nan)
            self._raw_all_finite = False
        self._smoothed[start:stop] = self._smooth(chunk)
        self._grow_y_range(chunk)
        # Smoothed values are NaN only before the first finite loss, so look at the first.
        self._smooth_all_finite = not math.isnan(self._smoothed[0])
        self._size = stop
        self._dirty = True

    def _reserve(self, needed: int) -> None:
        """Grow every buffer to hold ``needed`` values, doubling (amortised O(1) append)."""
        capacity = self._losses.size
        if needed <= capacity:
            return
        capacity = max(needed, 2 * capacity)
        for name in ("_iterations", "_losses", "_raw_display", "_smoothed"):
            old = getattr(self, name)
            new = np.empty(capacity, dtype=old.dtype)
            new[: self._size] = old[: self._size]
            setattr(self, name, new)

    def _smooth(self, chunk: np.ndarray) -> list[float]:
        """Continue the debiased EMA over ``chunk`` (K,); non-finite values are skipped.

        A skipped value leaves the average untouched and repeats the last smoothed value
        (NaN only before the first finite loss), so one NaN does not poison the curve.
        """
        w, ema, bias, last = SMOOTHING_WEIGHT, self._ema, self._bias, self._last_smoothed
        out = []
        for value in chunk.tolist():
            if math.isfinite(value):
                ema = w * ema + (1.0 - w) * value
                bias *= w
                last = ema / (1.0 - bias)
            out.append(last)
        self._ema, self._bias, self._last_smoothed = ema, bias, last
        return out

    def add_epoch_marker(self, iteration: int) -> None:
        """Mark an epoch boundary with a dashed vertical line (added on the next refresh).

        Parameters
        ----------
        iteration : int
            Iteration at which the epoch ends (the book's ``i % iter_per_epoch == 0``).
        """
        pen = pg.mkPen((170, 170, 170), width=1, style=Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(pos=iteration, angle=90, movable=False, pen=pen)
        self.epoch_lines.append(line)
        self._pending_lines.append(line)

    def refresh(self) -> None:
        """Push what arrived since the last call to the plot; a no-op if nothing did."""
        for line in self._pending_lines:
            self.addItem(line, ignoreBounds=True)
        self._pending_lines.clear()
        if not self._dirty:
            return
        if self._size - self._frozen_size > 2 * TAIL_BLOCK:
            self._frozen_size = self._size - TAIL_BLOCK
            self._set_data(self.raw_frozen, self.smooth_frozen, 0, self._frozen_size)
        # The tail starts at the prefix's last point, so the line has no gap.
        self._set_data(self.raw_curve, self.smooth_curve, max(self._frozen_size - 1, 0), self._size)
        self._dirty = False

    def _set_data(
        self, raw: pg.PlotDataItem, smooth: pg.PlotDataItem, start: int, stop: int
    ) -> None:
        x = self._iterations[start:stop]
        for curve, y, all_finite in (
            (raw, self._raw_display[start:stop], self._raw_all_finite),
            (smooth, self._smoothed[start:stop], self._smooth_all_finite),
        ):
            # Known-finite data skips pyqtgraph's per-redraw isfinite pass over all points.
            connect = "all" if all_finite else "finite"
            curve.setData(x, y, connect=connect, skipFiniteCheck=all_finite)

    def clear(self) -> None:
        """Forget every loss and epoch marker and empty the curves now."""
        for line in self.epoch_lines:
            if line not in self._pending_lines:
                self.removeItem(line)
        self.epoch_lines.clear()
        self._pending_lines.clear()
        self._reset_buffers()
        self._y_top = 0.0
        self._set_data(self.raw_frozen, self.smooth_frozen, 0, 0)
        self.refresh()
