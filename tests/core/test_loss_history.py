"""The one copy of a run's losses: smoothing, and views at the resolution of the screen."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.loss_history import BLOCK_FACTOR, SMOOTHING_WEIGHT, LossHistory, smooth


def direct_smoothing(values: np.ndarray) -> np.ndarray:
    ema, count, out, last = 0.0, 0, [], math.nan
    for value in values:
        if math.isfinite(value):
            ema = SMOOTHING_WEIGHT * ema + (1 - SMOOTHING_WEIGHT) * value
            count += 1
            last = ema / (1 - SMOOTHING_WEIGHT**count)
        out.append(last)
    return np.array(out)


def test_chunks_make_the_same_history_as_one_append():
    rng = np.random.default_rng(0)
    losses = rng.random(5000) * 3
    whole = LossHistory.of(losses)
    pieces = LossHistory()
    at = 0
    for size in rng.integers(1, 300, 100):
        pieces.append(at, losses[at : at + size])
        at = min(at + size, len(losses))
    assert len(pieces) == len(whole) == 5000
    assert pieces.losses.tobytes() == losses.tobytes()
    np.testing.assert_array_equal(pieces.smoothed, whole.smoothed)
    for level in range(len(whole._mins)):
        n = whole._blocks[level]
        np.testing.assert_array_equal(pieces._mins[level][:n], whole._mins[level][:n])
        np.testing.assert_array_equal(pieces._maxs[level][:n], whole._maxs[level][:n])


def test_smoothing_is_the_debiased_average_and_skips_non_finite_losses():
    values = np.array([np.nan, 2.0, 1.0, np.inf, 3.0, np.nan, 0.5])
    history = LossHistory.of(values)
    np.testing.assert_allclose(history.smoothed, direct_smoothing(values), rtol=1e-6)
    assert math.isnan(history.smoothed[0])  # nothing to average yet
    assert history.smoothed[1] == pytest.approx(2.0)  # debiased: the first loss itself
    np.testing.assert_array_equal(history.losses, values)  # kept exactly as given
    np.testing.assert_allclose(smooth(values), history.smoothed)


def test_appends_must_follow_on():
    history = LossHistory.of(np.ones(10), start=5)
    assert history.start == 5
    assert history.end == 15
    with pytest.raises(ValueError, match="does not follow"):
        history.append(20, np.ones(3))
    with pytest.raises(ValueError, match="1-D"):
        history.append(15, np.ones((2, 2)))
    history.append(15, np.zeros(0))
    assert len(history) == 10


def test_a_short_range_is_drawn_point_for_point():
    losses = np.linspace(2.3, 0.3, 1250)
    view = LossHistory.of(losses).curve(0, 1250, max_points=4000)
    assert view.block == 1
    np.testing.assert_array_equal(view.x, np.arange(1250))
    np.testing.assert_array_equal(view.y, losses)


@pytest.mark.parametrize("n", [10_000, 123_457, 1_000_000])
def test_a_long_range_is_decimated_to_the_screen_keeping_every_spike(n):
    rng = np.random.default_rng(n)
    losses = rng.random(n)
    spike_at = n // 3
    losses[spike_at] = 50.0
    history = LossHistory()
    for at in range(0, n, 7919):
        history.append(at, losses[at : at + 7919])
    view = history.curve(0, n, max_points=3000)
    assert view.block > 1
    assert len(view.x) <= 3000
    assert view.y.max() == 50.0  # a min/max envelope never drops a spike
    assert np.all(np.diff(view.x) >= 0)
    assert view.x[0] == 0
    assert view.x[-1] > n - 2 * view.block
    # each block's pair is that block's exact minimum and maximum
    block = view.block
    for j in (0, len(view.x) // 4, len(view.x) // 2 - 1):
        first = int(view.x[2 * j])
        chunk = losses[first : first + block].astype(np.float32)
        pair = view.y[2 * j : 2 * j + 2].astype(np.float32)  # the pyramid keeps float32
        assert tuple(pair) == (chunk.min(), chunk.max())


def test_the_growing_last_block_is_drawn_too():
    history = LossHistory.of(np.ones(BLOCK_FACTOR**4 + 3))
    history.append(history.end, np.array([9.0]))
    view = history.curve(0, history.end, max_points=100)
    assert view.block > 1
    assert view.y[-1] == 9.0


def test_non_finite_losses_are_gaps_in_the_view():
    losses = np.ones(100)
    losses[10] = np.inf
    losses[20] = np.nan
    view = LossHistory.of(losses).curve(0, 100, max_points=1000)
    assert np.isnan(view.y[[10, 20]]).all()
    assert np.isfinite(np.delete(view.y, [10, 20])).all()
    assert np.isfinite(view.smooth_y).all()


def test_a_zoomed_range_is_drawn_at_its_own_resolution():
    losses = np.arange(100_000, dtype=float)
    history = LossHistory.of(losses)
    view = history.curve(50_000, 50_500, max_points=2000)
    assert view.block == 1
    assert view.x[0] == 49_999
    assert view.x[-1] == 50_501


def test_finite_max_and_last():
    history = LossHistory.of(np.array([1.0, np.inf, 3.0, 2.0]))
    assert history.finite_max() == 3.0
    assert history.finite_max(3, 4) == 2.0
    assert history.last == 2.0
    assert LossHistory().last is None
    assert LossHistory().finite_max() is None


def test_clear_forgets_everything_and_changes_the_version():
    history = LossHistory.of(np.ones(50))
    version = history.version
    history.clear()
    assert len(history) == 0
    assert history.version != version
    history.append(0, np.ones(3))
    assert len(history) == 3


def test_the_largest_finite_loss_is_kept_as_chunks_arrive():
    history = LossHistory()
    for first, chunk in ((0, [1.0, np.nan]), (2, [5.0, np.inf]), (4, [2.0])):
        history.append(first, np.array(chunk))
    assert history.finite_max() == 5.0 == history.finite_max(0, 5)
    assert history.finite_max(4, 5) == 2.0
