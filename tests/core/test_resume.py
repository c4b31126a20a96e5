"""A saved run, resumed, goes on exactly as if it had never stopped."""

from __future__ import annotations

import numpy as np

from core.model_file import load_model_file
from core.resume import resume_trainer, save_trainer
from core.trainer import IterationEvent, TrainConfig, Trainer


def blobs(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = rng.integers(0, 10, n)
    x = (t[:, None] * 25 + rng.normal(0, 30, (n, 784))).clip(0, 255).astype(np.uint8)
    return x, t


DATA = (blobs(400, 0), blobs(100, 1))
CONFIG = TrainConfig(hidden_sizes=(12,), learning_rate=0.3, batch_size=20, iters_num=90, seed=4)


def run_until(trainer: Trainer, stop_after: int | None = None) -> None:
    for event in trainer.run():
        if isinstance(event, IterationEvent) and event.iteration + 1 == stop_after:
            trainer.stop()


def test_resumed_run_is_bit_identical_to_an_uninterrupted_one(tmp_path):
    uninterrupted = Trainer(CONFIG, DATA)
    run_until(uninterrupted)

    first = Trainer(CONFIG, DATA)
    run_until(first, stop_after=47)  # mid-epoch (20 iterations per epoch)
    save_trainer(tmp_path / "run.npz", first)
    resumed = resume_trainer(load_model_file(tmp_path / "run.npz"), DATA)
    assert resumed.iterations_done == 47
    run_until(resumed)

    assert resumed.train_loss_list.tobytes() == uninterrupted.train_loss_list.tobytes()
    assert resumed.epochs == uninterrupted.epochs
    for key, value in uninterrupted.network.params.items():
        assert resumed.network.params[key].tobytes() == value.tobytes()


def test_a_changed_learning_rate_is_kept(tmp_path):
    trainer = Trainer(CONFIG, DATA)
    run_until(trainer, stop_after=10)
    trainer.set_learning_rate(0.05)
    save_trainer(tmp_path / "run.npz", trainer)
    resumed = resume_trainer(load_model_file(tmp_path / "run.npz"), DATA)
    assert resumed.learning_rate == 0.05
    assert resumed.config.learning_rate == 0.3


def test_a_finished_run_resumes_finished(tmp_path):
    trainer = Trainer(CONFIG, DATA)
    run_until(trainer)
    save_trainer(tmp_path / "run.npz", trainer)
    resumed = resume_trainer(load_model_file(tmp_path / "run.npz"), DATA)
    assert resumed.finished
    assert list(resumed.run()) == []
