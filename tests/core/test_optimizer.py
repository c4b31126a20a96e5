"""The chapter 6 optimizers: hand-computed steps, the book's formulas, saved state."""

from __future__ import annotations

import numpy as np
import pytest

from core.config import OPTIMIZER_NAMES, OPTIMIZER_SETTINGS
from core.optimizer import (
    OPTIMIZERS,
    SGD,
    AdaGrad,
    Adam,
    Momentum,
    Nesterov,
    Optimizer,
    RMSprop,
    make_optimizer,
)

G = np.array([0.5, -1.0])


def _steps(optimizer: Optimizer, steps: int) -> np.ndarray:
    params = {"W": np.array([1.0, 2.0])}
    for _ in range(steps):
        optimizer.update(params, {"W": G})
    return params["W"]


@pytest.mark.parametrize(
    ("optimizer", "steps", "expected"),
    [
        (SGD(lr=0.1), 1, [0.95, 2.1]),
        # v = -0.1 g = [-0.05, 0.1]; then v = 0.9 v - 0.1 g = [-0.095, 0.19]
        (Momentum(lr=0.1, momentum=0.9), 1, [0.95, 2.1]),
        (Momentum(lr=0.1, momentum=0.9), 2, [0.855, 2.29]),
        # W += 0.81 v, then W -= 1.9 * 0.1 * g
        (Nesterov(lr=0.1, momentum=0.9), 1, [1 - 0.0405 - 0.095, 2 + 0.081 + 0.19]),
        # h = g^2; W -= 0.1 g / (|g| + 1e-7)
        (AdaGrad(lr=0.1), 1, [1 - 0.05 / (0.5 + 1e-7), 2 + 0.1 / (1 + 1e-7)]),
        # h = 0.01 g^2, sqrt(h) = 0.1 |g|
        (RMSprop(lr=0.1, decay_rate=0.99), 1, [1 - 0.05 / (0.05 + 1e-7), 2 + 0.1 / (0.1 + 1e-7)]),
        # m = 0.1 g, v = 0.001 g^2, lr_t = 0.1 sqrt(0.001) / 0.1: the step is lr * sign(g)
        (Adam(lr=0.1, beta1=0.9, beta2=0.999), 1, [0.9, 2.1]),
    ],
)
def test_hand_computed_steps(optimizer, steps, expected):
    np.testing.assert_allclose(_steps(optimizer, steps), expected, rtol=1e-6)


def test_adam_second_step_by_hand():
    # After two equal gradients m = 0.19 g and v = 0.001999 g^2, and
    # lr_t = 0.1 * sqrt(1 - 0.999^2) / (1 - 0.9^2): the second step is again lr * sign(g).
    # (The 1e-7 in the denominator shortens each step by a few 1e-7.)
    np.testing.assert_allclose(_steps(Adam(lr=0.1), 2), [0.8, 2.2], rtol=0, atol=2e-6)


# The book's common/optimizer.py formulas, written out as references.
def _book_step(name, state, params, grads, lr, setting):
    for key in params:
        g = grads[key]
        if name == "sgd":
            params[key] -= lr * g
        elif name == "momentum":
            state[key] = setting * state[key] - lr * g
            params[key] += state[key]
        elif name == "nesterov":
            state[key] *= setting
            state[key] -= lr * g
            params[key] += setting * setting * state[key]
            params[key] -= (1 + setting) * lr * g
        elif name == "adagrad":
            state[key] += g * g
            params[key] -= lr * g / (np.sqrt(state[key]) + 1e-7)
        elif name == "rmsprop":
            state[key] *= setting
            state[key] += (1 - setting) * g * g
            params[key] -= lr * g / (np.sqrt(state[key]) + 1e-7)


def _book_adam(m, v, it, params, grads, lr, beta1=0.9, beta2=0.999):
    lr_t = lr * np.sqrt(1.0 - beta2**it) / (1.0 - beta1**it)
    for key in params:
        m[key] += (1 - beta1) * (grads[key] - m[key])
        v[key] += (1 - beta2) * (grads[key] ** 2 - v[key])
        params[key] -= lr_t * m[key] / (np.sqrt(v[key]) + 1e-7)


def _problem(dtype=np.float64, seed=0):
    rng = np.random.default_rng(seed)
    params = {"W1": rng.standard_normal((3, 4)), "b1": rng.standard_normal(4)}
    grads = [{k: rng.standard_normal(v.shape) for k, v in params.items()} for _ in range(3)]
    cast = {k: v.astype(dtype) for k, v in params.items()}
    return cast, [{k: v.astype(dtype) for k, v in g.items()} for g in grads]


@pytest.mark.parametrize(
    ("name", "setting"),
    [("sgd", None), ("momentum", 0.8), ("nesterov", 0.7), ("adagrad", None), ("rmsprop", 0.9)],
)
def test_matches_the_books_formulas_bit_for_bit(name, setting):
    params, grads = _problem()
    reference = {k: v.copy() for k, v in params.items()}
    state = {k: np.zeros_like(v) for k, v in params.items()}
    settings = {OPTIMIZER_SETTINGS[name][0]: setting} if setting is not None else {}
    optimizer = make_optimizer(name, 0.05, **settings)
    for g in grads:
        optimizer.update(params, g)
        _book_step(name, state, reference, g, 0.05, setting)
    for key in params:
        np.testing.assert_array_equal(params[key], reference[key])
        assert not np.array_equal(params[key], _problem()[0][key])


