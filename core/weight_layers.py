"""The weight matrices of a params dict in layer order, their cells and their colour scales.

The book's ``MultiLayerNet`` names them ``W1 (784, H1)``, ``W2 (H1, H2)``, ...,
``W{n+1} (Hn, 10)``; ``W{k}[i, j]`` is the weight from unit i of layer k-1 (layer 0
being the input pixels) to unit j of layer k. Biases and batch norm's ``gamma`` and
``beta`` are not weight matrices and are left out.

A colour scale is symmetric, ``(-L, L)``, and L only grows while a run goes on, so
a colour means the same value from one frame to the next.

Pure NumPy: the window draws the matrices with its own colour map.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import numpy as np

DEFAULT_LIMIT = 0.03  # 3x the book's init std 0.01
GROWTH = 1.25
PERCENTILE = 99.9
SAMPLE_SIZE = 5000
FIRST_LAYER_INPUTS = 784  # W1's rows: the 28x28 input pixels

_WEIGHT_NAME = re.compile(r"W([1-9][0-9]*)")


def layer_number(name: str) -> int:
    """k of the weight matrix ``W{k}``; ValueError for any other name."""
    match = _WEIGHT_NAME.fullmatch(name)
    if match is None:
        raise ValueError(f"not the name of a weight matrix: {name!r}")
    return int(match.group(1))


def weight_names(params: Mapping[str, object]) -> list[str]:
    """The keys ``W1, W2, ...`` of ``params`` in layer order (``W10`` after ``W9``)."""
    found = [(layer_number(key), key) for key in params if _WEIGHT_NAME.fullmatch(key)]
    return [key for _, key in sorted(found)]


def cell_at(shape: tuple[int, ...], x: float, y: float) -> tuple[int, int] | None:
    """The cell ``(i, j)`` of a matrix drawn with cell (i, j) over ``[j, j+1) x [i, i+1)``.

    Row i (an input) runs along y, column j (a unit) along x. None outside the
    matrix or for a non-finite point.

    Parameters
    ----------
    shape : (rows, cols)
        The matrix's shape.
    x, y : float
        The point, in cells.
    """
    if not (math.isfinite(x) and math.isfinite(y)):
        return None
    i, j = math.floor(y), math.floor(x)
    rows, cols = shape[:2]
    return (i, j) if 0 <= i < rows and 0 <= j < cols else None


def grow_limit(limit: float, W: np.ndarray) -> float:
    """L for the symmetric levels ``(-L, L)`` of ``W``: ``limit`` or larger, never smaller.

    Grows to ``GROWTH`` times the 99.9th percentile of ``|W|`` when more than 0.1% of
    ``|W|`` exceeds ``limit``. The percentile, not the max, keeps a few outliers from
    washing the colours out. NaN or infinite weights (a diverged run) keep ``limit``.

    Parameters
    ----------
    limit : float
        The current L.
    W : (rows, cols) float ndarray
        The weights.
    """
    magnitude = np.abs(W)
    # Counting is much cheaper than a percentile, and says whether one is needed.
    if np.count_nonzero(magnitude > limit) <= W.size * (1 - PERCENTILE / 100):
        return limit
    # The percentile of a regular sample of ~5,000 values is as good for a colour
    # scale and much cheaper than one over all of W (39,200 for the book's W1).
    sample = magnitude.ravel()[:: max(magnitude.size // SAMPLE_SIZE, 1)]
    with np.errstate(invalid="ignore"):  # inf weights: inf - inf while interpolating
        high = float(np.percentile(sample, PERCENTILE))
    return max(limit, GROWTH * high) if np.isfinite(high) else limit


def check_first_layer(W1: np.ndarray) -> np.ndarray:
    """``W1`` itself if it is ``(784, H)`` with H >= 1, else ValueError."""
    if W1.ndim != 2 or W1.shape[0] != FIRST_LAYER_INPUTS or W1.shape[1] < 1:
        raise ValueError(f"W1 must have shape (784, H) with H >= 1, got {W1.shape}")
    return W1


def weight_matrices(params: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``W1, W2, ...`` of ``params`` in layer order, as float32 (copied only to convert).

    ValueError without a ``(784, H)`` W1 or for a weight that is not a non-empty matrix.
    """
    names = weight_names(params)
    if "W1" not in names:
        raise ValueError(f"params have no W1: {sorted(params)}")
    matrices = {name: np.asarray(params[name], dtype=np.float32) for name in names}
    check_first_layer(matrices["W1"])
    for name, W in matrices.items():
        if W.ndim != 2 or W.size == 0:
            raise ValueError(f"{name} must be a non-empty matrix, got shape {W.shape}")
    return matrices


def next_limits(
    previous: Mapping[str, np.ndarray],
    limits: Mapping[str, float],
    matrices: Mapping[str, np.ndarray],
) -> dict[str, float]:
    """Every matrix's L after ``matrices`` replace ``previous``, whose Ls were ``limits``.

    A matrix grows its own L (``grow_limit``); one that is new, or has a new shape (a
    different network), starts again from ``DEFAULT_LIMIT``.
    """
    result = {}
    for name, W in matrices.items():
        old = previous.get(name)
        same = old is not None and old.shape == W.shape and name in limits
        result[name] = grow_limit(limits[name] if same else DEFAULT_LIMIT, W)
    return result
