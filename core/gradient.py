"""Numerical differentiation of *Deep Learning from Scratch*, chapter 4.

These are the book's slow, element-by-element methods, kept as written so a
reader can compare them with backpropagation (``TwoLayerNet.gradient``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

H = 1e-4
"""The book's step for central differences."""


def numerical_diff(f: Callable[[float], float], x: float) -> float:
    """Central difference ``(f(x + h) - f(x - h)) / 2h`` with ``h = 1e-4``."""
    return (f(x + H) - f(x - H)) / (2 * H)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray) -> np.ndarray:
    """Gradient of ``f`` at ``x`` by central differences, one element at a time.

    ``x`` is changed in place while each element is perturbed and restored
    afterwards, as in the book, so ``f`` may read ``x`` through a closure.

    Parameters
    ----------
    f : callable taking ``x`` and returning a float
    x : (...) float ndarray
        The point; any shape. Restored exactly on return.

    Returns
    -------
    (...) ndarray, same shape and dtype as ``x``
    """
    grad = np.zeros_like(x)
    # NumPy's stubs want a sequence of literal flags; the book passes a list of lists.
    it = np.nditer(x, flags=["multi_index"], op_flags=[["readwrite"]])  # type: ignore[list-item]
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + H
        fxh1 = f(x)  # f(x + h)
        x[idx] = tmp_val - H
        fxh2 = f(x)  # f(x - h)
        grad[idx] = (fxh1 - fxh2) / (2 * H)
        x[idx] = tmp_val
        it.iternext()
    return grad


def gradient_descent(
    f: Callable[[np.ndarray], float],
    init_x: np.ndarray,
    lr: float = 0.01,
    step_num: int = 100,
) -> np.ndarray:
    """Minimise ``f`` by ``step_num`` steps of ``x -= lr * grad``.

    Parameters
    ----------
    f : callable taking ``x`` and returning a float
    init_x : (...) float ndarray
        Starting point; updated in place and returned, as in the book.
    lr : float
        Learning rate.
    step_num : int
        Number of steps.

    Returns
    -------
    (...) ndarray
        The final ``x`` (the same array as ``init_x``).
    """
    x = init_x
    for _ in range(step_num):
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x
