"""The book's chapter-6 figures: the series drawn, the axes, and the PNG."""

from __future__ import annotations

import struct

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTimer

from core.events import EpochEvent
from core.experiments import EXPERIMENTS
from core.race import RACE_COLORS
from core.util import smooth_curve
from gui.experiment_figures import (
    HEIGHT,
    WIDTH,
    accuracy_figure_plot,
    loss_figure_plot,
    render_accuracy_figure,
    render_loss_figure,
)

OPTIMIZERS = EXPERIMENTS["optimizer-compare"]


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def losses(n: int, seed: int) -> np.ndarray:
    return np.abs(np.random.default_rng(seed).normal(1.0, 0.3, n))


def epochs(n: int) -> list[EpochEvent]:
    return [EpochEvent(i, 3 * i, 0.1 + 0.8 * i / n, 0.1 + 0.6 * i / n) for i in range(n)]


def test_loss_figure_draws_each_series_smoothed_with_markers_every_100(qtbot):
    series = [losses(450, seed) for seed in range(4)]
    figure = loss_figure_plot(OPTIMIZERS, OPTIMIZERS.labels, series)
    qtbot.addWidget(figure.widget)
    assert list(figure.lines) == ["SGD", "Momentum", "AdaGrad", "Adam"]
    for i, (label, raw) in enumerate(zip(OPTIMIZERS.labels, series, strict=True)):
        x, y = figure.lines[label].getData()
        np.testing.assert_array_equal(x, np.arange(450))
        np.testing.assert_allclose(y, smooth_curve(raw))
        mx, my = figure.markers[label].getData()
        np.testing.assert_array_equal(mx, [0, 100, 200, 300, 400])
        np.testing.assert_allclose(my, smooth_curve(raw)[::100])
        assert figure.markers[label].opts["symbol"] == OPTIMIZERS.markers[i]
        assert figure.lines[label].opts["pen"].color().name() == RACE_COLORS[i].lower()
    legend = figure.widget.getPlotItem().legend
    assert [label.text for _, label in legend.items] == list(OPTIMIZERS.labels)


def test_loss_figure_has_the_book_axes(qtbot):
    init = EXPERIMENTS["weight-init-compare"]
    figure = loss_figure_plot(init, init.labels, [losses(200, s) for s in range(3)])
    qtbot.addWidget(figure.widget)
    plot = figure.widget.getPlotItem()
    assert plot.viewRange()[1] == pytest.approx([0.0, 2.5])
    assert plot.getAxis("bottom").labelText == "iterations"
    assert plot.getAxis("left").labelText == "loss"


def test_a_partial_race_keeps_each_series_colour_and_marker(qtbot):
    # Only AdaGrad finished (the others were stopped): it keeps its own look.
    figure = loss_figure_plot(OPTIMIZERS, ["AdaGrad"], [losses(50, 0)])
    qtbot.addWidget(figure.widget)
    assert figure.markers["AdaGrad"].opts["symbol"] == "s"
    assert figure.lines["AdaGrad"].opts["pen"].color().name() == RACE_COLORS[2].lower()


def test_accuracy_figure_draws_train_and_test_per_epoch(qtbot):
    overfit = EXPERIMENTS["overfit"]
    measured = epochs(201)
    figure = accuracy_figure_plot(overfit, measured)
    qtbot.addWidget(figure.widget)
    assert list(figure.lines) == ["train", "test"]
    x, y = figure.lines["train"].getData()
    np.testing.assert_array_equal(x, np.arange(201))
    np.testing.assert_allclose(y, [e.train_acc for e in measured])
    _, test = figure.lines["test"].getData()
    np.testing.assert_allclose(test, [e.test_acc for e in measured])
    mx, _ = figure.markers["test"].getData()
    np.testing.assert_array_equal(mx, np.arange(0, 201, 10))
    assert figure.markers["train"].opts["symbol"] == "o"
    assert figure.markers["test"].opts["symbol"] == "s"
    plot = figure.widget.getPlotItem()
    assert plot.viewRange()[1] == pytest.approx([0.0, 1.0])
    assert plot.getAxis("bottom").labelText == "epochs"
    assert plot.getAxis("left").labelText == "accuracy"


def test_figures_are_pngs_of_the_book_size(qtbot):
    loss_png = render_loss_figure(OPTIMIZERS, OPTIMIZERS.labels, [losses(30, s) for s in range(4)])
    assert png_size(loss_png) == (WIDTH, HEIGHT)
    accuracy_png = render_accuracy_figure(EXPERIMENTS["dropout"], epochs(5))
    assert png_size(accuracy_png) == (WIDTH, HEIGHT)


def test_rendering_runs_no_queued_event(qtbot):
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    render_accuracy_figure(EXPERIMENTS["overfit"], epochs(3))
    assert ran == []
    qtbot.waitUntil(lambda: ran == [True])


def test_legend_samples_show_each_series_marker_in_its_colour(qtbot):
    figure = loss_figure_plot(OPTIMIZERS, OPTIMIZERS.labels, [losses(30, s) for s in range(4)])
    qtbot.addWidget(figure.widget)
    samples = [sample for sample, _ in figure.widget.getPlotItem().legend.items]
    for i, sample in enumerate(samples):
        scatter = sample.item.scatter.opts
        assert sample.item.opts["symbol"] == OPTIMIZERS.markers[i]
        assert pg.mkBrush(scatter["brush"]).color().name() == RACE_COLORS[i].lower()
