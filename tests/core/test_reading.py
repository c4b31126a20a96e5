"""read_digit: the forward pass of TwoLayerNet, with each hidden unit's share."""

from __future__ import annotations

import numpy as np
import pytest

from core.network import TwoLayerNet
from core.reading import read_digit


@pytest.fixture
def net():
    return TwoLayerNet(784, 6, 10, weight_init_std=0.3, rng=5)


def test_probabilities_are_the_networks_prediction(net):
    x = np.random.default_rng(0).random(784)
    reading = read_digit(net.params, x)
    np.testing.assert_allclose(reading.probabilities, net.predict(x[None, :])[0])
    assert reading.top == int(np.argmax(net.predict(x[None, :])[0]))
    assert reading.probabilities.sum() == pytest.approx(1.0)


def test_contributions_add_up_to_the_top_score(net):
    x = np.random.default_rng(1).random(784)
    reading = read_digit(net.params, x)
    hidden = 1 / (1 + np.exp(-(x @ net.params["W1"] + net.params["b1"])))
    np.testing.assert_allclose(reading.hidden, hidden)
    score = hidden @ net.params["W2"] + net.params["b2"]
    assert reading.contributions.sum() + net.params["b2"][reading.top] == pytest.approx(
        score[reading.top]
    )


def test_strongest_units_are_the_largest_positive_contributions(net):
    reading = read_digit(net.params, np.random.default_rng(2).random(784))
    units = reading.strongest_units(3)
    positive = [j for j in np.argsort(-reading.contributions) if reading.contributions[j] > 0]
    assert units == [int(j) for j in positive[:3]]
    values = reading.contributions[units]
    assert list(values) == sorted(values, reverse=True)


def test_a_unit_wired_to_a_class_is_its_strongest(net):
    params = {k: v.copy() for k, v in net.params.items()}
    params["W2"][:] = 0
    params["W2"][4, 7] = 10.0  # unit 4 alone votes, for class 7
    reading = read_digit(params, np.ones(784))
    assert reading.top == 7
    assert reading.strongest_units() == [4]
