"""Which test images a network reads wrong: confusion rates, per-class accuracy, galleries.

A confusion matrix has one row per true digit and one column per answer, as
``core.evaluation.evaluate_with_confusion`` counts it. The galleries pick test
images by index: the images of one cell, the first mistakes in test-set order (as
the book's ``ch08/misclassified_mnist.py``), or the mistakes the network was most
sure of. ``read_images`` gives the answers and probabilities they choose from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.architecture import Network
from core.evaluation import as_images, confusion_matrix, float_chunks

BOOK_MISTAKES = 20
"""How many mistakes ``ch08/misclassified_mnist.py`` shows (its ``max_view``)."""


@dataclass(frozen=True, eq=False)
class Readings:
    """A network's answer for every image of a set.

    Attributes
    ----------
    probabilities : (N, K) float32
        The softmax output per image; rows sum to 1.
    answers : (N,) intp
        ``probabilities.argmax(axis=1)``: the digit each image is read as.
    """

    probabilities: np.ndarray
    answers: np.ndarray


def read_images(network: Network, x: np.ndarray) -> Readings:
    """Run ``x`` through ``network`` (test behaviour), ``EVALUATION_CHUNK`` images at a time.

    Parameters
    ----------
    network : TwoLayerNet or MultiLayerNet
    x : (N, 784) uint8 pixels or float images in [0, 1]
        uint8 pixels are divided by 255, as ``load_mnist`` normalises them.
    """
    if len(x) == 0:  # the book's Affine cannot reshape an empty batch
        n_weights = sum(1 for name in network.params if name.startswith("W"))
        n_classes = network.params[f"W{n_weights}"].shape[1]
        return Readings(np.zeros((0, n_classes), np.float32), np.zeros(0, np.intp))
    chunks = []
    with np.errstate(over="ignore", invalid="ignore"):
        for _, chunk in float_chunks(as_images(x)):
            chunks.append(np.asarray(network.probabilities(chunk), dtype=np.float32))
    probabilities = np.concatenate(chunks)
    return Readings(probabilities, np.argmax(probabilities, axis=1).astype(np.intp))


def confusion_of(answers: np.ndarray, labels: np.ndarray, n_classes: int = 10) -> np.ndarray:
    """``(n_classes, n_classes) int64`` counts: row = true label, column = answer."""
    return confusion_matrix(answers, labels, n_classes)


def row_rates(confusion: np.ndarray) -> np.ndarray:
    """Each row divided by its sum: the share of each true digit read as each answer.

    Parameters
    ----------
    confusion : (K, K) int
        Row = true class, column = answer.

    Returns
    -------
    (K, K) float64
        Rows sum to 1; a row with no images is all zeros (not NaN).
    """
    counts = np.asarray(confusion, dtype=np.float64)
    totals = counts.sum(axis=1, keepdims=True)
    return np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)


def per_class_accuracy(confusion: np.ndarray) -> np.ndarray:
    """``(K,) float64``: the share of each true digit read right; NaN for a digit with no images."""
    counts = np.asarray(confusion, dtype=np.float64)
    totals = counts.sum(axis=1)
    right = np.diagonal(counts).copy()
    return np.divide(right, totals, out=np.full_like(right, np.nan), where=totals > 0)


def cell_examples(answers: np.ndarray, labels: np.ndarray, true: int, read: int) -> np.ndarray:
    """``(M,) intp`` indices of the images labelled ``true`` and read as ``read``, in set order."""
    answers, labels = np.asarray(answers), np.asarray(labels)
    return np.flatnonzero((labels == true) & (answers == read))


def mistake_indices(answers: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """``(M,) intp`` indices of every image read wrong, in set order."""
    return np.flatnonzero(np.asarray(answers) != np.asarray(labels))


def first_mistakes(
    answers: np.ndarray, labels: np.ndarray, count: int = BOOK_MISTAKES
) -> np.ndarray:
    """The first ``count`` images read wrong, in set order (``ch08/misclassified_mnist.py``).

    Returns
    -------
    (min(count, mistakes),) intp
    """
    return mistake_indices(answers, labels)[: max(count, 0)]


def most_confident_mistakes(
    probabilities: np.ndarray, labels: np.ndarray, count: int
) -> np.ndarray:
    """The ``count`` wrong readings with the highest probability on the (wrong) answer.

    Parameters
    ----------
    probabilities : (N, K) float
        The network's softmax output; its answer is each row's argmax.
    labels : (N,) int
    count : int

    Returns
    -------
    (min(count, mistakes),) intp
        Indices, the most confident mistake first; equal probabilities keep set order.
    """
    probabilities = np.asarray(probabilities)
    answers = np.argmax(probabilities, axis=1)
    wrong = mistake_indices(answers, labels)
    confidence = probabilities[wrong, answers[wrong]]
    order = np.argsort(-confidence, kind="stable")
    return wrong[order[: max(count, 0)]]


def caption(label: int, answer: int, probability: float) -> str:
    """A thumbnail's caption: the label, the answer and its probability, ``"4 → 9 (87%)"``."""
    return f"{label} \N{RIGHTWARDS ARROW} {answer} ({probability:.0%})"
