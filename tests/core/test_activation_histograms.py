"""The activation histograms against a plain NumPy rerun of the book's script."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.activation_histograms import (
    BINS,
    HIDDEN_LAYER_SIZE,
    INPUT_COUNT,
    NODE_NUM,
    SCALES,
    Y_LIMIT,
    activation_histograms,
    bin_edges,
    init_scale,
    layer_activations,
    run_activation_histograms,
)

BOOK_FUNCTIONS = {
    "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "relu": lambda x: np.maximum(0, x),
    "tanh": np.tanh,
}
BOOK_SCALES = {"1": 1.0, "0.01": 0.01, "xavier": np.sqrt(1.0 / 100), "he": np.sqrt(2.0 / 100)}


def book_histograms(activation: str, std: float, rng: np.random.Generator) -> list[np.ndarray]:
    """weight_init_activation_histogram.py, its np.random.randn calls made on ``rng``."""
    input_data = rng.standard_normal((1000, 100))
    activations = {}
    x = input_data
    for i in range(5):
        if i != 0:
            x = activations[i - 1]
        w = rng.standard_normal((100, 100)) * std
        a = np.dot(x, w)
        activations[i] = BOOK_FUNCTIONS[activation](a)
    return [np.histogram(a.flatten(), 30, range=(0, 1))[0] for a in activations.values()]


def test_settings_are_the_books():
    assert (INPUT_COUNT, NODE_NUM, HIDDEN_LAYER_SIZE, BINS, Y_LIMIT) == (1000, 100, 5, 30, 7000)
    np.testing.assert_allclose(bin_edges(), np.linspace(0, 1, 31))
    assert init_scale("xavier") == pytest.approx(0.1)
    assert init_scale("he") == pytest.approx(math.sqrt(0.02))
    assert init_scale("1") == 1.0
    assert init_scale("0.01") == 0.01
    assert init_scale(0.5) == 0.5


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh"])
@pytest.mark.parametrize("scale", SCALES)
def test_histograms_equal_the_books_script(activation, scale):
    ours = activation_histograms(activation, scale, rng=np.random.default_rng(7))
    book = book_histograms(activation, BOOK_SCALES[scale], np.random.default_rng(7))
    assert len(ours) == 5
    for counts, expected in zip(ours, book, strict=True):
        assert counts.shape == (30,)
        np.testing.assert_array_equal(counts, expected)


def test_deterministic_with_a_seed_and_different_across_seeds():
    first = run_activation_histograms("tanh", "xavier", seed=3).counts
    again = run_activation_histograms("tanh", "xavier", seed=3).counts
    other = run_activation_histograms("tanh", "xavier", seed=4).counts
    for a, b in zip(first, again, strict=True):
        np.testing.assert_array_equal(a, b)
    assert any(not np.array_equal(a, b) for a, b in zip(first, other, strict=True))


def test_the_books_lessons_show_in_the_counts():
    # Sigmoid with std 1: activations pile up at 0 and 1 (the end bins hold most).
    wide = activation_histograms("sigmoid", "1", rng=np.random.default_rng(0))
    for counts in wide:
        assert counts[0] + counts[-1] > counts[1:-1].max() * 4
    # Sigmoid with std 0.01: every activation sits near 0.5, from the second layer on
    # within 0.47-0.57 (bins 14-16 of 30).
    narrow = activation_histograms("sigmoid", "0.01", rng=np.random.default_rng(0))
    assert narrow[0][11:19].sum() == 100_000
    for counts in narrow[1:]:
        assert counts[14:17].sum() == 100_000


def test_layer_activations_shapes_and_refusals():
    layers = layer_activations("relu", "he", rng=np.random.default_rng(0))
    assert [a.shape for a in layers] == [(1000, 100)] * 5
    assert all((a >= 0).all() for a in layers)
    with pytest.raises(ValueError, match="activation"):
        layer_activations("softplus", "he", rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="scale"):
        init_scale("lecun")


def test_result_title():
    assert run_activation_histograms("relu", "he").title == "ReLU, He"
    assert run_activation_histograms("sigmoid", 0.01).title == "Sigmoid, std=0.01"
