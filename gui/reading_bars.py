"""The network's reading as two bar plots: the probability of each class, and the hidden units.

The probability bars are labelled by ``set_labels``. The digits (MNIST) stand
under vertical bars. Longer names (a dataset of clothes, in any language) would
overlap there, so they get one row each instead: horizontal bars, class 0 at the
top, the names on the left axis, elided to at most ``NAME_SHARE`` of the plot's
width (the plot's tooltip then lists them whole), and the probability plot takes
more of the row than the hidden units' plot. The answer's bar is drawn in the
theme's ``bar_top`` colour, the others in ``bar``. The hidden units' bars show the
activations of the first hidden layer, the units that pushed hardest towards the
answer in green, as the weights view outlines them. Neither plot reacts to the
mouse or takes the focus: they show, and their tooltips say what.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from core.reading import Reading
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating

STRONG_UNIT_COLOR = "#00c853"  # as the outlines in the weights view
HIGHLIGHTED_UNITS = 5
TITLE_SIZE = "9pt"
N_CLASSES = 10
DIGITS = tuple(str(k) for k in range(N_CLASSES))
BAR_WIDTH = 0.7
"""Thickness of a probability bar, in classes."""
NAME_SHARE = 0.65
"""At most this share of the probability plot's width goes to the class names."""
NAME_GAP = 8
"""Pixels between a class name and the axis line (pyqtgraph's text offset and a bit)."""
STRETCH = {False: (1, 1), True: (3, 2)}
"""The probability plot's and the hidden units' share of the row, by orientation."""
MIN_WIDTHS = {False: (120, 120), True: (150, 120)}
"""The probability plot's and the hidden units' least width, by orientation: names need
30 px more (the reader scrolls in its dock, so the window's least width is the same)."""
PROBABILITY_RANGE = (-0.02, 1.1)
"""The bottom axis under horizontal bars: room for the "1" under the longest bar's end."""
TICK_OVERFLOW = 8
"""Pixels a probability's tick text may reach past the ends of the bottom axis."""
MIN_NAME_POINTS = 6.0
"""The class names' font shrinks to fit a row, down to this size."""
PROBABILITY_TICKS = [[(0.0, "0"), (1.0, "1")], [(0.5, "0.5")]]
"""Under horizontal bars; the middle one goes when there is no room for it."""


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


def elide_names(names: Sequence[str], room: int, metrics: QFontMetrics) -> tuple[list[str], int]:
    """The names as they fit in ``room`` pixels, and the width the widest one takes.

    Parameters
    ----------
    names : the class names
    room : pixels available for a name (at least an ellipsis' width is used)
    metrics : the font the names are drawn in

    Returns
    -------
    (shown names, width in pixels)
    """
    widest = max(metrics.horizontalAdvance(name) for name in names)
    width = max(min(widest, room), metrics.horizontalAdvance("…"))
    shown = [
        name
        if metrics.horizontalAdvance(name) <= width  # elidedText may cut one that fits exactly
        else metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        for name in names
    ]
    return shown, width


