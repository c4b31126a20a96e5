"""The book's ``batch_norm_test.py``: 16 initial weight scales, with and without batch norm.

On the first 1,000 training images, 784-100x5-10 ReLU networks (the book's
``MultiLayerNetExtend`` defaults) learn with SGD (lr 0.01, batch 100) for 20
epochs, once with batch normalisation and once without, for each initial
weight scale of ``np.logspace(0, -4, num=16)``. The training accuracy on the
1,000 images, measured at every epoch boundary, makes the book's 4x4 grid:
with batch norm the networks learn from almost any scale; without it only a
narrow band of scales learns at all.

The 32 trainings are ordinary ``TrainConfig`` runs, trained in worker
processes by ``core.contestant_pool``; both networks of a scale see the same
minibatches (one shared ``batch_seed``), as the book's single loop gives them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.config import TrainConfig
from core.contestant_pool import DataLoader, load_bundled, run_contestants
from core.data import Dataset

TRAIN_SIZE = 1000
HIDDEN_SIZES = (100, 100, 100, 100, 100)
ACTIVATION = "relu"
LEARNING_RATE = 0.01
BATCH_SIZE = 100
MAX_EPOCHS = 20
WEIGHT_SCALES: tuple[float, ...] = tuple(float(w) for w in np.logspace(0, -4, num=16))
"""The book's ``np.logspace(0, -4, num=16)``: 1.0 down to 0.0001."""
GRID_COLUMNS = 4
EVALUATION_IMAGES = BATCH_SIZE
"""The book measures no test accuracy: the trainer's (ignored) test set is this many images."""


@dataclass(frozen=True)
class FirstImages:
    """A picklable ``data_loader``: the first ``count`` training images of ``loader``'s data.

    The test set is replaced by the first ``EVALUATION_IMAGES`` training images:
    the book measures training accuracy only, and this keeps the trainer's
    per-epoch test measurement cheap.
    """

    loader: DataLoader = load_bundled
    count: int = TRAIN_SIZE

    def __call__(self) -> Dataset:
        (x_train, t_train), _ = self.loader()
        x, t = x_train[: self.count], t_train[: self.count]
        return (x, t), (x[:EVALUATION_IMAGES], t[:EVALUATION_IMAGES])


def iterations_for(epochs: int, train_size: int = TRAIN_SIZE) -> int:
    """Iterations for ``epochs`` measurements: the book stops right after the last one.

    The book measures after iterations 0, 10, ..., 190 (``i % iter_per_epoch == 0``)
    and breaks at the 20th: 191 iterations.
    """
    return (epochs - 1) * max(train_size // BATCH_SIZE, 1) + 1


def batch_norm_configs(*, epochs: int = MAX_EPOCHS, seed: int = 0) -> list[TrainConfig]:
    """The 32 trainings: for each scale, with batch norm (even index) then without (odd).

    Scale ``i`` seeds both of its networks with ``seed + i``; every run shares
    ``batch_seed = seed``.
    """
    configs = []
    for index, scale in enumerate(WEIGHT_SCALES):
        for use_batchnorm in (True, False):
            configs.append(
                TrainConfig(
                    hidden_sizes=HIDDEN_SIZES,
                    activation=ACTIVATION,
                    weight_init_std=scale,
                    use_batchnorm=use_batchnorm,
                    optimizer="sgd",
                    learning_rate=LEARNING_RATE,
                    batch_size=BATCH_SIZE,
                    iters_num=iterations_for(epochs),
                    train_size=TRAIN_SIZE,
                    seed=seed + index,
                    batch_seed=seed,
                )
            )
    return configs


@dataclass(frozen=True)
class BatchNormRun:
    """One finished training of the grid.

    Attributes
    ----------
    scale_index : int
        0 to 15: the panel.
    weight_scale : float
    use_batchnorm : bool
    train_acc : tuple of float
        Accuracy on the 1,000 images at each epoch boundary (fewer if it diverged).
    status : str
        ``"finished"``, ``"diverged"`` (the loss became NaN or exploded: the run
        stopped there) or ``"failed"``.
    """

    scale_index: int
    weight_scale: float
    use_batchnorm: bool
    train_acc: tuple[float, ...]
    status: str = "finished"


@dataclass
class BatchNormResult:
    """The runs of the grid that have finished, by scale and batch norm."""

    weight_scales: tuple[float, ...] = WEIGHT_SCALES
    runs: dict[tuple[int, bool], BatchNormRun] = field(default_factory=dict)
    cancelled: bool = False

    def add(self, run: BatchNormRun) -> None:
        """Keep ``run`` (replacing an earlier one of the same scale and batch norm)."""
        self.runs[(run.scale_index, run.use_batchnorm)] = run

    def run(self, scale_index: int, use_batchnorm: bool) -> BatchNormRun | None:
        """The run of panel ``scale_index`` with or without batch norm, if it has finished."""
        return self.runs.get((scale_index, use_batchnorm))

    @property
    def complete(self) -> bool:
        """True when every scale has both runs."""
        return len(self.runs) == 2 * len(self.weight_scales)


def run_batch_norm(
    *,
    workers: int = 2,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    data_loader: DataLoader | None = None,
    epochs: int = MAX_EPOCHS,
    seed: int = 0,
    on_run: Callable[[BatchNormRun], None] | None = None,
) -> BatchNormResult:
    """Train the 32 networks in ``workers`` processes and collect their accuracy curves.

    Parameters
    ----------
    workers : int
        Worker processes.
    progress : callable, optional
        ``progress(done, total)`` in the calling thread after each training.
    cancel : threading.Event, optional
        Set it to stop: the runs that finished are kept (``result.cancelled``).
    data_loader : callable, optional
        Picklable; returns ``(x_train, t_train), (x_test, t_test)`` (the bundled
        MNIST by default). Its first 1,000 training images are used.
    epochs : int
        Accuracy measurements per run (the book's 20).
    seed : int
    on_run : callable, optional
        Called in the calling thread with each ``BatchNormRun`` as it finishes.
    """
    configs = batch_norm_configs(epochs=epochs, seed=seed)
    result = BatchNormResult()
    trainings = run_contestants(
        configs,
        workers=workers,
        data_loader=FirstImages(data_loader or load_bundled),
        cancel=cancel,
        measure_final=False,
        past_divergence=True,  # the book draws all 20 epochs of the scales that blow up
    )
    for done, finished in enumerate(trainings, start=1):
        config = finished.config
        run = BatchNormRun(
            scale_index=finished.index // 2,
            weight_scale=float(config.weight_init_std),
            use_batchnorm=config.use_batchnorm,
            train_acc=tuple(e.train_acc for e in finished.epochs),
            status=finished.status,
        )
        result.add(run)
        if on_run is not None:
            on_run(run)
        if progress is not None:
            progress(done, len(configs))
    result.cancelled = cancel is not None and cancel.is_set() and not result.complete
    return result
