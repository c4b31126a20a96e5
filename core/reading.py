"""Reading one digit with the network, and why it reads it so.

For an input ``x (784,)`` the network computes ``z1 = sigmoid(x @ W1 + b1)`` and
``y = softmax(z1 @ W2 + b2)``. The score of class ``k`` is a sum over hidden
units, ``sum_j z1[j] * W2[j, k] + b2[k]``, so ``z1[j] * W2[j, k]`` is how much
unit ``j`` (its input times its ``W1`` column, squashed, times ``W2``) pushed
the reading towards ``k``: positive for, negative against.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.functions import sigmoid, softmax


@dataclass(frozen=True)
class Reading:
    """The network's reading of one input.

    Attributes
    ----------
    probabilities : (10,) float64
        Softmax output; sums to 1.
    hidden : (H,) float64
        Activation ``z1`` of every hidden unit, in (0, 1).
    contributions : (H,) float64
        ``z1[j] * W2[j, top]``: each unit's share of the top class's score.
    top : int
        The most likely class.
    """

    probabilities: np.ndarray
    hidden: np.ndarray
    contributions: np.ndarray
    top: int

    def strongest_units(self, count: int = 5) -> list[int]:
        """The ``count`` units that pushed hardest towards ``top``, strongest first."""
        order = np.argsort(-self.contributions, kind="stable")
        return [int(j) for j in order[:count] if self.contributions[j] > 0]


def read_digit(params: dict[str, np.ndarray], x: np.ndarray) -> Reading:
    """Run ``x`` through the network given by ``params`` and explain the result.

    Parameters
    ----------
    params : dict
        ``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)``.
    x : (784,) float array in [0, 1]

    Returns
    -------
    Reading
    """
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2", "b2"))
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    with np.errstate(over="ignore", invalid="ignore"):
        hidden = sigmoid(x @ W1 + b1)
        probabilities = softmax(hidden @ W2 + b2)
    top = int(np.argmax(probabilities))
    return Reading(probabilities, hidden, hidden * W2[:, top], top)
