"""The entries of a model file and their shapes, as the file's config makes them.

The book's parameters (``param_shapes``), batch norm's running statistics
(``buffer_shapes``, stored under ``BUFFER_PREFIX``) and the optimizer's state
(``optimizer_shapes``, under ``OPTIMIZER_PREFIX``); ``entry_shapes`` gives all
the array entries a file of a given format holds.
"""

from __future__ import annotations

from itertools import pairwise

from core.config import TrainConfig
from core.network import PARAM_KEYS
from core.network_summary import layer_sizes

INPUT_SIZE = 784
OUTPUT_SIZE = 10
BUFFER_PREFIX = "buffer/"
"""Batch norm's running statistics are stored as ``buffer/running_mean1``, ..."""
OPTIMIZER_PREFIX = "optimizer/"
"""The optimizer's state is stored as ``optimizer/iter``, ``optimizer/m/W1``, ..."""
OPTIMIZER_SLOTS: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("v",),
    "nesterov": ("v",),
    "adagrad": ("h",),
    "rmsprop": ("h",),
    "adam": ("m", "v"),
}
"""The per-parameter arrays of each optimizer's ``state_dict``: ``'<slot>/<param key>'``."""


def param_shapes(config: TrainConfig) -> dict[str, tuple[int, ...]]:
    """The book's parameter keys of ``config``'s network and their shapes.

    ``W1 (784, H1)``, ``b1 (H1,)``, ..., ``W{n+1} (Hn, 10)``, ``b{n+1} (10,)``
    and with batch norm ``gamma{k} (Hk,)``, ``beta{k} (Hk,)`` for every hidden layer.
    """
    shapes: dict[str, tuple[int, ...]] = {}
    for k, (n_in, n_out) in enumerate(
        pairwise(layer_sizes(config, INPUT_SIZE, OUTPUT_SIZE)), start=1
    ):
        shapes[f"W{k}"], shapes[f"b{k}"] = (n_in, n_out), (n_out,)
    if config.use_batchnorm:
        for k, size in enumerate(config.hidden_sizes, start=1):
            shapes[f"gamma{k}"], shapes[f"beta{k}"] = (size,), (size,)
    return shapes


def buffer_shapes(config: TrainConfig) -> dict[str, tuple[int, ...]]:
    """Batch norm's ``running_mean{k} (Hk,)`` and ``running_var{k} (Hk,)``; empty without it."""
    if not config.use_batchnorm:
        return {}
    shapes: dict[str, tuple[int, ...]] = {}
    for k, size in enumerate(config.hidden_sizes, start=1):
        shapes[f"running_mean{k}"], shapes[f"running_var{k}"] = (size,), (size,)
    return shapes


def optimizer_shapes(config: TrainConfig) -> dict[str, tuple[int, ...]]:
    """Every key of ``config.optimizer``'s ``state_dict`` after a step, with its shape.

    ``'<slot>/<param key>'`` shaped as the parameter (``'v/W1'``, ``'m/b2'``),
    and Adam's step count ``'iter'`` ``()``; SGD has none.
    """
    params = param_shapes(config)
    shapes = {
        f"{slot}/{key}": shape
        for slot in OPTIMIZER_SLOTS[config.optimizer]
        for key, shape in params.items()
    }
    return shapes | ({"iter": ()} if config.optimizer == "adam" else {})


def entry_shapes(config: TrainConfig, version: int) -> dict[str, tuple[int, ...]]:
    """The array entries (not the metadata) a model file of ``config`` has, by entry name.

    Formats 1 and 2 hold the two-layer weights only; format 3 also
    ``buffer/<key>`` for ``buffer_shapes`` and ``optimizer/<key>`` for ``optimizer_shapes``.
    """
    if version < 3:
        return {key: shape for key, shape in param_shapes(config).items() if key in PARAM_KEYS}
    return (
        param_shapes(config)
        | {BUFFER_PREFIX + key: shape for key, shape in buffer_shapes(config).items()}
        | {OPTIMIZER_PREFIX + key: shape for key, shape in optimizer_shapes(config).items()}
    )
