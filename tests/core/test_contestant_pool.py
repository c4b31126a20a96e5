"""The contestant pool: parallel training gives exactly the runs trained one by one."""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
import pytest

from core.config import TrainConfig
from core.contestant_pool import (
    ContestantProgress,
    ContestantResult,
    SyntheticData,
    run_contestants,
    train_contestants,
)
from core.trainer import Trainer

DATA = SyntheticData(n_train=120, n_test=60, features=20, n_classes=3, seed=1)
TINY = TrainConfig(
    hidden_sizes=(8, 6),
    activation="relu",
    weight_init_std="he",
    batch_size=20,
    iters_num=30,
    learning_rate=0.05,
    batch_seed=7,
)
CONFIGS = [
    dataclasses.replace(TINY, optimizer="sgd"),
    dataclasses.replace(TINY, optimizer="adam", learning_rate=0.01),
    dataclasses.replace(TINY, optimizer="momentum", seed=3),
]


def alone(config: TrainConfig) -> Trainer:
    trainer = Trainer(config, DATA())
    for _ in trainer.run():
        pass
    return trainer


def test_parallel_results_equal_each_config_trained_alone():
    updates = []
    results = train_contestants(CONFIGS, workers=2, data_loader=DATA, progress=updates.append)
    assert [r.index for r in results] == [0, 1, 2]
    for result, config in zip(results, CONFIGS, strict=True):
        trainer = alone(config)
        assert result.status == "finished"
        assert result.config == config
        assert len(result.losses) == config.iters_num
        np.testing.assert_array_equal(result.losses, trainer.train_loss_list)
        assert [e.test_acc for e in result.epochs] == trainer.test_acc_list
        for key, value in trainer.network.params.items():
            np.testing.assert_array_equal(result.state.params[key], value)
        assert result.final_accuracy == pytest.approx(trainer.evaluate())
    finished = [u for u in updates if isinstance(u, ContestantResult)]
    assert sorted(u.index for u in finished) == [0, 1, 2]
    assert all(isinstance(u, ContestantProgress | ContestantResult) for u in updates)


def test_one_config_is_enough_and_results_stream_as_they_finish():
    results = list(run_contestants(CONFIGS[:1], data_loader=DATA, measure_final=False))
    assert len(results) == 1
    assert results[0].final_accuracy is None
    assert results[0].record().iterations_done == TINY.iters_num


def test_a_config_the_data_cannot_take_fails_alone():
    too_big = dataclasses.replace(TINY, batch_size=500)  # the synthetic set has 120 images
    results = train_contestants([too_big, CONFIGS[0]], data_loader=DATA)
    assert results[0].status == "failed"
    assert "larger than the training set" in results[0].note
    assert results[0].state is None
    with pytest.raises(ValueError, match="nothing to save"):
        results[0].record()
    assert results[1].status == "finished"


def failing_loader():
    raise OSError("no such file")


def test_data_that_cannot_load_fails_every_contestant_instead_of_hanging():
    results = train_contestants(CONFIGS[:2], data_loader=failing_loader)
    assert [r.status for r in results] == ["failed", "failed"]
    assert "no such file" in results[0].note


def test_cancel_stops_waiting_and_keeps_what_finished():
    long = dataclasses.replace(TINY, iters_num=10_000_000)
    cancel = threading.Event()
    seen = []

    def progress(update):
        seen.append(update)
        if isinstance(update, ContestantResult):
            cancel.set()  # the quick one is done: stop the endless one

    results = train_contestants(
        [CONFIGS[0], long], data_loader=DATA, progress=progress, cancel=cancel
    )
    assert [r.index for r in results] == [0]
    assert cancel.is_set()


def test_progress_reports_come_while_training():
    slow = dataclasses.replace(TINY, iters_num=3000, hidden_sizes=(200, 200))
    updates = []
    train_contestants([slow], data_loader=DATA, progress=updates.append, measure_final=False)
    reports = [u for u in updates if isinstance(u, ContestantProgress)]
    assert reports, "no progress arrived before the result"
    assert all(0 < r.iterations_done <= 3000 and r.iters_num == 3000 for r in reports)
    assert isinstance(updates[-1], ContestantResult)


def test_synthetic_data_is_deterministic():
    (x1, t1), _ = DATA()
    (x2, _), _ = DATA()
    np.testing.assert_array_equal(x1, x2)
    assert x1.shape == (120, 20)
    assert x1.dtype == np.float32
    assert set(np.unique(t1)) <= {0, 1, 2}


def test_a_diverging_contestant_stops_or_goes_on_as_asked():
    wild = dataclasses.replace(TINY, learning_rate=100.0, iters_num=200)
    stopped, went_on = (
        train_contestants([wild], data_loader=DATA, past_divergence=keep)[0]
        for keep in (False, True)
    )
    assert stopped.status == went_on.status == "diverged"
    assert stopped.note.startswith("diverged at iteration")
    assert len(stopped.losses) < 200
    assert len(went_on.losses) == 200
    assert len(went_on.epochs) == len(range(0, 200, wild.iter_per_epoch(DATA.n_train)))
