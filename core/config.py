"""The settings of one training run, and the one place their bounds live.

``TrainConfig`` holds the book's chapter-4 run as its defaults. ``BOUNDS`` says
what each setting may be: the window's spin boxes take their ranges from it,
the command line checks against it (and prints it in ``--help``), and model
files and run folders are checked against it before anything is allocated.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from core.datasets import DATASETS, DEFAULT_DATASET

GRADIENT_METHODS = ("backprop", "numerical")
TRAIN_SIZE = 60_000
"""Images in the training set of MNIST (and of Fashion-MNIST): the largest batch there can be."""


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
    "learning_rate": Bound(1e-7, 100.0, whole=False),
    "batch_size": Bound(1, TRAIN_SIZE, whole=True),
    "iters_num": Bound(1, 10_000_000, whole=True),
    "weight_init_std": Bound(0.0001, 10.0, whole=False),
    "seed": Bound(0, 2**31 - 1, whole=True),
    "hidden_layers": Bound(1, 10, whole=True),
    "momentum": Bound(0.0, 0.9999, whole=False),
    "decay_rate": Bound(0.0, 0.9999, whole=False),
    "beta1": Bound(0.0, 0.9999, whole=False),
    "beta2": Bound(0.0, 0.99999, whole=False),
    "weight_decay_lambda": Bound(0.0, 10.0, whole=False),
    "dropout_ratio": Bound(0.0, 0.95, whole=False),
    "train_size": Bound(1, TRAIN_SIZE, whole=True),
}
"""What each numeric setting of ``TrainConfig`` may be, here and only here.

``hidden_size`` bounds each entry of ``hidden_sizes`` and ``hidden_layers`` their
count; ``train_size`` applies when it is not None (None: the whole training set).
"""

ACTIVATIONS = ("sigmoid", "relu", "tanh")
WEIGHT_INITS = ("xavier", "he")
"""Named initial scales (the book's ``'sigmoid'``/``'relu'`` are accepted as aliases)."""
INIT_ALIASES = {"sigmoid": "xavier", "relu": "he", "xavier": "xavier", "he": "he"}
OPTIMIZER_NAMES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
OPTIMIZER_SETTINGS: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("momentum",),
    "nesterov": ("momentum",),
    "adagrad": (),
    "rmsprop": ("decay_rate",),
    "adam": ("beta1", "beta2"),
}
"""The settings of ``TrainConfig`` each optimizer uses besides the learning rate."""
BOOK_LEARNING_RATES = {
    "sgd": 0.01,
    "momentum": 0.01,
    "nesterov": 0.01,
    "adagrad": 0.01,
    "rmsprop": 0.01,
    "adam": 0.001,
}
"""The default ``lr`` of each optimizer class in the book's ``common/optimizer.py``."""
SAMPLINGS = ("replacement", "shuffle")
"""``replacement``: the book's ``np.random.choice`` draws; ``shuffle``: epochs that see
every image once."""


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


def _choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return str(value)


