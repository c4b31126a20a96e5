"""The gradient-norms plot: the trainer's measurements drawn per layer, decimated, on log axes."""

from __future__ import annotations

import numpy as np
import pytest

from core.config import TrainConfig
from core.events import GradientStats
from core.gradient_history import GradientHistory
from core.multi_layer_net import MultiLayerNet
from core.race import RACE_COLORS
from core.trainer import Trainer
from gui.gradient_norms_widget import GradientNormsPlot, decade_range, envelope
from tests.core.test_trainer import blobs


@pytest.fixture
def plot(qtbot):
    widget = GradientNormsPlot()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    return widget


def stats(iteration: int, norms, ratios) -> GradientStats:
    names = tuple(f"W{k}" for k in range(1, len(norms) + 1))
    return GradientStats(iteration, names, np.asarray(norms, float), np.asarray(ratios, float))


def drawn(curve) -> np.ndarray:
    return curve.getOriginalDataset()[1]


def test_norms_are_those_of_gradient_and_ratios_those_of_the_step(plot):
    net = MultiLayerNet(16, [10, 10, 10], 3, "sigmoid", 1.0, rng=np.random.default_rng(0))
    x, t = blobs(50, 0)
    x = x / 255.0
    history = GradientHistory()
    for i in range(3):
        grads = net.gradient(x, t)
        before = {k: net.params[k].copy() for k in ("W1", "W2", "W3", "W4")}
        for key in net.params:
            net.params[key] -= 0.5 * grads[key]
        norms = [np.linalg.norm(grads[k]) for k in before]
        ratios = [
            np.linalg.norm(net.params[k] - before[k]) / np.linalg.norm(before[k]) for k in before
        ]
        history.append(stats(20 * i, norms, ratios))
    plot.set_history(history)
    assert [c.name() for c in plot.norm_curves] == ["W1", "W2", "W3", "W4"]
    _, norms, ratios = history.arrays()
    for k in range(4):
        np.testing.assert_allclose(plot.norm_curves[k].getOriginalDataset()[0], [0, 20, 40])
        np.testing.assert_allclose(drawn(plot.norm_curves[k]), norms[:, k])
        np.testing.assert_allclose(drawn(plot.ratio_curves[k]), ratios[:, k])
    assert plot.norm_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_a_deep_sigmoid_network_shows_vanishing_gradients(plot):
    config = TrainConfig(
        hidden_sizes=(20,) * 5, activation="sigmoid", weight_init_std=0.01, batch_size=20,
        iters_num=100, learning_rate=0.1,
    )  # fmt: skip
    trainer = Trainer(config, (blobs(300, 0), blobs(60, 1)))
    history = GradientHistory()
    history.extend([e for e in trainer.run() if isinstance(e, GradientStats)])
    plot.set_history(history)
    first, last = np.median(drawn(plot.norm_curves[0])), np.median(drawn(plot.norm_curves[-1]))
    assert first < last / 1000
    assert "Vanishing gradients" in plot.toolTip()


def test_refresh_redraws_only_when_the_history_grew(plot, monkeypatch):
    history = GradientHistory()
    history.append(stats(0, [1.0, 2.0], [1e-3, 2e-3]))
    plot.set_history(history)
    calls = []
    original = type(plot.norm_curves[0]).setData
    monkeypatch.setattr(
        type(plot.norm_curves[0]),
        "setData",
        lambda s, *a, **k: calls.append(1) or original(s, *a, **k),
    )
    plot.refresh()
    plot.refresh()
    assert calls == []
    history.append(stats(20, [0.5, 1.0], [1e-3, 1e-3]))
    plot.refresh()
    assert len(calls) == 4  # two layers, two plots
    np.testing.assert_allclose(drawn(plot.norm_curves[1]), [2.0, 1.0])


