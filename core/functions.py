"""Activation and loss functions of *Deep Learning from Scratch*, chapters 3-4.

Each function keeps the book's name and behaviour; the docstrings give shapes.
"""

from __future__ import annotations

import numpy as np


def step_function(x: np.ndarray) -> np.ndarray:
    """Step function: 1 where ``x > 0``, else 0.

    The book writes ``dtype=np.int``, which NumPy removed; ``int`` is the same type.

    Parameters
    ----------
    x : (...) array_like

    Returns
    -------
    (...) int ndarray of 0 and 1
    """
    return np.array(np.asarray(x) > 0, dtype=int)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Logistic sigmoid ``1 / (1 + exp(-x))``, elementwise.

    Parameters
    ----------
    x : (...) float ndarray

    Returns
    -------
    (...) float ndarray in (0, 1), same dtype as ``x``
    """
    # exp(-x) overflows to inf for x < -88 (float32) or -709 (float64); 1/inf is
    # the correct limit 0, so the overflow warning carries no information.
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid at ``x``: ``(1 - sigmoid(x)) * sigmoid(x)``.

    Parameters
    ----------
    x : (...) float ndarray

    Returns
    -------
    (...) float ndarray
    """
    s = sigmoid(x)
    return (1.0 - s) * s


def relu(x: np.ndarray) -> np.ndarray:
    """Rectified linear unit ``max(0, x)``, elementwise.

    Parameters
    ----------
    x : (...) array_like

    Returns
    -------
    (...) ndarray
    """
    return np.maximum(0, x)


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, for one vector ``(K,)`` or a batch ``(N, K)``.

    Parameters
    ----------
    x : (K,) or (N, K) float ndarray
        Scores (logits).

    Returns
    -------
    (K,) or (N, K) float ndarray
        Probabilities; each row sums to 1.
    """
    # Subtracting the row maximum leaves the result unchanged (it cancels in the
    # ratio) and keeps exp() from overflowing: the largest exponent is exp(0) = 1.
    x = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """Mean cross-entropy of predictions ``y`` against targets ``t``.

    Parameters
    ----------
    y : (K,) or (N, K) float ndarray
        Predicted probabilities (softmax output).
    t : (K,) or (N, K) one-hot targets, or () / (N,) integer labels

    Returns
    -------
    float
        ``-sum(t * log(y + 1e-7)) / N``.
    """
    y = np.asarray(y)
    t = np.asarray(t)
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    # One-hot targets are turned into the index of the correct label.
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    # The 1e-7 keeps log(0) = -inf out of the sum when a probability underflows.
    return float(-np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size)
