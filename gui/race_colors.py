"""The race's colours in the current theme, and legends styled to match.

On a dark background the race's blue is too dark to read, so ``display_color``
swaps in lighter Okabe-Ito shades (``DARK_RACE_COLORS``); ``style_legend`` gives a
pyqtgraph legend the theme's text, frame and fill (``gui.appearance``).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from core.race import RACE_COLORS
from gui.appearance import appearance

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
