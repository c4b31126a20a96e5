"""What each hidden layer of a trained network outputs, summarised as the book's histograms.

Chapter 6 judges an initialisation by the histogram of every hidden layer's
activations (30 bins, 0 to 1 for sigmoid): piled up at 0 and 1 the units are
saturated and pass back almost no gradient; all at 0.5 they say the same thing.
Here the same is done on the app's own network, for a fixed sample of test
images, with each histogram summarised in words:

- sigmoid: 30 bins over the book's range 0..1; saturated = share of outputs
  below 0.01 or above 0.99;
- tanh: 30 bins over -1..1; saturated = share with ``|z| > 0.99``;
- ReLU: the share of exact zeros (a spike no bin could show on the same axis
  as the rest) is reported apart, and the 30 bins cover the positive outputs
  from 0 to the largest; dead = share of units that output 0 for every image.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.architecture import Network
from core.functions import sigmoid
from core.layer_outputs import hidden_outputs
from core.network import TwoLayerNet

BINS = 30
SAMPLE_SIZE = 1000
SATURATION = 0.99
"""Sigmoid outputs below ``1 - SATURATION`` or above it, tanh's with ``|z| > SATURATION``."""

RANGES = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}
"""The fixed histogram ranges; ReLU's runs from 0 to the largest output."""


def activation_of(network: Network) -> str:
    """``'sigmoid'``, ``'relu'`` or ``'tanh'``: the hidden layers' activation function."""
    return "sigmoid" if isinstance(network, TwoLayerNet) else network.activation


def hidden_layer_outputs(network: Network, x: np.ndarray) -> list[np.ndarray]:
    """The activation output of every hidden layer for ``x`` (test mode).

    Parameters
    ----------
    network : TwoLayerNet or MultiLayerNet
        Not changed: a ``MultiLayerNet``'s layers cache their inputs, so a copy runs.
    x : (N, input_size) float ndarray

    Returns
    -------
    list of (N, H_k) ndarray
        ``[sigmoid(x W1 + b1)]`` for a ``TwoLayerNet``; one per hidden layer otherwise.
    """
    if isinstance(network, TwoLayerNet):
        params = network.params
        a1 = np.asarray(x, dtype=network.dtype) @ params["W1"] + params["b1"]
        return [sigmoid(a1)]
    return hidden_outputs(network.copy(), x)


def sample_images(x_test: np.ndarray, count: int = SAMPLE_SIZE, seed: int = 0) -> np.ndarray:
    """``count`` test images drawn without replacement, seeded, as the network's input.

    Parameters
    ----------
    x_test : (N, 784) uint8 or float ndarray
        uint8 pixels are divided by 255 (as ``load_mnist`` normalises).
    count : int
        At most ``N``.
    seed : int

    Returns
    -------
    (count, 784) float32 ndarray
    """
    rng = np.random.default_rng(seed)
    index = np.sort(rng.choice(len(x_test), size=min(count, len(x_test)), replace=False))
    images = np.asarray(x_test[index], dtype=np.float32)
    if x_test.dtype == np.uint8:
        images /= np.float32(255.0)
    return images


@dataclass(frozen=True)
class LayerSummary:
    """One hidden layer's histogram and what it means.

    Attributes
    ----------
    layer : int
        1 for the first hidden layer.
    activation : str
    counts : (30,) int64 ndarray
        ``np.histogram``'s counts; for ReLU of the positive outputs only.
    edges : (31,) float64 ndarray
    mean, spread : float
        Mean and standard deviation of all the layer's outputs (zeros included).
    saturated : float or None
        Share of saturated outputs (sigmoid, tanh); None for ReLU.
    dead : float or None
        ReLU: share of units that output 0 for every image; None otherwise.
    zeros : float or None
        ReLU: share of all outputs that are exactly 0 (not in ``counts``); None otherwise.
    """

    layer: int
    activation: str
    counts: np.ndarray
    edges: np.ndarray
    mean: float
    spread: float
    saturated: float | None
    dead: float | None
    zeros: float | None

    @property
    def title(self) -> str:
        """``'layer 2: 38% saturated (near 0 or 1), spread 0.31'`` and the like."""
        if self.activation == "relu":
            return f"layer {self.layer}: {self.dead:.0%} of units dead, {self.zeros:.0%} zeros"
        near = "near 0 or 1" if self.activation == "sigmoid" else "near -1 or 1"
        return (
            f"layer {self.layer}: {self.saturated:.0%} saturated ({near}), spread {self.spread:.2g}"
        )

    @property
    def axis_label(self) -> str:
        """What the x axis shows (for ReLU: that the zeros are left out)."""
        if self.activation == "relu":
            return "output > 0 (zeros not drawn)"
        return "output"


def summarize_layer(z: np.ndarray, activation: str, layer: int) -> LayerSummary:
    """Histogram and summary of one layer's outputs.

    Parameters
    ----------
    z : (N, H) float ndarray
        The layer's activation output for N images.
    activation : str
        ``'sigmoid'``, ``'relu'`` or ``'tanh'``.
    layer : int
        Its number, 1 for the first hidden layer.
    """
    values = np.asarray(z, dtype=np.float64)
    flat = values.ravel()
    mean, spread = float(flat.mean()), float(flat.std())
    if activation == "relu":
        positive = flat[(flat > 0) & np.isfinite(flat)]
        top = float(positive.max()) if positive.size else 1.0
        counts, edges = np.histogram(positive, bins=BINS, range=(0.0, top))
        dead = float(np.mean(np.all(values == 0, axis=0)))
        zeros = float(np.mean(flat == 0))
        return LayerSummary(layer, activation, counts, edges, mean, spread, None, dead, zeros)
    if activation not in RANGES:
        raise ValueError(f"activation must be sigmoid, relu or tanh, got {activation!r}")
    counts, edges = np.histogram(flat, bins=BINS, range=RANGES[activation])
    if activation == "sigmoid":
        saturated = float(np.mean((flat < 1 - SATURATION) | (flat > SATURATION)))
    else:
        saturated = float(np.mean(np.abs(flat) > SATURATION))
    return LayerSummary(layer, activation, counts, edges, mean, spread, saturated, None, None)


def summarize(network: Network, x: np.ndarray) -> list[LayerSummary]:
    """``summarize_layer`` for every hidden layer of ``network`` on the images ``x (N, 784)``."""
    activation = activation_of(network)
    with np.errstate(over="ignore", invalid="ignore"):
        outputs = hidden_layer_outputs(network, x)
    return [summarize_layer(z, activation, k) for k, z in enumerate(outputs, start=1)]
