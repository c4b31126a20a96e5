"""core.mistakes against direct loops, and the test set's readings against the network."""

from __future__ import annotations

import numpy as np
import pytest

from core.architecture import build_network
from core.config import TrainConfig
from core.evaluation import predictions
from core.mistakes import (
    BOOK_MISTAKES,
    caption,
    cell_examples,
    confusion_of,
    first_mistakes,
    mistake_indices,
    most_confident_mistakes,
    per_class_accuracy,
    read_images,
    row_rates,
)


def _random_readings(rng: np.random.Generator, n: int = 500, k: int = 10):
    probabilities = rng.dirichlet(np.full(k, 0.3), size=n)
    labels = rng.integers(k, size=n)
    # Make about half of them right, so both kinds are plenty.
    right = rng.random(n) < 0.5
    probabilities[right, labels[right]] += 2.0
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    return probabilities, probabilities.argmax(axis=1), labels


def test_confusion_of_counts_like_a_loop():
    rng = np.random.default_rng(0)
    _, answers, labels = _random_readings(rng)
    expected = np.zeros((10, 10), dtype=np.int64)
    for t, y in zip(labels, answers, strict=True):
        expected[t, y] += 1
    confusion = confusion_of(answers, labels)
    assert confusion.dtype == np.int64
    np.testing.assert_array_equal(confusion, expected)


def test_row_rates_divide_each_row_by_its_sum_and_leave_empty_rows_zero():
    rng = np.random.default_rng(1)
    confusion = rng.integers(0, 50, size=(10, 10))
    confusion[3] = 0
    rates = row_rates(confusion)
    for i in range(10):
        total = confusion[i].sum()
        for j in range(10):
            assert rates[i, j] == (0.0 if total == 0 else confusion[i, j] / total)
    assert np.all(np.isfinite(rates))
    np.testing.assert_allclose(np.delete(rates.sum(axis=1), 3), 1.0)
    assert rates[3].sum() == 0.0


def test_per_class_accuracy_is_the_diagonal_share_and_nan_without_images():
    rng = np.random.default_rng(2)
    confusion = rng.integers(0, 50, size=(10, 10))
    confusion[7] = 0
    accuracy = per_class_accuracy(confusion)
    for i in range(10):
        if i == 7:
            assert np.isnan(accuracy[i])
        else:
            assert accuracy[i] == confusion[i, i] / confusion[i].sum()


def test_cell_examples_are_the_images_of_that_cell_in_order():
    rng = np.random.default_rng(3)
    _, answers, labels = _random_readings(rng)
    for true, read in [(4, 9), (2, 2), (0, 1)]:
        expected = [i for i in range(len(labels)) if labels[i] == true and answers[i] == read]
        assert cell_examples(answers, labels, true, read).tolist() == expected
    confusion = confusion_of(answers, labels)
    sizes = [[len(cell_examples(answers, labels, i, j)) for j in range(10)] for i in range(10)]
    np.testing.assert_array_equal(sizes, confusion)


def test_first_mistakes_are_the_books_loop():
    rng = np.random.default_rng(4)
    _, answers, labels = _random_readings(rng)
    expected = []
    for i, right in enumerate(answers == labels):  # ch08/misclassified_mnist.py
        if not right:
            expected.append(i)
            if len(expected) >= BOOK_MISTAKES:
                break
    assert first_mistakes(answers, labels).tolist() == expected
    assert len(expected) == 20
    assert first_mistakes(answers, labels, count=3).tolist() == expected[:3]
    all_wrong = [i for i in range(len(labels)) if answers[i] != labels[i]]
    assert mistake_indices(answers, labels).tolist() == all_wrong
    assert first_mistakes(answers, labels, count=10_000).tolist() == all_wrong


def test_first_mistakes_of_a_perfect_reading_are_none():
    labels = np.arange(10)
    assert first_mistakes(labels, labels).tolist() == []


def test_most_confident_mistakes_sorted_by_the_wrong_answers_probability():
    rng = np.random.default_rng(5)
    probabilities, answers, labels = _random_readings(rng)
    wrong = [i for i in range(len(labels)) if answers[i] != labels[i]]
    confidence = {i: probabilities[i, answers[i]] for i in wrong}
    expected = sorted(wrong, key=lambda i: -confidence[i])[:15]
    chosen = most_confident_mistakes(probabilities, labels, 15)
    assert chosen.tolist() == expected
    shown = [confidence[i] for i in chosen]
    assert shown == sorted(shown, reverse=True)
    assert all(labels[i] != answers[i] for i in chosen)
    assert len(most_confident_mistakes(probabilities, labels, 10_000)) == len(wrong)


def test_most_confident_mistakes_keep_set_order_on_ties():
    probabilities = np.array([[0.1, 0.9], [0.9, 0.1], [0.1, 0.9], [0.2, 0.8]])
    labels = np.array([0, 0, 0, 0])
    assert most_confident_mistakes(probabilities, labels, 5).tolist() == [0, 2, 3]


def test_caption_names_label_answer_and_probability():
    assert caption(4, 9, 0.874) == "4 \N{RIGHTWARDS ARROW} 9 (87%)"


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(hidden_sizes=(12,)),
        TrainConfig(hidden_sizes=(8, 6), activation="relu", weight_init_std="he"),
    ],
)
def test_read_images_gives_the_networks_probabilities_and_answers(config):
    rng = np.random.default_rng(6)
    network = build_network(config, rng=rng)
    x = rng.integers(0, 256, size=(300, 784), dtype=np.uint8)
    readings = read_images(network, x)
    expected = network.probabilities(x.astype(np.float32) / np.float32(255.0))
    assert readings.probabilities.shape == (300, 10)
    np.testing.assert_allclose(readings.probabilities, expected, rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(readings.answers, predictions(network, x))
    empty = read_images(network, x[:0])
    assert empty.probabilities.shape == (0, 10)
    assert empty.answers.shape == (0,)
