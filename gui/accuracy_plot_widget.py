"""The book's accuracy chart, live: train and test accuracy at each epoch boundary.

The look comes from :mod:`gui.accuracy_chart` (the chart saved as ``output.png``).
The points are the ``EpochEvent`` list of the run's session (``set_source``; a list of
the widget's own, filled by :meth:`AccuracyPlotWidget.add_epoch`, when used alone),
drawn by the main window's ~30 Hz timer through :meth:`AccuracyPlotWidget.refresh`
when the list has changed. Hovering shows the values of the nearest epoch.
Colours follow ``gui.appearance`` (redrawn on its ``changed``), texts the language
(``retranslate``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QWidget

from core.events import EpochEvent
from gui.accuracy_chart import (
    OVERLAY_COLORS,
    EpochAxis,
    add_accuracy_curves,
    color_accuracy_curves,
    label_accuracy_plot,
    name_accuracy_curves,
    rename_curve,
    style_accuracy_plot,
    style_legend,
)
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating

HOVER_ALPHA = 230


class AccuracyPlotWidget(Retranslating, pg.PlotWidget):
    """Accuracy against epoch; x zooms and pans with the mouse, y stays 0..1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": EpochAxis("bottom")})
        self.setObjectName("accuracyPlot")
        # PlotWidget copies PlotItem.clear (which removes every item) onto the instance;
        # drop that copy so our clear() below is the one called.
        del self.clear
        plot = self.getPlotItem()
        style_accuracy_plot(plot)
        plot.setContentsMargins(6, 12, 18, 6)  # room for the "1.0" tick label at the top
        plot.getAxis("left").setStyle(hideOverlappingLabels=False)
        self.train_curve, self.test_curve = add_accuracy_curves(plot)
        view = plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        # Limits pin y to 0..1 even after the "A" (auto-range) button is clicked.
        view.setLimits(yMin=0.0, yMax=1.0, minYRange=1.0)
        view.enableAutoRange(x=True)
        # An invisible segment over x = 0..1 makes the x auto-range span at least 0..1.
        self._range_anchor = pg.PlotCurveItem([0.0, 1.0], [0.0, 0.0], pen=pg.mkPen(None))
        plot.addItem(self._range_anchor)
        self.hover_item = pg.TextItem("")
        self.hover_item.setZValue(100)
        self.hover_item.hide()
        plot.addItem(self.hover_item, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.overlay_curves: list[pg.PlotDataItem] = []
        self._overlay_names: list[str] = []
        self.source: list[EpochEvent] = []
        self._drawn = 0  # how many of the source's epochs the curves show
        self._hover_x: float | None = None
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Axis labels, legend names, tooltip and the hover text in the current language."""
        plot = self.getPlotItem()
        if plot is None:  # closed: pyqtgraph has let its plot go
            return
        label_accuracy_plot(plot)
        name_accuracy_curves(plot, self.train_curve, self.test_curve)
        for curve, name in zip(self.overlay_curves, self._overlay_names, strict=True):
            rename_curve(plot, curve, self._overlay_name(name))
        self.setToolTip(self.tr("Accuracy at each epoch; hover a point to read it"))
        self.setAccessibleName(self.tr("Accuracy plot"))
        if self._hover_x is not None and self.hover_item.isVisible():
            self.show_hover_at(self._hover_x)

    def apply_appearance(self) -> None:
        """Background, axes, legend, curves and hover box in the current theme's colours."""
        colors = appearance().palette
        plot = self.getPlotItem()
        if plot is None:  # closed
            return
        style_plot(self, [plot])
        style_legend(plot.legend, colors)
        color_accuracy_curves(self.train_curve, self.test_curve, colors)
        for curve in self.overlay_curves:
            pen = pg.mkPen(curve.opts["pen"])
            pen.setWidthF(appearance().line_width(1.5))
            curve.setPen(pen)
        fill = pg.mkColor(colors.background)
        fill.setAlpha(HOVER_ALPHA)
        self.hover_item.fill = pg.mkBrush(fill)
        self.hover_item.border = pg.mkPen(colors.grid)
        self.hover_item.setColor(colors.foreground)
        self.hover_item.update()

    def _overlay_name(self, name: str) -> str:
        return self.tr("{name} (test)").format(name=name)

    def set_overlays(
        self, runs: list[tuple[str, list[EpochEvent]]], colors: list[str | None] | None = None
    ) -> None:
        """Draw the test accuracy of saved runs ``(name, epochs)`` for comparison.

        Each is a thin dashed line with small squares in its own colour, named in
        the legend. An empty list removes them.
        """
        plot = self.getPlotItem()
        for item in self.overlay_curves:
            plot.removeItem(item)
        self.overlay_curves = []
        self._overlay_names = [name for name, _ in runs]
        for n, (name, epochs) in enumerate(runs):
            given = colors[n] if colors is not None else None
            color = given or OVERLAY_COLORS[n % len(OVERLAY_COLORS)]
            curve = plot.plot(
                [e.epoch for e in epochs],
                [e.test_acc for e in epochs],
                pen=pg.mkPen(color, width=appearance().line_width(1.5), style=Qt.PenStyle.DashLine),
                symbol="s",
                symbolSize=5,
                symbolBrush=color,
                symbolPen=color,
                name=self._overlay_name(name),
            )
            self.overlay_curves.append(curve)

    def set_source(self, epochs: list[EpochEvent]) -> None:
        """Draw ``epochs`` (a list that grows; the session's) from now on."""
        self.source = epochs
        self._drawn = -1

    @property
    def epochs(self) -> np.ndarray:
        """(E,) int64: the epoch index of each point (the chart's x)."""
        return np.array([e.epoch for e in self.source], dtype=np.int64)

    @property
    def iterations(self) -> np.ndarray:
        """(E,) int64: the iteration at which each point was measured."""
        return np.array([e.iteration for e in self.source], dtype=np.int64)

    @property
    def train_acc(self) -> np.ndarray:
        """(E,) float64: accuracy on the training set at each point."""
        return np.array([e.train_acc for e in self.source], dtype=np.float64)

    @property
    def test_acc(self) -> np.ndarray:
        """(E,) float64: accuracy on the test set at each point."""
        return np.array([e.test_acc for e in self.source], dtype=np.float64)

    def add_epoch(self, epoch: int, iteration: int, train_acc: float, test_acc: float) -> None:
        """Add one point to the source; it is drawn on the next :meth:`refresh`.

        Parameters
        ----------
        epoch : int
            Epoch index, the x of the point; must exceed every epoch already added.
        iteration : int
            Iteration at which the accuracies were measured (shown on hover).
        train_acc, test_acc : float
            Accuracies in [0, 1].
        """
        if self.source and epoch <= self.source[-1].epoch:
            raise ValueError(f"epoch {epoch} does not follow {self.source[-1].epoch}")
        self.source.append(EpochEvent(int(epoch), int(iteration), train_acc, test_acc))

    def refresh(self) -> None:
        """Draw the source's points if it changed since the last call."""
        if len(self.source) == self._drawn:
            return
        epochs = self.epochs
        self.train_curve.setData(epochs, self.train_acc)
        self.test_curve.setData(epochs, self.test_acc)
        self._drawn = len(self.source)

    def clear(self) -> None:
        """Empty the source (and the curves) now and hide the hover text."""
        self.source.clear()
        self.hover_item.hide()
        self.refresh()

    def hover_text(self, x: float) -> str | None:
        """Describe the epoch nearest to ``x`` (data coordinates), if within half an epoch.

        Returns
        -------
        str or None
            e.g. ``"epoch 5 (iteration 3,000)\\ntrain acc 0.9140\\ntest acc 0.9176"``;
            None when no epoch lies within 0.5 of ``x``.
        """
        index = self._nearest_index(x)
        if index is None:
            return None
        e = self.source[index]
        return self.tr(
            "epoch {epoch} (iteration {iteration})\ntrain acc {train}\ntest acc {test}"
        ).format(
            epoch=e.epoch,
            iteration=f"{e.iteration:,}",
            train=f"{e.train_acc:.4f}",
            test=f"{e.test_acc:.4f}",
        )

    def _nearest_index(self, x: float) -> int | None:
        if not self.source:
            return None
        distances = np.abs(self.epochs.astype(np.float64) - x)
        index = int(np.argmin(distances))
        return index if distances[index] <= 0.5 else None

    def show_hover_at(self, x: float) -> None:
        """Show the values of the epoch nearest to ``x`` next to its point, or hide them."""
        self._hover_x = x
        index = self._nearest_index(x)
        if index is None:
            self.hover_item.hide()
            return
        epoch = self.source[index].epoch
        y = max(self.source[index].train_acc, self.source[index].test_acc)
        # Open the box towards the middle of the view so it stays inside the plot:
        # leftwards in the right half, below the points when they are high.
        (x_min, x_max), _ = self.getViewBox().viewRange()
        high = y > 0.5
        self.hover_item.setAnchor(
            (1.0 if epoch > (x_min + x_max) / 2 else 0.0, 0.0 if high else 1.0)
        )
        self.hover_item.setText(self.hover_text(x) or "")
        self.hover_item.setPos(epoch, y - 0.03 if high else y + 0.03)
        self.hover_item.show()

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        view = self.getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            self.hover_item.hide()
            return
        self.show_hover_at(view.mapSceneToView(pos).x())

    def leaveEvent(self, event: QEvent) -> None:
        """Hide the hover text when the mouse leaves the widget."""
        self.hover_item.hide()
        super().leaveEvent(event)
