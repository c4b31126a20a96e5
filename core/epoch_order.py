"""Shuffled epochs: every training image once per epoch, in an order fixed by the seed.

The book draws each minibatch with replacement (``np.random.choice``), so an
epoch of 600 batches sees about 63% of the images. With ``sampling='shuffle'``
epoch ``e`` walks ``permutation(e)`` in ``batch_size`` steps instead. The
permutation of an epoch is drawn from a generator seeded by ``(seed, e)``, so
the batch of any iteration follows from the iteration number alone: a run
picked up from a saved file mid-epoch goes on with the same batches, and the
trainer's own generator (initial weights, dropout masks) is not touched.
"""

from __future__ import annotations

import numpy as np


class DrawnBatches:
    """The book's minibatches (uniform, with replacement), from a seed of their own.

    Epoch ``e``'s batches are drawn at once from a generator seeded by
    ``(seed, e)``, so the batch of any iteration follows from the iteration
    number alone: every contestant of a race draws the same images, and a run
    resumed from a file draws on without any saved generator state.

    Parameters
    ----------
    train_size, batch_size : int
    seed : int
        The run's ``batch_seed``.
    """

    def __init__(self, train_size: int, batch_size: int, seed: int) -> None:
        self.train_size = train_size
        self.batch_size = batch_size
        self.seed = seed
        self.batches_per_epoch = max(train_size // batch_size, 1)
        self._epoch = -1
        self._batches = np.empty((0, batch_size), dtype=np.intp)

    def batch(self, iteration: int) -> np.ndarray:
        """``(batch_size,)`` intp: the images of iteration ``iteration`` (0-based)."""
        epoch, position = divmod(iteration, self.batches_per_epoch)
        if epoch != self._epoch:
            rng = np.random.default_rng([self.seed, epoch])
            shape = (self.batches_per_epoch, self.batch_size)
            self._batches = rng.integers(0, self.train_size, shape).astype(np.intp)
            self._epoch = epoch
        return self._batches[position]


class EpochOrder:
    """The indices of iteration ``i``'s minibatch under shuffled epochs.

    Parameters
    ----------
    train_size : int
        Images in the training set (``N``).
    batch_size : int
        Images per minibatch, at most ``N``.
    seed : int
        The run's seed.

    Notes
    -----
    An epoch has ``N // batch_size`` batches; when ``batch_size`` does not
    divide ``N``, the last ``N % batch_size`` images of each permutation wait
    for a later epoch (a different random few each time).
    """

    def __init__(self, train_size: int, batch_size: int, seed: int) -> None:
        self.train_size = train_size
        self.batch_size = batch_size
        self.seed = seed
        self.batches_per_epoch = max(train_size // batch_size, 1)
        self._epoch = -1
        self._permutation = np.empty(0, dtype=np.intp)

    def permutation(self, epoch: int) -> np.ndarray:
        """``(N,)`` intp: the order in which epoch ``epoch`` visits the images."""
        if epoch != self._epoch:
            rng = np.random.default_rng([self.seed, epoch])
            self._permutation = rng.permutation(self.train_size).astype(np.intp)
            self._epoch = epoch
        return self._permutation

    def batch(self, iteration: int) -> np.ndarray:
        """``(batch_size,)`` intp: the images of iteration ``iteration`` (0-based)."""
        epoch, position = divmod(iteration, self.batches_per_epoch)
        start = position * self.batch_size
        return self.permutation(epoch)[start : start + self.batch_size]
