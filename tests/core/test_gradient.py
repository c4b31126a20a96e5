"""Numerical differentiation on the book's examples (chapter 4.3-4.4)."""

from __future__ import annotations

import numpy as np
import pytest

from core.gradient import gradient_descent, numerical_diff, numerical_gradient


def function_1(x):
    return 0.01 * x**2 + 0.1 * x


def function_2(x):
    return np.sum(x**2)


@pytest.mark.parametrize(("x", "slope"), [(5.0, 0.2), (10.0, 0.3)])
def test_numerical_diff_matches_the_analytic_slope(x, slope):
    assert numerical_diff(function_1, x) == pytest.approx(slope, abs=1e-9)


@pytest.mark.parametrize(
    ("point", "grad"),
    [([3.0, 4.0], [6.0, 8.0]), ([0.0, 2.0], [0.0, 4.0]), ([3.0, 0.0], [6.0, 0.0])],
)
def test_numerical_gradient_of_sum_of_squares(point, grad):
    x = np.array(point)
    np.testing.assert_allclose(numerical_gradient(function_2, x), grad, atol=1e-6)
    assert x.tolist() == point  # restored after every perturbation


def test_numerical_gradient_handles_matrices():
    x = np.arange(6.0).reshape(2, 3)
    np.testing.assert_allclose(numerical_gradient(function_2, x), 2 * x, atol=1e-6)


def test_gradient_descent_reaches_the_minimum():
    x = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
    np.testing.assert_allclose(x, [0.0, 0.0], atol=1e-8)


def test_gradient_descent_with_a_tiny_rate_barely_moves():
    x = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=1e-10, step_num=100)
    np.testing.assert_allclose(x, [-3.0, 4.0], rtol=1e-7)
