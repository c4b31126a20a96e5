"""WeightsHistoryBar under the weights view: scrub, follow live, play, export."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractSlider, QApplication

from core.weight_layers import next_limits
from core.weights_history import WeightsHistory
from gui.weights_history_bar import (
    MAX_PLAY_FRAMES,
    RunningLevels,
    WeightsHistoryBar,
    snapshot_label,
)
from gui.weights_widget import WeightsWidget

H = 12


def params(seed: int, scale: float = 0.01) -> dict[str, np.ndarray]:
    """A 784-H-10 network's parameters, every value drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    return {
        "W1": (rng.standard_normal((784, H)) * scale).astype(np.float32),
        "b1": np.zeros(H, np.float32),
        "W2": (rng.standard_normal((H, 10)) * scale).astype(np.float32),
        "b2": np.zeros(10, np.float32),
    }


def weights(p: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {"W1": p["W1"], "W2": p["W2"]}


def add_epochs(history: WeightsHistory, first: int, count: int) -> None:
    """Snapshots of epochs ``first .. first + count - 1`` (epoch 0 = untrained)."""
    for epoch in range(first, first + count):
        p = params(seed=epoch, scale=0.01 * (1 + epoch))
        if epoch == 0:
            history.add(-1, None, weights(p))
        else:
            history.add(600 * epoch, epoch, weights(p))


@pytest.fixture
def view(qtbot) -> WeightsWidget:
    w = WeightsWidget()
    qtbot.addWidget(w)
    w.resize(360, 600)
    w.show()
    QApplication.processEvents()
    return w


@pytest.fixture
def history() -> WeightsHistory:
    return WeightsHistory()


def test_object_names(qtbot):
    bar = WeightsHistoryBar()
    qtbot.addWidget(bar)
    assert bar.slider.objectName() == "weightsHistorySlider"
    assert bar.play_button.objectName() == "weightsHistoryPlayButton"
    assert bar.export_button.objectName() == "weightsHistoryExportButton"


def test_labels():
    history = WeightsHistory()
    add_epochs(history, 0, 4)
    first, third = history.snapshots[0], history.snapshots[3]
    assert snapshot_label(first) == "untrained"
    assert snapshot_label(third) == "epoch 3 (iteration 1,800)"
    assert snapshot_label(None) == "live"
    history.add(1999, None, weights(params(9)))  # a run opened from a file
    assert snapshot_label(history.snapshots[-1]) == "iteration 1,999"


def test_the_slider_range_follows_the_snapshots(view, history):
    bar = view.history_bar
    bar.set_history(history)
    bar.refresh()
    assert bar.isHidden()  # nothing to scrub yet
    add_epochs(history, 0, 1)
    bar.refresh()
    assert not bar.isHidden()
    assert (bar.slider.minimum(), bar.slider.maximum(), bar.slider.value()) == (0, 1, 1)
    add_epochs(history, 1, 3)
    bar.refresh()
    assert (bar.slider.maximum(), bar.slider.value()) == (4, 4)  # at the end: still live
    assert bar.at_live
    assert bar.label.text() == "live"


def test_scrubbing_shows_a_snapshot_and_the_end_follows_live(view, history):
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 3)
    live = params(seed=100, scale=0.05)
    view.set_params(live)
    bar.refresh()
    np.testing.assert_array_equal(view.weights, live["W1"])

    bar.slider.setValue(1)
    snapshot = history.snapshots[1]
    assert view.showing_snapshot
    assert bar.shown_snapshot is snapshot
    assert bar.label.text() == "epoch 1 (iteration 600)"
    np.testing.assert_array_equal(view.weights, snapshot.weights["W1"])
    np.testing.assert_array_equal(view.canvas.W1, snapshot.weights["W1"])
    np.testing.assert_array_equal(view.matrices["W2"], snapshot.weights["W2"])
    view.show_layer("W2")
    np.testing.assert_array_equal(view.heatmap.image_item.image, snapshot.weights["W2"])

    newer = params(seed=101, scale=0.05)
    view.set_params(newer)  # training goes on: only kept
    add_epochs(history, 3, 2)
    bar.refresh()
    assert bar.slider.value() == 1  # stays where the learner left it
    assert bar.slider.maximum() == 5
    np.testing.assert_array_equal(view.matrices["W2"], snapshot.weights["W2"])

    bar.slider.setValue(bar.slider.maximum())
    assert bar.at_live
    assert not view.showing_snapshot
    assert bar.label.text() == "live"
    np.testing.assert_array_equal(view.matrices["W2"], newer["W2"])
    np.testing.assert_array_equal(view.weights, newer["W1"])


