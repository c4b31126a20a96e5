"""Stroke width: measure it, and thin a drawing whose strokes are too wide for MNIST.

The pad's pen is a fixed 23 px. A digit drawn ~200 px tall is shrunk 10x to
MNIST's 20-px box and gets MNIST's 2-3 px strokes; one drawn 60 px tall is
shrunk only 3x and its strokes come out ~7.7 px wide: a blob the network reads
as 8. ``thin_to_mnist`` erodes such a drawing first, by the radius that leaves
strokes of MNIST's width once the thinned ink is scaled to the box.

The width of a stroke is estimated as ``2 * area / perimeter`` (a long band of
width w and length L has area wL and perimeter ~2L). Both are measured on grey
levels: the area is the sum of the ink, the perimeter its total variation (the
sum of the gradient's length), which by the coarea formula is the length of the
outline whatever the anti-aliasing. The same estimator on MNIST's own digits
(tests/core/test_stroke.py measures it) gives a median of 2.5 px, 90% below 3.5.
"""

from __future__ import annotations

import math

import numpy as np

MNIST_STROKE_WIDTH = 2.52
"""Median ``stroke_width`` of the MNIST test digits, in 28x28 pixels (10th percentile 1.94)."""
WIDEST_STROKE = 3.46
"""Strokes wider than this once scaled to the box are thinned: MNIST's 90th percentile."""


def stroke_width(image: np.ndarray) -> float:
    """Mean width of the strokes in ``image``, estimated as 2 * area / perimeter.

    Parameters
    ----------
    image : (H, W) float ndarray, ink high and background 0

    Returns
    -------
    float
        In pixels of ``image``; 0.0 when there is no ink. It underestimates a
        short stroke a little (its ends add to the perimeter).
    """
    image = np.asarray(image, dtype=np.float64)
    padded = np.pad(image, 1)  # ink touching the image's edge has an outline there too
    # The gradient at each pixel corner, from the 2x2 pixels around it: x and y
    # differences taken at the same point keep the length of an oblique outline
    # within ~3% at any angle (plain forward differences lose 20% at 45 degrees).
    top_left, top_right = padded[:-1, :-1], padded[:-1, 1:]
    bottom_left, bottom_right = padded[1:, :-1], padded[1:, 1:]
    gx = (top_right - top_left + bottom_right - bottom_left) / 2
    gy = (bottom_left - top_left + bottom_right - top_right) / 2
    perimeter = float(np.hypot(gx, gy).sum())
    return 2.0 * float(image.sum()) / perimeter if perimeter > 0 else 0.0


def erode_disk(image: np.ndarray, radius: float) -> np.ndarray:
    """Grey erosion by a disk: each pixel becomes the minimum within ``radius`` of it.

    Outside the image counts as background (0). Exact for any real radius, in
    O(radius) passes over the image: the disk is cut into rows, row ``dy`` has
    half-width ``floor(sqrt(radius^2 - dy^2))``, and the horizontal minimum of
    each half-width is built from the previous one with two more shifts.

    Parameters
    ----------
    image : (H, W) float ndarray
    radius : float
        Disk radius in pixels; below 1 the image comes back unchanged.

    Returns
    -------
    (H, W) float64 ndarray
    """
    image = np.asarray(image, dtype=np.float64)
    reach = math.floor(radius)
    if reach < 1:
        return image.copy()
    h, w = image.shape
    padded = np.pad(image, reach)
    rows_by_half_width: dict[int, list[int]] = {}
    for dy in range(reach + 1):
        rows_by_half_width.setdefault(math.floor(math.sqrt(radius**2 - dy**2)), []).append(dy)
    out = np.full((h, w), np.inf)
    row_min = padded.copy()  # minimum over columns [x - k, x + k], k grows from 0
    for k in range(reach + 1):
        if k > 0:
            row_min[:, k:-k] = np.minimum(
                row_min[:, k:-k], np.minimum(padded[:, : -2 * k], padded[:, 2 * k :])
            )
        for dy in rows_by_half_width.get(k, []):
            for top in {reach - dy, reach + dy}:
                np.minimum(out, row_min[top : top + h, reach : reach + w], out=out)
    return out


def thinning_radius(width: float, extent: float, box: float, target: float) -> float:
    """Erosion radius that leaves strokes ``target`` wide once the ink is scaled to ``box``.

    Eroding by r narrows strokes to ``width - 2r`` and the drawing to ``extent -
    2r``; scaled to the box the strokes are ``(width - 2r) * box / (extent - 2r)``.
    Setting that to ``target`` gives ``r = (box * width - target * extent) / (2 (box - target))``.

    Parameters
    ----------
    width : float
        Stroke width before thinning, in canvas pixels.
    extent : float
        The longer side of the ink's bounding box, in canvas pixels.
    box, target : float
        Side of the box the drawing is scaled to, and the stroke width wanted
        there, in output pixels (``target < box``).

    Returns
    -------
    float
        The radius in canvas pixels, 0.0 when the strokes are thin enough already.
    """
    return max(0.0, (box * width - target * extent) / (2.0 * (box - target)))


def thin_to_mnist(crop: np.ndarray, box: float) -> np.ndarray:
    """Erode ``crop`` when its strokes, scaled to ``box``, would be wider than MNIST's.

    Parameters
    ----------
    crop : (H, W) float ndarray
        Ink high, cropped to its bounding box.
    box : float
        The side its longer side will be scaled to (MNIST: 20).

    Returns
    -------
    (H, W) float64 ndarray
        ``crop`` itself when its strokes are no wider than ``WIDEST_STROKE`` once
        scaled, else ``crop`` eroded by ``thinning_radius`` towards strokes
        ``MNIST_STROKE_WIDTH`` wide. Never empty: a drawing that erosion would wipe
        out comes back unchanged.
    """
    crop = np.asarray(crop, dtype=np.float64)
    extent = max(crop.shape)
    width = stroke_width(crop)
    if width * box / extent <= WIDEST_STROKE:
        return crop
    # The estimate is low for short, fat strokes (their ends count as outline), so
    # this erodes less than a full correction would. On pen-drawn MNIST digits that
    # reads better than eroding more: where the pen closed a loop, the ink is a blob
    # that deeper erosion only turns into a smaller blob on a thinner stroke.
    thinned = erode_disk(crop, thinning_radius(width, extent, box, MNIST_STROKE_WIDTH))
    return thinned if thinned.max() > 0 else crop
