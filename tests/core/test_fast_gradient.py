"""numerical_gradient_fast against the book's loop, backprop and itself; the quick sample.

Tolerances. The book's loop takes ``(f(+h) - f(-h)) / 2h`` of two losses of about
2.3, each rounded to a few ulps (``ulp(2.3) = 4.4e-16``); dividing by
``2h = 2e-4`` turns that into about ``2.2e-12`` of noise per ulp in every element
of its gradient (measured: at most 3 ulps). The fast gradient computes each row's
loss change directly (no such cancellation; ``"series"`` and ``"direct"`` agree to
1e-14), so its difference from the book is the book's noise. ``book_atol`` allows
16 ulps; above ``book_atol / 1e-6`` (about 4e-5) the relative 1e-6 governs, below
it elements are too small for the book's loop to give 6 significant digits.
"""

from __future__ import annotations

import numpy as np
import pytest

from core.data import load_mnist
from core.fast_gradient import (
    PARAM_KEYS,
    numerical_gradient_fast,
    numerical_gradient_sample,
)
from core.gradient import H, numerical_gradient
from core.network import TwoLayerNet


def book_atol(network: TwoLayerNet, x: np.ndarray, t: np.ndarray) -> float:
    """16 ulps of the loss, seen through the book's division by 2h."""
    return 16 * float(np.spacing(network.loss(x, t))) / (2 * H)


def book_element(network: TwoLayerNet, x, t, key: str, idx: tuple[int, ...]) -> float:
    """The book's central difference for one element (core.gradient.numerical_gradient's body)."""
    param = network.params[key]
    tmp_val = param[idx]
    param[idx] = float(tmp_val) + H
    fxh1 = network.loss(x, t)
    param[idx] = tmp_val - H
    fxh2 = network.loss(x, t)
    param[idx] = tmp_val
    return (fxh1 - fxh2) / (2 * H)


@pytest.fixture
def small():
    """20-7-4 with weights of std 1 and random biases, so every term matters; batch of 5."""
    rng = np.random.default_rng(3)
    network = TwoLayerNet(20, 7, 4, weight_init_std=1.0, rng=rng)
    network.params["b1"][:] = rng.standard_normal(7)
    network.params["b2"][:] = rng.standard_normal(4)
    x = rng.random((5, 20))
    labels = rng.integers(0, 4, 5)
    return network, x, labels


@pytest.fixture(scope="module")
def mnist_batch():
    (x_train, t_train), _ = load_mnist()
    return x_train[:100], t_train[:100]  # float32 images, as the book feeds them


@pytest.fixture(scope="module")
def default_net():
    return TwoLayerNet(784, 50, 10, rng=0)


@pytest.mark.parametrize("method", ["series", "direct"])
@pytest.mark.parametrize("one_hot", [False, True])
def test_small_net_matches_the_books_loop(small, method, one_hot):
    network, x, labels = small
    t = np.eye(4)[labels] if one_hot else labels
    book = network.numerical_gradient(x, t)
    fast = numerical_gradient_fast(network, x, t, method=method)
    assert list(fast) == list(PARAM_KEYS)
    for key in PARAM_KEYS:
        assert fast[key].shape == book[key].shape
        assert fast[key].dtype == np.float64
        np.testing.assert_allclose(fast[key], book[key], rtol=1e-6, atol=book_atol(network, x, t))


def test_default_shape_matches_the_books_loop_on_W2_b1_b2(default_net, mnist_batch):
    x, t = mnist_batch
    fast = numerical_gradient_fast(default_net, x, t)
    atol = book_atol(default_net, x, t)
    for key in ("W2", "b1", "b2"):
        book = numerical_gradient(lambda W: default_net.loss(x, t), default_net.params[key])
        np.testing.assert_allclose(fast[key], book, rtol=1e-6, atol=atol, err_msg=key)


def test_default_shape_W1_subset_matches_the_books_formula(default_net, mnist_batch):
    x, t = mnist_batch
    fast = numerical_gradient_fast(default_net, x, t)["W1"]
    rng = np.random.default_rng(0)
    flat = rng.choice(fast.size, size=200, replace=False)
    indices = [tuple(int(i) for i in np.unravel_index(f, fast.shape)) for f in flat]
    book = [book_element(default_net, x, t, "W1", idx) for idx in indices]
    np.testing.assert_allclose(
        [fast[idx] for idx in indices], book, rtol=1e-6, atol=book_atol(default_net, x, t)
    )


