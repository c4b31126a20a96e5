"""Live histograms of every hidden layer's outputs, as in the book's chapter-6 figures.

One small histogram per hidden layer, side by side (five to a row), drawn from
``core.activation_stats`` for a fixed sample of 1,000 test images, each titled
with what it shows in words ("layer 2: 38% saturated (near 0 or 1), spread
0.31"). ``set_network`` may be called as often as the weights change: the
histograms are computed in a background thread at most every ``INTERVAL_MS``,
always for the latest network handed in.

The sample is loaded (``core.data.load_mnist``) in the background the first
time it is needed, unless one is given to the constructor (tests do).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from core.activation_stats import LayerSummary, sample_images, summarize
from core.architecture import Network
from core.data import load_mnist
from gui.background import call_in_background

INTERVAL_MS = 250
PER_ROW = 5
BAR_COLOR = "#0072B2"  # Okabe and Ito's blue
EMPTY_TEXT = "No network yet: start or load a run to see what its hidden layers output."
TOOLTIP = (
    "What each hidden layer outputs for the same 1,000 test images (30 bins).\n"
    "Sigmoid near 0 or 1 (saturated): the unit passes back almost no gradient.\n"
    "ReLU at 0 for every image (dead): the unit never learns again.\n"
    "A small spread: every unit says much the same thing.\n"
    "Change the initial scale and start again to see the book's chapter-6 lesson."
)


def load_sample() -> np.ndarray:
    """The fixed sample of 1,000 test images, ``(1000, 784)`` float32 (slow: reads MNIST)."""
    (_, _), (x_test, _) = load_mnist(normalize=False)
    return sample_images(x_test)


def plot_title(summary: LayerSummary) -> str:
    """``summary.title`` on two or three short lines, for a narrow plot."""
    head, _, rest = summary.title.partition(": ")
    lines = rest.replace(", spread", "<br>spread").replace(" (near", "<br>(near")
    return f"<b>{head}</b><br>" + lines.replace(", ", "<br>")


class ActivationHistograms(QWidget):
    """One histogram per hidden layer of the latest network, titled with its meaning.

    Parameters
    ----------
    parent : QWidget, optional
    images : (N, 784) float ndarray, optional
        The inputs to use; by default 1,000 test images chosen with seed 0.

    Attributes
    ----------
    summaries : list of LayerSummary
        What is drawn now (empty before the first network or after ``clear``).
    plots : list of pyqtgraph.PlotItem
    bars : list of pyqtgraph.PlotDataItem
        ``bars[k].getData()`` gives layer k+1's edges ``(31,)`` and counts ``(30,)``.
    """

    updated = Signal()  # new histograms are drawn
    failed = Signal(str)  # the sample could not be loaded or the network not run

    def __init__(self, parent: QWidget | None = None, images: np.ndarray | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationHistograms")
        self.setToolTip(TOOLTIP)
        self.images = images
        self.summaries: list[LayerSummary] = []
        self.plots: list[pg.PlotItem] = []
        self.bars: list[pg.PlotDataItem] = []
        self._pending: Network | None = None
        self._busy = False  # a computation (or the sample's loading) is running
        self._generation = 0  # bumped by clear(): results of older requests are dropped
        self._since_start = QElapsedTimer()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._compute)

        self.caption = QLabel(EMPTY_TEXT, objectName="activationHistogramsCaption")
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(6, 2, 6, 2)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    # -- what the window calls --------------------------------------------------------

    def set_network(self, network: Network) -> None:
        """Draw the hidden layers of ``network`` soon (at most every ``INTERVAL_MS``)."""
        self._pending = network
        self._schedule()

    def clear(self) -> None:
        """Forget the network and the histograms (a computation in flight is ignored)."""
        self._generation += 1
        self._pending = None
        self._timer.stop()
        self._remove_plots()
        self.summaries = []
        self.caption.setText(EMPTY_TEXT)

    # -- computing --------------------------------------------------------------------

    def _schedule(self) -> None:
        if self._busy or self._timer.isActive() or self._pending is None:
            return
        elapsed = self._since_start.elapsed() if self._since_start.isValid() else INTERVAL_MS
        self._timer.start(max(0, INTERVAL_MS - elapsed))

    def _compute(self) -> None:
        if self._busy or self._pending is None:
            return
        self._busy = True
        self._since_start.start()
        if self.images is None:
            call_in_background(load_sample, self._on_loaded, "load-sample")
            return
        generation = self._generation
        network, images = self._pending, self.images
        self._pending = None
        call_in_background(
            lambda: summarize(network, images),
            lambda r, e: self._on_computed(generation, r, e),
            "activation-histograms",
        )

    def _on_loaded(self, images: object, error: BaseException | None) -> None:
        if not isValid(self):  # closed while loading
            return
        self._busy = False
        if error is not None:
            self._pending = None
            self._report(f"Could not load the test images: {error}")
            return
        assert isinstance(images, np.ndarray)
        self.images = images
        self._since_start.invalidate()
        self._schedule()

    def _on_computed(self, generation: int, result: object, error: BaseException | None) -> None:
        if not isValid(self):  # closed while computing
            return
        self._busy = False
        if generation == self._generation:
            if error is not None:
                self._report(f"Could not compute the hidden layers' outputs: {error}")
            else:
                assert isinstance(result, list)
                self._draw(result)
        self._schedule()

    def _report(self, message: str) -> None:
        self.caption.setText(message)
        self.failed.emit(message)

    # -- drawing ----------------------------------------------------------------------

    def _draw(self, summaries: Sequence[LayerSummary]) -> None:
        if len(summaries) != len(self.plots) or [s.activation for s in summaries] != [
            s.activation for s in self.summaries
        ]:
            self._build_plots(len(summaries))
        for plot, bar, summary in zip(self.plots, self.bars, summaries, strict=True):
            bar.setData(summary.edges, summary.counts, stepMode="center")
            plot.setTitle(plot_title(summary), size="9pt", color="k")
            height = plot.titleLabel.item.boundingRect().height() + 4
            plot.titleLabel.setMaximumHeight(height)  # setTitle leaves room for one line only
            plot.layout.setRowFixedHeight(0, height)
            plot.setLabel("bottom", summary.axis_label)
            plot.setXRange(summary.edges[0], summary.edges[-1], padding=0.02)
        self.summaries = list(summaries)
        count = len(self.images) if self.images is not None else 0
        self.caption.setText(
            f"Outputs of each hidden layer ({summaries[0].activation}) "
            f"for {count:,} test images, 30 bins."
            if summaries
            else "This network has no hidden layer."
        )
        self.updated.emit()

    def _build_plots(self, count: int) -> None:
        self._remove_plots()
        for k in range(count):
            plot = self.view.addPlot(row=k // PER_ROW, col=k % PER_ROW)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setPen("k")
                plot.getAxis(axis).setTextPen("k")
                plot.getAxis(axis).enableAutoSIPrefix(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            if k % PER_ROW == 0:
                plot.setLabel("left", "count")
            if k:
                plot.setYLink(self.plots[0])  # heights compare across layers, as in the book
            bar = pg.PlotDataItem(
                stepMode="center", fillLevel=0, brush=pg.mkBrush(BAR_COLOR), pen=pg.mkPen("k")
            )
            plot.addItem(bar)
            self.plots.append(plot)
            self.bars.append(bar)

    def _remove_plots(self) -> None:
        self.view.clear()
        self.plots, self.bars = [], []
