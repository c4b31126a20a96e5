"""The weights view's colours: one diverging colour map, and the grey or theme around it.

The colour map (``COLORMAP``, near white at 0) stays whatever the theme; the
background around the pictures (the mosaic's gaps too) and its text follow the
theme through ``colors_for``. The backprop panel and the weights animation draw
weights with the same colours.
"""

from __future__ import annotations

from gui.appearance import Palette

__all__ = [
    "COLORMAP",
    "COLOR_BAR_HEIGHT",
    "GAP_GRAY",
    "HIGHLIGHT_COLOR",
    "LUT_SIZE",
    "RGB",
    "TEXT_ON_GRAY",
    "colors_for",
]

COLORMAP = "CET-D1"  # diverging blue-white-red, near white at 0
LUT_SIZE = 256
GAP_GRAY = (110, 110, 110)
"""The gaps and background on a light desktop, and in exported pictures."""
TEXT_ON_GRAY = (240, 240, 240)
HIGHLIGHT_COLOR = "#00c853"  # green: stands out from the blue-white-red tiles
COLOR_BAR_HEIGHT = 48

RGB = tuple[int, int, int]


def colors_for(palette: Palette) -> tuple[RGB, RGB]:
    """(background, text) around the weights: mid grey on light, the plots' own on dark.

    The colour map is near white at 0, so on a light desktop the tiles need a
    darker surround than the window's white to show their edges.
    """
    if not palette.dark:
        return GAP_GRAY, TEXT_ON_GRAY
    return _rgb(palette.background), _rgb(palette.foreground)


def _rgb(color: str) -> RGB:
    value = int(color.lstrip("#"), 16)
    return (value >> 16) & 255, (value >> 8) & 255, value & 255
