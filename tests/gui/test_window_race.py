"""A race in the window: contestants on the same minibatches, driven as one run."""

from __future__ import annotations

import numpy as np

from core.config import TrainConfig
from core.data import load_mnist
from core.events import IterationEvent
from core.race import difference_labels
from core.run_store import list_runs
from core.trainer import Trainer
from gui.controls_widget import RunState
from gui.main_window import MainWindow

SGD = TrainConfig(hidden_sizes=(20,), iters_num=300, learning_rate=0.1)
ADAM = TrainConfig(
    hidden_sizes=(20, 20),
    activation="relu",
    weight_init_std="he",
    optimizer="adam",
    learning_rate=0.001,
    iters_num=300,
)


def settle(qtbot, window: MainWindow, state: RunState, timeout: int = 90_000) -> None:
    qtbot.waitUntil(
        lambda: window.state is state and not window.is_training_thread_running(), timeout=timeout
    )


def add(window: MainWindow, config: TrainConfig) -> None:
    window.controls.set_config(config)
    window.findChild(type(window.race_setup.add_button), "addToRaceButton").click()


def test_a_race_trains_every_contestant_on_the_same_minibatches(qtbot, window):
    add(window, SGD)
    add(window, ADAM)
    assert window.race_setup.labels() == difference_labels([SGD, ADAM])
    assert window.race_setup.labels()[1].startswith("Adam lr 0.001")
    window.race_setup.start_button.click()
    assert window.central_stack.currentWidget() is window.race_view
    settle(qtbot, window, RunState.FINISHED)

    sessions = window.race.sessions
    assert [s.iterations_done for s in sessions] == [300, 300]
    configs = [s.config for s in sessions]
    assert configs[0].batch_seed == configs[1].batch_seed == 0
    data = load_mnist(normalize=False)
    for session in sessions:  # each contestant is the run its settings make on their own
        alone = [
            e.loss for e in Trainer(session.config, data).run() if isinstance(e, IterationEvent)
        ]
        # Same batches and weights; OpenBLAS may round a float32 product 1 ulp differently
        # in another process (its kernels depend on how the arrays are aligned).
        np.testing.assert_allclose(session.history.losses, alone, rtol=1e-6)
    window.race_view.refresh()
    _, y = window.race_view.plotted(1)
    np.testing.assert_array_equal(y, sessions[1].history.losses)

    qtbot.waitUntil(lambda: not any(c.saver.busy for c in window.race.controllers), timeout=30_000)
    runs = [run for run in list_runs(window.runs_root) if run.group is not None]
    assert sorted(run.group.index for run in runs) == [0, 1]
    assert len({run.group.id for run in runs}) == 1


def test_pause_step_stop_continue_and_reset_act_on_the_whole_race(qtbot, window):
    add(window, TrainConfig(hidden_sizes=(10,), iters_num=1_000_000))
    add(window, TrainConfig(hidden_sizes=(10,), iters_num=1_000_000, learning_rate=0.5))
    window.start_race()
    qtbot.waitUntil(lambda: all(len(s.history) >= 20 for s in window.race.sessions), timeout=60_000)
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED, timeout=30_000)
    qtbot.waitUntil(
        lambda: all(s.paused_at is not None for s in window.race.sessions), timeout=30_000
    )
    before = [s.paused_at for s in window.race.sessions]
    window.step()
    qtbot.waitUntil(
        lambda: [s.paused_at for s in window.race.sessions] == [b + 1 for b in before],
        timeout=30_000,
    )
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    done = [s.iterations_done for s in window.race.sessions]
    window.start()  # Continue
    qtbot.waitUntil(
        lambda: all(
            s.iterations_done >= d + 20 for s, d in zip(window.race.sessions, done, strict=True)
        ),
        timeout=60_000,
    )
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    window.reset()
    assert window.state is RunState.IDLE
    assert not window.race.active
    assert window.central_stack.currentWidget() is window.plots


def test_a_saved_race_is_selected_and_overlaid_from_the_runs_panel(qtbot, window):
    add(window, TrainConfig(hidden_sizes=(10,), iters_num=50))
    add(window, TrainConfig(hidden_sizes=(10,), iters_num=50, learning_rate=0.5))
    window.start_race()
    settle(qtbot, window, RunState.FINISHED)
    qtbot.waitUntil(lambda: not any(c.saver.busy for c in window.race.controllers), timeout=30_000)
    labels = [c.label for c in window.race.contestants]
    colors = [c.color for c in window.race.contestants]
    window.reset()

    runs = window.runs
    runs.refresh()
    first = next(item for item in runs._items() if "lr 0.1" in item.text(0))
    first.setSelected(True)
    assert runs.race_button.isEnabled()
    with qtbot.waitSignal(runs.overlay_changed, timeout=10_000):
        runs.select_race()
    assert len(runs.selected_runs()) == 2
    qtbot.waitUntil(lambda: len(window.loss_plot.overlay_curves) == 2, timeout=10_000)
    names = sorted(curve.name() for curve in window.loss_plot.overlay_curves)
    assert names == sorted(labels)
    pens = {
        curve.name(): curve.opts["pen"].color().name() for curve in window.loss_plot.overlay_curves
    }
    assert pens == {label: color.lower() for label, color in zip(labels, colors, strict=True)}
