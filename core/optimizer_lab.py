"""The 2-D optimizer lab: the book's ``optimizer_compare_naive.py`` as data.

Each optimizer of ``core.optimizer`` descends f(x, y) = x**2 / 20 + y**2 from
(-7, 2) for 30 steps with the book's learning rates (SGD 0.95, Momentum 0.1,
AdaGrad 1.5, Adam 0.3). ``path`` gives the positions; ``trace`` and
``step_details`` give every number that went into a step, and
``StepDetail.formula_text`` writes them into the optimizer's formula.

The book's figure plots the 30 positions *before* each update; ``path`` also
includes the position after the 30th, so it has ``steps + 1`` rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from core.optimizer import Optimizer, make_optimizer

LAB_OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
DISPLAY_NAMES = {"sgd": "SGD", "momentum": "Momentum", "adagrad": "AdaGrad", "adam": "Adam"}
BOOK_LAB_LEARNING_RATES = {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3}
"""The learning rates of ``optimizer_compare_naive.py``."""
START = (-7.0, 2.0)
STEPS = 30
CONTOUR_LEVELS = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)
"""The levels matplotlib's ``contour`` picks for the book's grid (Z above 7 masked)."""
LR_RANGE = (1e-3, 3.0)
"""The learning rates a lab slider spans, on a log scale."""

Pair = tuple[float, float]


def f(x: np.ndarray | float, y: np.ndarray | float) -> np.ndarray | float:
    """The book's bowl: x**2 / 20 + y**2 (any broadcastable shapes)."""
    return x**2 / 20.0 + y**2


def df(x: float, y: float) -> Pair:
    """The gradient of ``f``: (x / 10, 2 y)."""
    return x / 10.0, 2.0 * y


@dataclass(frozen=True)
class StepDetail:
    """The numbers of one update ``k`` (1-based) of one optimizer on ``f``.

    ``state_before`` / ``state_after`` map the optimizer's state names
    (``'v'``; ``'h'``; ``'m'`` and ``'v'``) to their (x, y) values; ``lr_t`` is
    Adam's bias-corrected step size (None for the others).
    """

    optimizer: str
    lr: float
    k: int
    before: Pair
    grad: Pair
    after: Pair
    state_before: dict[str, Pair] = field(default_factory=dict)
    state_after: dict[str, Pair] = field(default_factory=dict)
    lr_t: float | None = None
    settings: dict[str, float] = field(default_factory=dict)

    def formula_text(self) -> str:
        """The update written out with its numbers, one formula a line."""
        name, lr = DISPLAY_NAMES[self.optimizer], _num(self.lr)
        extra = "".join(f", {key} {_num(val)}" for key, val in self.settings.items())
        lines = [
            f"{name}, step {self.k} (lr {lr}{extra})",
            f"W = (x, y) = {_pair(self.before)}",
            f"dL/dW = (x / 10, 2y) = {_pair(self.grad)}",
        ]
        lines += _FORMULAS[self.optimizer](self)
        return "\n".join(lines)


def _num(value: float) -> str:
    return f"{value:.4g}"


def _pair(pair: Pair) -> str:
    return f"({_num(pair[0])}, {_num(pair[1])})"


def _sgd_lines(d: StepDetail) -> list[str]:
    lr = _num(d.lr)
    return [f"W = W - {lr} * dL/dW = {_pair(d.before)} - {lr} * {_pair(d.grad)} = {_pair(d.after)}"]


def _momentum_lines(d: StepDetail) -> list[str]:
    lr, mom = _num(d.lr), _num(d.settings["momentum"])
    v0, v1 = _pair(d.state_before["v"]), _pair(d.state_after["v"])
    return [
        f"v = {mom} * v - {lr} * dL/dW = {mom} * {v0} - {lr} * {_pair(d.grad)} = {v1}",
        f"W = W + v = {_pair(d.before)} + {v1} = {_pair(d.after)}",
    ]


def _adagrad_lines(d: StepDetail) -> list[str]:
    lr = _num(d.lr)
    h0, h1 = d.state_before["h"], d.state_after["h"]
    g2 = (d.grad[0] ** 2, d.grad[1] ** 2)
    root = (math.sqrt(h1[0]), math.sqrt(h1[1]))
    return [
        f"h = h + dL/dW * dL/dW = {_pair(h0)} + {_pair(g2)} = {_pair(h1)}",
        f"W = W - {lr} * dL/dW / (sqrt(h) + 1e-7) = {_pair(d.before)} - {lr} * "
        f"{_pair(d.grad)} / ({_pair(root)} + 1e-7) = {_pair(d.after)}",
    ]


def _adam_lines(d: StepDetail) -> list[str]:
    beta1, beta2 = d.settings["beta1"], d.settings["beta2"]
    lr, b1, b2 = _num(d.lr), _num(beta1), _num(beta2)
    m0, m1 = _pair(d.state_before["m"]), d.state_after["m"]
    v0, v1 = _pair(d.state_before["v"]), d.state_after["v"]
    g2 = (d.grad[0] ** 2, d.grad[1] ** 2)
    root = (math.sqrt(v1[0]), math.sqrt(v1[1]))
    lr_t = _num(d.lr_t if d.lr_t is not None else float("nan"))
    return [
        f"lr_t = {lr} * sqrt(1 - {b2}^{d.k}) / (1 - {b1}^{d.k}) = {lr_t}",
        f"m = m + (1 - {b1}) * (dL/dW - m) = {m0} + {_num(1 - beta1)} * "
        f"({_pair(d.grad)} - {m0}) = {_pair(m1)}",
        f"v = v + (1 - {b2}) * (dL/dW^2 - v) = {v0} + {_num(1 - beta2)} * "
        f"({_pair(g2)} - {v0}) = {_pair(v1)}",
        f"W = W - lr_t * m / (sqrt(v) + 1e-7) = {_pair(d.before)} - {lr_t} * {_pair(m1)} / "
        f"({_pair(root)} + 1e-7) = {_pair(d.after)}",
    ]


