"""One image through the network and back, node by node, with the numbers (chapter 5).

``walk(network, x, t)`` runs one image (a batch of one, in float64) forward
through the network's computational graph, one layer (node) at a time, then
backward through the same nodes in reverse, and returns one ``Step`` per node
and direction: the node's formula with the real numbers filled in and the
arrays it used. The graph is chapter 5's: Affine, activation, ..., Affine,
SoftmaxWithLoss, with chapter 6's BatchNorm and Dropout where the network has
them. The formulas are written out here, not borrowed from the network's
layers, so the last step (a check against ``network.gradient``) compares two
independent computations.

Batch norm and dropout behave differently in training and at test time.
``train_flg=False`` (the default) walks the network as it reads a digit:
batch norm with its running statistics, dropout keeping every unit scaled by
``1 - ratio``. ``train_flg=True`` walks what ``gradient()`` computes: batch
norm with the batch's own statistics (a batch of one is its own mean, so
nothing flows back through it) and dropout with a random mask, drawn from a
copy of the network's generator exactly as ``gradient()`` draws it.
"""

from __future__ import annotations

import copy

import numpy as np

from core.backprop_nodes import BACKWARD_RULES, FORWARD_RULES, softmax_with_loss
from core.backprop_step import CHECK, Context, Network, Step, graph_nodes
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet
from core.phrase import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "AGREEMENT", "Step", "exact_loss", "float64_copy", "is_mode_dependent", "walk",
    "walked_gradients",
]  # fmt: skip

AGREEMENT = 1e-10
"""Largest difference at which the walk and ``gradient()`` are said to agree."""
NUMERICAL_AGREEMENT = 1e-6
"""The same for central differences (the book's 1e-7 in the log and the step h limit them)."""
SAMPLES = 12  # parameter entries per key checked by central differences
H = 1e-5  # central-difference step


def is_mode_dependent(network: Network) -> bool:
    """True when the network has batch norm or dropout (training differs from reading)."""
    return isinstance(network, MultiLayerNet) and (network.use_batchnorm or network.use_dropout)


def float64_copy(network: Network) -> Network:
    """An independent float64 copy (weights, batch-norm statistics, dropout generator)."""
    params = {key: np.asarray(value, dtype=np.float64) for key, value in network.params.items()}
    if isinstance(network, TwoLayerNet):
        return TwoLayerNet.from_params(params)
    buffers = {key: value.astype(np.float64) for key, value in network.buffers().items()}
    return MultiLayerNet.from_params(
        params, buffers=buffers, rng=copy.deepcopy(network.rng), **network.architecture()
    )


def walk(network: Network, x: np.ndarray, t: int, *, train_flg: bool = False) -> list[Step]:
    """The forward steps, the backward steps and the check, in order.

    Parameters
    ----------
    network : TwoLayerNet or MultiLayerNet
        Not changed (the walk works on a float64 copy).
    x : (784,) float ndarray
        One image, 0 to 1.
    t : int
        The target class.
    train_flg : bool
        Batch norm and dropout as in training (as ``gradient()``) or at test time.

    Returns
    -------
    list of Step
        One per node forward, SoftmaxWithLoss forward and backward, one per node
        backward, and the check last.
    """
    net = float64_copy(network)
    if isinstance(net, MultiLayerNet):
        ctx = Context(net.params, net.buffers(), train_flg, copy.deepcopy(net.rng),
                      float(net.weight_decay_lambda), float(net.dropout_ration))  # fmt: skip
    else:
        ctx = Context(net.params, {}, train_flg, np.random.default_rng(0), 0.0, 0.0)
    nodes = graph_nodes(net)
    steps: list[Step] = []
    out, name = np.asarray(x, dtype=np.float64).reshape(1, -1), "x"
    inputs = []
    for node in nodes:
        x_in, in_name = out, name
        out, memo, step = FORWARD_RULES[node.kind](node, x_in, in_name, ctx)
        inputs.append((x_in, in_name, memo))
        steps.append(step)
        name = node.out
    loss_steps = softmax_with_loss(out, name, int(t), ctx)
    steps += loss_steps
    dout = loss_steps[-1].arrays[f"dL/d{name}"]
    for node, (x_in, in_name, memo) in zip(reversed(nodes), reversed(inputs), strict=True):
        dout, step = BACKWARD_RULES[node.kind](node, x_in, in_name, memo, dout, ctx)
        steps.append(step)
    steps.append(_check(network, np.asarray(x, dtype=np.float64), int(t), ctx, train_flg))
    return steps


def walked_gradients(steps: list[Step]) -> dict[str, np.ndarray]:
    """The gradient of every parameter as the walk found it (the check step's arrays)."""
    return dict(steps[-1].arrays)


