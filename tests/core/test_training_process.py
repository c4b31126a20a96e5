"""Training in a child process: the same numbers as in-process, across stops, runs and crashes."""

from __future__ import annotations

import os
import signal

import numpy as np
import pytest

from core.events import EpochEvent, TrainerState, WeightsEvent
from core.messages import Done, Failed, LossChunk, Paused, Resume, Step, Stop, Train
from core.trainer import TrainConfig, Trainer
from core.training_process import TrainingProcess


def blobs(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = rng.integers(0, 10, n)
    x = (t[:, None] * 25 + rng.normal(0, 30, (n, 784))).clip(0, 255).astype(np.uint8)
    return x, t


DATA = (blobs(300, 0), blobs(100, 1))
CONFIG = TrainConfig(hidden_sizes=(10,), learning_rate=0.3, batch_size=20, iters_num=200, seed=2)


class Record:
    """What a parent keeps of a run: the losses and epochs as they arrive, then the checkpoint."""

    def __init__(self) -> None:
        self.losses = np.zeros(0)
        self.epochs: list[EpochEvent] = []
        self.messages: list = []
        self.checkpoint = None

    def take(self, message) -> None:
        self.messages.append(message)
        if isinstance(message, LossChunk):
            assert message.first_iteration == len(self.losses)
            self.losses = np.concatenate([self.losses, message.losses])
        elif isinstance(message, EpochEvent):
            self.epochs.append(message)
        elif isinstance(message, Paused | Done):
            self.checkpoint = message.checkpoint
        elif isinstance(message, Failed):
            raise AssertionError(message.message + message.traceback)

    def state(self) -> TrainerState:
        c = self.checkpoint
        return TrainerState(
            c.params,
            self.losses.copy(),
            list(self.epochs),
            c.iterations_done,
            c.rng_state,
            c.learning_rate,
        )


@pytest.fixture
def process():
    process = TrainingProcess(preload_bundled=False)
    yield process
    process.close()


def local_run() -> Trainer:
    trainer = Trainer(CONFIG, DATA)
    for _ in trainer.run():
        pass
    return trainer


def test_a_child_trains_exactly_as_in_process(process):
    local = local_run()
    record = Record()
    for message in process.run(Train(CONFIG), DATA):
        record.take(message)
    assert isinstance(record.messages[-1], Done)
    assert record.checkpoint.iterations_done == 200
    assert record.losses.tobytes() == local.train_loss_list.tobytes()
    assert record.epochs == local.epochs
    for key, value in local.network.params.items():
        assert record.checkpoint.params[key].tobytes() == value.tobytes()


def test_weights_arrive_at_the_start_and_at_a_fixed_pace(process):
    weights = [m for m in process.run(Train(CONFIG), DATA) if isinstance(m, WeightsEvent)]
    assert weights[0].iteration == -1  # the initial weights, before any iteration
    assert weights[0].W1.shape == (784, 10)


def test_stopped_then_continued_in_a_second_run_of_the_same_process(process):
    local = local_run()
    record = Record()
    for message in process.run(Train(CONFIG), DATA):
        record.take(message)
        if isinstance(message, LossChunk):
            process.send(Stop())
    first_pid = process._process.pid
    assert 0 < record.checkpoint.iterations_done < 200
    for message in process.run(Train(CONFIG, record.state()), DATA):
        record.take(message)
    assert process._process.pid == first_pid  # the child was kept
    assert record.losses.tobytes() == local.train_loss_list.tobytes()
    assert record.epochs == local.epochs


def test_the_data_is_sent_once_per_process(process, monkeypatch):
    sent = []
    original = TrainingProcess._send_locked

    def spy(self, message):
        sent.append(message)
        return original(self, message)

    monkeypatch.setattr(TrainingProcess, "_send_locked", spy)
    list(process.run(Train(CONFIG), DATA))
    list(process.run(Train(CONFIG), DATA))
    trains = [m for m in sent if isinstance(m, Train)]
    assert [t.data is DATA for t in trains] == [True, False]


def test_a_run_started_with_step_takes_one_iteration_then_pauses(process):
    record = Record()
    pauses = []
    for message in process.run(Train(CONFIG, commands=(Step(),)), DATA):
        record.take(message)
        if isinstance(message, Paused):
            pauses.append(message.checkpoint.iterations_done)
            if message.checkpoint.iterations_done == 1:
                process.send(Resume())
    assert pauses[-1] == 1
    assert len(record.losses) == 200


def test_commands_for_a_run_that_has_ended_do_not_reach_the_next(process):
    list(process.run(Train(CONFIG), DATA))
    process.send(Stop())  # too late for that run
    record = Record()
    for message in process.run(Train(CONFIG), DATA):
        record.take(message)
    assert record.checkpoint.iterations_done == 200


def test_an_error_in_the_child_comes_back_as_a_message(process):
    small = ((DATA[0][0][:10], DATA[0][1][:10]), DATA[1])  # fewer images than a batch
    (message,) = list(process.run(Train(CONFIG), small))
    assert isinstance(message, Failed)
    assert "larger than the training set" in message.message
    assert "Traceback" in message.traceback
    assert isinstance(list(process.run(Train(CONFIG), DATA))[-1], Done)  # it goes on serving


def test_a_killed_child_is_reported_and_replaced(process):
    messages = []
    for message in process.run(Train(TrainConfig(iters_num=1_000_000, hidden_sizes=(10,))), DATA):
        messages.append(message)
        if isinstance(message, LossChunk):
            os.kill(process._process.pid, signal.SIGKILL)
    assert isinstance(messages[-1], Failed)
    assert "ended unexpectedly" in messages[-1].message
    assert isinstance(list(process.run(Train(CONFIG), DATA))[-1], Done)


def test_close_ends_a_run_in_progress(process):
    run = process.run(Train(TrainConfig(iters_num=1_000_000, hidden_sizes=(10,))), DATA)
    for message in run:
        if isinstance(message, LossChunk):
            break
    child = process._process
    process.close()
    assert not child.is_alive()