class ReadingBarsWidget(Retranslating, QWidget):
    """The probability bars beside the hidden units' bars.

    Attributes
    ----------
    probability_bars, hidden_plot : pg.PlotWidget
        The two plots (objectNames ``probabilityBars``, ``hiddenActivations``).
    bar_item : pg.BarGraphItem
        One bar per class: vertical bars (the probabilities in ``opts["height"]``)
        for the digits, horizontal ones (in ``opts["width"]``) for class names;
        ``probabilities()`` reads either.
    hidden_item : pg.BarGraphItem
        One bar per hidden unit; its ``opts["height"]`` are the activations.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading: Reading | None = None
        self._labels: tuple[str, ...] = DIGITS
        self._horizontal = False
        self._probabilities = np.zeros(N_CLASSES)
        self.probability_bars = _bar_plot("probabilityBars")
        self.bar_item = pg.BarGraphItem(x=np.arange(N_CLASSES), height=np.zeros(10), width=0.7)
        self.probability_bars.addItem(self.bar_item)
        self.hidden_plot = _bar_plot("hiddenActivations")
        self.hidden_item = pg.BarGraphItem(x=[], height=[], width=0.8, pen=None)
        self.hidden_plot.addItem(self.hidden_item)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.probability_bars, 1)
        self._row.addWidget(self.hidden_plot, 1)
        self.probability_bars.installEventFilter(self)  # names elide to its width
        self.probability_bars.getViewBox().sigResized.connect(
            lambda _view: self._show_labels()
        )  # and rows
        self.set_labels(DIGITS)
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, tooltips and accessible names in the current language."""
        self._show_probability_tooltip()
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
        self._show_labels()  # the font may have grown with the presentation scale

    # -- labels and orientation -----------------------------------------------------

    def set_labels(self, labels: Sequence[str]) -> None:
        """Label the probability bars, class 0 first: the digits under vertical bars,
        other names beside horizontal ones (one row per class, class 0 at the top)."""
        labels = tuple(str(label) for label in labels)
        if len(labels) != N_CLASSES:
            raise ValueError(f"expected {N_CLASSES} labels, got {len(labels)}")
        self._labels = labels
        horizontal = labels != DIGITS
        if horizontal != self._horizontal:
            self._horizontal = horizontal
            self._orient()
        self._show_labels()

    def labels(self) -> list[str]:
        """The labels of the probability bars, class 0 first, whole (not elided)."""
        return list(self._labels)

    @property
    def horizontal(self) -> bool:
        """Whether the probability bars lie (class names) rather than stand (digits)."""
        return self._horizontal

    def label_axis(self) -> pg.AxisItem:
        """The axis that names the classes: the bottom one for digits, else the left one."""
        return self.probability_bars.getAxis("left" if self._horizontal else "bottom")

    def axis_labels(self) -> list[str]:
        """The class labels as the axis shows them now (long names elided), class 0 first."""
        ticks = self.label_axis()._tickLevels  # set by setTicks
        return [text for _, text in ticks[0]] if ticks else []

    def probabilities(self) -> np.ndarray:
        """The probabilities the bars show now, class 0 first (zeros without a reading)."""
        return self._probabilities.copy()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.probability_bars and event.type() == QEvent.Type.Resize:
            self._show_labels()
        return super().eventFilter(watched, event)

    def _orient(self) -> None:
        """Lay the probability plot out for the current orientation (axes, ranges, room)."""
        plot, horizontal = self.probability_bars, self._horizontal
        view = plot.getViewBox()
        view.invertY(horizontal)  # class 0 on top
        if horizontal:
            bottom = plot.getAxis("bottom")
            bottom.setTicks(PROBABILITY_TICKS)
            bottom.setStyle(hideOverlappingLabels=TICK_OVERFLOW)  # the 0 and 1 at the ends
            plot.setXRange(*PROBABILITY_RANGE, padding=0)
            plot.setYRange(-0.5, N_CLASSES - 0.5, padding=0)
        else:
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=True)  # pyqtgraph's default
            left = plot.getAxis("left")
            left.setTicks(None)
            left.setWidth(None)
            left.setStyle(tickFont=QFont(QApplication.font()))  # as ``style_plot`` sets it
            plot.setYRange(0, 1, padding=0)
            view.enableAutoRange(x=True)
        for column, stretch in enumerate(STRETCH[horizontal]):
            self._row.setStretch(column, stretch)
        plots = (self.probability_bars, self.hidden_plot)
        for each, width in zip(plots, MIN_WIDTHS[horizontal], strict=True):
            each.setMinimumWidth(width)
        self._draw_bars()

    def _show_labels(self) -> None:
        """Put the labels on their axis: whole digits, or names elided to the room there is."""
        if not self._horizontal:
            self.label_axis().setTicks([list(enumerate(self._labels))])
            self._show_probability_tooltip()
            return
        font = self.name_font()
        metrics = QFontMetrics(font)
        room = int(self.probability_bars.width() * NAME_SHARE) - NAME_GAP
        shown, width = elide_names(self._labels, room, metrics)
        axis = self.label_axis()
        if axis.style["tickFont"] != font:
            axis.setStyle(tickFont=font)
        if axis._tickLevels != [list(enumerate(shown))] or axis.fixedWidth != width + NAME_GAP:
            axis.setTicks([list(enumerate(shown))])
            axis.setWidth(width + NAME_GAP)
        self._show_probability_tooltip()

    def name_font(self) -> QFont:
        """The class names' font: the interface's (``style_plot``), smaller if the rows
        are too short for it (a short dock, a large presentation scale), never below
        ``MIN_NAME_POINTS``."""
        font = QFont(QApplication.font())
        pitch = self.probability_bars.getViewBox().height() / N_CLASSES
        line = QFontMetrics(font).height()
        if pitch > 0 and line > pitch and font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF() * pitch / line, MIN_NAME_POINTS))
        return font

    def _show_probability_tooltip(self) -> None:
        tip = self.tr("The probability of each class; the darker bar is the network's answer")
        if self._horizontal and self.axis_labels() != list(self._labels):
            tip = "\n".join([tip, *self._labels])  # the whole names, top to bottom
        self.probability_bars.setToolTip(tip)

    # -- the reading ----------------------------------------------------------------

    def show_reading(self, reading: Reading | None) -> list[int]:
        """Draw ``reading`` (None: empty bars); return its strongest first-layer units.

        The units (strongest first) are those the weights view can outline: none
        when the activations shown are not the first hidden layer's.
        """
        self.reading = reading
        if reading is None:
            self._probabilities = np.zeros(N_CLASSES)
            self._draw_bars()
            self.hidden_item.setOpts(x=[], height=[])
            self._color_bars()
            return []
        self._probabilities = np.asarray(reading.probabilities, dtype=np.float64)
        self._draw_bars()
        self.hidden_item.setOpts(x=np.arange(reading.hidden.size), height=reading.hidden)
        self._color_bars()
        self.hidden_plot.setXRange(-0.5, reading.hidden.size - 0.5, padding=0)
        top = max(1.0, float(np.nanmax(reading.hidden, initial=0.0)))
        self.hidden_plot.setYRange(min(0.0, float(np.nanmin(reading.hidden))), top, padding=0)
        self._show_titles()
        return reading.strongest_units(HIGHLIGHTED_UNITS) if reading.layer == 1 else []

    def _draw_bars(self) -> None:
        """The probability bars, standing (digits) or lying (names) as oriented."""
        rows = np.arange(N_CLASSES)
        if self._horizontal:
            self.bar_item.setOpts(
                x=None, x0=0, width=self._probabilities, y=rows, y0=None, height=BAR_WIDTH
            )
        else:
            self.bar_item.setOpts(
                x=rows, x0=None, width=BAR_WIDTH, y=None, y0=None, height=self._probabilities
            )

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
            brushes=[colors.bar_top if k == top else colors.bar for k in range(N_CLASSES)]
        )
        if reading is not None:
            strongest = reading.strongest_units(HIGHLIGHTED_UNITS)
            self.hidden_item.setOpts(
                brushes=[
                    STRONG_UNIT_COLOR if j in strongest else colors.bar
                    for j in range(reading.hidden.size)
                ]
            )
