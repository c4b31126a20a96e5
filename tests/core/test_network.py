"""TwoLayerNet: backprop against the numerical gradient, and the book's API."""

from __future__ import annotations

import numpy as np
import pytest

from core.network import PARAM_KEYS, TwoLayerNet


@pytest.fixture
def small_batch():
    rng = np.random.default_rng(7)
    x = rng.random((6, 12))
    labels = rng.integers(0, 4, 6)
    return x, labels, np.eye(4)[labels]


def test_params_have_the_books_shapes_and_init():
    net = TwoLayerNet(784, 50, 10, rng=0)
    assert {k: v.shape for k, v in net.params.items()} == {
        "W1": (784, 50),
        "b1": (50,),
        "W2": (50, 10),
        "b2": (10,),
    }
    assert net.params["W1"].std() == pytest.approx(0.01, rel=0.05)
    assert not net.params["b1"].any()
    assert not net.params["b2"].any()
    assert net.dtype == np.float64


def test_same_seed_same_weights_and_no_global_state():
    np.random.seed(1)
    a = TwoLayerNet(20, 5, 3, rng=42)
    np.random.seed(2)
    b = TwoLayerNet(20, 5, 3, rng=42)
    for key in PARAM_KEYS:
        np.testing.assert_array_equal(a.params[key], b.params[key])
    assert not np.array_equal(TwoLayerNet(20, 5, 3, rng=43).params["W1"], a.params["W1"])


@pytest.mark.parametrize("target", ["labels", "one_hot"])
def test_backprop_matches_numerical_gradient(small_batch, target):
    x, labels, one_hot = small_batch
    t = labels if target == "labels" else one_hot
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, rng=3)
    numeric = net.numerical_gradient(x, t)
    backprop = net.gradient(x, t)
    for key in PARAM_KEYS:
        assert backprop[key].shape == net.params[key].shape
        # Central differences with h = 1e-4 are accurate to O(h^2); the 1e-7
        # inside the loss's log adds a relative 1e-7 / y.
        np.testing.assert_allclose(backprop[key], numeric[key], rtol=1e-5, atol=1e-7)
    # A wrong backprop (say, dropping sigmoid') is off by far more than that.
    assert np.max(np.abs(backprop["W1"])) > 1e-3


def test_predict_gives_probabilities_and_loss_agrees(small_batch):
    x, labels, one_hot = small_batch
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, rng=3)
    y = net.predict(x)
    assert y.shape == (6, 4)
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    expected = -np.mean(np.log(y[np.arange(6), labels] + 1e-7))
    assert net.loss(x, labels) == pytest.approx(expected)
    assert net.loss(x, one_hot) == pytest.approx(expected)


def test_accuracy_counts_argmax_matches(small_batch):
    x, _labels, _one_hot = small_batch
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, rng=3)
    predicted = net.predict(x).argmax(axis=1)
    t = predicted.copy()
    t[:2] = (t[:2] + 1) % 4  # make exactly two rows wrong
    assert net.accuracy(x, t) == pytest.approx(4 / 6)
    assert net.accuracy(x, np.eye(4)[t]) == pytest.approx(4 / 6)


def test_loss_and_gradient_is_loss_plus_gradient(small_batch):
    x, labels, _ = small_batch
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, rng=3)
    loss, grads = net.loss_and_gradient(x, labels)
    assert loss == pytest.approx(net.loss(x, labels))
    for key, value in net.gradient(x, labels).items():
        np.testing.assert_allclose(grads[key], value)


def test_train_step_is_the_books_update(small_batch):
    x, labels, _ = small_batch
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, rng=3)
    reference = net.copy()
    grads = reference.gradient(x, labels)
    expected_loss = reference.loss(x, labels)
    for key in PARAM_KEYS:
        reference.params[key] -= 0.3 * grads[key]

    loss = net.train_step(x, labels, 0.3)

    assert loss == pytest.approx(expected_loss)
    for key in PARAM_KEYS:
        np.testing.assert_allclose(net.params[key], reference.params[key], rtol=1e-12, atol=1e-15)


def test_copy_is_independent():
    net = TwoLayerNet(8, 3, 2, rng=0)
    clone = net.copy()
    clone.params["W1"] += 1
    assert not np.array_equal(clone.params["W1"], net.params["W1"])


def test_float32_network_keeps_float32_through_a_step(small_batch):
    x, labels, _ = small_batch
    net = TwoLayerNet(12, 5, 4, rng=0, dtype=np.float32)
    net.train_step(x.astype(np.float32), labels, np.float32(0.1))
    assert {v.dtype for v in net.params.values()} == {np.dtype(np.float32)}


def test_the_trainers_fused_step_reports_the_books_cross_entropy_error(small_batch):
    from core.functions import cross_entropy_error, sigmoid, softmax

    x, labels, one_hot = small_batch
    net = TwoLayerNet(12, 5, 4, weight_init_std=0.5, rng=3)
    W1, b1, W2, b2 = (net.params[key].copy() for key in PARAM_KEYS)
    y = softmax(np.dot(sigmoid(np.dot(x, W1) + b1), W2) + b2)  # the book's predict, written out
    books_loss = cross_entropy_error(y, one_hot)
    books_grads = net.gradient(x, one_hot)

    loss = net.train_step(x, labels, 0.3)

    assert loss == pytest.approx(books_loss, rel=1e-12)
    for key, before in zip(PARAM_KEYS, (W1, b1, W2, b2), strict=True):
        np.testing.assert_allclose(before - net.params[key], 0.3 * books_grads[key], atol=1e-14)
