"""The pieces of a backprop walk: a ``Step``, the graph's nodes, and numbers as text.

``core.backprop_walk`` walks a network's computational graph node by node;
each node's forward and backward rules (``core.backprop_nodes``) return a
``Step``: the node's formula with the numbers filled in, and its arrays.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet

FORWARD, BACKWARD, CHECK = "forward", "backward", "check"

Network = TwoLayerNet | MultiLayerNet


@dataclass(frozen=True)
class Step:
    """One node of the graph in one direction.

    Attributes
    ----------
    node : str
        The layer's key in ``MultiLayerNet.layers`` (``"Affine1"``, ``"BatchNorm1"``,
        ``"Activation_function1"``, ``"Dropout1"``), ``"SoftmaxWithLoss"`` or ``"Check"``.
    label : str
        Short name for the graph: ``"Affine1"``, ``"ReLU1"``, ``"Softmax+Loss"``...
    direction : str
        ``"forward"``, ``"backward"`` or ``"check"``.
    formula : str
        The formulas with the numbers, several lines, for a monospace font.
    arrays : dict of str to float64 ndarray
        What the node used and made (inputs, output, upstream and local gradients).
    images : tuple of str
        Keys of ``arrays`` holding a 784-long vector, to show as a 28x28 image.
    tiles : tuple of str
        Keys of ``arrays`` holding a ``(784, H)`` matrix, to show as 28x28 tiles.
    input_gradient : str or None
        The key of dL/dx on the step that forms it (Affine1 backward), else None.
    note : str
        What the learner should know about this node (mode, dead units...).
    differences : dict of str to float
        Check step only: the largest ``|walk - reference|`` for each parameter.
    """

    node: str
    label: str
    direction: str
    formula: str
    arrays: Mapping[str, np.ndarray]
    images: tuple[str, ...] = ()
    tiles: tuple[str, ...] = ()
    input_gradient: str | None = None
    note: str = ""
    differences: Mapping[str, float] = field(default_factory=dict)


Forward = tuple[np.ndarray, Any, Step]
"""A forward rule's output, what its backward rule needs, and its step."""


@dataclass(frozen=True)
class Node:
    """A node before SoftmaxWithLoss: the layer's key, its label, kind and output's name."""

    key: str
    label: str
    kind: str  # "affine", "batchnorm", "sigmoid", "relu", "tanh", "dropout"
    index: int  # the layer number i of W{i}, gamma{i}, ...
    out: str  # the name of the node's output in the formulas


@dataclass
class Context:
    """What every rule of one walk reads (parameters, mode) and the gradients it writes."""

    params: dict[str, np.ndarray]
    buffers: dict[str, np.ndarray]
    train_flg: bool
    rng: np.random.Generator
    weight_decay: float
    dropout_ratio: float
    grads: dict[str, np.ndarray] = field(default_factory=dict)


def num(value: float) -> str:
    """A number in 4 significant digits."""
    return f"{float(value):.4g}"


def describe(array: np.ndarray, count: int = 4) -> str:
    """``(1, 50) = [0.12, -0.4, 0.33, 1.2, ...]``: the shape and the first entries.

    Up to 10 entries are all shown; longer arrays get ``count`` of them and their range.
    """
    flat = np.ravel(array)
    shape = str(tuple(np.shape(array)))
    if flat.size <= 10:
        return f"{shape} = [{', '.join(num(v) for v in flat)}]"
    head = ", ".join(num(v) for v in flat[:count])
    return f"{shape} = [{head}, ...]  min {num(flat.min())}, max {num(flat.max())}"


def graph_labels(steps: list[Step]) -> list[str]:
    """The boxes of the graph, left to right: every forward step's label."""
    return [step.label for step in steps if step.direction == FORWARD]


def graph_nodes(network: Network) -> list[Node]:
    """The nodes before SoftmaxWithLoss, in forward order."""
    if isinstance(network, TwoLayerNet):
        return [
            Node("Affine1", "Affine1", "affine", 1, "a1"),
            Node("Sigmoid1", "Sigmoid1", "sigmoid", 1, "z1"),
            Node("Affine2", "Affine2", "affine", 2, "a2"),
        ]
    names = {"sigmoid": "Sigmoid", "relu": "ReLU", "tanh": "Tanh"}
    nodes = []
    for key in network.layers:
        kind = key.rstrip("0123456789")
        i = int(key[len(kind) :])
        if kind == "Activation_function":
            act = network.activation
            nodes.append(Node(key, f"{names[act]}{i}", act, i, f"z{i}"))
        else:
            short = {"Affine": "a", "BatchNorm": "n", "Dropout": "zd"}[kind]
            nodes.append(Node(key, key, kind.lower(), i, f"{short}{i}"))
    return nodes
