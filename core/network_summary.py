"""One line that says what a configured network is, and how many parameters it has.

``784-100-100-10, ReLU, He, Adam lr 0.001: 89,610 parameters`` — what the
Training dock shows under the settings and what the runs list names a run by.
"""

from __future__ import annotations

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


def describe_network(
    config: TrainConfig, input_size: int = INPUT_SIZE, output_size: int = OUTPUT_SIZE
) -> str:
    """``'784-100-100-10, ReLU, He, Adam lr 0.001: 89,610 parameters'`` (plus regularisation)."""
    parts = [
        "-".join(str(size) for size in layer_sizes(config, input_size, output_size)),
        ACTIVATION_NAMES[config.activation],
        init_name(config.weight_init_std),
        optimizer_name(config),
    ]
    if config.weight_decay_lambda:
        parts.append(f"weight decay {config.weight_decay_lambda:g}")
    if config.dropout_ratio:
        parts.append(f"dropout {config.dropout_ratio:g}")
    if config.use_batchnorm:
        parts.append("batch norm")
    count = parameter_count(config, input_size, output_size)
    return f"{', '.join(parts)}: {count:,} parameters"
