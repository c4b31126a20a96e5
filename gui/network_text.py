"""A network and a saved run in words, in the user's language.

``core.network_summary.summarize_network`` says what a configuration makes as
data; these functions word it for the window (the Training dock's summary line,
the Runs panel's Network column). In English they read as the command line's
``describe_network``: ``784-100-100-10, ReLU, He, Adam lr 0.001: 89,610 parameters``.
Optimizer names, ReLU, tanh, Xavier and He stay as the book writes them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.config import TrainConfig
from core.network_summary import OPTIMIZER_TITLES, NetworkSummary, summarize_network
from core.run_list import RunInfo

translate = QCoreApplication.translate

ACTIVATION_TITLES = {
    "sigmoid": QT_TRANSLATE_NOOP("NetworkText", "sigmoid"),
    "relu": "ReLU",
    "tanh": "tanh",
}
"""The activations' display names (only sigmoid is a word to translate)."""
INIT_TITLES = {"xavier": "Xavier", "he": "He"}


def activation_title(activation: str) -> str:
    """``'relu'`` -> ``'ReLU'``; ``'sigmoid'`` in the user's language."""
    return translate("NetworkText", ACTIVATION_TITLES[activation])


def init_title(weight_init: float | str) -> str:
    """``'He'``, ``'Xavier'`` or ``'std 0.01'`` (the latter in the user's language)."""
    if isinstance(weight_init, str):
        return INIT_TITLES[weight_init]
    return translate("NetworkText", "std {value}").format(value=f"{weight_init:g}")


def optimizer_title(optimizer: str, learning_rate: float) -> str:
    """``'Adam lr 0.001'``."""
    return translate("NetworkText", "{optimizer} lr {rate}").format(
        optimizer=OPTIMIZER_TITLES[optimizer], rate=f"{learning_rate:g}"
    )


def network_text(summary: NetworkSummary) -> str:
    """``'784-100-100-10, ReLU, He, Adam lr 0.001: 89,610 parameters'`` (plus regularisation)."""
    parts = [
        summary.layers,
        activation_title(summary.activation),
        init_title(summary.weight_init),
        optimizer_title(summary.optimizer, summary.learning_rate),
    ]
    if summary.weight_decay:
        parts.append(
            translate("NetworkText", "weight decay {value}").format(
                value=f"{summary.weight_decay:g}"
            )
        )
    if summary.dropout:
        parts.append(
            translate("NetworkText", "dropout {value}").format(value=f"{summary.dropout:g}")
        )
    if summary.batch_norm:
        parts.append(translate("NetworkText", "batch norm"))
    return translate("NetworkText", "{network}: {count} parameters").format(
        network=", ".join(parts), count=f"{summary.parameters:,}"
    )


def config_text(config: TrainConfig) -> str:
    """``network_text`` of the network ``config`` makes."""
    return network_text(summarize_network(config))


def network_layers_text(config: TrainConfig) -> str:
    """The summary without its parameter count: ``'784-50-10, sigmoid, std 0.01, SGD lr 0.1'``."""
    summary = summarize_network(config)
    return ", ".join(
        [
            summary.layers,
            activation_title(summary.activation),
            init_title(summary.weight_init),
            optimizer_title(summary.optimizer, summary.learning_rate),
        ]
    )


def run_text(info: RunInfo) -> str:
    """A saved run in one line: ``'784-50-10, lr 0.1, batch 100, 10,000 iterations'``."""
    done = info.iterations_done
    config = info.config
    if config is None:
        return translate("NetworkText", "settings unknown, {count} iterations").format(
            count=f"{done:,}"
        )
    if done == config.iters_num:
        iterations = translate("NetworkText", "{count} iterations").format(count=f"{done:,}")
    else:
        iterations = translate("NetworkText", "{done} of {total} iterations").format(
            done=f"{done:,}", total=f"{config.iters_num:,}"
        )
    summary = summarize_network(config)
    if config.is_two_layer_net and config.optimizer == "sgd":
        return translate("NetworkText", "{layers}, lr {rate}, batch {batch}, {iterations}").format(
            layers=summary.layers,
            rate=f"{config.learning_rate:g}",
            batch=config.batch_size,
            iterations=iterations,
        )
    return translate(
        "NetworkText", "{layers}, {activation}, {optimizer}, batch {batch}, {iterations}"
    ).format(
        layers=summary.layers,
        activation=activation_title(config.activation),
        optimizer=optimizer_title(config.optimizer, config.learning_rate),
        batch=config.batch_size,
        iterations=iterations,
    )