def test_a_snapshot_is_coloured_with_the_levels_grown_up_to_it(view, history):
    bar = view.history_bar
    bar.set_history(history)
    for iteration, scale in ((-1, 0.01), (600, 0.3), (1200, 0.02), (1800, 0.05)):
        history.add(iteration, None, weights(params(iteration + 1, scale)))
    bar.refresh()
    bar.slider.setValue(2)
    previous, limits = {}, {}
    for snapshot in history.snapshots[:3]:
        limits = next_limits(previous, limits, snapshot.weights)
        previous = snapshot.weights
    assert view.levels_of("W1") == (-limits["W1"], limits["W1"])
    assert view.levels_of("W2") == (-limits["W2"], limits["W2"])
    own = next_limits({}, {}, history.snapshots[2].weights)
    assert limits["W1"] > 5 * own["W1"]  # the levels reached at 600, not its own
    bar.slider.setValue(0)  # scrubbing back does not keep the larger levels
    first = next_limits({}, {}, history.snapshots[0].weights)
    assert view.levels_of("W1") == (-first["W1"], first["W1"])


def test_running_levels_follow_thinning():
    history = WeightsHistory()
    add_epochs(history, 0, 6)
    levels = RunningLevels()
    before = levels.limits_at(history.snapshots, 5)
    del history.snapshots[2]  # as thinning does: another list from there on
    after = levels.limits_at(history.snapshots, 4)
    expected, previous = {}, {}
    for snapshot in history.snapshots:
        expected = next_limits(previous, expected, snapshot.weights)
        previous = snapshot.weights
    assert after == expected
    assert before.keys() == after.keys()


def test_a_thinned_snapshot_gives_way_to_the_nearest_earlier_one(view):
    nbytes = sum(W.nbytes for W in weights(params(0)).values())
    history = WeightsHistory(max_bytes=4 * nbytes)
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 4)  # 0, 1, 2, 3
    bar.refresh()
    bar.slider.setValue(3)
    assert bar.shown_snapshot.epoch == 3
    add_epochs(history, 4, 1)  # over budget: every other one goes: 0, 2, and 4 as the latest
    bar.refresh()
    epochs = [s.epoch for s in history.snapshots]
    assert epochs[:3] == [None, 2, 4]
    assert bar.shown_snapshot is history.snapshots[1]
    assert bar.slider.value() == 1
    assert bar.slider.maximum() == len(epochs)
    np.testing.assert_array_equal(view.weights, history.snapshots[1].weights["W1"])


def test_a_cleared_history_goes_back_to_live(view, history):
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 3)
    bar.refresh()
    bar.slider.setValue(1)
    assert view.showing_snapshot
    history.clear()
    view.clear()
    bar.refresh()
    assert bar.at_live
    assert not view.showing_snapshot
    assert view.weights is None
    assert bar.isHidden()


def test_live_after_a_snapshot_without_live_weights_shows_nothing(view, history):
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 2)
    bar.refresh()
    bar.slider.setValue(0)
    assert view.weights is not None
    bar.slider.setValue(2)
    assert view.weights is None
    assert view.canvas.mosaic is None


def test_play_advances_from_the_start_to_live_and_stops(view, history):
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 4)
    bar.refresh()
    bar.play_button.click()
    assert bar.is_playing
    assert bar.play_button.text() == "Pause"
    assert bar.shown_snapshot is history.snapshots[0]  # from the untrained weights
    np.testing.assert_array_equal(view.weights, history.snapshots[0].weights["W1"])
    seen = [bar.slider.value()]
    while bar.is_playing:
        bar.advance()  # what the timer calls
        seen.append(bar.slider.value())
    assert seen == [0, 1, 2, 3, 4]
    assert bar.at_live
    assert bar.play_button.text() == "Play"
    assert not bar.play_button.isChecked()