def test_adam_matches_the_books_formulas_bit_for_bit():
    params, grads = _problem()
    reference = {k: v.copy() for k, v in params.items()}
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v = {k: np.zeros_like(v) for k, v in params.items()}
    optimizer = Adam(lr=0.01, beta1=0.8, beta2=0.99)
    for it, g in enumerate(grads, start=1):
        optimizer.update(params, g)
        _book_adam(m, v, it, reference, g, 0.01, 0.8, 0.99)
    assert optimizer.iter == 3
    for key in params:
        np.testing.assert_array_equal(params[key], reference[key])


@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
def test_float32_stays_float32(name):
    params, grads = _problem(np.float32)
    reference, grads64 = _problem(np.float64)
    optimizer, reference_optimizer = make_optimizer(name, 0.01), make_optimizer(name, 0.01)
    for g, g64 in zip(grads, grads64, strict=True):
        optimizer.update(params, g)
        reference_optimizer.update(reference, g64)
    for key in params:
        assert params[key].dtype == np.float32
        np.testing.assert_allclose(params[key], reference[key], rtol=1e-5, atol=1e-6)
    for key, value in optimizer.state_dict().items():
        assert value.dtype == (np.int64 if key == "iter" else np.float32), key


@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
@pytest.mark.parametrize("stop_after", [0, 2])
def test_state_round_trip_continues_bit_identically(name, stop_after):
    params, grads = _problem(np.float32)
    grads = grads * 2
    straight = make_optimizer(name, 0.02)
    first = make_optimizer(name, 0.02)
    straight_params = {k: v.copy() for k, v in params.items()}
    for g in grads[:stop_after]:
        straight.update(straight_params, g)
        first.update(params, g)
    state = first.state_dict()
    resumed = make_optimizer(name, 0.02)
    resumed.load_state_dict(state)
    for g in grads[stop_after:]:
        straight.update(straight_params, g)
        resumed.update(params, g)
    for key in params:
        np.testing.assert_array_equal(params[key], straight_params[key])
    # The saved state is a copy: later updates did not change it.
    first_again = first.state_dict()
    for key in state:
        np.testing.assert_array_equal(state[key], first_again[key])


def test_state_dict_names():
    params, grads = _problem()
    expected = {
        "sgd": set(),
        "momentum": {"v/W1", "v/b1"},
        "nesterov": {"v/W1", "v/b1"},
        "adagrad": {"h/W1", "h/b1"},
        "rmsprop": {"h/W1", "h/b1"},
        "adam": {"iter", "m/W1", "m/b1", "v/W1", "v/b1"},
    }
    for name, keys in expected.items():
        optimizer = make_optimizer(name, 0.01)
        assert optimizer.state_dict() == ({"iter": 0} if name == "adam" else {})
        optimizer.update(params, grads[0])
        state = optimizer.state_dict()
        assert set(state) == keys, name
        assert all(isinstance(v, np.ndarray) for v in state.values())
    adam_iter = state["iter"]
    assert adam_iter.shape == ()
    assert adam_iter.dtype == np.int64
    assert adam_iter == 1


@pytest.mark.parametrize(
    ("name", "state", "message"),
    [
        ("sgd", {"v/W1": np.zeros(2)}, "no keys"),
        ("momentum", {"h/W1": np.zeros(2)}, "'v/<param key>'"),
        ("adagrad", {"h": np.zeros(2)}, "'h/<param key>'"),
        ("adam", {"m/W1": np.zeros(2), "v/W1": np.zeros(2)}, "iter"),
        ("adam", {"iter": np.array(1), "m/W1": np.zeros(2), "v/b1": np.zeros(2)}, "different"),
        ("adam", {"iter": np.array(2)}, "no m and v"),
        ("adam", {"iter": np.array(0), "m/W1": np.zeros(2), "v/W1": np.zeros(2)}, "iter 0"),
        ("adam", {"iter": np.array(1.5)}, "whole number"),
    ],
)
def test_load_state_dict_rejects_what_does_not_fit(name, state, message):
    with pytest.raises(ValueError, match=message):
        make_optimizer(name, 0.01).load_state_dict(state)


def test_state_for_other_parameters_is_refused_at_update():
    optimizer = Momentum()
    optimizer.load_state_dict({"v/W9": np.zeros(2)})
    with pytest.raises(ValueError, match="W9"):
        optimizer.update({"W1": np.zeros(2)}, {"W1": np.ones(2)})


def test_lr_changes_take_effect_at_the_next_update():
    optimizer = SGD(lr=0.1)
    params = {"W": np.array([1.0])}
    optimizer.update(params, {"W": np.array([1.0])})
    optimizer.lr = 0.5
    optimizer.update(params, {"W": np.array([1.0])})
    np.testing.assert_allclose(params["W"], [0.4])


def test_registry_and_factory():
    assert tuple(OPTIMIZERS) == OPTIMIZER_NAMES
    defaults = {"momentum": 0.5, "decay_rate": 0.95, "beta1": 0.85, "beta2": 0.99}
    for name in OPTIMIZER_NAMES:
        settings = {key: defaults[key] for key in OPTIMIZER_SETTINGS[name]}
        optimizer = make_optimizer(name, 0.03, **settings)
        assert type(optimizer) is OPTIMIZERS[name]
        assert optimizer.lr == 0.03
        for key, value in settings.items():
            assert getattr(optimizer, key) == value
    with pytest.raises(ValueError, match="one of sgd"):
        make_optimizer("lbfgs", 0.1)
    with pytest.raises(ValueError, match="sgd has no setting momentum"):
        make_optimizer("sgd", 0.1, momentum=0.9)


def test_updates_are_in_place():
    params, grads = _problem()
    arrays = dict(params)
    for name in OPTIMIZER_NAMES:
        make_optimizer(name, 0.01).update(params, grads[0])
    assert all(params[key] is arrays[key] for key in params)
