"""core.weight_layers: matrix names in layer order, cells under a point, growing levels."""

from __future__ import annotations

import numpy as np
import pytest

from core.weight_layers import (
    DEFAULT_LIMIT,
    cell_at,
    grow_limit,
    layer_number,
    next_limits,
    weight_matrices,
    weight_names,
)


def test_weight_names_are_in_layer_order_without_biases_or_batch_norm():
    params = {f"W{k}": None for k in (10, 2, 1, 9)}
    params.update({"b1": None, "gamma1": None, "beta1": None, "W": None, "W01": None, "Wx": None})
    assert weight_names(params) == ["W1", "W2", "W9", "W10"]
    assert layer_number("W12") == 12
    with pytest.raises(ValueError, match="b1"):
        layer_number("b1")


def test_cell_at_maps_each_cell_and_nothing_outside():
    shape = (3, 5)  # 3 inputs (rows, along y), 5 units (columns, along x)
    assert cell_at(shape, 0.0, 0.0) == (0, 0)
    assert cell_at(shape, 4.999, 2.999) == (2, 4)
    assert cell_at(shape, 1.5, 2.5) == (2, 1)
    for x, y in [(5.0, 0.0), (0.0, 3.0), (-0.001, 1.0), (1.0, -0.5), (np.nan, 1.0), (1.0, np.inf)]:
        assert cell_at(shape, x, y) is None


def test_grow_limit_grows_to_the_percentile_and_never_shrinks():
    rng = np.random.default_rng(0)
    W = (rng.standard_normal((100, 100)) * 0.2).astype(np.float32)
    grown = grow_limit(DEFAULT_LIMIT, W)
    assert grown == pytest.approx(1.25 * np.percentile(np.abs(W), 99.9), rel=0.05)
    assert grow_limit(grown, W / 10) == grown
    assert grow_limit(10.0, W) == 10.0


def test_grow_limit_ignores_few_outliers_and_diverged_weights():
    W = np.zeros((100, 100), np.float32)
    W[0, :10] = 5.0  # 0.1% of the values
    assert grow_limit(DEFAULT_LIMIT, W) == DEFAULT_LIMIT
    W[:, :] = np.inf
    assert grow_limit(DEFAULT_LIMIT, W) == DEFAULT_LIMIT
    W[:, :] = np.nan
    assert grow_limit(DEFAULT_LIMIT, W) == DEFAULT_LIMIT


def test_next_limits_start_again_for_new_or_reshaped_matrices():
    big = np.full((4, 3), 1.0, np.float32)
    first = {"W1": np.zeros((784, 3), np.float32), "W2": big}
    limits = next_limits({}, {}, first)
    assert limits == {"W1": DEFAULT_LIMIT, "W2": pytest.approx(1.25)}
    same_shape = {"W1": first["W1"], "W2": big / 100}
    assert next_limits(first, limits, same_shape) == limits
    reshaped = {"W1": first["W1"], "W2": np.zeros((4, 5), np.float32)}
    assert next_limits(first, limits, reshaped)["W2"] == DEFAULT_LIMIT


def test_weight_matrices_are_float32_and_checked():
    W1 = np.ones((784, 3), np.float32)
    matrices = weight_matrices({"W2": np.ones((3, 2)), "b1": np.ones(3), "W1": W1})
    assert list(matrices) == ["W1", "W2"]
    assert matrices["W1"] is W1  # float32 is not copied
    assert matrices["W2"].dtype == np.float32
    with pytest.raises(ValueError, match="no W1"):
        weight_matrices({"W2": np.ones((3, 2))})
    with pytest.raises(ValueError, match="784"):
        weight_matrices({"W1": np.ones((783, 3))})
    with pytest.raises(ValueError, match="W2"):
        weight_matrices({"W1": W1, "W2": np.ones(3)})
