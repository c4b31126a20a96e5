"""The loss of every iteration of a run, its smoothed curve, and cheap views of both for drawing.

``LossHistory`` is the one copy of a run's losses. It grows chunk by chunk and
keeps, beside the raw values, a debiased exponential moving average (the
smoothed curve) and a pyramid of per-block minima and maxima, so that a plot
can ask for any range of iterations at the resolution of the screen
(``curve``) and draw a few thousand points whether the run has a thousand
iterations or ten million. Min/max decimation keeps every spike visible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SMOOTHING_WEIGHT = 0.98
"""Per iteration: a time constant of 1 / (1 - 0.98) = 50 iterations."""
BLOCK_FACTOR = 4
"""Each pyramid level summarises blocks ``BLOCK_FACTOR`` times larger than the one below."""
_INITIAL_CAPACITY = 1024


@dataclass(frozen=True)
class CurveView:
    """What to draw for a range of iterations.

    Attributes
    ----------
    x, y : (n,) float64
        The raw losses, or per block its minimum and maximum (two points at the
        block's first iteration), NaN where a loss was not finite.
    smooth_x, smooth_y : (m,) float64
        The smoothed curve, one point per block (every point when not decimated).
    block : int
        Iterations per drawn block: 1 when every loss is drawn.
    """

    x: np.ndarray
    y: np.ndarray
    smooth_x: np.ndarray
    smooth_y: np.ndarray
    block: int


def smooth(losses: np.ndarray) -> np.ndarray:
    """The smoothed curve of a whole series ``(N,)`` at once (see ``LossHistory``)."""
    history = LossHistory()
    history.append(0, losses)
    return history.smoothed


class LossHistory:
    """Every loss of a run, from iteration ``start`` on, with its smoothed curve.

    Losses are appended in order, chunk by chunk; NaN and inf are kept as they
    are (``losses``), drawn as gaps (``curve``) and skipped by the smoothing,
    which repeats its last value there. The smoothed curve is TensorBoard's:
    an exponential moving average started at 0 and divided by
    ``1 - w ** count`` to undo the pull towards 0 of the first steps.
    """

    def __init__(self) -> None:
        self.start = 0
        self._size = 0
        self._losses = np.empty(_INITIAL_CAPACITY, dtype=np.float64)
        self._smoothed = np.empty(_INITIAL_CAPACITY, dtype=np.float32)
        # _mins[k] / _maxs[k]: over complete blocks of BLOCK_FACTOR ** (k + 1) iterations.
        self._mins: list[np.ndarray] = []
        self._maxs: list[np.ndarray] = []
        self._blocks: list[int] = []  # complete blocks per level
        self._ema = 0.0
        self._bias = 1.0
        self._last_smoothed = math.nan
        self._finite_max: float | None = None  # of every loss, kept as they arrive
        self.version = 0  # changes whenever the history does: a cheap "anything new?"

    @classmethod
    def of(cls, losses: np.ndarray, start: int = 0) -> LossHistory:
        """A history holding ``losses (N,)`` for iterations ``start`` to ``start + N - 1``."""
        history = cls()
        history.append(start, losses)
        return history

    # -- reading ---------------------------------------------------------------------

    def __len__(self) -> int:
        return self._size

    @property
    def end(self) -> int:
        """One past the last iteration held (``start`` when empty)."""
        return self.start + self._size

    @property
    def losses(self) -> np.ndarray:
        """``(N,)`` float64 copy of every loss, exactly as given."""
        return self._losses[: self._size].copy()

    @property
    def smoothed(self) -> np.ndarray:
        """``(N,)`` float64 copy of the smoothed curve."""
        return self._smoothed[: self._size].astype(np.float64)

    @property
    def iterations(self) -> np.ndarray:
        """``(N,)`` int64: the iteration of every loss."""
        return np.arange(self.start, self.end, dtype=np.int64)

    @property
    def last(self) -> float | None:
        """The latest loss, or None."""
        return float(self._losses[self._size - 1]) if self._size else None

    def finite_max(self, first: int | None = None, stop: int | None = None) -> float | None:
        """The largest finite loss of iterations ``first`` to ``stop - 1`` (all by default).

        Over the whole history this costs nothing (it is kept up to date); over a
        range it reads that range.
        """
        if first is None and stop is None:
            return self._finite_max
        a, b = self._index_range(first, stop)
        values = self._losses[a:b]
        finite = values[np.isfinite(values)]
        return float(finite.max()) if finite.size else None

    # -- growing -----------------------------------------------------------------------

    def append(self, first_iteration: int, losses: np.ndarray) -> None:
        """Add the losses of iterations ``first_iteration``, ``first_iteration + 1``, ...

        Parameters
        ----------
        first_iteration : int
            Must be ``end`` (the next iteration); an empty history may start anywhere.
        losses : (K,) float array
        """
        chunk = np.asarray(losses, dtype=np.float64)
        if chunk.ndim != 1:
            raise ValueError(f"losses must be 1-D, got shape {chunk.shape}")
        if chunk.size == 0:
            return
        if self._size == 0:
            self.start = int(first_iteration)
        elif first_iteration != self.end:
            raise ValueError(f"iteration {first_iteration} does not follow {self.end - 1}")
        start, stop = self._size, self._size + chunk.size
        self._reserve(stop)
        self._losses[start:stop] = chunk
        self._smoothed[start:stop] = self._smooth(chunk)
        finite = chunk[np.isfinite(chunk)]
        if finite.size:
            top = float(finite.max())
            self._finite_max = top if self._finite_max is None else max(self._finite_max, top)
        self._size = stop
        self._grow_pyramid()
        self.version += 1

    def clear(self) -> None:
        """Forget everything."""
        version = self.version
        LossHistory.__init__(self)
        self.version = version + 1

    def _reserve(self, needed: int) -> None:
        capacity = self._losses.size
        if needed <= capacity:
            return
        capacity = max(needed, 2 * capacity)
        for name in ("_losses", "_smoothed"):
            old = getattr(self, name)
            new = np.empty(capacity, dtype=old.dtype)
            new[: self._size] = old[: self._size]
            setattr(self, name, new)

    def _smooth(self, chunk: np.ndarray) -> list[float]:
        w, ema, bias, last = SMOOTHING_WEIGHT, self._ema, self._bias, self._last_smoothed
        out = []
        for value in chunk.tolist():
            if math.isfinite(value):
                ema = w * ema + (1.0 - w) * value
                bias *= w
                last = ema / (1.0 - bias)
            out.append(last)
        self._ema, self._bias, self._last_smoothed = ema, bias, last
        return out

    def _grow_pyramid(self) -> None:
        """Summarise the blocks completed by the last append, level by level."""
        below_min = below_max = self._losses  # level 0 reads the losses themselves
        below_count = self._size
        for level in range(64):
            complete = below_count // BLOCK_FACTOR
            if complete == 0:
                return
            if level == len(self._mins):
                self._mins.append(np.empty(max(complete, 16), dtype=np.float32))
                self._maxs.append(np.empty(max(complete, 16), dtype=np.float32))
                self._blocks.append(0)
            done = self._blocks[level]
            if complete > done:
                lo, hi = done * BLOCK_FACTOR, complete * BLOCK_FACTOR
                if level == 0:
                    raw = self._losses[lo:hi].reshape(-1, BLOCK_FACTOR)
                    raw = np.where(np.isfinite(raw), raw, np.nan)
                    new_min, new_max = np.fmin.reduce(raw, axis=1), np.fmax.reduce(raw, axis=1)
                else:
                    new_min = np.fmin.reduce(below_min[lo:hi].reshape(-1, BLOCK_FACTOR), axis=1)
                    new_max = np.fmax.reduce(below_max[lo:hi].reshape(-1, BLOCK_FACTOR), axis=1)
                self._store(level, done, new_min, new_max)
                self._blocks[level] = complete
            below_min, below_max = self._mins[level], self._maxs[level]
            below_count = complete

    def _store(self, level: int, at: int, mins: np.ndarray, maxs: np.ndarray) -> None:
        needed = at + len(mins)
        if needed > len(self._mins[level]):
            capacity = max(needed, 2 * len(self._mins[level]))
            for arrays in (self._mins, self._maxs):
                grown = np.empty(capacity, dtype=np.float32)
                grown[:at] = arrays[level][:at]
                arrays[level] = grown
        self._mins[level][at:needed] = mins
        self._maxs[level][at:needed] = maxs

    # -- drawing -----------------------------------------------------------------------

    def _index_range(self, first: int | None, stop: int | None) -> tuple[int, int]:
        a = 0 if first is None else min(max(int(first) - self.start, 0), self._size)
        b = self._size if stop is None else min(max(int(stop) - self.start, a), self._size)
        return a, b

    def curve(self, first: float, stop: float, max_points: int) -> CurveView:
        """The losses of iterations ``first`` to ``stop`` with at most about ``max_points`` points.

        Every loss is returned when there are few enough; otherwise the range is
        cut into blocks (of ``BLOCK_FACTOR ** k`` iterations, the smallest size
        that fits) and each block gives its minimum and maximum. One iteration
        more is included on each side, so the line runs on to the edges.
        """
        a, b = self._index_range(math.floor(first) - 1, math.ceil(stop) + 2)
        level, block = -1, 1
        while (b - a) // block > max_points // 2 and level + 1 < len(self._mins):
            level, block = level + 1, block * BLOCK_FACTOR
        if level < 0 or (b - a) <= max_points:
            x = np.arange(self.start + a, self.start + b, dtype=np.float64)
            y = self._losses[a:b].copy()
            y[~np.isfinite(y)] = np.nan
            return CurveView(x, y, x, self._smoothed[a:b].astype(np.float64), 1)
        first_block, last_block = a // block, -(-b // block)
        lows, highs = self._block_extremes(level, block, first_block, last_block)
        starts = np.arange(first_block, last_block, dtype=np.float64) * block + self.start
        x = np.repeat(starts, 2)
        y = np.empty(2 * len(lows))
        y[0::2], y[1::2] = lows, highs
        centres = np.minimum(np.arange(first_block, last_block) * block + block // 2, b - 1)
        return CurveView(
            x, y, centres + float(self.start), self._smoothed[centres].astype(np.float64), block
        )

    def _block_extremes(
        self, level: int, block: int, first_block: int, last_block: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Min and max of blocks ``first_block`` to ``last_block - 1`` of ``block`` iterations."""
        complete = min(self._blocks[level], last_block)
        lows = self._mins[level][first_block:complete].astype(np.float64)
        highs = self._maxs[level][first_block:complete].astype(np.float64)
        if complete < last_block:  # the growing last block, from the raw losses
            tail = self._losses[complete * block : self._size]
            tail = tail[np.isfinite(tail)]
            low, high = (tail.min(), tail.max()) if tail.size else (np.nan, np.nan)
            lows, highs = np.append(lows, low), np.append(highs, high)
        return lows, highs