def test_a_long_run_is_drawn_as_an_envelope_that_keeps_the_extremes(plot):
    rng = np.random.default_rng(0)
    history = GradientHistory()
    norms = 10 ** rng.uniform(-6, 0, (50_000, 3))
    for i, row in enumerate(norms):
        history.append(stats(20 * i, row, row / 100))
    plot.set_history(history)
    y = drawn(plot.norm_curves[2])
    assert len(y) <= 2 * max(200, plot.norm_plot.width())
    assert y.max() == norms[:, 2].max()
    assert y.min() == norms[:, 2].min()


def test_envelope_pairs_each_buckets_min_and_max():
    x = np.arange(10)
    y = np.array([3, 1, 2, 9, 5, 4, 0, 8, 7, 6], float)[:, None]
    xs, ys = envelope(x, y, 4)
    np.testing.assert_array_equal(xs, [0, 4, 5, 9])
    np.testing.assert_array_equal(ys[:, 0], [1, 9, 0, 8])
    same_x, same_y = envelope(x, y, 10)
    assert same_x is x
    assert same_y is y


def test_values_a_log_axis_cannot_show_are_gaps(plot):
    history = GradientHistory()
    history.append(stats(0, [0.0, 1.0], [np.inf, 1e-3]))
    history.append(stats(20, [np.nan, 2.0], [1e-2, 1e-3]))
    plot.set_history(history)
    assert np.isnan(drawn(plot.norm_curves[0])).all()
    assert np.isnan(drawn(plot.ratio_curves[0])[0])
    assert drawn(plot.ratio_curves[0])[1] == pytest.approx(1e-2)


def test_a_new_architecture_gets_new_curves_and_colours(plot):
    history = GradientHistory()
    history.append(stats(0, [1.0] * 2, [1e-3] * 2))
    plot.set_history(history)
    history.append(stats(0, [1.0] * 8, [1e-3] * 8))  # a new run with 8 weight matrices
    plot.refresh()
    assert [c.name() for c in plot.norm_curves] == [f"W{k}" for k in range(1, 9)]
    colours = [c.opts["pen"].color().name() for c in plot.norm_curves]
    assert colours[:6] == [c.lower() for c in RACE_COLORS]
    assert len(set(colours)) == 8
    legend = plot.norm_plot.getPlotItem().legend
    assert [label.text for _, label in legend.items] == [f"W{k}" for k in range(1, 9)]


def test_the_reference_line_sits_at_1e_minus_3(plot):
    assert plot.reference_line.value() == pytest.approx(-3.0)  # log10 coordinates
    assert "1e-3" in plot.reference_line.label.toPlainText()
    assert plot.objectName() == "gradientNormsPlot"


def test_clear_removes_the_curves(plot):
    history = GradientHistory()
    history.append(stats(0, [1.0], [1e-3]))
    plot.set_history(history)
    plot.clear()
    assert plot.norm_curves == []
    assert plot.norm_plot.getPlotItem().listDataItems() == []
    history.clear()
    plot.refresh()
    assert plot.norm_curves == []


def test_the_y_axes_span_whole_decades_and_the_ratios_hold_the_reference(plot):
    history = GradientHistory()
    history.append(stats(0, [0.3, 0.5], [2e-2, 3e-2]))
    history.append(stats(20, [0.4, 0.6], [2.5e-2, 4e-2]))
    plot.set_history(history)
    low, high = plot.ratio_plot.getPlotItem().getViewBox().viewRange()[1]
    assert low <= -3 <= high
    low, high = plot.norm_plot.getPlotItem().getViewBox().viewRange()[1]
    assert low <= np.log10(0.3)
    assert high >= np.log10(0.6)
    assert high - low >= 3


def test_decade_range():
    assert decade_range(np.array([0.3, 0.6])) == (-2.0, 1.0)
    assert decade_range(np.array([2e-5, 3e-1])) == (-5.0, 0.0)
    assert decade_range(np.array([2e-2, np.nan]), include=1e-3) == (-4.0, -1.0)
    assert decade_range(np.array([np.nan])) == (-3.0, 0.0)