def check_hidden_sizes(value: object) -> tuple[int, ...]:
    """``value`` as a tuple of hidden layer sizes if allowed, else raise ConfigError."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = (value,)
    if not isinstance(value, tuple | list):
        raise ConfigError(f"hidden_sizes must be a list of whole numbers, got {value!r}")
    count = BOUNDS["hidden_layers"]
    if not count.low <= len(value) <= count.high:
        raise ConfigError(
            f"a network has {count.describe()} hidden layers, got {len(value)}: {value!r}"
        )
    return tuple(int(check_setting("hidden_size", size)) for size in value)


def check_weight_init(value: object) -> float | str:
    """A std (number within bounds), ``'xavier'`` or ``'he'``; the book's aliases are mapped."""
    if isinstance(value, str):
        name = INIT_ALIASES.get(value.lower())
        if name is None:
            raise ConfigError(
                f"weight_init_std must be a number, xavier or he (or the book's sigmoid "
                f"or relu), got {value!r}"
            )
        return name
    return check_setting("weight_init_std", value)


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one training run; the defaults are the book's chapter-4 run.

    Attributes
    ----------
    hidden_sizes : tuple of int
        Units in each hidden layer: ``(50,)`` is the book's 784-50-10 network,
        ``(100, 100, 100, 100)`` chapter 6's 784-100-100-100-100-10.
    learning_rate : float
        The optimizer's ``lr``; the trainer can change it between iterations.
    batch_size : int
        Training images per iteration.
    iters_num : int
        Number of iterations.
    weight_init_std : float or str
        Standard deviation of the initial weights, or ``'xavier'``
        (``sqrt(1 / n)``, the book's ``'sigmoid'``) or ``'he'`` (``sqrt(2 / n)``,
        the book's ``'relu'``), ``n`` being the size of the layer before.
    seed : int
        Seeds the initial weights, the minibatch draws and the dropout masks.
    gradient : str
        ``"backprop"`` (the book's fast way) or ``"numerical"`` (central
        differences, as the book's commented-out line; vectorised here, so a
        learner can race the two and watch the same curves appear). Numerical
        gradients are offered for the two-layer network only.
    activation : str
        ``'sigmoid'`` (chapter 4), ``'relu'`` or ``'tanh'``.
    optimizer : str
        One of ``OPTIMIZER_NAMES``; ``momentum``, ``decay_rate``, ``beta1`` and
        ``beta2`` are its settings where it has them (``OPTIMIZER_SETTINGS``).
    weight_decay_lambda : float
        L2 weight decay: the loss gains ``0.5 * lambda * sum(W ** 2)`` per layer.
    dropout_ratio : float
        Share of hidden units dropped in training; 0 means no dropout layers.
    use_batchnorm : bool
        Batch normalisation after every hidden Affine layer.
    train_size : int or None
        Train on the first ``train_size`` training images (the book's
        overfitting experiments use 300); None for all of them.
    sampling : str
        ``'replacement'``: each batch is drawn uniformly with replacement, as
        the book does; ``'shuffle'``: each epoch walks a fresh permutation.
    batch_seed : int or None
        Seeds the minibatches apart from the initial weights and dropout masks:
        the contestants of a race share it, so they train on the same sequence
        of minibatches whatever their networks. None (the default): one
        generator for everything, as chapter 4's run has always done.
    dataset : str
        The bundled set to train on (``core.datasets.DATASETS``): ``"mnist"``,
        the book's digits (the default, and what a file without this setting
        means), or ``"fashion"``, Fashion-MNIST's clothes.

    Every setting is checked here (``BOUNDS``, the name lists); ConfigError otherwise.
    """

    hidden_sizes: tuple[int, ...] = (50,)
    learning_rate: float = 0.1
    batch_size: int = 100
    iters_num: int = 10_000
    weight_init_std: float | str = 0.01
    seed: int = 0
    gradient: str = "backprop"
    activation: str = "sigmoid"
    optimizer: str = "sgd"
    momentum: float = 0.9
    decay_rate: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    weight_decay_lambda: float = 0.0
    dropout_ratio: float = 0.0
    use_batchnorm: bool = False
    train_size: int | None = None
    sampling: str = "replacement"
    batch_seed: int | None = None
    dataset: str = DEFAULT_DATASET

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in _PLAIN_BOUNDED:
            set_(self, name, check_setting(name, getattr(self, name)))
        set_(self, "hidden_sizes", check_hidden_sizes(self.hidden_sizes))
        set_(self, "weight_init_std", check_weight_init(self.weight_init_std))
        if self.train_size is not None:
            set_(self, "train_size", check_setting("train_size", self.train_size))
            if self.batch_size > self.train_size:
                raise ConfigError(
                    f"batch_size {self.batch_size} is larger than the training set "
                    f"({self.train_size} images); choose at most {self.train_size}"
                )
        if self.batch_seed is not None:
            set_(self, "batch_seed", check_setting("seed", self.batch_seed))
        _choice("gradient", self.gradient, GRADIENT_METHODS)
        _choice("activation", self.activation, ACTIVATIONS)
        _choice("optimizer", self.optimizer, OPTIMIZER_NAMES)
        _choice("sampling", self.sampling, SAMPLINGS)
        _choice("dataset", self.dataset, DATASETS)
        if not isinstance(self.use_batchnorm, bool):
            raise ConfigError(f"use_batchnorm must be true or false, got {self.use_batchnorm!r}")
        if self.gradient == "numerical" and not self.is_two_layer_net:
            raise ConfigError(
                "the numerical gradient is offered for the book's two-layer sigmoid network "
                "only (one hidden layer, no weight decay, dropout or batch norm): on a deeper "
                "network it would take hours; use backprop"
            )

    @property
    def hidden_size(self) -> int:
        """Units in the first hidden layer (the only one in chapter 4)."""
        return self.hidden_sizes[0]

    @property
    def is_two_layer_net(self) -> bool:
        """True if this is chapter 4's network: ``TwoLayerNet`` trains it (any optimizer)."""
        return (
            len(self.hidden_sizes) == 1
            and self.activation == "sigmoid"
            and not isinstance(self.weight_init_std, str)
            and self.weight_decay_lambda == 0
            and self.dropout_ratio == 0
            and not self.use_batchnorm
        )

    @property
    def use_dropout(self) -> bool:
        """True if the network has dropout layers (``dropout_ratio > 0``)."""
        return self.dropout_ratio > 0

    def optimizer_params(self) -> dict[str, float]:
        """The optimizer's settings besides ``lr``, e.g. ``{'beta1': 0.9, 'beta2': 0.999}``."""
        return {name: getattr(self, name) for name in OPTIMIZER_SETTINGS[self.optimizer]}

    def iter_per_epoch(self, train_size: int) -> int:
        """Iterations per epoch: ``train_size // batch_size`` (600 in the book), at least 1.

        ``train_size`` is the size of the training set; ``self.train_size`` caps it.
        """
        used = min(train_size, self.train_size or train_size)
        return max(used // self.batch_size, 1)

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict (for JSON: ``hidden_sizes`` is a list)."""
        settings = asdict(self)
        settings["hidden_sizes"] = list(self.hidden_sizes)
        return settings

    @classmethod
    def from_dict(cls, settings: Mapping[str, Any]) -> TrainConfig:
        """A config from ``to_dict``'s output, or from an older version's.

        Files written before deeper networks existed say ``hidden_size: H``;
        that is read as ``hidden_sizes: [H]``; files written before there was a
        choice of data have no ``dataset`` and mean MNIST. Raises ConfigError for an invalid
        value and TypeError for a setting this version does not know.
        """
        values = dict(settings)
        if "hidden_size" in values and "hidden_sizes" not in values:
            values["hidden_sizes"] = values.pop("hidden_size")
        if isinstance(values.get("hidden_sizes"), list):
            values["hidden_sizes"] = tuple(values["hidden_sizes"])
        return cls(**values)


_PLAIN_BOUNDED = (
    "learning_rate",
    "batch_size",
    "iters_num",
    "seed",
    "momentum",
    "decay_rate",
    "beta1",
    "beta2",
    "weight_decay_lambda",
    "dropout_ratio",
)
