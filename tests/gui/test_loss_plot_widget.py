"""LossPlotWidget: buffers, debiased smoothing, non-finite losses, refresh, markers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from gui.loss_plot_widget import SMOOTHING_WEIGHT, TAIL_BLOCK, LossPlotWidget


@pytest.fixture
def widget(qtbot) -> LossPlotWidget:
    w = LossPlotWidget()
    qtbot.addWidget(w)
    return w


def direct_ema(values: np.ndarray, w: float = SMOOTHING_WEIGHT) -> np.ndarray:
    """Debiased EMA written out as weighted sums: sum w^(k-j) (1-w) v_j / (1 - w^(k+1))."""
    out = []
    for k in range(len(values)):
        weights = (1 - w) * w ** np.arange(k, -1, -1, dtype=np.float64)
        out.append(np.dot(weights, values[: k + 1]) / (1 - w ** (k + 1)))
    return np.array(out)


def test_white_plot_named_loss_plot(widget):
    assert widget.objectName() == "lossPlot"
    assert widget.backgroundBrush().color().name() == "#ffffff"
    plot = widget.getPlotItem()
    assert plot.getAxis("bottom").labelText == "iteration"
    assert plot.getAxis("left").labelText == "loss"


def test_chunks_fill_buffers_in_order_across_growth(widget):
    rng = np.random.default_rng(0)
    chunks = [rng.uniform(0.1, 2.5, 37) for _ in range(5_000)]
    for n, chunk in enumerate(chunks):
        widget.append(n * 37, chunk)
    expected = np.concatenate(chunks)
    np.testing.assert_array_equal(widget.losses, expected)
    np.testing.assert_array_equal(widget.iterations, np.arange(expected.size))
    assert widget.losses.dtype == np.float64
    assert widget.iterations.dtype.kind == "i"
    assert widget.smoothed.shape == expected.shape


def test_refresh_pushes_every_point(widget):
    # getOriginalDataset() is the full data given to setData; getData() would be the
    # downsampled / clipped subset actually drawn.
    losses = np.linspace(2.3, 0.2, 3_000)
    widget.append(0, losses[:1_000])
    widget.append(1_000, losses[1_000:])
    widget.refresh()
    x, y = widget.plotted()
    np.testing.assert_array_equal(x, np.arange(3_000))
    np.testing.assert_array_equal(y, losses)
    x, y = widget.plotted(smoothed=True)
    np.testing.assert_array_equal(x, np.arange(3_000))
    np.testing.assert_array_equal(y, widget.smoothed)


def test_a_long_run_is_drawn_whole_while_only_its_tail_is_redrawn(widget):
    losses = np.random.default_rng(0).random(25_000)
    for start in range(0, 25_000, 100):
        widget.append(start, losses[start : start + 100])
        widget.refresh()
        tail_x, _ = widget.raw_curve.getOriginalDataset()
        assert len(tail_x) <= 2 * TAIL_BLOCK + 1  # the per-refresh work stays bounded
    x, y = widget.plotted()
    np.testing.assert_array_equal(x, np.arange(25_000))
    np.testing.assert_array_equal(y, losses)
    x, y = widget.plotted(smoothed=True)
    np.testing.assert_array_equal(y, widget.smoothed)


def test_nothing_is_drawn_before_refresh(widget):
    widget.append(0, np.array([1.0, 2.0]))
    assert widget.raw_curve.getOriginalDataset() == (None, None)


def test_refresh_is_a_no_op_when_nothing_changed(widget, monkeypatch):
    calls = []
    for curve in (widget.raw_curve, widget.smooth_curve):
        original = curve.setData

        def counting(*args, _original=original, _curve=curve, **kwargs):
            calls.append(_curve)
            _original(*args, **kwargs)

        monkeypatch.setattr(curve, "setData", counting)
    widget.append(0, np.ones(50))
    widget.refresh()
    assert len(calls) == 2
    widget.refresh()
    widget.refresh()
    assert len(calls) == 2
    widget.append(50, np.ones(50))
    widget.append(100, np.empty(0))
    widget.refresh()
    assert len(calls) == 4


def test_display_options_keep_a_million_points_cheap(widget):
    widget.append(0, np.ones(10))
    widget.refresh()
    assert widget.raw_curve.opts["downsampleMethod"] == "peak"  # keeps every spike
    for curve in (widget.raw_curve, widget.smooth_curve):
        assert curve.opts["autoDownsample"] is True
        assert curve.opts["clipToView"] is True
        assert curve.opts["autoDownsampleFactor"] <= 1.5  # pyqtgraph's default is 5
        assert curve.opts["skipFiniteCheck"] is True
    # The smoothed curve has no peaks to keep: it is drawn with fewer points.
    assert (
        widget.smooth_curve.opts["autoDownsampleFactor"]
        < widget.raw_curve.opts["autoDownsampleFactor"]
    )


def test_smoothing_matches_direct_computation_across_chunks(widget):
    values = np.array([2.3, 2.1, 2.2, 1.9, 1.7, 1.8, 1.5, 1.4, 1.6, 1.2])
    widget.append(0, values[:3])
    widget.append(3, values[3:7])
    widget.append(7, values[7:])
    np.testing.assert_allclose(widget.smoothed, direct_ema(values), rtol=1e-12)


def test_debiasing_starts_at_the_first_loss(widget):
    widget.append(0, np.array([2.302585, 0.5]))
    assert widget.smoothed[0] == pytest.approx(2.302585, rel=1e-12)
    # Without debiasing it would be 0.02 * 2.3; with it, still near the first loss.
    assert widget.smoothed[1] == pytest.approx(
        (0.98 * 0.02 * 2.302585 + 0.02 * 0.5) / (1 - 0.98**2)
    )


def test_non_finite_losses_keep_plot_and_smoothing_finite(widget):
    values = np.array([2.3, 2.0, np.nan, 1.8, np.inf, -np.inf, 1.5, 1.4])
    widget.append(0, values)
    widget.refresh()
    np.testing.assert_array_equal(widget.losses, values)  # kept exactly as given
    smoothed = widget.smoothed
    assert np.isfinite(smoothed).all()
    finite = np.isfinite(values)
    # Non-finite steps are skipped: they repeat the last value and do not decay it.
    np.testing.assert_allclose(smoothed[finite], direct_ema(values[finite]), rtol=1e-12)
    assert smoothed[2] == smoothed[1]
    assert smoothed[4] == smoothed[5] == smoothed[3]

    _, y = widget.raw_curve.getOriginalDataset()
    assert np.isnan(y[~finite]).all()  # inf becomes a gap, like NaN
    np.testing.assert_array_equal(y[finite], values[finite])
    assert widget.raw_curve.opts["connect"] == "finite"
    assert widget.raw_curve.opts["skipFiniteCheck"] is False

    view = widget.getViewBox()
    view.updateAutoRange()
    y_min, y_max = view.viewRange()[1]
    assert math.isfinite(y_min) and math.isfinite(y_max)
    assert y_min <= 1.4 and y_max >= 2.3 and y_max < 10


def test_leading_nan_stays_a_gap_until_the_first_finite_loss(widget):
    widget.append(0, np.array([np.nan, np.nan, 1.7, 1.6]))
    smoothed = widget.smoothed
    assert np.isnan(smoothed[:2]).all()
    assert smoothed[2] == pytest.approx(1.7, rel=1e-12)
    widget.refresh()
    assert widget.smooth_curve.opts["connect"] == "finite"


def test_append_rejects_bad_chunks(widget):
    widget.append(0, np.ones(5))
    with pytest.raises(ValueError, match="does not follow"):
        widget.append(4, np.ones(5))
    with pytest.raises(ValueError, match="1-D"):
        widget.append(5, np.ones((2, 3)))
    assert widget.losses.size == 5


def test_epoch_markers_are_added_on_refresh(widget):
    for epoch in range(3):
        widget.add_epoch_marker(600 * epoch)
    assert [line.value() for line in widget.epoch_lines] == [0, 600, 1200]
    items = widget.getPlotItem().items
    assert not any(line in items for line in widget.epoch_lines)
    widget.refresh()
    items = widget.getPlotItem().items
    assert all(line in items for line in widget.epoch_lines)
    assert all(line.angle == 90 and not line.movable for line in widget.epoch_lines)


def test_clear_empties_everything(widget):
    widget.append(0, np.array([2.0, 1.0, 0.5]))
    widget.add_epoch_marker(0)
    widget.refresh()
    widget.add_epoch_marker(600)  # still pending at clear()
    lines = list(widget.epoch_lines)
    widget.clear()
    assert widget.losses.size == widget.smoothed.size == widget.iterations.size == 0
    assert widget.epoch_lines == []
    assert not any(line in widget.getPlotItem().items for line in lines)
    for smoothed in (False, True):
        x, y = widget.plotted(smoothed)
        assert len(x) == len(y) == 0
    widget.refresh()
    assert not any(line in widget.getPlotItem().items for line in lines)
    # A new run starts from scratch: iteration 0 again, smoothing not biased by the old one.
    widget.append(0, np.array([0.3]))
    assert widget.smoothed[0] == pytest.approx(0.3, rel=1e-12)
