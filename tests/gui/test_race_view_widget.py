"""The race view: every contestant's curves, the table, selection and cheap refreshes."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from core.config import TrainConfig
from core.events import EpochEvent
from core.loss_history import LossHistory
from core.messages import LossChunk
from core.race import RACE_COLORS, make_race
from core.session import TrainingSession
from core.util import smooth_curve
from gui.race_plots import MEANS_BLOCK, BlockMeans
from gui.race_view_widget import RaceViewWidget

BASE = TrainConfig(hidden_sizes=(20, 20), activation="relu", weight_init_std="he", iters_num=500)
OPTIMIZERS = [("sgd", 0.01), ("momentum", 0.01), ("adagrad", 0.01), ("adam", 0.001)]


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def race(count: int = 4):
    configs = [dataclasses.replace(BASE, optimizer=o, learning_rate=lr) for o, lr in OPTIMIZERS]
    return make_race(configs[:count], batch_seed=7)


def losses_for(index: int, n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed + index)
    return 2.3 * np.exp(-np.arange(n) / (30.0 + 20 * index)) + 0.1 * rng.random(n)


def started(contestants, clock=None) -> list[TrainingSession]:
    sessions = []
    for contestant in contestants:
        session = TrainingSession(now=clock) if clock is not None else TrainingSession()
        session.start(contestant.config)
        sessions.append(session)
    return sessions


@pytest.fixture
def view(qtbot):
    widget = RaceViewWidget()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def fed(view):
    """A race of 4 with 150 losses each (contestant i has 100 + 10 i) and a few epochs."""
    contestants = race()
    sessions = started(contestants)
    for i, session in enumerate(sessions):
        session.apply(LossChunk(0, losses_for(i, 100 + 10 * i)))
        for epoch in range(i + 2):
            session.apply(
                EpochEvent(epoch, epoch * 50, 0.5 + 0.1 * epoch, 0.4 + 0.1 * epoch + i / 100)
            )
    view.set_race(contestants, sessions)
    view.refresh()
    return contestants, sessions


def test_each_contestant_draws_its_raw_losses_and_the_books_smoothing_of_them(view, fed):
    contestants, _ = fed
    for i in range(len(contestants)):
        raw = losses_for(i, 100 + 10 * i)
        x, y = view.plotted(i)
        np.testing.assert_array_equal(x, np.arange(len(raw)))
        np.testing.assert_allclose(y, raw)
        sx, sy = view.plotted(i, smoothed=True)
        np.testing.assert_array_equal(sx, np.arange(len(raw)))
        np.testing.assert_allclose(sy, smooth_curve(raw))
    items = view.loss_plot.plot_item.legend.items
    assert [label.text for _, label in items] == [c.label for c in contestants]
    assert [c.label for c in contestants] == [
        "SGD lr 0.01",
        "Momentum lr 0.01",
        "AdaGrad lr 0.01",
        "Adam lr 0.001",
    ]
    smooth_pen = view.loss_plot.lines[2].smooth.opts["pen"]
    assert smooth_pen.color().name().lower() == RACE_COLORS[2].lower()


def test_x_follows_the_longest_run_and_y_starts_at_zero(view, fed):
    (x0, x1), (y0, y1) = view.loss_plot.plot_item.viewRange()
    assert x0 <= 0
    assert x1 >= 130
    assert y0 == pytest.approx(0.0)
    assert y1 >= 2.3


def test_a_long_run_is_decimated_and_the_drawn_block_means_are_smoothed(view, qtbot):
    contestants = race(2)
    sessions = started(contestants)
    n = 300_000
    long = losses_for(0, n)
    long[12_345] = np.nan  # a gap: its block's mean is of the finite losses
    sessions[0].apply(LossChunk(0, long[:100_003]))
    sessions[0].apply(LossChunk(100_003, long[100_003:]))
    sessions[1].apply(LossChunk(0, losses_for(1, 1000)))
    view.set_race(contestants, sessions)
    view.refresh()
    width = view.loss_plot.plot_item.getViewBox().width()
    x, _ = view.plotted(0)
    assert 0 < len(x) <= 2 * width + 4
    sx, sy = view.plotted(0, smoothed=True)
    block = round(sx[1] - sx[0])
    assert block > 1
    assert block % 4 == 0
    starts = np.arange(0, n, block)
    means = np.array([np.nanmean(long[s : s + block]) for s in starts])
    centres = np.array([(s + min(s + block, n) - 1) / 2 for s in starts])
    np.testing.assert_allclose(sx, centres)
    np.testing.assert_allclose(sy, smooth_curve(means), rtol=1e-9)


@pytest.mark.parametrize("block", [16, MEANS_BLOCK, 4 * MEANS_BLOCK])
def test_block_means_read_new_losses_only_and_match_the_losses(block):
    history = LossHistory()
    losses = losses_for(3, 5000)
    losses[[10, 700, 701, 4990]] = [np.nan, np.inf, np.nan, -np.inf]
    means = BlockMeans(history)
    for first, stop in [(0, 37), (37, 1000), (1000, 4321), (4321, 5000)]:
        history.append(first, losses[first:stop])
        x, y = means.means(0, stop, block)
        finite = np.where(np.isfinite(losses[:stop]), losses[:stop], np.nan)
        expected = [np.nanmean(finite[s : s + block]) for s in range(0, stop, block)]
        np.testing.assert_allclose(y, expected)
        assert x[0] == pytest.approx((min(block, stop) - 1) / 2)
    history.clear()  # a new run in the same history: the sums start over
    history.append(0, np.ones(200))
    np.testing.assert_allclose(means.means(0, 200, MEANS_BLOCK)[1], np.ones(4))


def test_accuracy_curves_per_contestant(view, fed):
    _, sessions = fed
    for i, session in enumerate(sessions):
        epochs, train, test = view.accuracy_plotted(i)
        np.testing.assert_array_equal(epochs, np.arange(i + 2))
        np.testing.assert_allclose(train, [e.train_acc for e in session.epochs])
        np.testing.assert_allclose(test, [e.test_acc for e in session.epochs])
    train, test = view.accuracy_plot.curves[1]
    assert train.opts["symbol"] == "o"
    assert test.opts["symbol"] == "s"
    assert test.opts["pen"].style() != train.opts["pen"].style()
    assert test.opts["pen"].color().name().lower() == RACE_COLORS[1].lower()
    labels = [label.text for _, label in view.accuracy_plot.getPlotItem().legend.items]
    assert labels == [*(c.label for c in fed[0]), "train acc", "test acc"]


def test_table_rows_show_what_differs_highlighted_and_each_runs_numbers(view, fed):
    _contestants, sessions = fed
    table = view.findChild(type(view.table), "raceTable")
    assert table is view.table
    assert table.rowCount() == 4
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Contestant", "Optimizer", "lr", "Loss", "Best test acc", "Iterations",
                       "it/s", "Status"]  # fmt: skip
    row = view.table_row(3)
    raw = losses_for(3, 130)
    assert row["label"] == "Adam lr 0.001"
    assert row["color"] == RACE_COLORS[3]
    assert row["settings"] == {"optimizer": "Adam", "learning_rate": "0.001"}
    assert row["highlighted"] == ["optimizer", "learning_rate"]
    assert row["loss"] == f"{smooth_curve(raw)[-1]:.4f}"
    assert row["best_test_acc"] == f"{max(e.test_acc for e in sessions[3].epochs):.4f}"
    assert row["iterations"] == "130 / 500"
    assert row["status"] == "running"
    assert "784-20-20-10, ReLU, He, Adam lr 0.001" in row["tooltip"]
    assert not table.item(3, 0).font().bold()  # the label and the numbers are not highlighted
    assert not table.item(3, 3).font().bold()
    sessions[3].pause()
    view.refresh()
    assert view.table_row(3)["status"] == "paused"


def test_iterations_per_second_come_from_each_sessions_clock(view):
    clock = FakeClock()
    contestants = race(2)
    sessions = started(contestants, clock)
    view.set_race(contestants, sessions)
    for first in (0, 100, 200):
        for i, session in enumerate(sessions):
            session.apply(LossChunk(first * (i + 1), np.ones(100 * (i + 1))))
        clock.t += 0.5
    view.refresh()
    assert view.table_row(0)["rate"] == "200"
    assert view.table_row(1)["rate"] == "400"


def test_selecting_a_row_names_the_contestant(view, fed, qtbot):
    assert view.selected_index() == -1
    with qtbot.waitSignal(view.contestant_selected) as blocker:
        view.table.selectRow(2)
    assert blocker.args == [2]
    assert view.selected_index() == 2
    with qtbot.waitSignal(view.contestant_selected) as blocker:
        view.select(0)
    assert blocker.args == [0]


def count_set_data(monkeypatch, items) -> dict[int, int]:
    calls = {id(item): 0 for item in items}
    for item in items:
        original = item.setData

        def counting(*args, _item=item, _original=original, **kwargs):
            calls[id(_item)] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(item, "setData", counting)
    return calls


def test_refresh_redraws_only_the_contestants_that_changed(view, fed, monkeypatch):
    _, sessions = fed
    lines = view.loss_plot.lines
    accuracy = view.accuracy_plot.curves
    items = [c for line in lines for c in (line.raw, line.smooth)]
    items += [c for pair in accuracy for c in pair]
    calls = count_set_data(monkeypatch, items)
    view.refresh()
    assert sum(calls.values()) == 0
    sessions[1].apply(LossChunk(110, np.full(5, 0.3)))  # still behind the longest run
    sessions[2].apply(EpochEvent(4, 200, 0.9, 0.85))
    view.refresh()
    changed = {lines[1].raw, lines[1].smooth, *accuracy[2]}
    assert {id(item) for item in changed} == {key for key, n in calls.items() if n}
    assert all(n == 1 for n in calls.values() if n)
    assert view.plotted(1)[1][-1] == pytest.approx(0.3)


def test_hiding_raw_keeps_the_smoothed_curves(view, fed):
    view.loss_plot.raw_check.setChecked(False)
    assert not any(line.raw.isVisible() for line in view.loss_plot.lines)
    assert all(line.smooth.isVisible() for line in view.loss_plot.lines)
    _, sessions = fed
    sessions[0].apply(LossChunk(100, np.full(3, 0.2)))
    view.refresh()
    assert len(view.plotted(0)[0]) == 100  # the hidden raw curve is not redrawn
    assert len(view.plotted(0, smoothed=True)[0]) == 103
    view.loss_plot.raw_check.setChecked(True)
    assert len(view.plotted(0)[0]) == 103


def test_clear_forgets_the_race(view, fed):
    view.clear()
    view.refresh()
    assert view.sessions == []
    assert view.contestants == []
    assert view.table.rowCount() == 0
    assert view.loss_plot.lines == []
    assert view.accuracy_plot.curves == []
    assert view.loss_plot.plot_item.legend.items == []
    assert view.accuracy_plot.getPlotItem().legend.items == []
    contestants, sessions = race(2), started(race(2))
    view.set_race(contestants, sessions)
    assert view.table.rowCount() == 2
    assert len(view.loss_plot.plot_item.listDataItems()) == 4


def test_a_race_has_two_to_six_contestants_with_one_session_each(view):
    contestants = race()
    with pytest.raises(ValueError, match="2 to 6 contestants, got 1"):
        view.set_race(contestants[:1], started(contestants[:1]))
    with pytest.raises(ValueError, match="4 contestants but 3 sessions"):
        view.set_race(contestants, started(contestants[:3]))
    assert view.objectName() == "raceView"
    assert view.findChild(type(view.loss_plot), "raceLossPlot") is view.loss_plot
    assert view.findChild(type(view.accuracy_plot), "raceAccuracyPlot") is view.accuracy_plot
