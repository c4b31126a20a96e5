"""Accuracy of a network on whole image sets, a chunk at a time (bounded memory).

The images may be uint8 pixels (as ``load_mnist(normalize=False)`` gives them,
and as the trainer keeps them: a quarter of the memory of floats) or floats;
uint8 pixels are normalised exactly as ``load_mnist`` does, ``EVALUATION_CHUNK``
images at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from core.architecture import Network
from core.data import Dataset

EVALUATION_CHUNK = 10_000
"""Images converted to float32 at a time when measuring accuracy (bounds the memory)."""


def evaluate_network(network: Network, data: Dataset) -> tuple[float, float]:
    """Accuracy of ``network`` on the whole train and test sets of ``data`` (uint8 or float images).

    Returns
    -------
    (train_acc, test_acc) : tuple of float
    """
    (x_train, t_train), (x_test, t_test) = data
    return (
        _accuracy(network, as_images(x_train), as_labels(t_train)),
        _accuracy(network, as_images(x_test), as_labels(t_test)),
    )


def evaluate_with_confusion(
    network: Network, data: Dataset, n_classes: int
) -> tuple[float, float, np.ndarray]:
    """``evaluate_network``'s accuracies and the test set's confusion matrix, in one pass.

    Returns
    -------
    train_acc, test_acc : float
    confusion : (n_classes, n_classes) int64 ndarray
        Row = true class, column = the class the network reads.
    """
    (x_train, t_train), (x_test, t_test) = data
    train_acc = _accuracy(network, as_images(x_train), as_labels(t_train))
    labels = as_labels(t_test)
    answers = predictions(network, as_images(x_test))
    test_acc = float(np.sum(answers == labels) / len(labels))
    return train_acc, test_acc, confusion_matrix(answers, labels, n_classes)


def confusion_matrix(answers: np.ndarray, labels: np.ndarray, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes) int64`` counts: row = true label, column = answer."""
    flat = np.asarray(labels, dtype=np.intp) * n_classes + np.asarray(answers, dtype=np.intp)
    counts = np.bincount(flat, minlength=n_classes * n_classes)
    return counts.reshape(n_classes, n_classes).astype(np.int64)


def float_chunks(x: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """``(start, images)`` for ``EVALUATION_CHUNK`` images at a time, as floats.

    uint8 pixels are converted to float32 and divided by 255 a chunk at a time
    (bounded memory), as ``load_mnist`` normalises them; floats pass as they are.
    """
    for start in range(0, len(x), EVALUATION_CHUNK):
        chunk = x[start : start + EVALUATION_CHUNK]
        if chunk.dtype == np.uint8:
            chunk = chunk.astype(np.float32)
            chunk /= np.float32(255.0)
        yield start, chunk


def predictions(network: Network, x: np.ndarray) -> np.ndarray:
    """``(N,)`` intp: the class each image is read as, ``EVALUATION_CHUNK`` images at a time."""
    out = np.empty(len(x), dtype=np.intp)
    with np.errstate(over="ignore", invalid="ignore"):
        for start, chunk in float_chunks(x):
            # TwoLayerNet.predict is softmax(scores), MultiLayerNet's the scores: same argmax
            out[start : start + len(chunk)] = np.argmax(network.predict(chunk), axis=1)
    return out


def _accuracy(network: Network, x: np.ndarray, t: np.ndarray) -> float:
    """``network.accuracy(x, t)`` for uint8 or float images, ``EVALUATION_CHUNK`` at a time."""
    correct = 0
    with np.errstate(over="ignore", invalid="ignore"):
        for start, chunk in float_chunks(x):
            labels = t[start : start + EVALUATION_CHUNK]
            correct += round(network.accuracy(chunk, labels) * len(chunk))
    return correct / len(x)


def as_images(x: np.ndarray) -> np.ndarray:
    """``(N, D)`` images: uint8 pixels kept as they are, anything else as float32."""
    x = np.asarray(x).reshape(len(x), -1)
    if x.dtype == np.uint8:
        return x
    return np.ascontiguousarray(x, dtype=np.float32)


def as_labels(t: np.ndarray) -> np.ndarray:
    """``(N,)`` integer labels from labels or one-hot ``(N, K)`` targets."""
    t = np.asarray(t)
    return (t.argmax(axis=1) if t.ndim == 2 else t).astype(np.intp)
