"""A race in the window: every contestant's losses and accuracies in its colour, and the table.

The contestants' runs live in their ``TrainingSession`` objects (one each); this
view only draws them. The window's ~30 Hz timer calls :meth:`RaceViewWidget.refresh`,
which redraws only what changed since the last call: the loss curves of the
contestants that received losses (:mod:`gui.race_plots`), the accuracy curves of
those that measured an epoch, and the table cells whose text changed
(:mod:`gui.race_table`). Selecting a row names the contestant whose weights the
window shows and whose network reads the drawn digit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from core.race import MAX_CONTESTANTS, MIN_CONTESTANTS, Contestant
from core.session import TrainingSession
from gui.accuracy_chart import EpochAxis, style_accuracy_plot
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating
from gui.race_plots import RaceLossPlot, display_color, style_legend
from gui.race_table import RaceTable
from gui.race_texts import contestant_labels


class RaceAccuracyPlot(Retranslating, pg.PlotWidget):
    """Accuracy against epoch: per contestant train (solid, circles) and test (dashed, squares)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": EpochAxis("bottom")})
        self.setObjectName("raceAccuracyPlot")
        del self.clear  # PlotWidget copies PlotItem.clear onto the instance; ours is below
        plot = self.getPlotItem()
        style_accuracy_plot(plot)
        plot.setContentsMargins(6, 12, 18, 6)
        plot.getAxis("left").setStyle(hideOverlappingLabels=False)
        view = plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.setLimits(yMin=0.0, yMax=1.0, minYRange=1.0)
        view.enableAutoRange(x=True)
        plot.addItem(pg.PlotCurveItem([0.0, 1.0], [0.0, 0.0], pen=pg.mkPen(None)))
        # Two samples (not in the plot) tell in the legend which line is which.
        self._keys = [pg.PlotDataItem(symbol="o"), pg.PlotDataItem(symbol="s")]
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.contestants: list[Contestant] = []
        self.sessions: list[TrainingSession] = []
        self._drawn: list[int] = []
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Axis labels, legend and tooltip in the current language."""
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("epochs"))
        plot.setLabel("left", self.tr("accuracy"))
        self.setToolTip(
            self.tr("Each contestant's accuracy per epoch: train solid with circles, test dashed")
        )
        self.setAccessibleName(self.tr("Race accuracy plot"))
        labels = contestant_labels([c.config for c in self.contestants])
        names = [(train, label) for (train, _), label in zip(self.curves, labels, strict=True)]
        if self.curves:
            names += [(self._keys[0], self.tr("train acc")), (self._keys[1], self.tr("test acc"))]
        for item, name in names:
            item.opts["name"] = name
            legend_label = plot.legend.getLabel(item)
            if legend_label is not None:
                legend_label.setText(name)

    def apply_appearance(self) -> None:
        """Background, axes, legend and pens in the current theme."""
        plot = self.getPlotItem()
        style_plot(self, [plot])
        style_legend(plot.legend)
        look = appearance()
        width = look.line_width(2.0)
        key = look.palette.foreground
        self._keys[0].setPen(pg.mkPen(key, width=width))
        self._keys[1].setPen(pg.mkPen(key, width=width, style=Qt.PenStyle.DashLine))
        for item in self._keys:
            item.setSymbolBrush(key)
            item.setSymbolPen(key)
        for contestant, (train, test) in zip(self.contestants, self.curves, strict=True):
            color = display_color(contestant.color)
            train.setPen(pg.mkPen(color, width=width))
            test.setPen(pg.mkPen(color, width=width, style=Qt.PenStyle.DashLine))
            for curve in (train, test):
                curve.setSymbolBrush(color)
                curve.setSymbolPen(color)

    def set_contestants(
        self, contestants: Sequence[Contestant], sessions: Sequence[TrainingSession]
    ) -> None:
        """Draw these contestants' epochs from now on, named by label in the legend."""
        self.clear()
        plot = self.getPlotItem()
        labels = contestant_labels([c.config for c in contestants])
        for label in labels:
            train = plot.plot(symbol="o", symbolSize=6, name=label)
            test = plot.plot(symbol="s", symbolSize=6)
            self.curves.append((train, test))
        plot.legend.addItem(self._keys[0], self.tr("train acc"))
        plot.legend.addItem(self._keys[1], self.tr("test acc"))
        self.contestants = list(contestants)
        self.apply_appearance()
        self.sessions = list(sessions)
        self._drawn = [-1] * len(self.sessions)
        self.refresh()

    def clear(self) -> None:
        """Remove every contestant's curves."""
        plot = self.getPlotItem()
        for train, test in self.curves:
            plot.removeItem(train)
            plot.removeItem(test)
        for key in self._keys:
            plot.legend.removeItem(key)
        self.curves, self.contestants, self.sessions, self._drawn = [], [], [], []

    def refresh(self) -> None:
        """Draw the contestants that measured an epoch since the last call."""
        for index, session in enumerate(self.sessions):
            if len(session.epochs) == self._drawn[index]:
                continue
            epochs = [e.epoch for e in session.epochs]
            train, test = self.curves[index]
            train.setData(epochs, [e.train_acc for e in session.epochs])
            test.setData(epochs, [e.test_acc for e in session.epochs])
            self._drawn[index] = len(session.epochs)

    def plotted(self, index: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(epochs, train, test)`` as contestant ``index``'s curves were last given them."""
        train, test = self.curves[index]
        x, y_train = train.getOriginalDataset()
        _, y_test = test.getOriginalDataset()
        if x is None:
            return np.empty(0), np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y_train, dtype=float), np.asarray(y_test, dtype=float)


