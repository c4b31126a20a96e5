"""The activation histograms view: NumPy's bins per layer, titles in words, throttling, clear."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import gui.activation_histograms_widget as module
from core.activation_stats import hidden_layer_outputs
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet
from gui.activation_histograms_widget import EMPTY_TEXT, ActivationHistograms

IMAGES = np.random.default_rng(5).random((120, 784)).astype(np.float32)


def deep(activation: str = "sigmoid", sizes=(20, 20, 20), scale: float | str = 1.0, seed=0):
    return MultiLayerNet(784, list(sizes), 10, activation, scale, rng=np.random.default_rng(seed))


@pytest.fixture
def view(qtbot):
    widget = ActivationHistograms(images=IMAGES)
    qtbot.addWidget(widget)
    return widget


def show(qtbot, view, network):
    with qtbot.waitSignal(view.updated, timeout=5000):
        view.set_network(network)


def test_each_hidden_layer_is_numpys_histogram_over_0_to_1(qtbot, view):
    net = deep()
    show(qtbot, view, net)
    outputs = hidden_layer_outputs(net, IMAGES)
    assert len(view.plots) == len(view.bars) == 3
    for k, (bar, z) in enumerate(zip(view.bars, outputs, strict=True), start=1):
        counts, edges = np.histogram(z, bins=30, range=(0, 1))
        x, y = bar.getData()
        np.testing.assert_allclose(x, edges)
        np.testing.assert_array_equal(y, counts)
        saturated = np.mean((z < 0.01) | (z > 0.99))
        title = view.plots[k - 1].titleLabel.text
        assert f"layer {k}" in title
        assert f"{saturated:.0%} saturated<br>(near 0 or 1)" in title  # narrow: two lines
        assert f"spread {z.std():.2g}" in title
    assert view.objectName() == "activationHistograms"
    assert "sigmoid" in view.caption.text()
    assert "120 test images" in view.caption.text()


def test_relu_layers_say_how_many_units_are_dead_and_leave_the_zeros_out(qtbot, view):
    net = deep("relu", (30, 30), "he")
    net.params["b1"][:5] = -1e3  # five units of layer 1 output 0 for every image
    net.params["W1"][:, :5] = 0
    show(qtbot, view, net)
    z1 = hidden_layer_outputs(net, IMAGES)[0]
    summary = view.summaries[0]
    assert summary.dead == pytest.approx(np.mean(np.all(z1 == 0, axis=0)))
    assert summary.dead >= 5 / 30
    assert f"{summary.dead:.0%} of units dead" in view.plots[0].titleLabel.text
    _, y = view.bars[0].getData()
    assert y.sum() == np.count_nonzero(z1)
    assert "zeros not drawn" in view.plots[0].getAxis("bottom").labelText


def test_a_two_layer_net_has_one_histogram_and_a_new_architecture_rebuilds(qtbot, view):
    show(qtbot, view, TwoLayerNet(784, 50, 10, 0.01, rng=np.random.default_rng(0)))
    assert len(view.plots) == 1
    assert view.summaries[0].counts.sum() == len(IMAGES) * 50
    show(qtbot, view, deep("tanh", (10,) * 7, "xavier"))
    assert len(view.plots) == 7
    assert view.summaries[0].edges[0] == -1.0


def test_many_networks_in_a_burst_compute_few_times_and_end_on_the_last(qtbot, view, monkeypatch):
    calls = []
    original = module.summarize
    monkeypatch.setattr(module, "summarize", lambda n, x: calls.append(n) or original(n, x))
    networks = [deep(seed=s) for s in range(10)]
    for net in networks:
        view.set_network(net)
    qtbot.waitUntil(lambda: bool(calls) and calls[-1] is networks[-1] and not view._busy)
    assert len(calls) <= 2
    expected = np.histogram(hidden_layer_outputs(networks[-1], IMAGES)[2], bins=30, range=(0, 1))
    np.testing.assert_array_equal(view.bars[2].getData()[1], expected[0])


def test_clear_empties_the_view_and_drops_a_result_in_flight(qtbot, view, monkeypatch):
    show(qtbot, view, deep())
    release = threading.Event()
    original = module.summarize

    def slow(network, images):
        release.wait(5)
        return original(network, images)

    monkeypatch.setattr(module, "summarize", slow)
    view.set_network(deep(seed=1))
    qtbot.waitUntil(lambda: view._busy, timeout=5000)
    view.clear()
    assert view.plots == []
    assert view.summaries == []
    assert view.caption.text() == EMPTY_TEXT
    release.set()
    qtbot.waitUntil(lambda: not view._busy, timeout=5000)
    assert view.plots == []


def test_the_sample_is_loaded_in_the_background_when_none_is_given(qtbot, monkeypatch):
    monkeypatch.setattr(module, "load_sample", lambda: IMAGES[:40])
    widget = ActivationHistograms()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.updated, timeout=5000):
        widget.set_network(deep())
    assert widget.summaries[0].counts.sum() == 40 * 20


def test_a_sample_that_cannot_be_loaded_is_reported(qtbot, monkeypatch):
    def missing():
        raise FileNotFoundError("no MNIST here")

    monkeypatch.setattr(module, "load_sample", missing)
    widget = ActivationHistograms()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.failed, timeout=5000) as blocker:
        widget.set_network(deep())
    assert "no MNIST here" in blocker.args[0]
    assert "no MNIST here" in widget.caption.text()
