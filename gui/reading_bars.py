"""The network's reading as two bar plots: the probability of each class, and the hidden units.

The probability bars are labelled by ``set_labels`` (the digits by default, a
dataset's class names otherwise); the answer's bar is drawn in the theme's
``bar_top`` colour, the others in ``bar``. The hidden units' bars show the
activations of the first hidden layer, the units that pushed hardest towards the
answer in green, as the weights view outlines them. Neither plot reacts to the
mouse or takes the focus: they show, and their tooltips say what.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core.reading import Reading
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating

STRONG_UNIT_COLOR = "#00c853"  # as the outlines in the weights view
HIGHLIGHTED_UNITS = 5
TITLE_SIZE = "9pt"


def _bar_plot(name: str) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    plot.setObjectName(name)
    plot.setMinimumWidth(120)
    plot.setMouseEnabled(x=False, y=False)
    for widget in (plot, plot.viewport()):  # nothing to do there with keys or mouse
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setYRange(0, 1, padding=0)
    return plot


def _set_title(plot: pg.PlotWidget, title: str) -> None:
    """The plot's title in the theme's text colour (set again only when it changes)."""
    color = appearance().palette.foreground
    label = plot.getPlotItem().titleLabel
    if label.text != title or label.opts.get("color") != color:
        plot.setTitle(title, color=color, size=TITLE_SIZE)


class ReadingBarsWidget(Retranslating, QWidget):
    """The probability bars beside the hidden units' bars.

    Attributes
    ----------
    probability_bars, hidden_plot : pg.PlotWidget
        The two plots (objectNames ``probabilityBars``, ``hiddenActivations``).
    bar_item : pg.BarGraphItem
        One bar per class; its ``opts["height"]`` are the probabilities.
    hidden_item : pg.BarGraphItem
        One bar per hidden unit; its ``opts["height"]`` are the activations.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading: Reading | None = None
        self.probability_bars = _bar_plot("probabilityBars")
        self.bar_item = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        self.probability_bars.addItem(self.bar_item)
        self.hidden_plot = _bar_plot("hiddenActivations")
        self.hidden_item = pg.BarGraphItem(x=[], height=[], width=0.8, pen=None)
        self.hidden_plot.addItem(self.hidden_item)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.probability_bars, 1)
        row.addWidget(self.hidden_plot, 1)
        self.set_labels([str(k) for k in range(10)])
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, tooltips and accessible names in the current language."""
        self.probability_bars.setToolTip(
            self.tr("The probability of each class; the darker bar is the network's answer")
        )
        self.probability_bars.setAccessibleName(self.tr("Probabilities"))
        self.hidden_plot.setToolTip(
            self.tr(
                "Activation of each hidden unit; green: the units that pushed hardest "
                "towards the answer (outlined in the weights view too)"
            )
        )
        self.hidden_plot.setAccessibleName(self.tr("Hidden unit activations"))
        self._show_titles()

    def apply_appearance(self) -> None:
        """The plots' background, axes, titles and bars in the current theme's colours."""
        for plot in (self.probability_bars, self.hidden_plot):
            style_plot(plot, [plot.getPlotItem()])
        self._show_titles()
        self._color_bars()

    def set_labels(self, labels: Sequence[str]) -> None:
        """The label under each probability bar, class 0 first."""
        self.probability_bars.getAxis("bottom").setTicks([list(enumerate(labels))])

    def labels(self) -> list[str]:
        """The labels under the probability bars, class 0 first."""
        return [text for _, text in self.probability_bars.getAxis("bottom")._tickLevels[0]]

    def show_reading(self, reading: Reading | None) -> list[int]:
        """Draw ``reading`` (None: empty bars); return its strongest first-layer units.

        The units (strongest first) are those the weights view can outline: none
        when the activations shown are not the first hidden layer's.
        """
        self.reading = reading
        if reading is None:
            self.bar_item.setOpts(height=np.zeros(10))
            self.hidden_item.setOpts(x=[], height=[])
            self._color_bars()
            return []
        self.bar_item.setOpts(height=reading.probabilities)
        self.hidden_item.setOpts(x=np.arange(reading.hidden.size), height=reading.hidden)
        self._color_bars()
        self.hidden_plot.setXRange(-0.5, reading.hidden.size - 0.5, padding=0)
        top = max(1.0, float(np.nanmax(reading.hidden, initial=0.0)))
        self.hidden_plot.setYRange(min(0.0, float(np.nanmin(reading.hidden))), top, padding=0)
        self._show_titles()
        return reading.strongest_units(HIGHLIGHTED_UNITS) if reading.layer == 1 else []

    def _show_titles(self) -> None:
        layer = 1 if self.reading is None else self.reading.layer
        _set_title(self.probability_bars, self.tr("probabilities"))
        _set_title(self.hidden_plot, self.tr("hidden units z{layer}").format(layer=layer))

    def _color_bars(self) -> None:
        """Bars in the theme's colours: the answer's in ``bar_top``, strong units green."""
        colors = appearance().palette
        reading = self.reading
        top = None if reading is None else reading.top
        self.bar_item.setOpts(
            brushes=[colors.bar_top if k == top else colors.bar for k in range(10)]
        )
        if reading is not None:
            strongest = reading.strongest_units(HIGHLIGHTED_UNITS)
            self.hidden_item.setOpts(
                brushes=[
                    STRONG_UNIT_COLOR if j in strongest else colors.bar
                    for j in range(reading.hidden.size)
                ]
            )
