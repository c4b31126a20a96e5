"""The batch-norm, search and histogram figures: the plotted data, then the PNG."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from core.activation_histograms import run_activation_histograms
from core.batch_norm_experiment import WEIGHT_SCALES, BatchNormResult, BatchNormRun
from core.hyperparameter_search import SearchResult, Trial
from gui.special_figures import (
    ACCURACY_MAP,
    build_batch_norm_figure,
    build_histograms_figure,
    build_search_figure,
    build_search_scatter,
    figure_plots,
    render_batch_norm_figure,
    render_histograms_figure,
    render_search_figure,
    render_search_scatter,
)


def curves(plot: pg.PlotItem) -> list[pg.PlotDataItem]:
    return [item for item in plot.listDataItems() if isinstance(item, pg.PlotDataItem)]


def batch_norm_result() -> BatchNormResult:
    result = BatchNormResult()
    for index, scale in enumerate(WEIGHT_SCALES):
        for use_batchnorm in (True, False):
            accs = tuple(np.linspace(0.1, 0.9 if use_batchnorm else 0.2, 20) + index / 100)
            result.add(BatchNormRun(index, scale, use_batchnorm, accs))
    return result


def search_result(count: int = 25) -> SearchResult:
    rng = np.random.default_rng(0)
    result = SearchResult(planned=count)
    for index in range(count):
        final = float(rng.random())
        val = tuple(np.linspace(0.1, final, 50))
        train = tuple(np.linspace(0.1, min(final + 0.05, 1), 50))
        lr, decay = 10 ** rng.uniform(-6, -2), 10 ** rng.uniform(-8, -4)
        result.trials.append(Trial(index, lr, decay, val, train))
    return result


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage.fromData(data, "PNG")
    return image.width(), image.height()


def test_batch_norm_grid_plots_both_curves_per_scale(qtbot):
    result = batch_norm_result()
    widget = build_batch_norm_figure(result)
    qtbot.addWidget(widget)
    plots = figure_plots(widget)
    assert len(plots) == 16
    assert plots[0].titleLabel.text == "W:1"
    assert plots[15].titleLabel.text == "W:0.0001"
    for index, plot in enumerate(plots):
        solid, dashed = curves(plot)
        x, y = solid.getData()
        np.testing.assert_array_equal(x, np.arange(20))
        np.testing.assert_allclose(y, result.run(index, True).train_acc)
        np.testing.assert_allclose(dashed.getData()[1], result.run(index, False).train_acc)
        assert solid.opts["pen"].style() == Qt.PenStyle.SolidLine
        assert dashed.opts["pen"].style() == Qt.PenStyle.DashLine
        assert plot.viewRange()[1] == pytest.approx([0, 1])
    assert plots[15].legend is not None


def test_batch_norm_grid_marks_a_diverged_curve_and_skips_missing_runs(qtbot):
    result = BatchNormResult()
    result.add(BatchNormRun(0, 1.0, True, tuple(np.linspace(0.1, 0.5, 20))))
    result.add(BatchNormRun(0, 1.0, False, (0.1, 0.11), status="diverged"))
    widget = build_batch_norm_figure(result)
    qtbot.addWidget(widget)
    plots = figure_plots(widget)
    _solid, _line, mark = curves(plots[0])
    # The short curve does not shrink the panel: all 20 epochs stay in view.
    plots[0].getViewBox().updateAutoRange()
    assert plots[0].viewRange()[0][1] >= 19
    assert mark.opts["symbol"] == "x"
    assert list(mark.getData()[0]) == [1]
    assert all(not curves(plot) for plot in plots[1:])


def test_search_figure_draws_the_best_twenty_in_order(qtbot):
    result = search_result()
    widget = build_search_figure(result)
    qtbot.addWidget(widget)
    plots = figure_plots(widget)
    assert len(plots) == 20
    best = result.best(20)
    for rank, (plot, trial) in enumerate(zip(plots, best, strict=True), start=1):
        assert plot.titleLabel.text == f"Best-{rank}(val acc:{trial.final_val_acc:.2f})"
        val, train = curves(plot)
        np.testing.assert_allclose(val.getData()[1], trial.val_acc)
        np.testing.assert_allclose(train.getData()[1], trial.train_acc)
        assert train.opts["pen"].style() == Qt.PenStyle.DashLine
    finals = [trial.final_val_acc for trial in best]
    assert finals == sorted(finals, reverse=True)


def test_search_scatter_plots_every_trial_coloured_by_accuracy(qtbot):
    result = search_result(8)
    widget = build_search_scatter(result)
    qtbot.addWidget(widget)
    (plot,) = figure_plots(widget)
    (scatter,) = curves(plot)
    x, y = scatter.getOriginalDataset()
    np.testing.assert_allclose(x, [t.learning_rate for t in result.trials])
    np.testing.assert_allclose(y, [t.weight_decay for t in result.trials])
    assert plot.ctrl.logXCheck.isChecked()
    assert plot.ctrl.logYCheck.isChecked()
    colors = [brush.color().name() for brush in scatter.opts["symbolBrush"]]
    expected = ACCURACY_MAP.map(np.array([t.final_val_acc for t in result.trials]), mode="qcolor")
    assert colors == [color.name() for color in expected]


def test_histograms_figure_draws_the_five_counts(qtbot):
    result = run_activation_histograms("tanh", "xavier", seed=0)
    widget = build_histograms_figure(result)
    qtbot.addWidget(widget)
    plots = figure_plots(widget)
    assert [p.titleLabel.text for p in plots] == [f"{i}-layer" for i in range(1, 6)]
    for plot, counts in zip(plots, result.counts, strict=True):
        (bars,) = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
        np.testing.assert_array_equal(bars.opts["height"], counts)
        np.testing.assert_allclose(bars.opts["x0"], np.linspace(0, 1, 31)[:-1])
        assert plot.viewRange()[1] == pytest.approx([0, 7000])


def test_figures_render_as_png(qtbot):
    assert png_size(render_batch_norm_figure(batch_norm_result())) == (1000, 800)
    assert png_size(render_search_figure(search_result())) == (1000, 800)
    assert png_size(render_search_scatter(search_result())) == (760, 600)
    assert png_size(render_histograms_figure(run_activation_histograms())) == (1100, 320)
