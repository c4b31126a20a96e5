"""Snapshots of the weights at the start and at every epoch, kept within a memory budget.

Scrubbing through them shows the first layer turn from random noise into
strokes. A long run has thousands of epochs: when the snapshots would exceed
``max_bytes``, every other one is dropped (the first and the latest are
always kept), so whatever the run's length the history covers all of it,
evenly, at the finest spacing the budget allows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_MAX_BYTES = 200 * 2**20
"""200 MB: 1,300 snapshots of the book's 784-50-10 weights, 420 of 784-100x4-10's."""


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The weight matrices after ``iteration`` (-1: before training), at ``epoch`` (or None)."""

    iteration: int
    epoch: int | None
    weights: dict[str, np.ndarray]

    @property
    def nbytes(self) -> int:
        """Bytes held by its arrays."""
        return sum(W.nbytes for W in self.weights.values())


class WeightsHistory:
    """The run's weight snapshots, oldest first, thinned to stay within ``max_bytes``.

    Snapshots are numbered as they arrive (0 for the first). Every ``stride``-th
    one is kept for good; the others only until the next arrives, so the latest
    is always there. When the kept ones would exceed ``max_bytes`` the stride
    doubles and every other kept snapshot goes: the history stays evenly spaced
    over the whole run.

    Parameters
    ----------
    max_bytes : int
        The memory the snapshots may hold.
    """

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.snapshots: list[Snapshot] = []
        self._numbers: list[int] = []  # the arrival numbers of the kept snapshots
        self._tail = False  # the last snapshot is the latest, kept until the next
        self._count = 0  # the number the next snapshot gets
        self.stride = 1
        self.thinned = 0

    def __len__(self) -> int:
        return len(self.snapshots)

    @property
    def nbytes(self) -> int:
        """Bytes the snapshots hold."""
        return sum(snapshot.nbytes for snapshot in self.snapshots)

    def add(self, iteration: int, epoch: int | None, weights: dict[str, np.ndarray]) -> None:
        """Keep a snapshot (the arrays are kept as given: pass copies).

        A snapshot for an iteration not after the latest one replaces the
        history from there on (a run continued from an earlier point).
        """
        if self._tail:
            self.snapshots.pop()
            self._tail = False
        while self.snapshots and self.snapshots[-1].iteration >= iteration:
            self.snapshots.pop()
            self._count = self._numbers.pop()  # numbering goes on from the one replaced
        number = self._count
        self._count += 1
        self.snapshots.append(Snapshot(iteration, epoch, dict(weights)))
        if number % self.stride == 0:
            self._numbers.append(number)
        else:
            self._tail = True
        while self.nbytes > self.max_bytes and len(self._numbers) > 2:
            self._thin()

    def _thin(self) -> None:
        tail = self.snapshots.pop() if self._tail else None
        kept = [(n, s) for n, s in zip(self._numbers, self.snapshots, strict=True)]
        self.stride *= 2
        survivors = [(n, s) for n, s in kept if n % self.stride == 0]
        if tail is None and survivors[-1][0] != kept[-1][0]:
            tail = kept[-1][1]  # the latest stays, until the next arrives
        self._numbers = [n for n, _ in survivors]
        self.snapshots = [s for _, s in survivors]
        self._tail = tail is not None
        if tail is not None:
            self.snapshots.append(tail)
        self.thinned += 1

    def clear(self) -> None:
        """Forget every snapshot (a new run)."""
        self.snapshots = []
        self._numbers = []
        self._tail = False
        self._count = 0
        self.stride = 1
        self.thinned = 0
