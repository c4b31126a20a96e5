"""The chapter 5-6 layers: every backward against central differences, and dtypes."""

from __future__ import annotations

import numpy as np
import pytest

from core.functions import cross_entropy_error, softmax
from core.gradient import numerical_gradient
from core.layers import (
    Affine,
    BatchNormalization,
    Dropout,
    Relu,
    Sigmoid,
    SoftmaxWithLoss,
    Tanh,
)


def _check(backprop: np.ndarray, numeric: np.ndarray) -> None:
    assert backprop.shape == numeric.shape
    # Central differences with h = 1e-4 are accurate to about h^2 here.
    np.testing.assert_allclose(backprop, numeric, rtol=1e-5, atol=1e-7)
    assert np.abs(numeric).max() > 1e-3  # the check compares something


@pytest.fixture
def rng():
    return np.random.default_rng(11)


@pytest.mark.parametrize("layer_class", [Sigmoid, Tanh, Relu])
def test_activation_backward_matches_numerical_gradient(layer_class, rng):
    x = rng.standard_normal((4, 5))
    x[np.abs(x) < 0.05] = 0.5  # keep Relu's kink out of reach of the h = 1e-4 steps
    dout = rng.standard_normal((4, 5))
    layer = layer_class()
    numeric = numerical_gradient(lambda _: float(np.sum(layer.forward(x) * dout)), x)
    layer.forward(x)
    dout_before = dout.copy()
    _check(layer.backward(dout), numeric)
    np.testing.assert_array_equal(dout, dout_before)  # backward leaves dout alone


def test_activation_forwards():
    x = np.array([[-2.0, 0.0, 3.0]])
    relu = Relu()
    np.testing.assert_array_equal(relu.forward(x), [[0.0, 0.0, 3.0]])
    np.testing.assert_array_equal(relu.mask, [[True, True, False]])
    np.testing.assert_allclose(Sigmoid().forward(x), 1 / (1 + np.exp(-x)))
    tanh = Tanh()
    np.testing.assert_array_equal(tanh.forward(x), np.tanh(x))
    np.testing.assert_array_equal(tanh.out, np.tanh(x))


def test_affine_backward_and_nd_input(rng):
    x = rng.standard_normal((3, 2, 4))  # flattened to (3, 8)
    W = rng.standard_normal((8, 5))
    b = rng.standard_normal(5)
    dout = rng.standard_normal((3, 5))
    layer = Affine(W, b)

    def f(_: np.ndarray) -> float:
        return float(np.sum(layer.forward(x) * dout))

    numeric_x, numeric_W, numeric_b = (numerical_gradient(f, a) for a in (x, W, b))
    out = layer.forward(x)
    np.testing.assert_allclose(out, x.reshape(3, 8) @ W + b)
    assert layer.original_x_shape == (3, 2, 4)
    assert layer.x.shape == (3, 8)
    dx = layer.backward(dout)
    assert dx.shape == (3, 2, 4)
    _check(dx, numeric_x)
    _check(layer.dW, numeric_W)
    _check(layer.db, numeric_b)
    only_params = Affine(W, b)
    only_params.forward(x)
    assert only_params.backward_params(dout) is None
    np.testing.assert_array_equal(only_params.dW, layer.dW)
    np.testing.assert_array_equal(only_params.db, layer.db)


@pytest.mark.parametrize("target", ["labels", "one_hot"])
def test_softmax_with_loss(target, rng):
    x = rng.standard_normal((5, 4))
    labels = rng.integers(0, 4, 5)
    t = labels if target == "labels" else np.eye(4)[labels]
    layer = SoftmaxWithLoss()
    numeric = numerical_gradient(lambda _: layer.forward(x, t), x)
    loss = layer.forward(x, t)
    assert loss == cross_entropy_error(softmax(x), labels)
    _check(layer.backward(), numeric)
    np.testing.assert_allclose(layer.backward(2.5), 2.5 * numeric, rtol=1e-5, atol=1e-7)


