"""The book's functions against values computed by hand (or printed in the book)."""

from __future__ import annotations

import numpy as np
import pytest

from core.functions import (
    cross_entropy_error,
    relu,
    sigmoid,
    sigmoid_grad,
    softmax,
    step_function,
)


def test_step_function_is_one_above_zero_and_int():
    y = step_function(np.array([-1.0, 0.0, 0.5, 2.0]))
    assert y.tolist() == [0, 0, 1, 1]
    assert y.dtype.kind == "i"


def test_sigmoid_values_and_limits():
    x = np.array([-np.log(3.0), 0.0, np.log(3.0)])
    np.testing.assert_allclose(sigmoid(x), [0.25, 0.5, 0.75])
    # Large negative inputs overflow exp(-x) but give the right limit, silently.
    with np.errstate(over="raise"):
        y = sigmoid(np.array([-1000.0, 1000.0], dtype=np.float32))
    assert y.tolist() == [0.0, 1.0]


def test_sigmoid_grad_is_s_times_one_minus_s():
    np.testing.assert_allclose(sigmoid_grad(np.array([0.0, np.log(3.0)])), [0.25, 0.1875])


def test_relu():
    assert relu(np.array([-2.0, 0.0, 3.5])).tolist() == [0.0, 0.0, 3.5]


def test_softmax_1d_matches_the_book():
    # The book's example: softmax([0.3, 2.9, 4.0]).
    y = softmax(np.array([0.3, 2.9, 4.0]))
    np.testing.assert_allclose(y, [0.01821127, 0.24519181, 0.73659691], rtol=1e-6)
    assert y.sum() == pytest.approx(1.0)


def test_softmax_does_not_overflow():
    y = softmax(np.array([1010.0, 1000.0, 990.0]))
    np.testing.assert_allclose(y, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-6)


def test_softmax_2d_is_row_by_row():
    x = np.array([[0.3, 2.9, 4.0], [1.0, 1.0, 1.0]])
    y = softmax(x)
    np.testing.assert_allclose(y[0], softmax(x[0]))
    np.testing.assert_allclose(y[1], [1 / 3] * 3)
    np.testing.assert_allclose(y.sum(axis=1), [1.0, 1.0])


BOOK_Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])


def test_cross_entropy_matches_the_book_for_one_hot_and_label():
    t = np.zeros(10)
    t[2] = 1
    # The book prints 0.510825457099338 (label 2 at p = 0.6) and
    # 2.302584092994546 (label 2 at p = 0.1).
    assert cross_entropy_error(BOOK_Y, t) == pytest.approx(0.510825457099338)
    assert cross_entropy_error(BOOK_Y, np.array(2)) == pytest.approx(0.510825457099338)
    y_wrong = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
    assert cross_entropy_error(y_wrong, t) == pytest.approx(2.302584092994546)


def test_cross_entropy_batch_is_the_mean_and_log_zero_is_finite():
    y = np.stack([BOOK_Y, BOOK_Y])
    labels = np.array([2, 3])  # p = 0.6 and p = 0.0
    expected = (-np.log(0.6 + 1e-7) - np.log(1e-7)) / 2
    assert cross_entropy_error(y, labels) == pytest.approx(expected)
    one_hot = np.eye(10)[labels]
    assert cross_entropy_error(y, one_hot) == pytest.approx(expected)
