"""The book's ``common/util.py`` helpers that chapter 6's scripts use.

``smooth_curve`` draws the optimizer comparison's smoothed losses and
``shuffle_dataset`` shuffles before holding out a validation set in the
hyperparameter search. Randomness comes from a Generator, never NumPy's global
state.
"""

from __future__ import annotations

import numpy as np

SMOOTH_WINDOW = 11
SMOOTH_BETA = 2
_KAISER = np.kaiser(SMOOTH_WINDOW, SMOOTH_BETA)
_WEIGHTS = _KAISER / _KAISER.sum()  # the book's w / w.sum(), made once


def smooth_curve(x: np.ndarray) -> np.ndarray:
    """The book's smoothing of a loss curve: an 11-point Kaiser window (beta 2).

    The curve is mirrored at both ends before the convolution, as the book's
    does, so the smoothed curve has the same length and no edge droop.

    Parameters
    ----------
    x : (N,) float array, N >= 1

    Returns
    -------
    (N,) float64 ndarray
    """
    x = np.asarray(x, dtype=np.float64)
    if len(x) < SMOOTH_WINDOW:
        # The book's mirroring needs 10 points; shorter curves are padded with their ends.
        pad = SMOOTH_WINDOW // 2
        s = np.concatenate([np.full(pad, x[0]), x, np.full(pad, x[-1])])
    else:
        s = np.r_[x[SMOOTH_WINDOW - 1 : 0 : -1], x, x[-1:-SMOOTH_WINDOW:-1]]
    y = np.convolve(_WEIGHTS, s, mode="valid")
    if len(x) < SMOOTH_WINDOW:
        return y
    return y[5 : len(y) - 5]


def shuffle_dataset(
    x: np.ndarray, t: np.ndarray, rng: int | np.random.Generator | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``x`` and ``t`` in one random order (the book's ``shuffle_dataset``).

    Parameters
    ----------
    x : (N, ...) ndarray
        Images, flat or ``(N, C, H, W)``.
    t : (N,) or (N, K) ndarray
        Labels or one-hot targets.
    rng : int or numpy.random.Generator, optional

    Returns
    -------
    (x, t) shuffled copies
    """
    permutation = np.random.default_rng(rng).permutation(x.shape[0])
    return x[permutation], t[permutation]
