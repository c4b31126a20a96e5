"""The optimizers of *Deep Learning from Scratch*, chapter 6.

Each class keeps the book's name, defaults and ``update(params, grads)``, which
changes ``params`` in place with the book's formulas and constants. The state
(velocities ``v``, sums of squares ``h``, Adam's moments ``m`` and ``v``) is
made on the first update, in the parameters' dtype. Two additions:

- ``state_dict()`` / ``load_state_dict()`` save and restore that state as a
  flat ``{name: array}`` dict (``'v/W1'``, ``'h/b2'``, ``'m/W1'``, Adam's
  ``'iter'``), so a stopped run continues exactly as if it had not stopped;
- ``make_optimizer(name, lr, **settings)`` builds one from ``TrainConfig``'s names.

``lr`` and the other settings are plain attributes: changing ``lr`` between
updates takes effect at the next one. They are read as Python floats, so a
float32 parameter is never updated in float64.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from core.config import OPTIMIZER_SETTINGS

Params = dict[str, np.ndarray]
State = dict[str, np.ndarray] | None


class Optimizer:
    """Base class: ``lr``, ``update``, and the state kept in the ``SLOTS`` attributes.

    A subclass names its per-parameter state in ``SLOTS`` (``('v',)``, ``('h',)``,
    ``('m', 'v')``); each such attribute is None before the first update and a
    ``{param key: array}`` dict after it.
    """

    SLOTS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lr: float) -> None:
        self.lr = lr
        for slot in self.SLOTS:
            setattr(self, slot, None)

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        """Change every ``params[key]`` in place by a step along ``grads[key]``."""
        raise NotImplementedError

    def _slots(self, params: Params) -> list[dict[str, np.ndarray]]:
        """The state dicts of ``SLOTS``, made as zeros like ``params`` if missing."""
        states: list[dict[str, np.ndarray]] = []
        for slot in self.SLOTS:
            state = getattr(self, slot)
            if state is None:
                state = {key: np.zeros_like(val) for key, val in params.items()}
                setattr(self, slot, state)
            elif state.keys() != params.keys():
                raise ValueError(
                    f"{type(self).__name__} has state for {sorted(state)} but was given "
                    f"parameters {sorted(params)}"
                )
            states.append(state)
        return states

    def state_dict(self) -> dict[str, np.ndarray]:
        """Copies of the state: ``{'<slot>/<param key>': array}``; ``{}`` before any update."""
        out: dict[str, np.ndarray] = {}
        for slot in self.SLOTS:
            state = getattr(self, slot)
            if state is not None:
                out.update({f"{slot}/{key}": val.copy() for key, val in state.items()})
        return out

    def load_state_dict(self, state: Mapping[str, np.ndarray]) -> None:
        """Restore what ``state_dict`` returned (copies are kept); ValueError if it does not fit."""
        self._load_slots(state)

    def _load_slots(self, state: Mapping[str, np.ndarray]) -> bool:
        """Set the ``SLOTS`` from ``state``; return True if it had any arrays."""
        name = type(self).__name__
        per_slot: dict[str, dict[str, np.ndarray]] = {slot: {} for slot in self.SLOTS}
        for full_key, val in state.items():
            slot, _, key = full_key.partition("/")
            if slot not in per_slot or not key:
                expected = ", ".join(f"'{s}/<param key>'" for s in self.SLOTS) or "no keys"
                raise ValueError(f"{name} state has {expected}, not {full_key!r}")
            per_slot[slot][key] = np.array(val)
        key_sets = {frozenset(keys) for keys in per_slot.values()}
        if len(key_sets) > 1:
            raise ValueError(f"{name} state names different parameters in {', '.join(self.SLOTS)}")
        filled = any(per_slot.values())
        for slot, arrays in per_slot.items():
            setattr(self, slot, arrays if filled else None)
        return filled


class SGD(Optimizer):
    """Stochastic gradient descent: ``W -= lr * dW``."""

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        lr = float(self.lr)
        for key in params:
            params[key] -= lr * grads[key]


class Momentum(Optimizer):
    """Momentum SGD: ``v = momentum * v - lr * dW``; ``W += v``."""

    SLOTS = ("v",)
    v: State

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = momentum

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        lr, momentum = float(self.lr), float(self.momentum)
        (v,) = self._slots(params)
        for key in params:
            v[key] *= momentum
            v[key] -= lr * grads[key]
            params[key] += v[key]


class Nesterov(Momentum):
    """Nesterov's accelerated gradient (arXiv:1212.0901), as the book writes it.

    Momentum's settings and state (``v``); only the step differs.
    """

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        lr, momentum = float(self.lr), float(self.momentum)
        (v,) = self._slots(params)
        for key in params:
            v[key] *= momentum
            v[key] -= lr * grads[key]
            params[key] += momentum * momentum * v[key]
            params[key] -= (1 + momentum) * lr * grads[key]


class AdaGrad(Optimizer):
    """AdaGrad: ``h += dW * dW``; ``W -= lr * dW / (sqrt(h) + 1e-7)``."""

    SLOTS = ("h",)
    h: State

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        lr = float(self.lr)
        (h,) = self._slots(params)
        for key in params:
            g = grads[key]
            h[key] += g * g
            # 1e-7 keeps the step finite while h is still 0.
            params[key] -= lr * g / (np.sqrt(h[key]) + 1e-7)


class RMSprop(Optimizer):
    """RMSprop: ``h = decay_rate * h + (1 - decay_rate) * dW ** 2``; then AdaGrad's step."""

    SLOTS = ("h",)
    h: State

    def __init__(self, lr: float = 0.01, decay_rate: float = 0.99) -> None:
        super().__init__(lr)
        self.decay_rate = decay_rate

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        lr, decay_rate = float(self.lr), float(self.decay_rate)
        (h,) = self._slots(params)
        for key in params:
            g = grads[key]
            h[key] *= decay_rate
            h[key] += (1 - decay_rate) * g * g
            params[key] -= lr * g / (np.sqrt(h[key]) + 1e-7)