def test_series_and_direct_agree_on_every_element(default_net, mnist_batch):
    x, t = mnist_batch
    series = numerical_gradient_fast(default_net, x, t, method="series")
    direct = numerical_gradient_fast(default_net, x, t, method="direct")
    for key in PARAM_KEYS:
        # Two independent evaluations without cancellation: they agree far below the book's noise.
        np.testing.assert_allclose(series[key], direct[key], rtol=1e-10, atol=1e-20, err_msg=key)


def test_unscaled_inputs_fall_back_to_direct_and_still_match(small):
    network, x, labels = small
    x = 255 * x  # h * x is no longer small: the series would not have converged
    book = network.numerical_gradient(x, labels)
    fast = numerical_gradient_fast(network, x, labels)
    for key in PARAM_KEYS:
        atol = book_atol(network, x, labels)
        np.testing.assert_allclose(fast[key], book[key], rtol=1e-6, atol=atol)


def test_close_to_backprop(default_net, mnist_batch):
    """Backprop differentiates -log(y), the book's loss is -log(y + 1e-7).

    Row n's gradient differs by the factor ``y_t / (y_t + 1e-7)``, about ``1 - 1e-6``
    for ``y_t`` near 0.1: so plain backprop agrees to about 1e-5 relative (where rows
    cancel) and 1e-6 of the largest element. Weighting each row's backprop gradient
    by that factor gives the exact gradient of the book's loss; the central
    difference then differs only by its ``h**2 f''' / 6`` term, about 1e-8 relative.
    """
    x, t = mnist_batch
    fast = numerical_gradient_fast(default_net, x, t)
    backprop = default_net.gradient(x, t)
    for key in PARAM_KEYS:
        scale = np.abs(backprop[key]).max()
        np.testing.assert_allclose(fast[key], backprop[key], rtol=1e-5, atol=1e-6 * scale)

    y_t = default_net.predict(x)[np.arange(len(t)), t]
    weighted = {key: np.zeros_like(value) for key, value in backprop.items()}
    for n, w in enumerate(y_t / (y_t + 1e-7)):
        for key, value in default_net.gradient(x[n : n + 1], t[n : n + 1]).items():
            weighted[key] += w * value / len(t)
    for key in PARAM_KEYS:
        scale = np.abs(weighted[key]).max()
        np.testing.assert_allclose(fast[key], weighted[key], rtol=1e-7, atol=1e-8 * scale)


def test_parameters_are_left_unchanged(small):
    network, x, labels = small
    before = network.copy().params
    for method in ("series", "direct"):
        numerical_gradient_fast(network, x, labels, method=method)
    numerical_gradient_sample(network, x, labels, 10, np.random.default_rng(0))
    for key in PARAM_KEYS:
        np.testing.assert_array_equal(network.params[key], before[key])


def test_float32_network(small):
    network, x, labels = small
    net32 = network.copy()
    net32.params = {key: value.astype(np.float32) for key, value in net32.params.items()}
    net64 = net32.copy()  # the same (float32-representable) values in float64
    net64.params = {key: value.astype(np.float64) for key, value in net64.params.items()}
    fast32 = numerical_gradient_fast(net32, x.astype(np.float32), labels)
    book64 = net64.numerical_gradient(x.astype(np.float32), labels)
    backprop32 = net32.gradient(x.astype(np.float32), labels)
    for key in PARAM_KEYS:
        assert fast32[key].dtype == np.float32
        # Computed in float64 and rounded once: the float64 book loop's values to float32's
        # precision (the book's loop run in float32 has ~1e-3 of noise per element).
        np.testing.assert_allclose(fast32[key], book64[key], rtol=1e-6, atol=1e-10)
        # float32 backprop itself rounds: a looser tolerance, relative to the largest element.
        scale = np.abs(backprop32[key]).max()
        np.testing.assert_allclose(fast32[key], backprop32[key], rtol=1e-4, atol=1e-5 * scale)


def test_sample_is_the_books_loop_at_random_elements(small):
    network, x, labels = small
    book = network.numerical_gradient(x, labels)
    samples = numerical_gradient_sample(network, x, labels, 25, np.random.default_rng(1))
    assert len({(s.key, s.index) for s in samples}) == 25
    assert {s.key for s in samples} <= set(PARAM_KEYS)
    for key, idx, value in samples:
        assert value == pytest.approx(book[key][idx], rel=1e-12, abs=1e-15)


def test_sample_keys_and_seed(small):
    network, x, labels = small
    first = numerical_gradient_sample(network, x, labels, 5, 7, keys=("W1",))
    again = numerical_gradient_sample(network, x, labels, 5, 7, keys=("W1",))
    assert first == again
    assert all(s.key == "W1" for s in first)


def test_unknown_method_is_rejected(small):
    network, x, labels = small
    with pytest.raises(ValueError, match="method"):
        numerical_gradient_fast(network, x, labels, method="backprop")
