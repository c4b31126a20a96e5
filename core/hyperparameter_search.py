"""The book's ``hyperparameter_optimization.py``: a random search over lr and weight decay.

The first 500 training images are shuffled and 20% (100 images) held out for
validation; 784-100x6-10 networks (``MultiLayerNet``'s defaults: ReLU, He)
train with SGD (batch 100) on the other 400 for 50 epochs, each trial with
``lr = 10 ** U(-6, -2)`` and ``weight decay = 10 ** U(-8, -4)``. The
validation accuracy of the final epoch ranks the trials; the book draws the
best 20 as a 5x4 grid of curves.

Trials are ordinary ``TrainConfig`` runs trained in worker processes by
``core.contestant_pool`` and reported as they finish. The trainer's "test" set
is the validation set (``ValidationSplit``), so its test accuracy is the
validation accuracy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.config import TrainConfig
from core.contestant_pool import DataLoader, load_bundled, run_contestants
from core.data import Dataset
from core.util import shuffle_dataset

SEARCH_IMAGES = 500
VALIDATION_RATE = 0.20
HIDDEN_SIZES = (100, 100, 100, 100, 100, 100)
ACTIVATION = "relu"
WEIGHT_INIT = "he"
BATCH_SIZE = 100
TRIALS = 100
EPOCHS = 50
LR_EXPONENTS = (-6.0, -2.0)
WEIGHT_DECAY_EXPONENTS = (-8.0, -4.0)
BEST_SHOWN = 20
SEARCH_COLUMNS = 5


def validation_count(images: int = SEARCH_IMAGES) -> int:
    """Images held out: 20% (100 of 500)."""
    return int(images * VALIDATION_RATE)


@dataclass(frozen=True)
class ValidationSplit:
    """A picklable ``data_loader``: ``((x_train, t_train), (x_val, t_val))`` as the book splits.

    The first ``images`` training images of ``loader``'s data are shuffled with
    ``np.random.default_rng(shuffle_seed)``; the first 20% of them are the
    validation set and the rest the training set.
    """

    loader: DataLoader = load_bundled
    images: int = SEARCH_IMAGES
    shuffle_seed: int = 0

    def __call__(self) -> Dataset:
        (x_train, t_train), _ = self.loader()
        x, t = shuffle_dataset(
            x_train[: self.images], t_train[: self.images], np.random.default_rng(self.shuffle_seed)
        )
        held_out = validation_count(len(x))
        return (x[held_out:], t[held_out:]), (x[:held_out], t[:held_out])


def sample_hyperparameters(rng: np.random.Generator) -> tuple[float, float]:
    """One trial's ``(learning_rate, weight_decay)``, drawn as the book does (decay first)."""
    weight_decay = 10 ** rng.uniform(*WEIGHT_DECAY_EXPONENTS)
    learning_rate = 10 ** rng.uniform(*LR_EXPONENTS)
    return float(learning_rate), float(weight_decay)


def trial_configs(
    trials: int = TRIALS, *, epochs: int = EPOCHS, seed: int = 0
) -> list[TrainConfig]:
    """The trials' settings: hyperparameters and each trial's seed from ``default_rng(seed)``.

    Each trial runs ``epochs`` epochs of 4 iterations (400 images, batch 100):
    the book's ``Trainer`` measures at iterations 0, 4, ..., so 50 epochs are
    200 iterations and 50 measurements.
    """
    rng = np.random.default_rng(seed)
    train_images = SEARCH_IMAGES - validation_count()
    configs = []
    for _ in range(trials):
        learning_rate, weight_decay = sample_hyperparameters(rng)
        configs.append(
            TrainConfig(
                hidden_sizes=HIDDEN_SIZES,
                activation=ACTIVATION,
                weight_init_std=WEIGHT_INIT,
                optimizer="sgd",
                learning_rate=learning_rate,
                weight_decay_lambda=weight_decay,
                batch_size=BATCH_SIZE,
                iters_num=epochs * (train_images // BATCH_SIZE),
                train_size=train_images,
                seed=int(rng.integers(0, 2**31 - 1)),
            )
        )
    return configs


@dataclass(frozen=True)
class Trial:
    """One finished trial.

    Attributes
    ----------
    index : int
        Its position among the trials drawn.
    learning_rate, weight_decay : float
    val_acc, train_acc : tuple of float
        Accuracy on the 100 validation and the 400 training images at each epoch.
    status : str
        ``"finished"``, ``"diverged"`` or ``"failed"``.
    """

    index: int
    learning_rate: float
    weight_decay: float
    val_acc: tuple[float, ...]
    train_acc: tuple[float, ...]
    status: str = "finished"

    @property
    def final_val_acc(self) -> float:
        """Validation accuracy at the last epoch (0 if none was measured): the ranking."""
        return self.val_acc[-1] if self.val_acc else 0.0


@dataclass
class SearchResult:
    """The trials that finished, in the order they finished."""

    planned: int = TRIALS
    trials: list[Trial] = field(default_factory=list)
    cancelled: bool = False

    def best(self, count: int = BEST_SHOWN) -> list[Trial]:
        """The ``count`` trials of highest final validation accuracy, best first."""
        ranked = sorted(self.trials, key=lambda t: (-t.final_val_acc, t.index))
        return ranked[:count]


def run_search(
    *,
    trials: int = TRIALS,
    epochs: int = EPOCHS,
    workers: int = 2,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    on_trial: Callable[[Trial], None] | None = None,
    cancel: threading.Event | None = None,
    data_loader: DataLoader | None = None,
) -> SearchResult:
    """Run the random search in ``workers`` processes; trials are reported as they finish.

    Parameters
    ----------
    trials : int
        Trials to draw (the book's 100).
    epochs : int
        Epochs per trial (the book's 50).
    workers : int
    seed : int
        Seeds the hyperparameters, each trial's weights and minibatches, and the
        shuffle before the validation split.
    progress : callable, optional
        ``progress(done, total)`` in the calling thread after each trial.
    on_trial : callable, optional
        Called in the calling thread with each ``Trial`` as it finishes.
    cancel : threading.Event, optional
        Set it to stop: the trials that finished are kept (``result.cancelled``).
    data_loader : callable, optional
        Picklable; returns ``(x_train, t_train), (x_test, t_test)`` (the bundled
        MNIST by default). Its first 500 training images are used.
    """
    configs = trial_configs(trials, epochs=epochs, seed=seed)
    result = SearchResult(planned=trials)
    split = ValidationSplit(data_loader or load_bundled, shuffle_seed=seed)
    for finished in run_contestants(
        configs, workers=workers, data_loader=split, cancel=cancel, measure_final=False
    ):
        config = finished.config
        trial = Trial(
            index=finished.index,
            learning_rate=config.learning_rate,
            weight_decay=config.weight_decay_lambda,
            val_acc=tuple(e.test_acc for e in finished.epochs),
            train_acc=tuple(e.train_acc for e in finished.epochs),
            status=finished.status,
        )
        result.trials.append(trial)
        if on_trial is not None:
            on_trial(trial)
        if progress is not None:
            progress(len(result.trials), trials)
    result.cancelled = cancel is not None and cancel.is_set() and len(result.trials) < trials
    return result
