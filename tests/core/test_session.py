"""The model of a run, driven with the messages a training process would send (no Qt, no child)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.config import TrainConfig
from core.events import DivergedEvent, EpochEvent, TrainerState, WeightsEvent
from core.messages import (
    Checkpoint,
    Done,
    Failed,
    LossChunk,
    Pause,
    Paused,
    Resume,
    SetLearningRate,
    Step,
    Stop,
)
from core.session import (
    Cleared,
    EpochAdded,
    LossesAdded,
    Phase,
    PhaseChanged,
    RunDiverged,
    RunEnded,
    TrainingFailed,
    TrainingSession,
    TrainRequest,
)

CONFIG = TrainConfig(hidden_sizes=(3,), iters_num=100)


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def params(value: float = 0.5) -> dict[str, np.ndarray]:
    return {
        "W1": np.full((784, 3), value, np.float32),
        "b1": np.zeros(3, np.float32),
        "W2": np.full((3, 10), value, np.float32),
        "b2": np.zeros(10, np.float32),
    }


def checkpoint(done: int, lr: float = 0.1) -> Checkpoint:
    return Checkpoint(params(done / 100), done, {"state": done}, lr)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(clock):
    return TrainingSession(now=clock)


@pytest.fixture
def heard(session):
    events = []
    session.subscribe(events.append)
    return events


def feed_losses(session: TrainingSession, first: int, count: int) -> None:
    session.apply(LossChunk(first, np.linspace(2.3, 2.0, count)))


def test_start_asks_for_a_fresh_run_and_records_what_arrives(session, heard):
    request = session.start(CONFIG)
    assert request == TrainRequest(CONFIG, None, ())
    assert session.phase is Phase.RUNNING
    assert heard == [PhaseChanged(Phase.RUNNING)]
    session.apply(WeightsEvent(-1, params()))
    assert session.params_iteration == -1
    assert not session.trained
    feed_losses(session, 0, 30)
    feed_losses(session, 30, 20)
    session.apply(EpochEvent(0, 0, 0.1, 0.12))
    assert session.iterations_done == 50
    assert len(session.history) == 50
    assert LossesAdded(30, 20) in heard
    assert EpochAdded(EpochEvent(0, 0, 0.1, 0.12)) in heard
    assert session.trained
    assert session.last_loss == pytest.approx(2.0)
    assert session.start(CONFIG) is None  # already running


def test_pause_resume_and_the_exact_state_while_paused(session):
    session.start(CONFIG)
    feed_losses(session, 0, 10)
    assert not session.can_save  # running: the weights move
    assert session.pause() == Pause()
    assert session.phase is Phase.PAUSED
    assert session.paused_at is None  # not confirmed yet
    session.apply(Paused(checkpoint(10)))
    assert session.paused_at == 10
    assert session.can_save
    state = session.trainer_state()
    assert state.iterations_done == 10
    assert len(state.losses) == 10
    assert session.resume() == Resume()
    assert session.phase is Phase.RUNNING
    assert session.pause() == Pause()
    assert session.resume() == Resume()
    session.apply(Paused(checkpoint(10)))  # the first pause, confirmed after the resume
    assert session.phase is Phase.RUNNING
    assert session.paused_at is None


def test_stop_then_continue_goes_on_from_the_exact_state(session, heard):
    session.start(CONFIG)
    feed_losses(session, 0, 40)
    assert session.stop() == Stop()
    assert session.phase is Phase.STOPPING
    session.apply(Done(checkpoint(40)))
    assert session.phase is Phase.STOPPED
    assert session.can_continue
    (ended,) = [e for e in heard if isinstance(e, RunEnded)]
    assert ended.record.status == "stopped"
    assert ended.record.iterations_done == 40
    np.testing.assert_array_equal(ended.record.losses, session.history.losses)

    request = session.start(CONFIG)
    assert request.config == CONFIG
    assert request.state.iterations_done == 40
    assert request.state.rng_state == {"state": 40}
    assert session.phase is Phase.RUNNING


def test_a_finished_run_cannot_be_started_again(session):
    session.start(CONFIG)
    feed_losses(session, 0, 100)
    session.apply(Done(checkpoint(100)))
    assert session.phase is Phase.FINISHED
    assert session.status == "finished"
    assert session.start(CONFIG) is None
    assert session.step(CONFIG) is None


def test_durations_leave_out_paused_time(session, clock, heard):
    session.start(CONFIG)
    clock.t = 10.0
    session.pause()
    clock.t = 110.0  # a long coffee break
    session.resume()
    clock.t = 115.0
    session.stop()
    feed_losses(session, 0, 5)
    session.apply(Done(checkpoint(5)))
    (ended,) = [e for e in heard if isinstance(e, RunEnded)]
    assert ended.record.duration_s == pytest.approx(15.0)


def test_a_divergence_holds_the_run_and_is_what_its_record_says(session, heard):
    session.start(CONFIG)
    feed_losses(session, 0, 20)
    event = DivergedEvent(19, 9.2, "the loss averaged 9.2", 50.0)
    session.apply(event)
    session.apply(Paused(checkpoint(20, lr=50.0)))
    assert session.phase is Phase.DIVERGED
    assert RunDiverged(event) in heard
    session.stop()
    session.apply(Done(checkpoint(20, lr=50.0)))
    (ended,) = [e for e in heard if isinstance(e, RunEnded)]
    assert ended.record.status == "diverged"
    assert "learning rate 50" in ended.record.note
    assert "9.2" in ended.record.note


def test_resuming_after_a_divergence_clears_it(session):
    session.start(CONFIG)
    feed_losses(session, 0, 20)
    session.apply(DivergedEvent(19, 9.2, "why", 50.0))
    assert session.set_learning_rate(0.1) == SetLearningRate(0.1)
    assert session.resume() == Resume()
    assert session.divergence is None
    assert session.phase is Phase.RUNNING
    session.stop()
    session.apply(Done(checkpoint(20)))
    assert session.status == "stopped"


def test_reset_while_running_stops_first_then_forgets(session, heard):
    session.start(CONFIG)
    feed_losses(session, 0, 10)
    assert session.reset() == Stop()
    assert session.phase is Phase.STOPPING
    session.apply(Done(checkpoint(10)))
    kinds = [type(e) for e in heard]
    assert kinds.index(RunEnded) < kinds.index(Cleared)  # the run is saved before it goes
    assert session.phase is Phase.IDLE
    assert len(session.history) == 0
    assert session.config is None


def test_reset_when_stopped_forgets_at_once(session):
    session.start(CONFIG)
    feed_losses(session, 0, 10)
    session.stop()
    session.apply(Done(checkpoint(10)))
    history = session.history
    assert session.reset() is None
    assert session.phase is Phase.IDLE
    assert session.params is None
    assert session.history is history
    assert len(history) == 0


def test_step_from_idle_and_from_stopped_starts_paused(session):
    request = session.step(CONFIG)
    assert request.commands == (Step(),)
    assert session.phase is Phase.PAUSED
    feed_losses(session, 0, 1)
    session.apply(Paused(checkpoint(1)))
    assert session.step(CONFIG) == Step()
    session.stop()
    session.apply(Done(checkpoint(1)))
    request = session.step(CONFIG)
    assert request.state.iterations_done == 1
    assert request.commands == (Step(),)


def test_a_learning_rate_set_while_stopped_is_the_continuations(session):
    session.start(CONFIG)
    feed_losses(session, 0, 10)
    session.stop()
    session.apply(Done(checkpoint(10, lr=0.1)))
    assert session.set_learning_rate(0.05) is None
    assert session.start(CONFIG).state.learning_rate == 0.05


def test_a_failed_run_is_saved_as_failed_and_cannot_continue(session, heard):
    session.start(CONFIG)
    session.apply(WeightsEvent(-1, params()))
    feed_losses(session, 0, 10)
    session.apply(Failed("RuntimeError: boom", "Traceback..."))
    assert TrainingFailed("RuntimeError: boom", "Traceback...") in heard
    assert session.phase is Phase.STOPPED
    assert not session.can_continue
    (ended,) = [e for e in heard if isinstance(e, RunEnded)]
    assert ended.record.status == "failed"
    assert "boom" in ended.record.note
    assert ended.record.iterations_done == 10


def test_an_opened_run_continues_and_keeps_its_folder(session, tmp_path):
    state = TrainerState(
        params(), np.full(30, 1.5), [EpochEvent(0, 0, 0.5, 0.5)], 30, {"s": 1}, 0.2
    )
    session.open_run(CONFIG, state, trained=True, run_dir=Path(tmp_path), elapsed_before=12.0)
    assert session.phase is Phase.STOPPED
    assert session.can_save
    assert session.can_continue
    assert len(session.history) == 30
    assert session.epochs == state.epochs
    assert session.record().duration_s == pytest.approx(12.0)
    request = session.start(CONFIG)
    assert request.state.iterations_done == 30
    assert request.state.learning_rate == 0.2
    assert session.run_dir == Path(tmp_path)


def test_an_opened_model_without_losses_continues_at_its_iteration(session):
    state = TrainerState(params(), np.zeros(0), [], 40, {"s": 1}, 0.1)
    session.open_run(CONFIG, state, trained=True)
    assert session.iterations_done == 40
    assert session.can_continue
    session.start(CONFIG)
    feed_losses(session, 40, 5)
    assert session.history.start == 40
    assert session.iterations_done == 45