_FORMULAS = {
    "sgd": _sgd_lines,
    "momentum": _momentum_lines,
    "adagrad": _adagrad_lines,
    "adam": _adam_lines,
}
_SETTINGS = {"sgd": (), "momentum": ("momentum",), "adagrad": (), "adam": ("beta1", "beta2")}


def _state(optimizer: Optimizer) -> dict[str, Pair]:
    """The optimizer's state as {slot: (x, y)}; zeros before the first update."""
    saved = optimizer.state_dict()
    return {
        slot: (float(saved[f"{slot}/x"][0]), float(saved[f"{slot}/y"][0]))
        if f"{slot}/x" in saved
        else (0.0, 0.0)
        for slot in optimizer.SLOTS
    }


def trace(
    optimizer_name: str, lr: float, steps: int = STEPS, start: Pair = START
) -> list[StepDetail]:
    """Every step of ``optimizer_name`` with learning rate ``lr`` on ``f``, in order.

    Parameters
    ----------
    optimizer_name : {'sgd', 'momentum', 'adagrad', 'adam'}
    lr : float
    steps : int
        Number of updates (the book's 30).
    start : (x, y)

    Returns
    -------
    list of StepDetail, length ``steps``; item ``k - 1`` is step ``k``.
    """
    if optimizer_name not in LAB_OPTIMIZERS:
        raise ValueError(f"the lab has {', '.join(LAB_OPTIMIZERS)}, not {optimizer_name!r}")
    optimizer = make_optimizer(optimizer_name, lr)
    settings = {key: float(getattr(optimizer, key)) for key in _SETTINGS[optimizer_name]}
    params = {"x": np.array([start[0]]), "y": np.array([start[1]])}
    details = []
    for k in range(1, steps + 1):
        before = (float(params["x"][0]), float(params["y"][0]))
        grad = df(*before)
        state_before = _state(optimizer)
        optimizer.update(params, {"x": np.array([grad[0]]), "y": np.array([grad[1]])})
        lr_t = None
        if optimizer_name == "adam":
            b1, b2 = settings["beta1"], settings["beta2"]
            lr_t = lr * math.sqrt(1.0 - b2**k) / (1.0 - b1**k)
        after = (float(params["x"][0]), float(params["y"][0]))
        details.append(
            StepDetail(
                optimizer_name, lr, k, before, grad, after,
                state_before, _state(optimizer), lr_t, settings,
            )
        )  # fmt: skip
    return details


def path(optimizer_name: str, lr: float, steps: int = STEPS, start: Pair = START) -> np.ndarray:
    """The positions of ``optimizer_name`` descending ``f``: ``(steps + 1, 2)`` float64.

    Row 0 is ``start``; row ``k`` is the position after step ``k``.
    """
    return path_of(trace(optimizer_name, lr, steps, start), start)


def path_of(details: list[StepDetail], start: Pair = START) -> np.ndarray:
    """The positions a ``trace`` visits: ``(len(details) + 1, 2)`` float64."""
    return np.array([start, *(d.after for d in details)], dtype=np.float64)


def step_details(optimizer_name: str, lr: float, k: int, start: Pair = START) -> StepDetail:
    """The numbers of step ``k`` (1-based) of ``optimizer_name`` with learning rate ``lr``."""
    if k < 1:
        raise ValueError(f"steps are counted from 1, got {k}")
    return trace(optimizer_name, lr, k, start)[k - 1]


def contour_grid(
    x_range: Pair = (-10.0, 10.0), y_range: Pair = (-5.0, 5.0), step: float = 0.01
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The book's grid of ``f``: X, Y, Z, each ``(ny, nx)`` float64 (``np.meshgrid``)."""
    x = np.arange(x_range[0], x_range[1], step)
    y = np.arange(y_range[0], y_range[1], step)
    X, Y = np.meshgrid(x, y)
    return X, Y, np.asarray(f(X, Y))


def contour_ellipse(level: float, n: int = 181) -> np.ndarray:
    """The contour f = ``level``, exactly: the ellipse x**2 / (20 c) + y**2 / c = 1.

    Returns
    -------
    (n, 2) float64, closed (the last point is the first).
    """
    t = np.linspace(0.0, 2.0 * np.pi, n)
    t[-1] = 0.0
    return np.column_stack((math.sqrt(20.0 * level) * np.cos(t), math.sqrt(level) * np.sin(t)))


def lr_from_slider(position: int, positions: int, lr_range: Pair = LR_RANGE) -> float:
    """The learning rate at ``position`` of a log-scale slider with ``positions + 1`` stops."""
    low, high = lr_range
    return float(low * (high / low) ** (position / positions))


def slider_from_lr(lr: float, positions: int, lr_range: Pair = LR_RANGE) -> int:
    """The slider stop nearest to ``lr`` (clamped to the slider)."""
    low, high = lr_range
    position = round(positions * math.log(lr / low) / math.log(high / low))
    return min(max(position, 0), positions)