# -- the check ---------------------------------------------------------------------

# The check step's words, shown translated (``core.phrase``).
EXACT_HEAD = QT_TRANSLATE_NOOP(
    "BackpropNodes",
    "Check: the walk against network.gradient(x, t) (float64, same image and target)",
)
EXACT_NOTE = QT_TRANSLATE_NOOP(
    "BackpropNodes", "The walked gradients against the network's own backprop, gradient()."
)
NUMERICAL_HEAD = QT_TRANSLATE_NOOP(
    "BackpropNodes",
    "Check: the walk against central differences (h = {h}) of the test-mode\n"
    "loss at {samples} random entries of each parameter",
)
NUMERICAL_NOTE = QT_TRANSLATE_NOOP(
    "BackpropNodes",
    "gradient() trains with the batch's statistics and random dropout masks, not with "
    "the test-mode network walked here; tick training mode to check against it.",
)
AGREE = QT_TRANSLATE_NOOP(
    "BackpropNodes", "largest difference {worst}: they agree (to {tolerance})"
)
DIFFER = QT_TRANSLATE_NOOP(
    "BackpropNodes", "largest difference {worst}: they DIFFER (to {tolerance})"
)


def _said(template: str, **values: object) -> Phrase:
    return Phrase("BackpropNodes", template, **values)


def _check(network: Network, x: np.ndarray, t: int, ctx: Context, train_flg: bool) -> Step:
    """Compare ``ctx.grads`` with ``gradient()``, or with central differences in test mode."""
    reference = float64_copy(network)  # its generator is where the walk's started
    walked = {key: ctx.grads[key] for key in reference.params}
    exact = train_flg or not is_mode_dependent(network)
    if exact:
        expected = reference.gradient(x[None], np.array([t]))
        differences = {key: float(np.max(np.abs(walked[key] - expected[key]))) for key in walked}
        lines: list[str] = [_said(EXACT_HEAD)]
        note = _said(EXACT_NOTE)
    else:
        differences = _numerical_differences(reference, x, t, walked)
        lines = [_said(NUMERICAL_HEAD, h=f"{H:g}", samples=SAMPLES)]
        note = _said(NUMERICAL_NOTE)
    tolerance = AGREEMENT if exact else NUMERICAL_AGREEMENT
    for key, value in differences.items():
        lines.append(f"  d{key:<7} {walked[key].shape!s:<11} max |walk - reference| = {value:.3g}")
    worst = max(differences.values())
    verdict = AGREE if worst <= tolerance else DIFFER
    lines.append(_said(verdict, worst=f"{worst:.3g}", tolerance=f"{tolerance:g}"))
    tiles = ("W1",) if walked["W1"].shape[0] == 784 else ()
    return Step("Check", "Check", CHECK, Phrase.join(lines, "\n"), walked, tiles=tiles, note=note,
                differences=differences)  # fmt: skip


def exact_loss(network: Network, x: np.ndarray, t: int) -> float:
    """``-log softmax(scores)[t]`` (+ weight decay) of one image in test mode, without the 1e-7.

    The book's ``+ 1e-7`` inside the log changes the loss's slope where ``y[t]`` is
    tiny; backprop's ``y - t`` is the slope of this loss, the one without it.
    """
    if isinstance(network, TwoLayerNet):
        scores, penalty = network._forward(x[None])[1][0], 0.0
    else:
        scores = network.predict(x[None], train_flg=False)[0]
        penalty = network.weight_decay_loss()
    top = scores.max()  # log-sum-exp without overflow
    return float(top + np.log(np.sum(np.exp(scores - top))) - scores[t] + penalty)


def _numerical_differences(
    net: Network, x: np.ndarray, t: int, walked: dict[str, np.ndarray]
) -> dict[str, float]:
    """``max |walked - central difference|`` at ``SAMPLES`` entries of each parameter."""
    assert isinstance(net, MultiLayerNet)
    rng = np.random.default_rng(0)  # the same entries every time
    differences = {}
    for key, value in net.params.items():
        flat = value.reshape(-1)  # a view: changing it changes the parameter
        worst = 0.0
        for idx in rng.choice(flat.size, size=min(SAMPLES, flat.size), replace=False):
            keep = flat[idx]
            flat[idx] = keep + H
            above = exact_loss(net, x, t)
            flat[idx] = keep - H
            below = exact_loss(net, x, t)
            flat[idx] = keep
            worst = max(worst, abs((above - below) / (2 * H) - walked[key].reshape(-1)[idx]))
        differences[key] = worst
    return differences
