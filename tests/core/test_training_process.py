"""Training in a child process: the same numbers as in-process, across stops and restarts."""

from __future__ import annotations

import multiprocessing

import numpy as np

from core.trainer import EpochEvent, TrainConfig, Trainer
from core.training_process import run_training_process


def blobs(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = rng.integers(0, 10, n)
    x = (t[:, None] * 25 + rng.normal(0, 30, (n, 784))).clip(0, 255).astype(np.uint8)
    return x, t


DATA = (blobs(300, 0), blobs(100, 1))
CONFIG = TrainConfig(hidden_size=10, learning_rate=0.3, batch_size=20, iters_num=200, seed=2)


def run_child(mirror: Trainer, stop_after_first_losses: bool = False) -> list:
    """Run ``mirror``'s state in a child process; record what comes back into it."""
    context = multiprocessing.get_context("spawn")
    commands_in, commands_out = context.Pipe(duplex=False)
    events_in, events_out = context.Pipe(duplex=False)
    child = context.Process(
        target=run_training_process,
        args=(commands_in, events_out, mirror.config, mirror.dataset, mirror.state()),
        daemon=True,
    )
    child.start()
    events_out.close()
    kinds = []
    try:
        while True:
            assert events_in.poll(60), "the child went silent"
            message = events_in.recv()
            kinds.append(message[0])
            if message[0] == "losses":
                mirror.record_losses(message[1], message[2])
                if stop_after_first_losses:
                    commands_out.send(("stop",))
                    stop_after_first_losses = False
            elif message[0] == "event" and isinstance(message[1], EpochEvent):
                mirror.epochs.append(message[1])
            elif message[0] == "error":
                raise AssertionError(message[2])
            elif message[0] == "done":
                mirror.restore(message[1])
                break
    finally:
        child.join(10)
        commands_out.close()
    assert child.exitcode == 0
    return kinds


def test_a_child_trains_exactly_as_in_process():
    local = Trainer(CONFIG, DATA)
    for _ in local.run():
        pass
    mirror = Trainer(CONFIG, DATA)
    kinds = run_child(mirror)
    assert kinds[-1] == "done" and "losses" in kinds
    assert mirror.iterations_done == 200
    assert mirror.train_loss_list.tobytes() == local.train_loss_list.tobytes()
    assert mirror.epochs == local.epochs
    for key, value in local.network.params.items():
        assert mirror.network.params[key].tobytes() == value.tobytes()


def test_stopped_in_one_child_continued_in_another():
    local = Trainer(CONFIG, DATA)
    for _ in local.run():
        pass
    mirror = Trainer(CONFIG, DATA)
    run_child(mirror, stop_after_first_losses=True)
    assert 0 < mirror.iterations_done < 200
    run_child(mirror)
    assert mirror.train_loss_list.tobytes() == local.train_loss_list.tobytes()
    assert mirror.epochs == local.epochs


def test_an_error_in_the_child_comes_back_as_a_message():
    mirror = Trainer(CONFIG, DATA)
    small = ((DATA[0][0][:10], DATA[0][1][:10]), DATA[1])  # fewer images than a batch
    context = multiprocessing.get_context("spawn")
    commands_in, commands_out = context.Pipe(duplex=False)
    events_in, events_out = context.Pipe(duplex=False)
    child = context.Process(
        target=run_training_process,
        args=(commands_in, events_out, CONFIG, small, mirror.state()),
        daemon=True,
    )
    child.start()
    events_out.close()
    assert events_in.poll(60)
    kind, message, details = events_in.recv()
    child.join(10)
    commands_out.close()
    assert kind == "error"
    assert "larger than the training set" in message and "Traceback" in details
