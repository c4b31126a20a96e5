"""Hidden-layer outputs and their histograms against a direct forward pass and ``np.histogram``."""

from __future__ import annotations

import numpy as np
import pytest

from core.activation_stats import (
    BINS,
    LayerSummary,
    hidden_layer_outputs,
    sample_images,
    summarize,
    summarize_layer,
)
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet


def images(n: int = 200, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).random((n, 784))


def test_two_layer_net_outputs_are_the_sigmoid_of_the_first_affine():
    net = TwoLayerNet(784, 50, 10, 0.1, rng=np.random.default_rng(0))
    x = images()
    (z1,) = hidden_layer_outputs(net, x)
    expected = 1 / (1 + np.exp(-(x @ net.params["W1"] + net.params["b1"])))
    np.testing.assert_allclose(z1, expected, rtol=1e-12)


def test_multi_layer_net_outputs_follow_the_layers_and_leave_the_network_alone():
    net = MultiLayerNet(784, [30, 20, 10], 10, "relu", "he", rng=np.random.default_rng(0))
    x = images()
    cached = net.layers["Affine1"].x
    outputs = hidden_layer_outputs(net, x)
    z = x
    for k, out in enumerate(outputs, start=1):
        z = np.maximum(0, z @ net.params[f"W{k}"] + net.params[f"b{k}"])
        np.testing.assert_allclose(out, z, rtol=1e-12)
    assert [o.shape for o in outputs] == [(200, 30), (200, 20), (200, 10)]
    assert net.layers["Affine1"].x is cached


@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_bins_are_numpys_over_the_books_range(activation):
    net = MultiLayerNet(784, [40, 40], 10, activation, 0.5, rng=np.random.default_rng(2))
    summaries = summarize(net, images())
    low = 0.0 if activation == "sigmoid" else -1.0
    for summary, z in zip(summaries, hidden_layer_outputs(net, images()), strict=True):
        counts, edges = np.histogram(z, bins=30, range=(low, 1.0))
        np.testing.assert_array_equal(summary.counts, counts)
        np.testing.assert_array_equal(summary.edges, edges)
        assert summary.counts.sum() == z.size
        assert summary.mean == pytest.approx(z.mean())
        assert summary.spread == pytest.approx(z.std())
        assert summary.dead is None
        assert summary.zeros is None


def test_relu_bins_hold_the_positive_outputs_and_zeros_are_counted_apart():
    z = np.array([[0.0, 0.0, 2.0], [0.0, 1.0, 0.5], [0.0, 0.0, 3.0], [0.0, 0.25, 0.0]])
    summary = summarize_layer(z, "relu", 3)
    counts, edges = np.histogram([2.0, 1.0, 0.5, 3.0, 0.25], bins=BINS, range=(0.0, 3.0))
    np.testing.assert_array_equal(summary.counts, counts)
    np.testing.assert_array_equal(summary.edges, edges)
    assert summary.dead == pytest.approx(1 / 3)  # the first unit is 0 for every image
    assert summary.zeros == pytest.approx(7 / 12)
    assert summary.saturated is None
    assert summary.title == "layer 3: 33% of units dead, 58% zeros"
    assert summary.axis_label == "output > 0 (zeros not drawn)"


def test_a_relu_layer_that_is_all_zero_is_all_dead():
    summary = summarize_layer(np.zeros((5, 4)), "relu", 1)
    assert summary.counts.sum() == 0
    assert summary.dead == 1.0
    assert summary.zeros == 1.0


def test_saturation_is_the_share_beyond_the_thresholds():
    sig = summarize_layer(np.array([[0.005, 0.5, 0.995, 0.99]]), "sigmoid", 2)
    assert sig.saturated == pytest.approx(0.5)  # 0.99 itself is not beyond
    assert sig.title.startswith("layer 2: 50% saturated (near 0 or 1), spread ")
    tanh = summarize_layer(np.array([[-0.999, 0.2, 0.995, 0.3, -0.5]]), "tanh", 1)
    assert tanh.saturated == pytest.approx(0.4)
    assert "near -1 or 1" in tanh.title


def test_the_title_reads_as_the_issue_asks():
    summary = LayerSummary(2, "sigmoid", np.zeros(30), np.zeros(31), 0.5, 0.31, 0.38, None, None)
    assert summary.title == "layer 2: 38% saturated (near 0 or 1), spread 0.31"


def test_std_1_saturates_a_deep_sigmoid_network_and_xavier_does_not():
    x = images(300)
    wide = MultiLayerNet(784, [100] * 5, 10, "sigmoid", 1.0, rng=np.random.default_rng(0))
    xavier = MultiLayerNet(784, [100] * 5, 10, "sigmoid", "xavier", rng=np.random.default_rng(0))
    saturated = [s.saturated for s in summarize(wide, x)]
    calm = [s.saturated for s in summarize(xavier, x)]
    assert min(saturated) > 0.3
    assert max(calm) < 0.01


def test_two_layer_net_summary_has_one_sigmoid_layer():
    net = TwoLayerNet(784, 50, 10, 0.01, rng=np.random.default_rng(0), dtype=np.float32)
    (summary,) = summarize(net, images().astype(np.float32))
    assert (summary.activation, summary.layer) == ("sigmoid", 1)
    assert summary.counts.sum() == 200 * 50


def test_sample_images_are_seeded_distinct_and_normalised():
    x = np.repeat(np.arange(50, dtype=np.uint8)[:, None] * 5, 784, axis=1)  # row i is 5 i
    a, b = sample_images(x, 20, seed=3), sample_images(x, 20, seed=3)
    np.testing.assert_array_equal(a, b)
    assert (a.dtype, a.shape) == (np.float32, (20, 784))
    rows = (a[:, 0] * 255 / 5).round().astype(int)
    assert len(set(rows)) == 20
    np.testing.assert_allclose(a, x[rows] / 255, rtol=1e-6)
    assert not np.array_equal(a, sample_images(x, 20, seed=4))
    assert sample_images(x, 1000).shape == (50, 784)
