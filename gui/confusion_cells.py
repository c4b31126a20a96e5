"""What each cell of the confusion matrix shows: its colour, its number, its text colour.

The diagonal (read right) is coloured white to blue by its row rate; the mistakes
white to orange by their rate over the largest mistake's, so the most common mistake
is darkest whatever the accuracy (blue and orange stay apart for colour-blind
viewers). A cell's number is its count or its row rate, black or white by the cell's
luminance. ``cell_at`` is the cell at a point of the view, ``moved_cell`` where an
arrow key takes the outline.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from core.mistakes import row_rates

N_CLASSES = 10
DIGITS = tuple(str(k) for k in range(N_CLASSES))
RIGHT_COLORS = [(255, 255, 255), (158, 202, 225), (33, 113, 181), (8, 48, 107)]  # Blues
WRONG_COLORS = [(255, 255, 255), (253, 208, 162), (253, 141, 60), (166, 54, 3)]  # Oranges
DIAGONAL_OUTLINE = "#08306b"
ZERO_TEXT = (150, 150, 150)
MOVES = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


def _lut(colors: list[tuple[int, int, int]]) -> np.ndarray:
    stops = np.linspace(0.0, 1.0, len(colors))
    return pg.ColorMap(stops, colors).getLookupTable(nPts=256, alpha=False)


def cell_colors(confusion: np.ndarray) -> np.ndarray:
    """``(K, K, 3) uint8``: blue by rate on the diagonal, orange by rate / the largest mistake's."""
    rates = row_rates(confusion)
    diagonal = np.eye(len(rates), dtype=bool)
    wrong = np.where(diagonal, 0.0, rates)
    scale = wrong.max() if wrong.max() > 0 else 1.0
    right_idx = np.rint(rates * 255).astype(int)
    wrong_idx = np.rint(wrong / scale * 255).astype(int)
    return np.where(
        diagonal[..., None], _lut(RIGHT_COLORS)[right_idx], _lut(WRONG_COLORS)[wrong_idx]
    )


def text_color(rgb: np.ndarray) -> str:
    """``"#ffffff"`` on a dark cell ``rgb (3,)``, ``"#000000"`` on a light one (luminance)."""
    return (
        "#ffffff"
        if float(np.asarray(rgb, dtype=float) @ (0.299, 0.587, 0.114)) < 140
        else "#000000"
    )


def cell_text(count: int, rate: float, rates: bool) -> str:
    """A cell's number: the count, or the row rate as a percentage (one decimal below 10%)."""
    if not rates:
        return str(count)
    if rate == 0:
        return "0"
    return f"{rate:.0%}" if rate >= 0.1 else f"{rate:.1%}"


def moved_cell(selected: tuple[int, int] | None, key: int) -> tuple[int, int]:
    """The cell (true, read) arrow ``key`` (a ``MOVES`` key) outlines: (0, 0) when none was."""
    true, read = selected if selected is not None else (0, 0)
    if selected is not None:
        d_true, d_read = MOVES[Qt.Key(key)]
        true = min(max(true + d_true, 0), N_CLASSES - 1)
        read = min(max(read + d_read, 0), N_CLASSES - 1)
    return true, read


def cell_at(x: float, y: float) -> tuple[int, int] | None:
    """(true, read) of the cell at view point (x, y), or None outside the matrix."""
    if not (0 <= x < N_CLASSES and 0 <= y < N_CLASSES):
        return None
    return int(y), int(x)
