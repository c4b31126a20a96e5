"""Mean losses of blocks of iterations of a growing ``LossHistory``, kept up to date cheaply.

The race's loss plot smooths the mean loss of each drawn block once there are
more losses than points to draw; ``BlockMeans`` answers those means from prefix
sums per ``MEANS_BLOCK`` iterations, extended from the new losses only.
"""

from __future__ import annotations

import numpy as np

from core.loss_history import LossHistory

MEANS_BLOCK = 64
"""Iterations per stored block sum: a power of ``LossHistory``'s block factor (4)."""


class BlockMeans:
    """The mean finite loss of any block of iterations of a growing ``LossHistory``.

    Keeps prefix sums of the finite losses (and their count) per ``MEANS_BLOCK``
    iterations, extended by :meth:`update` from the losses added since the last
    call: blocks whose size is a multiple of ``MEANS_BLOCK`` cost two lookups.
    """

    def __init__(self, history: LossHistory) -> None:
        self.history = history
        self._reset()

    def _reset(self) -> None:
        self._start = self.history.start
        self._read = 0  # losses of the history folded in so far
        self._sums = np.zeros(1)  # _sums[k]: sum of the finite losses of the first k blocks
        self._counts = np.zeros(1)
        self._tail = np.empty(0)  # the losses of the incomplete last block (NaN if not finite)

    def update(self) -> None:
        """Fold in the losses added since the last call (start over if the history was cleared)."""
        h = self.history
        if len(h) < self._read or h.start != self._start:
            self._reset()
        if len(h) == self._read:
            return
        first = h.start + self._read
        new = self._raw(first, h.end)
        data = np.concatenate([self._tail, new])
        complete = len(data) // MEANS_BLOCK
        if complete:
            blocks = data[: complete * MEANS_BLOCK].reshape(complete, MEANS_BLOCK)
            finite = np.isfinite(blocks)
            sums = np.where(finite, blocks, 0.0).sum(axis=1)
            self._sums = np.concatenate([self._sums, self._sums[-1] + np.cumsum(sums)])
            self._counts = np.concatenate(
                [self._counts, self._counts[-1] + np.cumsum(finite.sum(axis=1))]
            )
        self._tail = data[complete * MEANS_BLOCK :]
        self._read = len(h)

    def _raw(self, first: int, stop: int) -> np.ndarray:
        """The losses of iterations ``first`` to ``stop - 1`` (NaN where not finite)."""
        view = self.history.curve(first, stop, max_points=stop - first + 8)
        keep = (view.x >= first) & (view.x < stop)
        return view.y[keep]

    def means(self, first: int, stop: int, block: int) -> tuple[np.ndarray, np.ndarray]:
        """Mean finite loss of each block of ``block`` iterations from ``first`` (a block start).

        Returns
        -------
        x : (B,) float64
            The middle iteration of each block (of its losses so far, for the last).
        y : (B,) float64
            The mean of the block's finite losses; NaN for a block without one.
        """
        h = self.history
        a, b = max(first - h.start, 0), min(stop - h.start, len(h))
        if b <= a:
            return np.empty(0), np.empty(0)
        edges = np.append(np.arange(a, b, block), b)
        if block % MEANS_BLOCK:
            raw = self._raw(h.start + a, h.start + b)
            finite = np.isfinite(raw)
            sums = np.add.reduceat(np.where(finite, raw, 0.0), edges[:-1] - a)
            counts = np.add.reduceat(finite.astype(np.float64), edges[:-1] - a)
        else:
            sums, counts = self._sums_between(edges)
        x = h.start + (edges[:-1] + edges[1:] - 1) / 2.0
        with np.errstate(invalid="ignore", divide="ignore"):
            return x, np.where(counts > 0, sums / counts, np.nan)

    def _sums_between(self, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Sums and counts of finite losses between consecutive ``edges`` (block-aligned)."""
        self.update()
        complete = len(self._sums) - 1
        index = np.minimum(edges // MEANS_BLOCK, complete)
        sums, counts = self._sums[index], self._counts[index]
        # The part past the last complete block (only the last edge reaches it).
        finite = np.isfinite(self._tail)
        past = edges > complete * MEANS_BLOCK
        sums = sums + past * np.where(finite, self._tail, 0.0).sum()
        counts = counts + past * finite.sum()
        return np.diff(sums), np.diff(counts)
