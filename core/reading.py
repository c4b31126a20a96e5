"""Reading one digit with the network, and why it reads it so.

For an input ``x (784,)`` the network computes ``z1 = sigmoid(x @ W1 + b1)`` and
``y = softmax(z1 @ W2 + b2)``. The score of class ``k`` is a sum over hidden
units, ``sum_j z1[j] * W2[j, k] + b2[k]``, so ``z1[j] * W2[j, k]`` is how much
unit ``j`` (its input times its ``W1`` column, squashed, times ``W2``) pushed
the reading towards ``k``: positive for, negative against.

A deeper network (chapter 6's ``MultiLayerNet``) is explained the same way at
its last hidden layer: the scores are ``z @ W_last + b_last`` for that layer's
output ``z``, so ``z[j] * W_last[j, k]`` is unit ``j``'s push towards ``k``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.architecture import network_from_params
from core.config import TrainConfig
from core.functions import sigmoid, softmax
from core.layer_outputs import hidden_outputs
from core.multi_layer_net import MultiLayerNet


@dataclass(frozen=True)
class Reading:
    """The network's reading of one input.

    Attributes
    ----------
    probabilities : (10,) float64
        Softmax output; sums to 1.
    hidden : (H,) float64
        Output of every unit of the last hidden layer (``z1`` for the two-layer network).
    contributions : (H,) float64
        ``z[j] * W_last[j, top]``: each unit's share of the top class's score.
    top : int
        The most likely class.
    layer : int
        Which hidden layer ``hidden`` belongs to (1 for the two-layer network).
    """

    probabilities: np.ndarray
    hidden: np.ndarray
    contributions: np.ndarray
    top: int
    layer: int = 1

    def strongest_units(self, count: int = 5) -> list[int]:
        """The ``count`` units that pushed hardest towards ``top``, strongest first."""
        order = np.argsort(-self.contributions, kind="stable")
        return [int(j) for j in order[:count] if self.contributions[j] > 0]


def read_digit(
    params: dict[str, np.ndarray],
    x: np.ndarray,
    *,
    config: TrainConfig | None = None,
    buffers: dict[str, np.ndarray] | None = None,
) -> Reading:
    """Run ``x`` through the network given by ``params`` and explain the result.

    Parameters
    ----------
    params : dict
        ``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)``, or a deeper
        network's parameters by the book's keys (then ``config`` is required).
    x : (784,) float array in [0, 1]
    config : TrainConfig, optional
        The network's settings; None or chapter 4's: the two-layer network.
    buffers : dict, optional
        Batch norm's running statistics, for a network with batch norm.

    Returns
    -------
    Reading
    """
    if config is not None and not config.is_two_layer_net:
        return _read_with_layers(config, params, buffers or {}, x)
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2", "b2"))
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    with np.errstate(over="ignore", invalid="ignore"):
        hidden = sigmoid(x @ W1 + b1)
        probabilities = softmax(hidden @ W2 + b2)
    top = int(np.argmax(probabilities))
    return Reading(probabilities, hidden, hidden * W2[:, top], top)


def _read_with_layers(
    config: TrainConfig,
    params: dict[str, np.ndarray],
    buffers: dict[str, np.ndarray],
    x: np.ndarray,
) -> Reading:
    """``read_digit`` for a ``MultiLayerNet``, explained at its last hidden layer."""
    network = network_from_params(config, params, buffers=buffers)
    assert isinstance(network, MultiLayerNet)
    x = np.asarray(x, dtype=network.dtype).reshape(1, -1)
    with np.errstate(over="ignore", invalid="ignore"):
        hidden = hidden_outputs(network, x)[-1][0].astype(np.float64)
        probabilities = network.probabilities(x)[0].astype(np.float64)
    top = int(np.argmax(probabilities))
    last = len(config.hidden_sizes)
    W_last = np.asarray(params[f"W{last + 1}"], dtype=np.float64)
    return Reading(probabilities, hidden, hidden * W_last[:, top], top, layer=last)
