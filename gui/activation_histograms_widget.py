"""Live histograms of every hidden layer's outputs, as in the book's chapter-6 figures.

One small histogram per hidden layer, side by side (five to a row), drawn from
``core.activation_stats`` for a fixed sample of 1,000 test images, each titled
with what it shows in words ("layer 2: 38% saturated (near 0 or 1), spread
0.31"). ``set_network`` may be called as often as the weights change: the
histograms are computed in a background thread at most every ``INTERVAL_MS``,
always for the latest network handed in.

Texts are set in ``retranslate`` (the titles from the summaries' numbers), colours
from ``appearance()``.

The sample is loaded (``core.data.load_mnist``) in the background the first
time it is needed, unless one is given to the constructor (tests do).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from core.activation_stats import LayerSummary, sample_images, summarize
from core.architecture import Network
from core.data import load_mnist
from gui.appearance import appearance, style_plot
from gui.background import call_in_background
from gui.i18n import Retranslating

INTERVAL_MS = 250
PER_ROW = 5
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ActivationHistograms",
    "No network yet: start or load a run to see what its hidden layers output.",
)
TOOLTIP = QT_TRANSLATE_NOOP(
    "ActivationHistograms",
    "What each hidden layer outputs for the same 1,000 test images (30 bins).\n"
    "Sigmoid near 0 or 1 (saturated): the unit passes back almost no gradient.\n"
    "ReLU at 0 for every image (dead): the unit never learns again.\n"
    "A small spread: every unit says much the same thing.\n"
    "Change the initial scale and start again to see the book's chapter-6 lesson.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivationHistograms", text)


def load_sample() -> np.ndarray:
    """The fixed sample of 1,000 test images, ``(1000, 784)`` float32 (slow: reads MNIST)."""
    (_, _), (x_test, _) = load_mnist(normalize=False)
    return sample_images(x_test)


def plot_title(summary: LayerSummary) -> str:
    """``summary.title``'s facts on short lines, for a narrow plot, in the current language."""
    head = QCoreApplication.translate("ActivationHistograms", "layer {layer}")
    lines = [f"<b>{head.format(layer=summary.layer)}</b>"]
    if summary.activation == "relu":
        lines.append(
            QCoreApplication.translate("ActivationHistograms", "{dead} of units dead").format(
                dead=f"{summary.dead:.0%}"
            )
        )
        lines.append(
            QCoreApplication.translate("ActivationHistograms", "{zeros} zeros").format(
                zeros=f"{summary.zeros:.0%}"
            )
        )
        return "<br>".join(lines)
    lines.append(
        QCoreApplication.translate("ActivationHistograms", "{saturated} saturated").format(
            saturated=f"{summary.saturated:.0%}"
        )
    )
    lines.append(
        QCoreApplication.translate("ActivationHistograms", "(near 0 or 1)")
        if summary.activation == "sigmoid"
        else QCoreApplication.translate("ActivationHistograms", "(near -1 or 1)")
    )
    lines.append(
        QCoreApplication.translate("ActivationHistograms", "spread {spread}").format(
            spread=f"{summary.spread:.2g}"
        )
    )
    return "<br>".join(lines)


def axis_label(summary: LayerSummary) -> str:
    """What the x axis shows (for ReLU: that the zeros are left out), translated."""
    return (
        QCoreApplication.translate("ActivationHistograms", "output > 0 (zeros not drawn)")
        if summary.activation == "relu"
        else QCoreApplication.translate("ActivationHistograms", "output")
    )


class ActivationHistograms(Retranslating, QWidget):
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
        self._message: str | None = None  # an error shown instead of the caption
        self._drawn = False  # a network's histograms are drawn (maybe none: no hidden layer)

        self.caption = QLabel(objectName="activationHistogramsCaption")
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(6, 2, 6, 2)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("activationHistogramsView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        appearance().changed.connect(self._apply_appearance)
        self._apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the tooltip, caption, titles and axis labels in the current language."""
        self.setToolTip(_tr(TOOLTIP))
        self.view.setAccessibleName(self.tr("Histograms of the hidden layers' outputs"))
        self._write_texts()

    def _apply_appearance(self) -> None:
        """Background, axes, bars and titles in the current theme's colours."""
        colors = appearance().palette
        style_plot(self.view, self.plots)
        for bar in self.bars:
            bar.setBrush(pg.mkBrush(colors.bar_top))
            bar.setPen(pg.mkPen(colors.foreground, width=appearance().line_width(1.0)))
        self._write_texts()

    def _write_texts(self) -> None:
        """The caption, and each plot's title and axis labels, from the summaries drawn."""
        summaries = self.summaries
        if self._message is not None:
            self.caption.setText(self._message)
        elif not self._drawn:
            self.caption.setText(_tr(EMPTY_TEXT))
        elif not summaries:
            self.caption.setText(self.tr("This network has no hidden layer."))
        else:
            count = len(self.images) if self.images is not None else 0
            caption = self.tr(
                "Outputs of each hidden layer ({activation}) for {count} test images, 30 bins."
            )
            self.caption.setText(
                caption.format(activation=summaries[0].activation, count=f"{count:,}")
            )
        color = appearance().palette.foreground
        for k, plot in enumerate(self.plots):
            if k % PER_ROW == 0:
                plot.setLabel("left", self.tr("count"))
            if k >= len(summaries):
                continue
            plot.setTitle(plot_title(summaries[k]), size="9pt", color=color)
            height = plot.titleLabel.item.boundingRect().height() + 4
            plot.titleLabel.setMaximumHeight(height)  # setTitle leaves room for one line only
            plot.layout.setRowFixedHeight(0, height)
            plot.setLabel("bottom", axis_label(summaries[k]))

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
        self._message, self._drawn = None, False
        self._write_texts()

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
            self._report(self.tr("Could not load the test images: {error}").format(error=error))
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
                message = self.tr("Could not compute the hidden layers' outputs: {error}")
                self._report(message.format(error=error))
            else:
                assert isinstance(result, list)
                self._draw(result)
        self._schedule()

    def _report(self, message: str) -> None:
        self._message = message
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
            plot.setXRange(summary.edges[0], summary.edges[-1], padding=0.02)
        self.summaries = list(summaries)
        self._message, self._drawn = None, True
        self._write_texts()
        self.updated.emit()

    def _build_plots(self, count: int) -> None:
        self._remove_plots()
        for k in range(count):
            plot = self.view.addPlot(row=k // PER_ROW, col=k % PER_ROW)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).enableAutoSIPrefix(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            if k:
                plot.setYLink(self.plots[0])  # heights compare across layers, as in the book
            bar = pg.PlotDataItem(stepMode="center", fillLevel=0)
            plot.addItem(bar)
            self.plots.append(plot)
            self.bars.append(bar)
        self._apply_appearance()

    def _remove_plots(self) -> None:
        self.view.clear()
        self.plots, self.bars = [], []