class RaceViewWidget(QWidget):
    """The race's loss and accuracy plots side by side, the table under them."""

    contestant_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raceView")
        self.loss_plot = RaceLossPlot()
        self.accuracy_plot = RaceAccuracyPlot()
        self.table = RaceTable()
        self.contestants: list[Contestant] = []
        self.sessions: list[TrainingSession] = []
        plots = QSplitter(Qt.Orientation.Horizontal, objectName="racePlotsSplitter")
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.accuracy_plot)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, objectName="raceSplitter")
        split.addWidget(plots)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        # The plots' own controls first (Raw losses, Fit), then the table.
        QWidget.setTabOrder(self.loss_plot.raw_check, self.loss_plot.fit_button)
        QWidget.setTabOrder(self.loss_plot.fit_button, self.table)

    def set_race(
        self, contestants: Sequence[Contestant], sessions: Sequence[TrainingSession]
    ) -> None:
        """Show a race: ``contestants[i]`` trains in ``sessions[i]`` (2 to 6 of them)."""
        if len(contestants) != len(sessions):
            raise ValueError(f"{len(contestants)} contestants but {len(sessions)} sessions")
        if not MIN_CONTESTANTS <= len(contestants) <= MAX_CONTESTANTS:
            raise ValueError(
                f"a race has {MIN_CONTESTANTS} to {MAX_CONTESTANTS} contestants, "
                f"got {len(contestants)}"
            )
        self.contestants, self.sessions = list(contestants), list(sessions)
        self.loss_plot.set_contestants(self.contestants, [s.history for s in self.sessions])
        self.accuracy_plot.set_contestants(self.contestants, self.sessions)
        self.table.set_race(self.contestants, self.sessions)

    def clear(self) -> None:
        """Show no race (and hold no reference to its sessions)."""
        self.contestants, self.sessions = [], []
        self.loss_plot.clear()
        self.accuracy_plot.clear()
        self.table.clear_race()

    def refresh(self) -> None:
        """Redraw what changed since the last call (the window's redraw timer calls this)."""
        self.loss_plot.refresh()
        self.accuracy_plot.refresh()
        self.table.refresh()

    def select(self, index: int) -> None:
        """Select contestant ``index`` (emits ``contestant_selected`` if it changes)."""
        self.table.selectRow(index)

    def selected_index(self) -> int:
        """The selected contestant's index, or -1 when none is."""
        return self.table.selected_index()

    def _on_table_selection_changed(self) -> None:
        index = self.table.selected_index()
        if index >= 0:
            self.contestant_selected.emit(index)

    # -- for tests -------------------------------------------------------------------------

    def plotted(self, index: int, smoothed: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """``(x, y)`` of contestant ``index``'s raw (or smoothed) loss curve as last drawn."""
        return self.loss_plot.plotted(index, smoothed)

    def accuracy_plotted(self, index: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(epochs, train, test)`` of contestant ``index``'s accuracy curves as last drawn."""
        return self.accuracy_plot.plotted(index)

    def table_row(self, index: int) -> dict[str, Any]:
        """What the table's row ``index`` shows (see ``RaceTable.row_contents``)."""
        return self.table.row_contents(index)
