"""The settings of one training run, and the one place their bounds live.

``TrainConfig`` holds the book's chapter-4 run as its defaults. ``BOUNDS`` says
what each setting may be: the window's spin boxes take their ranges from it,
the command line checks against it (and prints it in ``--help``), and model
files and run folders are checked against it before anything is allocated.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

GRADIENT_METHODS = ("backprop", "numerical")
TRAIN_SIZE = 60_000
"""Images in the MNIST training set: the largest batch there can be."""


class ConfigError(ValueError):
    """A training setting is out of range; the message says which and what is allowed."""


@dataclass(frozen=True)
class Bound:
    """The allowed range ``low <= value <= high`` of one numeric setting."""

    low: int | float
    high: int | float
    whole: bool  # a whole number (int), not any float

    def describe(self) -> str:
        """``"1 to 2,000"`` or ``"0.0001 to 100"``."""
        if self.whole:
            return f"{self.low:,} to {self.high:,}"
        return f"{self.low:g} to {self.high:g}"


BOUNDS: dict[str, Bound] = {
    "hidden_size": Bound(1, 2000, whole=True),
    "learning_rate": Bound(0.0001, 100.0, whole=False),
    "batch_size": Bound(1, TRAIN_SIZE, whole=True),
    "iters_num": Bound(1, 10_000_000, whole=True),
    "weight_init_std": Bound(0.0001, 10.0, whole=False),
    "seed": Bound(0, 2**31 - 1, whole=True),
}
"""What each numeric setting of ``TrainConfig`` may be, here and only here."""


def check_setting(name: str, value: object) -> int | float:
    """Return ``value`` if it is allowed for the setting ``name``, else raise ConfigError.

    Parameters
    ----------
    name : str
        A key of ``BOUNDS``.
    value : object
        The proposed value.

    Returns
    -------
    int or float
        ``value`` (a float setting given as an int comes back as a float).
    """
    bound = BOUNDS[name]
    if bound.whole:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{name} must be a whole number, got {value!r}")
    else:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{name} must be a number, got {value!r}")
        if not math.isfinite(value):
            raise ConfigError(f"{name} must be a finite number, got {value!r}")
        value = float(value)
    if not bound.low <= value <= bound.high:
        raise ConfigError(f"{name} must be from {bound.describe()}, got {value!r}")
    return value


def check_learning_rate(learning_rate: float) -> float:
    """Return ``learning_rate`` as a float if it is within ``BOUNDS``, else raise ConfigError."""
    return float(check_setting("learning_rate", learning_rate))


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one training run; the defaults are the book's.

    Attributes
    ----------
    hidden_size : int
        Units in the hidden layer (784-``hidden_size``-10).
    learning_rate : float
        SGD step size; the trainer can change it between iterations.
    batch_size : int
        Training images per iteration, drawn uniformly with replacement.
    iters_num : int
        Number of iterations.
    weight_init_std : float
        Standard deviation of the initial weights.
    seed : int
        Seeds the initial weights and the minibatch draws.
    gradient : str
        ``"backprop"`` (the book's fast way) or ``"numerical"`` (central
        differences, as the book's commented-out line; vectorised here, so a
        learner can race the two and watch the same curves appear).

    Every numeric setting must lie within ``BOUNDS``; ConfigError otherwise.
    """

    hidden_size: int = 50
    learning_rate: float = 0.1
    batch_size: int = 100
    iters_num: int = 10_000
    weight_init_std: float = 0.01
    seed: int = 0
    gradient: str = "backprop"

    def __post_init__(self) -> None:
        for name in BOUNDS:
            checked = check_setting(name, getattr(self, name))
            object.__setattr__(self, name, checked)
        if self.gradient not in GRADIENT_METHODS:
            raise ConfigError(
                f"gradient must be one of {', '.join(GRADIENT_METHODS)}, got {self.gradient!r}"
            )

    def iter_per_epoch(self, train_size: int) -> int:
        """Iterations per epoch: ``train_size // batch_size`` (600 in the book), at least 1."""
        return max(train_size // self.batch_size, 1)

    def to_dict(self) -> dict[str, int | float | str]:
        """The settings as a plain dict (for JSON)."""
        return asdict(self)
