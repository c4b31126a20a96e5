"""LossPlotWidget: drawing a LossHistory at the screen's resolution, the x range, epoch markers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.loss_history import LossHistory
from gui.loss_plot_widget import (
    MIN_MARKER_SPACING_PX,
    LossPlotWidget,
    XRange,
    nice_ceiling,
)


@pytest.fixture
def widget(qtbot) -> LossPlotWidget:
    w = LossPlotWidget()
    qtbot.addWidget(w)
    w.resize(900, 500)
    w.show()
    qtbot.waitExposed(w)
    return w


def feed(widget: LossPlotWidget, losses: np.ndarray, chunk: int = 100) -> None:
    """Append ``losses`` in chunks, refreshing after each, as the window does while training."""
    for at in range(0, len(losses), chunk):
        widget.history.append(widget.history.end, losses[at : at + chunk])
        widget.refresh()


def test_white_plot_named_loss_plot(widget):
    assert widget.objectName() == "lossPlot"
    assert widget.plot_widget.backgroundBrush().color().name() == "#ffffff"
    assert widget.plot_item.getAxis("bottom").labelText == "iteration"
    assert widget.plot_item.getAxis("left").labelText == "loss"


def test_a_short_run_is_drawn_point_for_point_without_a_gap(widget):
    losses = np.linspace(2.3, 0.2, 10_000) + 0.05 * np.sin(np.arange(10_000))
    widget.set_total_iterations(10_000)
    widget.set_x_range(XRange.WHOLE_RUN)
    feed(widget, losses, chunk=97)
    x, y = widget.plotted()
    # Every iteration is there: no hole where a frozen part used to meet the live tail.
    if len(x) == len(losses):
        np.testing.assert_array_equal(x, np.arange(10_000))
        np.testing.assert_array_equal(y, losses)
    else:  # decimated: one (min, max) pair per block, blocks back to back
        starts = x[::2]
        assert np.all(np.diff(starts) == starts[1] - starts[0])
        assert starts[0] == 0
        assert starts[-1] + (starts[1] - starts[0]) >= 9_999
    sx, sy = widget.plotted(smoothed=True)
    assert np.isfinite(sy).all()
    assert sx[-1] >= 9_000


def test_a_long_run_is_decimated_to_the_width_and_keeps_its_spikes(widget):
    losses = np.full(1_000_000, 0.5)
    losses[123_456] = 9.0
    widget.history.append(0, losses)
    widget.refresh()
    x, y = widget.plotted()
    width = widget.plot_item.getViewBox().width()
    assert len(x) <= 4 * width + 8
    assert y.max() == 9.0


def test_the_x_axis_follows_the_data_in_round_steps(widget):
    widget.set_total_iterations(1_000_000)
    widget.history.append(0, np.array([2.3]))
    widget.refresh()
    (x0, x1), _ = widget.plot_item.viewRange()
    assert x0 <= 0
    assert 1 <= x1 < 20
    assert widget.last_point.data["x"].tolist() == [0]
    widget.history.append(1, np.ones(1_233))
    widget.refresh()
    (x0, x1), _ = widget.plot_item.viewRange()
    assert 1_234 <= x1 <= 1_600  # nice_ceiling(1,234) = 1,500, plus padding
    assert nice_ceiling(1_234) == 1_500
    assert nice_ceiling(10_000) == 10_000
    assert nice_ceiling(0.7) == pytest.approx(0.8)


def test_whole_run_shows_the_planned_iterations(widget):
    widget.set_total_iterations(50_000)
    widget.history.append(0, np.ones(10))
    widget.whole_run_button.click()
    widget.refresh()
    assert widget.x_range_mode is XRange.WHOLE_RUN
    (x0, x1), _ = widget.plot_item.viewRange()
    assert x0 <= 0
    assert 50_000 <= x1 < 51_000
    widget.follow_button.click()
    widget.refresh()
    assert widget.plot_item.viewRange()[0][1] < 100


def test_a_zoom_of_the_users_is_kept_until_fit(widget):
    widget.history.append(0, np.linspace(2.3, 0.5, 2_000))
    widget.refresh()
    view = widget.plot_item.getViewBox()
    view.setRange(xRange=(100, 200), yRange=(1.0, 2.0), padding=0)
    view.sigRangeChangedManually.emit([True, True])  # what a wheel or drag emits
    assert widget.x_range_mode is XRange.USER
    assert not widget.follow_button.isChecked()
    widget.history.append(2_000, np.ones(3_000))
    widget.refresh()
    (x0, x1), _ = widget.plot_item.viewRange()
    assert (round(x0), round(x1)) == (100, 200)  # still the user's
    widget.fit_button.click()
    widget.refresh()
    (x0, x1), (y0, y1) = widget.plot_item.viewRange()
    assert widget.x_range_mode is XRange.FOLLOW
    assert x1 >= 5_000
    assert y0 <= 0
    assert 2.3 <= y1 < 3.0


def test_epoch_markers_are_one_item_thinned_to_a_few_pixels(widget):
    # A million iterations of 600: 1,667 epoch boundaries.
    widget.history.append(0, np.ones(1_000_000))
    iterations = list(range(0, 1_000_000, 600))
    widget.set_epoch_iterations(iterations)
    widget.refresh()
    drawn = widget.drawn_epoch_markers
    width = widget.plot_item.getViewBox().width()
    (x0, x1), _ = widget.plot_item.viewRange()
    spacing_px = np.diff(drawn).min() * width / (x1 - x0)
    assert spacing_px >= MIN_MARKER_SPACING_PX
    assert 0 < len(drawn) < len(iterations)
    assert set(drawn) <= set(iterations)
    assert widget.epoch_markers in widget.plot_item.items  # one item for them all


def test_few_epoch_markers_are_all_drawn(widget):
    widget.history.append(0, np.ones(1_250))
    for iteration in (0, 600, 1_200):
        widget.add_epoch_marker(iteration)
    widget.refresh()
    np.testing.assert_array_equal(widget.drawn_epoch_markers, [0, 600, 1_200])


def test_non_finite_losses_are_gaps_and_keep_the_range_finite(widget):
    values = np.array([2.3, 2.0, np.nan, 1.8, np.inf, -np.inf, 1.5, 1.4])
    widget.history.append(0, values)
    widget.refresh()
    np.testing.assert_array_equal(widget.losses, values)  # kept exactly as given
    _, y = widget.plotted()
    finite = np.isfinite(values)
    assert np.isnan(y[~finite]).all()
    assert widget.raw_curve.opts["connect"] == "finite"
    _, smooth = widget.plotted(smoothed=True)
    assert np.isfinite(smooth).all()
    y_min, y_max = widget.plot_item.viewRange()[1]
    assert math.isfinite(y_min)
    assert math.isfinite(y_max)
    assert y_max >= 2.3


def test_it_draws_the_history_it_is_given(qtbot):
    history = LossHistory.of(np.linspace(2, 1, 300))
    widget = LossPlotWidget(history=history)
    qtbot.addWidget(widget)
    widget.refresh()
    assert len(widget.plotted()[0]) == 300
    assert widget.count == 300


def test_refresh_sets_no_data_when_nothing_changed(widget, monkeypatch):
    widget.history.append(0, np.ones(50))
    widget.refresh()
    calls = []
    monkeypatch.setattr(widget.raw_curve, "setData", lambda *a, **k: calls.append(a))
    widget.refresh()
    widget.refresh()
    assert calls == []
    widget.history.append(50, np.ones(5))
    widget.refresh()
    assert len(calls) == 1


def test_overlays_are_drawn_smoothed_and_removed(widget):
    widget.set_overlays([("a", np.linspace(2, 1, 400)), ("b", np.linspace(3, 1, 800))])
    assert len(widget.overlay_curves) == 2
    assert all(c in widget.plot_item.items for c in widget.overlay_curves)
    widget.set_overlays([])
    assert widget.overlay_curves == []


def test_clear_forgets_the_markers_and_follows_again(widget):
    widget.history.append(0, np.ones(700))
    widget.add_epoch_marker(0)
    widget.add_epoch_marker(600)
    widget.refresh()
    widget.whole_run_button.click()
    widget.history.clear()
    widget.clear()
    assert len(widget.drawn_epoch_markers) == 0
    assert len(widget.plotted()[0]) == 0
    assert widget.x_range_mode is XRange.WHOLE_RUN  # the learner's choice stays


def test_the_dot_marks_the_latest_loss_when_the_run_stands_still(widget):
    widget.history.append(0, np.array([2.3]))
    widget.show_last_point(False)  # running, but a single point has no line yet: keep the dot
    assert widget.last_point.data["x"].tolist() == [0]
    widget.history.append(1, np.linspace(2.2, 1.0, 500))
    widget.refresh()
    assert widget.last_point.data.size == 0  # a growing curve shows its own end
    widget.show_last_point(True)  # paused
    assert widget.last_point.data["x"].tolist() == [500]
    assert widget.last_point.data["y"].tolist() == [1.0]


# -- language, theme, accessibility ----------------------------------------------------------


def test_texts_follow_the_language_and_come_back(widget):
    from tests.gui.views_i18n import installed, translated

    plot = widget.plot_item
    with installed("ja"):
        assert plot.getAxis("bottom").labelText == translated("LossPlotWidget", "iteration", "ja")
        assert plot.getAxis("left").labelText == "損失"
        assert plot.legend.getLabel(widget.raw_curve).text == "損失"
        assert plot.legend.getLabel(widget.smooth_curve).text == "平滑化"
        assert widget.follow_button.text() == "追従"
        assert widget.title_label.text() == "繰り返しごとの損失関数の値"
    assert plot.getAxis("bottom").labelText == "iteration"
    assert plot.legend.getLabel(widget.smooth_curve).text == "smoothed"
    assert widget.follow_button.text() == "Follow"


def test_overlay_names_are_kept_through_a_language_change(widget):
    from tests.gui.views_i18n import installed

    widget.set_overlays([("run 3", np.ones(20))])
    with installed("ko"):
        assert widget.plot_item.legend.getLabel(widget.overlay_curves[0]).text == "run 3"


def test_colours_follow_the_theme(widget):
    from gui.appearance import DARK, LIGHT, appearance
    from tests.gui.views_i18n import theme

    with theme("dark"):
        assert widget.raw_curve.opts["pen"].color().name() == DARK.loss.lower()
        assert widget.smooth_curve.opts["pen"].color().name() == DARK.smoothed.lower()
        assert widget.plot_widget.backgroundBrush().color().name() == DARK.background
        assert widget.plot_item.getAxis("left").textPen().color().name() == DARK.foreground
        appearance().set_scale(2.0)
        assert widget.smooth_curve.opts["pen"].widthF() == 4.0
    assert widget.smooth_curve.opts["pen"].color().name() == LIGHT.smoothed.lower()
    assert widget.smooth_curve.opts["pen"].widthF() == 2.0


def test_every_button_has_a_tooltip_and_an_accessible_name(widget):
    buttons = (widget.follow_button, widget.whole_run_button, widget.fit_button)
    for control in (*buttons, widget.plot_widget):
        assert control.toolTip(), control.objectName()
        assert control.accessibleName(), control.objectName()
