"""The book's ``weight_init_activation_histogram.py``: activations through five layers.

1,000 random inputs (standard normal, 100 features) go through five layers of
100 units with no bias, each ``W`` drawn from a standard normal times an
initial scale; the activations of each layer are counted in 30 bins over
``(0, 1)``, as the book's ``plt.hist(a.flatten(), 30, range=(0, 1))`` does.
With a scale of 1 sigmoid's activations pile up at 0 and 1 (vanishing
gradients), with 0.01 they all sit at 0.5 (no expressive power), and Xavier
(sigmoid, tanh) or He (ReLU) keep them spread across the layers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

INPUT_COUNT = 1000
NODE_NUM = 100
HIDDEN_LAYER_SIZE = 5
BINS = 30
HIST_RANGE = (0.0, 1.0)
Y_LIMIT = 7000
"""The book's ``plt.ylim(0, 7000)``."""

ACTIVATION_FUNCTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sigmoid": lambda a: 1 / (1 + np.exp(-a)),
    "relu": lambda a: np.maximum(0, a),
    "tanh": np.tanh,
}

SCALES = ("1", "0.01", "xavier", "he")
"""The initial scales the book tries: 1, 0.01, Xavier ``sqrt(1/n)`` and He ``sqrt(2/n)``."""

SCALE_NAMES = {"1": "std=1", "0.01": "std=0.01", "xavier": "Xavier", "he": "He"}


def init_scale(scale: float | str, node_num: int = NODE_NUM) -> float:
    """The standard deviation of the initial weights for ``scale``.

    Parameters
    ----------
    scale : float or str
        A number, or one of ``SCALES`` (``'xavier'``: ``sqrt(1 / node_num)``,
        ``'he'``: ``sqrt(2 / node_num)``).
    node_num : int
        Units in the layer before.
    """
    if isinstance(scale, str):
        if scale == "xavier":
            return math.sqrt(1.0 / node_num)
        if scale == "he":
            return math.sqrt(2.0 / node_num)
        if scale not in SCALES:
            raise ValueError(f"scale must be a number or one of {', '.join(SCALES)}, got {scale!r}")
        return float(scale)
    return float(scale)


def layer_activations(
    activation: str, scale: float | str, *, rng: np.random.Generator
) -> list[np.ndarray]:
    """The activations of each of the five layers, as the book's script computes them.

    ``rng`` draws the input first, then each layer's ``W`` in turn (the book's
    ``np.random.randn`` calls, in the same order).

    Parameters
    ----------
    activation : str
        ``'sigmoid'``, ``'relu'`` or ``'tanh'``.
    scale : float or str
        See ``init_scale``.
    rng : numpy.random.Generator

    Returns
    -------
    list of 5 (1000, 100) float64 ndarray
    """
    if activation not in ACTIVATION_FUNCTIONS:
        raise ValueError(
            f"activation must be one of {', '.join(ACTIVATION_FUNCTIONS)}, got {activation!r}"
        )
    function = ACTIVATION_FUNCTIONS[activation]
    std = init_scale(scale)
    x = rng.standard_normal((INPUT_COUNT, NODE_NUM))
    activations = []
    for _ in range(HIDDEN_LAYER_SIZE):
        w = rng.standard_normal((NODE_NUM, NODE_NUM)) * std
        x = function(x @ w)
        activations.append(x)
    return activations


def bin_edges() -> np.ndarray:
    """The 31 edges of the 30 bins over ``(0, 1)``, ``(31,)`` float64."""
    return np.linspace(HIST_RANGE[0], HIST_RANGE[1], BINS + 1)


def activation_histograms(
    activation: str, scale: float | str, *, rng: np.random.Generator
) -> list[np.ndarray]:
    """The five 30-bin histograms of the book's figure (``np.histogram``'s counts).

    Values outside ``(0, 1)`` are not counted, as in ``plt.hist(..., range=(0, 1))``.

    Returns
    -------
    list of 5 (30,) int64 ndarray
    """
    return [
        np.histogram(a.ravel(), bins=BINS, range=HIST_RANGE)[0]
        for a in layer_activations(activation, scale, rng=rng)
    ]


@dataclass(frozen=True)
class HistogramResult:
    """The five histograms of one activation and initial scale.

    Attributes
    ----------
    activation : str
    scale : float or str
    counts : list of 5 (30,) int64 ndarray
    edges : (31,) float64 ndarray
    """

    activation: str
    scale: float | str
    counts: list[np.ndarray]
    edges: np.ndarray

    @property
    def title(self) -> str:
        """``'ReLU, He'``: what the figure shows."""
        names = {"sigmoid": "Sigmoid", "relu": "ReLU", "tanh": "tanh"}
        if isinstance(self.scale, str):
            scale = SCALE_NAMES.get(self.scale, f"std={self.scale}")
        else:
            scale = f"std={self.scale:g}"
        return f"{names[self.activation]}, {scale}"


def run_activation_histograms(
    activation: str = "relu", scale: float | str = "he", *, seed: int = 0
) -> HistogramResult:
    """The book's experiment for one activation and scale, deterministic with ``seed``.

    The book's script as shipped uses ReLU with He's scale.
    """
    counts = activation_histograms(activation, scale, rng=np.random.default_rng(seed))
    return HistogramResult(activation, scale, counts, bin_edges())
