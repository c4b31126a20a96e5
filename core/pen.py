"""Drawing the learner's strokes again with a pen scaled to the drawing.

The pad's pen is a fixed 23 px, right for a digit written ~200 px tall. A digit
written 60 px tall with it has strokes a third of its height: scaled to MNIST's
20-px box they come out ~7.7 px wide, and the loops of a 6, 8 or 9 fill in,
which no thinning afterwards can reopen. The pad keeps the path of every
stroke, so a small drawing can be drawn again, with the pen a person would have
used to write that digit at MNIST's proportions (``pen_for``), before the
usual preprocessing (``core.drawing.preprocess_drawing``).

Strokes are polylines in canvas pixels: ``(K, 2)`` arrays of ``(x, y)`` points
(a single point is a dot), drawn with round caps and joins.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from core.drawing import BOX, preprocess_drawing
from core.stroke import MNIST_STROKE_WIDTH

Stroke = np.ndarray
"""``(K, 2)`` float: the ``(x, y)`` canvas positions of one stroke, in drawing order."""

REDRAW_BELOW = 0.9
"""A drawing is drawn again when its scaled pen would be under this fraction of the pad's."""


def pen_for(strokes: Sequence[Stroke], pen_width: float) -> float:
    """The pen width that gives MNIST's strokes once this drawing is scaled to the box.

    The ink spans the strokes' extent plus one pen width; scaled to ``BOX`` a pen
    ``w`` wide becomes ``w * BOX / (extent + w)``. Setting that to MNIST's median
    stroke gives ``w = MNIST_STROKE_WIDTH * extent / (BOX - MNIST_STROKE_WIDTH)``,
    never wider than the pad's own pen.

    Parameters
    ----------
    strokes : sequence of (K, 2) float arrays
        The drawing's paths, in canvas pixels.
    pen_width : float
        The pad's pen, in canvas pixels.
    """
    points = np.concatenate([np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes])
    extent = float((points.max(axis=0) - points.min(axis=0)).max())
    wanted = MNIST_STROKE_WIDTH * extent / (BOX - MNIST_STROKE_WIDTH)
    return float(min(pen_width, max(wanted, 1.0)))


def render_strokes(strokes: Sequence[Stroke], width: float, shape: tuple[int, int]) -> np.ndarray:
    """Draw ``strokes`` with a round pen ``width`` pixels wide, anti-aliased over one pixel.

    Parameters
    ----------
    strokes : sequence of (K, 2) float arrays
        Polylines of ``(x, y)`` points in pixels of the result (pixel centres at
        ``i + 0.5``).
    width : float
        The pen's diameter in pixels.
    shape : (H, W)
        The canvas.

    Returns
    -------
    (H, W) float64 ndarray in [0, 1]: ink high, background 0.
    """
    canvas = np.zeros(shape)
    radius = width / 2
    for stroke in strokes:
        points = np.asarray(stroke, dtype=np.float64).reshape(-1, 2)
        if len(points) == 1:
            points = np.repeat(points, 2, axis=0)  # a dot: a segment of length 0
        for start, end in itertools.pairwise(points):
            _draw_segment(canvas, start, end, radius)
    return canvas


def _draw_segment(canvas: np.ndarray, start: np.ndarray, end: np.ndarray, radius: float) -> None:
    """Ink the pixels within ``radius`` of the segment, keeping the darker of old and new."""
    h, w = canvas.shape
    low = np.floor(np.minimum(start, end) - radius - 1).astype(int)
    high = np.ceil(np.maximum(start, end) + radius + 1).astype(int)
    x0, y0 = max(low[0], 0), max(low[1], 0)
    x1, y1 = min(high[0], w), min(high[1], h)
    if x0 >= x1 or y0 >= y1:
        return
    ys, xs = np.mgrid[y0:y1, x0:x1] + 0.5
    direction = end - start
    length_sq = float(direction @ direction)
    if length_sq > 0:
        along = ((xs - start[0]) * direction[0] + (ys - start[1]) * direction[1]) / length_sq
        along = np.clip(along, 0.0, 1.0)
    else:
        along = np.zeros_like(xs)
    dx = xs - (start[0] + along * direction[0])
    dy = ys - (start[1] + along * direction[1])
    coverage = np.clip(radius + 0.5 - np.hypot(dx, dy), 0.0, 1.0)
    np.maximum(canvas[y0:y1, x0:x1], coverage, out=canvas[y0:y1, x0:x1])


def preprocess_strokes(
    strokes: Sequence[Stroke] | None, pen_width: float, canvas: np.ndarray
) -> np.ndarray | None:
    """The network's input for a drawing made of ``strokes`` (shown as ``canvas``).

    A drawing large enough for the pad's pen is taken as it is on the canvas; a
    smaller one is drawn again with ``pen_for`` it first, so that its strokes,
    once scaled to MNIST's box, are as wide as MNIST's.

    Parameters
    ----------
    strokes : sequence of (K, 2) float arrays, or None
        Every stroke on the canvas, in canvas pixels; None when the canvas holds
        more than strokes (an image), which is then taken as it is.
    pen_width : float
        The pen the canvas was drawn with.
    canvas : (H, W) float ndarray in [0, 1]
        The drawing as shown.

    Returns
    -------
    (784,) float32 ndarray, or None for an empty drawing (see ``preprocess_drawing``).
    """
    if not strokes:
        return preprocess_drawing(canvas)
    pen = pen_for(strokes, pen_width)
    if pen >= REDRAW_BELOW * pen_width:
        return preprocess_drawing(canvas)
    return preprocess_drawing(render_strokes(strokes, pen, canvas.shape))