def test_dropout_masks_come_from_the_generator_and_backward_matches(rng):
    x = rng.standard_normal((6, 7))
    dout = rng.standard_normal((6, 7))
    layer = Dropout(0.3, rng=5)

    def f(_: np.ndarray) -> float:
        layer.rng = np.random.default_rng(5)  # the same mask on every call
        return float(np.sum(layer.forward(x) * dout))

    numeric = numerical_gradient(f, x)
    layer.rng = np.random.default_rng(5)
    out = layer.forward(x)
    expected_mask = np.random.default_rng(5).random((6, 7)) > 0.3
    np.testing.assert_array_equal(layer.mask, expected_mask)
    assert 0 < expected_mask.sum() < expected_mask.size
    np.testing.assert_array_equal(out, x * expected_mask)
    # The masks do not touch NumPy's global state.
    np.random.seed(0)
    global_next = np.random.random()
    np.random.seed(0)
    layer.forward(x)
    assert np.random.random() == global_next
    layer.rng = np.random.default_rng(5)
    layer.forward(x)
    np.testing.assert_allclose(layer.backward(dout), numeric, rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(layer.backward(dout), dout * expected_mask)
    np.testing.assert_array_equal(layer.forward(x, train_flg=False), x * 0.7)


def test_dropout_shares_a_generator():
    shared = np.random.default_rng(3)
    a, b = Dropout(0.5, rng=shared), Dropout(0.5, rng=shared)
    assert a.rng is shared
    assert b.rng is shared
    x = np.ones((2, 50))
    a.forward(x)
    b.forward(x)
    reference = np.random.default_rng(3)
    np.testing.assert_array_equal(a.mask, reference.random((2, 50)) > 0.5)
    np.testing.assert_array_equal(b.mask, reference.random((2, 50)) > 0.5)


def test_batch_norm_backward_matches_numerical_gradient(rng):
    x = rng.standard_normal((5, 4)) * 3 + 1
    gamma = rng.standard_normal(4) + 1
    beta = rng.standard_normal(4)
    dout = rng.standard_normal((5, 4))
    layer = BatchNormalization(gamma, beta)

    def f(_: np.ndarray) -> float:
        return float(np.sum(layer.forward(x, train_flg=True) * dout))

    numeric = [numerical_gradient(f, a) for a in (x, gamma, beta)]
    layer.forward(x, train_flg=True)
    _check(layer.backward(dout), numeric[0])
    _check(layer.dgamma, numeric[1])
    _check(layer.dbeta, numeric[2])


def test_batch_norm_forward_running_statistics_and_test_mode(rng):
    x = rng.standard_normal((8, 3)) * 2 + 5
    gamma, beta = np.array([1.0, 2.0, 0.5]), np.array([0.0, -1.0, 3.0])
    layer = BatchNormalization(gamma, beta, momentum=0.8)
    out = layer.forward(x)
    mu, var = x.mean(axis=0), x.var(axis=0)
    np.testing.assert_allclose(out, gamma * (x - mu) / np.sqrt(var + 1e-6) + beta)
    np.testing.assert_allclose(layer.running_mean, 0.2 * mu)
    np.testing.assert_allclose(layer.running_var, 0.2 * var)
    layer.forward(x)
    np.testing.assert_allclose(layer.running_mean, 0.8 * 0.2 * mu + 0.2 * mu)
    test_out = layer.forward(x, train_flg=False)
    expected = gamma * (x - layer.running_mean) / np.sqrt(layer.running_var + 1e-6) + beta
    np.testing.assert_allclose(test_out, expected)


def test_batch_norm_4d_input_is_normalised_as_rows(rng):
    x = rng.standard_normal((4, 2, 3, 3))
    gamma, beta = np.full(18, 1.5), np.full(18, 0.25)
    dout = rng.standard_normal((4, 2, 3, 3))
    four_d, flat = BatchNormalization(gamma, beta), BatchNormalization(gamma, beta)
    out = four_d.forward(x)
    assert out.shape == x.shape
    np.testing.assert_array_equal(out, flat.forward(x.reshape(4, 18)).reshape(x.shape))
    dx = four_d.backward(dout)
    assert dx.shape == x.shape
    np.testing.assert_array_equal(dx, flat.backward(dout.reshape(4, 18)).reshape(x.shape))


def test_float32_in_float32_out(rng):
    x = rng.standard_normal((6, 5)).astype(np.float32)
    dout = rng.standard_normal((6, 5)).astype(np.float32)
    f32 = np.float32
    layers = [
        Relu(),
        Sigmoid(),
        Tanh(),
        Dropout(0.5, rng=0),
        BatchNormalization(np.ones(5, f32), np.zeros(5, f32)),
    ]
    for layer in layers:
        assert layer.forward(x).dtype == f32, type(layer).__name__
        assert layer.backward(dout).dtype == f32, type(layer).__name__
    bn = layers[-1]
    assert bn.running_mean.dtype == f32
    assert bn.running_var.dtype == f32
    assert bn.dgamma.dtype == f32
    assert bn.dbeta.dtype == f32
    assert bn.forward(x, train_flg=False).dtype == f32
    assert layers[3].forward(x, train_flg=False).dtype == f32
    affine = Affine(np.ones((5, 3), f32), np.zeros(3, f32))
    assert affine.forward(x).dtype == f32
    assert affine.backward(dout[:, :3]).dtype == f32
    assert affine.dW.dtype == f32
    assert affine.db.dtype == f32
    labels = np.array([0, 1, 2, 3, 4, 0])
    for t in (labels, np.eye(5)[labels]):  # one-hot in float64 must not upcast dx
        loss_layer = SoftmaxWithLoss()
        loss_layer.forward(x, t)
        assert loss_layer.backward().dtype == f32


def test_backward_before_forward_says_so():
    with pytest.raises(RuntimeError, match="forward"):
        Relu().backward(np.ones(3))
