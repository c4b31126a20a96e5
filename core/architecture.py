"""The network a ``TrainConfig`` describes, built from the seed or from saved parameters.

Chapter 4's network (one sigmoid hidden layer, a numeric initial scale, no
weight decay, dropout or batch norm) is a ``TwoLayerNet``, whose fused training
step is the fastest; every other configuration is the book's chapter-6
``MultiLayerNet``. Both offer ``params``, ``predict``, ``loss``, ``accuracy``,
``gradient``, ``loss_and_gradient``, ``probabilities`` and ``copy``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import numpy as np

from core.config import TrainConfig
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet
from core.network_summary import INPUT_SIZE, OUTPUT_SIZE

Network: TypeAlias = TwoLayerNet | MultiLayerNet


def architecture_of(
    config: TrainConfig, input_size: int = INPUT_SIZE, output_size: int = OUTPUT_SIZE
) -> dict[str, Any]:
    """``MultiLayerNet``'s constructor settings for ``config`` (the book's argument names)."""
    return {
        "input_size": input_size,
        "hidden_size_list": list(config.hidden_sizes),
        "output_size": output_size,
        "activation": config.activation,
        "weight_init_std": config.weight_init_std,
        "weight_decay_lambda": config.weight_decay_lambda,
        "use_dropout": config.use_dropout,
        "dropout_ration": config.dropout_ratio,
        "use_batchnorm": config.use_batchnorm,
    }


def build_network(
    config: TrainConfig,
    input_size: int = INPUT_SIZE,
    output_size: int = OUTPUT_SIZE,
    *,
    rng: np.random.Generator,
    dtype: np.dtype | type = np.float32,
) -> Network:
    """A freshly initialised network for ``config``, its weights drawn from ``rng``.

    ``rng`` also draws the dropout masks while training (the trainer passes
    its own generator, so a saved generator state restores those too).
    """
    if config.is_two_layer_net:
        assert isinstance(config.weight_init_std, float)
        return TwoLayerNet(
            input_size,
            config.hidden_size,
            output_size,
            config.weight_init_std,
            rng=rng,
            dtype=dtype,
        )
    return MultiLayerNet(**architecture_of(config, input_size, output_size), rng=rng, dtype=dtype)


def network_from_params(
    config: TrainConfig,
    params: Mapping[str, np.ndarray],
    *,
    buffers: Mapping[str, np.ndarray] | None = None,
    rng: np.random.Generator | None = None,
) -> Network:
    """A network of ``config``'s architecture with copies of ``params`` and ``buffers``.

    The input and output sizes are read from ``W1`` and the last ``W``.
    """
    if config.is_two_layer_net:
        return TwoLayerNet.from_params(dict(params))
    last = f"W{len(config.hidden_sizes) + 1}"
    input_size, output_size = params["W1"].shape[0], params[last].shape[1]
    return MultiLayerNet.from_params(
        dict(params),
        buffers=None if buffers is None else dict(buffers),
        rng=rng,
        **architecture_of(config, input_size, output_size),
    )


def buffers_of(network: Network) -> dict[str, np.ndarray]:
    """Copies of batch norm's running statistics (empty for networks without batch norm)."""
    return network.buffers() if isinstance(network, MultiLayerNet) else {}