class Adam(Optimizer):
    """Adam (arXiv:1412.6980) with the book's bias-corrected step ``lr_t``."""

    SLOTS = ("m", "v")
    m: State
    v: State

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999) -> None:
        super().__init__(lr)
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0

    def update(self, params: Params, grads: Mapping[str, np.ndarray]) -> None:
        beta1, beta2 = float(self.beta1), float(self.beta2)
        m, v = self._slots(params)
        self.iter += 1
        # math.sqrt and np.sqrt round alike; a Python float keeps float32 in float32.
        lr_t = float(self.lr) * math.sqrt(1.0 - beta2**self.iter) / (1.0 - beta1**self.iter)
        for key in params:
            g = grads[key]
            m[key] += (1 - beta1) * (g - m[key])
            v[key] += (1 - beta2) * (g**2 - v[key])
            params[key] -= lr_t * m[key] / (np.sqrt(v[key]) + 1e-7)

    def state_dict(self) -> dict[str, np.ndarray]:
        """``{'iter': 0-d int64, 'm/<key>': array, 'v/<key>': array}`` (copies)."""
        return {"iter": np.array(self.iter, dtype=np.int64), **super().state_dict()}

    def load_state_dict(self, state: Mapping[str, np.ndarray]) -> None:
        """Restore what ``state_dict`` returned; ValueError if it does not fit."""
        if "iter" not in state:
            raise ValueError("Adam state needs 'iter' (the number of updates so far)")
        iter_ = np.asarray(state["iter"])
        if iter_.shape != () or iter_.dtype.kind not in "iu" or iter_ < 0:
            raise ValueError(f"Adam state 'iter' must be a whole number >= 0, got {iter_!r}")
        arrays = {key: val for key, val in state.items() if key != "iter"}
        filled = self._load_slots(arrays)
        if filled != (int(iter_) > 0):
            self.m = self.v = None
            raise ValueError(
                f"Adam state has iter {int(iter_)} but {'' if filled else 'no '}m and v arrays"
            )
        self.iter = int(iter_)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    "sgd": SGD,
    "momentum": Momentum,
    "nesterov": Nesterov,
    "adagrad": AdaGrad,
    "rmsprop": RMSprop,
    "adam": Adam,
}


def make_optimizer(name: str, lr: float, **settings: Any) -> Optimizer:
    """The optimizer ``name`` (a key of ``OPTIMIZERS``) with learning rate ``lr``.

    Parameters
    ----------
    name : str
        ``'sgd'``, ``'momentum'``, ``'nesterov'``, ``'adagrad'``, ``'rmsprop'`` or ``'adam'``.
    lr : float
        Learning rate.
    **settings
        The optimizer's other settings, named as in ``core.config.OPTIMIZER_SETTINGS``
        (``momentum``; ``decay_rate``; ``beta1``, ``beta2``).

    Raises
    ------
    ValueError
        For an unknown name or a setting this optimizer does not have.
    """
    if name not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, got {name!r}")
    unknown = sorted(set(settings) - set(OPTIMIZER_SETTINGS[name]))
    if unknown:
        allowed = ", ".join(OPTIMIZER_SETTINGS[name]) or "none"
        raise ValueError(f"{name} has no setting {', '.join(unknown)} (its settings: {allowed})")
    return OPTIMIZERS[name](lr, **settings)