def test_play_goes_on_from_the_snapshot_shown(view, history):
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 5)
    bar.refresh()
    bar.slider.setValue(2)
    bar.play()
    assert bar.slider.value() == 2
    bar.advance()
    assert bar.shown_snapshot is history.snapshots[3]
    np.testing.assert_array_equal(view.weights, history.snapshots[3].weights["W1"])
    bar.pause()
    assert not bar.is_playing
    assert bar.shown_snapshot is history.snapshots[3]  # pausing stays there


def test_the_learner_taking_the_slider_stops_play(view, history):
    bar = view.history_bar
    bar.set_history(history)
    add_epochs(history, 0, 5)
    bar.refresh()
    bar.play()
    bar.advance()
    bar.slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    assert not bar.is_playing
    assert bar.slider.value() == 2
    assert bar.shown_snapshot is history.snapshots[2]


def test_a_long_history_plays_in_bounded_frames(qtbot):
    history = WeightsHistory()
    small = {"W1": np.zeros((784, 1), np.float32)}
    for k in range(3 * MAX_PLAY_FRAMES):
        history.add(k - 1, k or None, {"W1": small["W1"] + k})
    bar = WeightsHistoryBar()
    qtbot.addWidget(bar)
    bar.set_history(history)
    bar.play()
    frames = 1
    while bar.is_playing:
        bar.advance()
        frames += 1
    assert frames <= MAX_PLAY_FRAMES + 1
    assert bar.at_live


def test_export_button_emits(qtbot, history):
    bar = WeightsHistoryBar()
    qtbot.addWidget(bar)
    bar.set_history(history)
    add_epochs(history, 0, 2)
    bar.refresh()
    with qtbot.waitSignal(bar.export_requested, timeout=1000):
        bar.export_button.click()
    snapshots = bar.snapshots()
    assert snapshots == history.snapshots
    assert snapshots is not history.snapshots  # a copy to hand to a thread


# -- language and accessibility -------------------------------------------------------------


def test_labels_follow_the_language_but_the_animation_keeps_english(qtbot):
    from tests.gui.views_i18n import installed, translated

    history = WeightsHistory()
    add_epochs(history, 0, 4)
    third = history.snapshots[3]
    with installed("ja"):
        epoch = translated("WeightsHistoryBar", "epoch {epoch} (iteration {iteration})", "ja")
        assert snapshot_label(third) == epoch.format(epoch=3, iteration="1,800")
        assert snapshot_label(third).startswith("エポック 3")
        assert snapshot_label(None) == "最新"
        assert snapshot_label(third, translate=False) == "epoch 3 (iteration 1,800)"
    with installed("ko"):
        assert snapshot_label(history.snapshots[0]) == "학습 전"


def test_the_bar_follows_the_language_where_it_stands(view, history):
    from tests.gui.views_i18n import installed, translated

    bar = view.history_bar
    add_epochs(history, 0, 4)
    bar.set_history(history)
    bar.slider.setValue(2)
    assert bar.label.text() == "epoch 2 (iteration 1,200)"
    assert bar.label.toolTip() == "snapshot 3 of 4"
    with installed("zh_CN"):
        epoch = translated("WeightsHistoryBar", "epoch {epoch} (iteration {iteration})", "zh_CN")
        assert bar.label.text() == epoch.format(epoch=2, iteration="1,200")
        assert "第 1,200 次更新" in bar.label.text()
        assert bar.label.toolTip() == "快照 3 / 4"
        assert bar.play_button.text() == "播放"
        bar.play()
        assert bar.play_button.text() == "暂停"
        bar.pause()
    assert bar.play_button.text() == "Play"
    assert bar.label.text() == "epoch 2 (iteration 1,200)"


def test_every_control_has_a_tooltip_and_an_accessible_name(qtbot):
    bar = WeightsHistoryBar()
    qtbot.addWidget(bar)
    for control in (bar.play_button, bar.slider, bar.export_button):
        assert control.toolTip(), control.objectName()
        assert control.accessibleName(), control.objectName()
