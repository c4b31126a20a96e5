"""The sizes of every layer's gradient and update over a run (``GradientStats``, kept).

The trainer measures them every ``STATS_EVERY`` iterations; this keeps them as
growing arrays for the gradient-norms plot: one row per measurement, one column
per weight matrix. A 1,000,000-iteration run of a 10-layer network keeps
50,000 x 10 x 2 numbers (8 MB).
"""

from __future__ import annotations

import numpy as np

from core.events import GradientStats


class GradientHistory:
    """Every ``GradientStats`` of a run, as arrays.

    Attributes
    ----------
    names : tuple of str
        ``("W1", "W2", ...)``; empty until the first measurement.
    """

    def __init__(self) -> None:
        self.names: tuple[str, ...] = ()
        self._iterations: list[int] = []
        self._norms: list[np.ndarray] = []
        self._ratios: list[np.ndarray] = []
        self._cache: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._iterations)

    def append(self, stats: GradientStats) -> None:
        """Add one measurement (a new set of layer names starts the history afresh)."""
        if stats.names != self.names:
            self.clear()
            self.names = stats.names
        self._iterations.append(stats.iteration)
        self._norms.append(np.asarray(stats.grad_norms, dtype=np.float64))
        self._ratios.append(np.asarray(stats.update_ratios, dtype=np.float64))
        self._cache = None

    def extend(self, stats: list[GradientStats]) -> None:
        """Add several measurements, in order."""
        for one in stats:
            self.append(one)

    def clear(self) -> None:
        """Forget everything (a new run)."""
        self.names = ()
        self._iterations, self._norms, self._ratios = [], [], []
        self._cache = None

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``iterations (T,)``, ``grad_norms (T, L)``, ``update_ratios (T, L)`` (float64)."""
        if self._cache is None:
            count = len(self.names)
            self._cache = (
                np.array(self._iterations, dtype=np.int64),
                np.array(self._norms).reshape(len(self), count),
                np.array(self._ratios).reshape(len(self), count),
            )
        return self._cache
