"""The batch-norm grid: the book's settings, and a tiny run in worker processes."""

from __future__ import annotations

import threading

import numpy as np

from core.batch_norm_experiment import (
    FirstImages,
    batch_norm_configs,
    iterations_for,
    run_batch_norm,
)
from core.contestant_pool import SyntheticData
from core.trainer import Trainer

SMALL = SyntheticData(n_train=1000, n_test=10, seed=1)


def book_iterations(max_epochs: int, train_size: int = 1000, batch_size: int = 100) -> int:
    """How many iterations batch_norm_test.py's loop runs before its break."""
    iter_per_epoch = max(train_size / batch_size, 1)
    epoch_cnt = 0
    for i in range(10**6):
        if i % iter_per_epoch == 0:
            epoch_cnt += 1
            if epoch_cnt >= max_epochs:
                return i + 1
    raise AssertionError("unreachable")


def test_configs_are_the_books():
    configs = batch_norm_configs()
    assert len(configs) == 32
    scales = [c.weight_init_std for c in configs[::2]]
    np.testing.assert_array_equal(scales, np.logspace(0, -4, num=16))
    assert [c.weight_init_std for c in configs[1::2]] == scales
    assert [c.use_batchnorm for c in configs] == [True, False] * 16
    for c in configs:
        assert c.hidden_sizes == (100, 100, 100, 100, 100)
        assert c.activation == "relu"
        assert c.optimizer == "sgd"
        assert c.learning_rate == 0.01
        assert c.batch_size == 100
        assert c.train_size == 1000
        assert c.weight_decay_lambda == 0
        assert c.dropout_ratio == 0
        assert c.iters_num == 191 == book_iterations(20)
        assert c.batch_seed == 0
        assert c.iter_per_epoch(60_000) == 10
    # The two networks of a scale start from the same seed and see the same minibatches.
    assert configs[0].seed == configs[1].seed != configs[2].seed


def test_iterations_give_one_measurement_per_epoch():
    for epochs in (1, 2, 5, 20):
        assert iterations_for(epochs) == book_iterations(epochs)


def test_first_images_keeps_the_first_thousand():
    (x, t), (x_eval, t_eval) = FirstImages(SyntheticData(n_train=1200, n_test=5))()
    (x_all, t_all), _ = SyntheticData(n_train=1200, n_test=5)()
    np.testing.assert_array_equal(x, x_all[:1000])
    np.testing.assert_array_equal(t, t_all[:1000])
    assert len(x_eval) == len(t_eval) == 100


def test_tiny_run_gives_every_curve_in_worker_processes():
    seen, progress = [], []
    result = run_batch_norm(
        workers=2,
        epochs=2,
        data_loader=SMALL,
        on_run=seen.append,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert result.complete
    assert not result.cancelled
    assert len(seen) == 32
    assert progress[-1] == (32, 32)
    assert [done for done, _ in progress] == list(range(1, 33))
    for index, scale in enumerate(np.logspace(0, -4, num=16)):
        for use_batchnorm in (True, False):
            run = result.run(index, use_batchnorm)
            assert run is not None
            assert run.weight_scale == scale
            assert run.use_batchnorm is use_batchnorm
            if run.status == "finished":
                assert len(run.train_acc) == 2
            else:
                assert run.status == "diverged"
                assert len(run.train_acc) <= 2
    # A curve is the training accuracy the trainer measures on the 1,000 images.
    config = batch_norm_configs(epochs=2)[16]
    trainer = Trainer(config, FirstImages(SMALL)())
    for _ in trainer.run():
        pass
    assert result.run(8, True).train_acc == tuple(trainer.train_acc_list)


def test_cancel_keeps_what_finished():
    cancel = threading.Event()
    result = run_batch_norm(
        workers=1, epochs=5, data_loader=SMALL, cancel=cancel, on_run=lambda run: cancel.set()
    )
    assert result.cancelled
    assert 1 <= len(result.runs) < 32
