"""What a configured network is, and how many parameters it has.

``summarize_network`` gives it as data (``NetworkSummary``), which the window
words in the user's language (``gui/network_text.py``); ``describe_network``
words it in English for the command line:
``784-100-100-10, ReLU, He, Adam lr 0.001: 89,610 parameters``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from core.config import TrainConfig

INPUT_SIZE = 784
OUTPUT_SIZE = 10

ACTIVATION_NAMES = {"sigmoid": "sigmoid", "relu": "ReLU", "tanh": "tanh"}
OPTIMIZER_TITLES = {
    "sgd": "SGD",
    "momentum": "Momentum",
    "nesterov": "Nesterov",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSprop",
    "adam": "Adam",
}


def layer_sizes(
    config: TrainConfig, input_size: int = INPUT_SIZE, output_size: int = OUTPUT_SIZE
) -> list[int]:
    """``[784, *hidden_sizes, 10]``: the width of every layer, input to output."""
    return [input_size, *config.hidden_sizes, output_size]


def parameter_count(
    config: TrainConfig, input_size: int = INPUT_SIZE, output_size: int = OUTPUT_SIZE
) -> int:
    """Trainable numbers: every ``W`` and ``b``, and batch norm's ``gamma`` and ``beta``."""
    sizes = layer_sizes(config, input_size, output_size)
    count = sum(n_in * n_out + n_out for n_in, n_out in pairwise(sizes))
    if config.use_batchnorm:
        count += 2 * sum(config.hidden_sizes)
    return count


def init_name(weight_init_std: float | str) -> str:
    """``'He'``, ``'Xavier'`` or ``'std 0.01'``."""
    if isinstance(weight_init_std, str):
        return {"he": "He", "xavier": "Xavier"}[weight_init_std]
    return f"std {weight_init_std:g}"


def optimizer_name(config: TrainConfig) -> str:
    """``'Adam lr 0.001'``, ``'Momentum lr 0.01'``."""
    return f"{OPTIMIZER_TITLES[config.optimizer]} lr {config.learning_rate:g}"


@dataclass(frozen=True)
class NetworkSummary:
    """A configured network as data, for a view to word in its own language.

    Attributes
    ----------
    layer_sizes : tuple of int
        ``(784, *hidden_sizes, 10)``.
    activation : str
        A key of ``ACTIVATION_NAMES`` (``'relu'``).
    weight_init : float or str
        A standard deviation, ``'xavier'`` or ``'he'``.
    optimizer : str
        A key of ``OPTIMIZER_TITLES`` (``'adam'``).
    learning_rate : float
    weight_decay : float
        0 when off.
    dropout : float
        0 when off.
    batch_norm : bool
    parameters : int
        Trainable numbers (``parameter_count``).
    """

    layer_sizes: tuple[int, ...]
    activation: str
    weight_init: float | str
    optimizer: str
    learning_rate: float
    weight_decay: float
    dropout: float
    batch_norm: bool
    parameters: int

    @property
    def layers(self) -> str:
        """``'784-100-100-10'``."""
        return "-".join(str(size) for size in self.layer_sizes)


def summarize_network(
    config: TrainConfig, input_size: int = INPUT_SIZE, output_size: int = OUTPUT_SIZE
) -> NetworkSummary:
    """The network ``config`` makes, as data (``describe_network`` words it)."""
    return NetworkSummary(
        layer_sizes=tuple(layer_sizes(config, input_size, output_size)),
        activation=config.activation,
        weight_init=config.weight_init_std,
        optimizer=config.optimizer,
        learning_rate=config.learning_rate,
        weight_decay=config.weight_decay_lambda,
        dropout=config.dropout_ratio,
        batch_norm=config.use_batchnorm,
        parameters=parameter_count(config, input_size, output_size),
    )


def describe_network(
    config: TrainConfig, input_size: int = INPUT_SIZE, output_size: int = OUTPUT_SIZE
) -> str:
    """``'784-100-100-10, ReLU, He, Adam lr 0.001: 89,610 parameters'`` (plus regularisation).

    English, for the command line; the window words ``summarize_network`` itself.
    """
    summary = summarize_network(config, input_size, output_size)
    parts = [
        summary.layers,
        ACTIVATION_NAMES[summary.activation],
        init_name(summary.weight_init),
        optimizer_name(config),
    ]
    if summary.weight_decay:
        parts.append(f"weight decay {summary.weight_decay:g}")
    if summary.dropout:
        parts.append(f"dropout {summary.dropout:g}")
    if summary.batch_norm:
        parts.append("batch norm")
    return f"{', '.join(parts)}: {summary.parameters:,} parameters"
