"""The hyperparameter search: the book's settings, its sampling, and a tiny run."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from core.contestant_pool import SyntheticData
from core.hyperparameter_search import (
    BEST_SHOWN,
    SEARCH_COLUMNS,
    SearchResult,
    Trial,
    ValidationSplit,
    run_search,
    sample_hyperparameters,
    trial_configs,
    validation_count,
)
from core.trainer import Trainer
from core.util import shuffle_dataset

SMALL = SyntheticData(n_train=600, n_test=10, seed=2)


def test_configs_are_the_books():
    configs = trial_configs()
    assert len(configs) == 100
    for c in configs:
        assert c.hidden_sizes == (100, 100, 100, 100, 100, 100)
        assert c.activation == "relu"
        assert c.weight_init_std == "he"
        assert c.optimizer == "sgd"
        assert c.batch_size == 100
        assert c.train_size == 400
        assert c.dropout_ratio == 0
        assert not c.use_batchnorm
        # common/trainer.py: max_iter = 50 epochs * (400 / 100), measured every 4 iterations.
        assert c.iters_num == 200
        assert c.iter_per_epoch(400) == 4
        assert 1e-6 <= c.learning_rate <= 1e-2
        assert 1e-8 <= c.weight_decay_lambda <= 1e-4
    assert len({c.seed for c in configs}) == 100
    assert validation_count(500) == 100
    assert (BEST_SHOWN, SEARCH_COLUMNS) == (20, 5)


def test_sampling_is_log_uniform_within_the_books_bounds():
    rng = np.random.default_rng(0)
    draws = np.array([sample_hyperparameters(rng) for _ in range(4000)])
    lr_exponent, decay_exponent = np.log10(draws[:, 0]), np.log10(draws[:, 1])
    assert lr_exponent.min() >= -6
    assert lr_exponent.max() <= -2
    assert decay_exponent.min() >= -8
    assert decay_exponent.max() <= -4
    # Uniform in the exponent: mean at the centre, each quarter of the range a quarter.
    assert lr_exponent.mean() == pytest.approx(-4, abs=0.05)
    assert decay_exponent.mean() == pytest.approx(-6, abs=0.05)
    quarters = np.histogram(lr_exponent, bins=4, range=(-6, -2))[0] / len(draws)
    np.testing.assert_allclose(quarters, 0.25, atol=0.03)
    # The draws are the configs' settings, decay first as the book draws them.
    rng = np.random.default_rng(5)
    lr, decay = sample_hyperparameters(rng)
    first = trial_configs(1, seed=5)[0]
    assert (first.learning_rate, first.weight_decay_lambda) == (lr, decay)


def test_validation_split_is_the_books():
    split = ValidationSplit(SMALL, shuffle_seed=3)
    (x_train, t_train), (x_val, _t_val) = split()
    (x_all, t_all), _ = SMALL()
    x_shuffled, t_shuffled = shuffle_dataset(x_all[:500], t_all[:500], np.random.default_rng(3))
    assert (len(x_train), len(x_val)) == (400, 100)
    np.testing.assert_array_equal(x_val, x_shuffled[:100])
    np.testing.assert_array_equal(t_train, t_shuffled[100:])
    # Every one of the first 500 images is in exactly one of the two sets.
    rows = {row.tobytes() for row in np.concatenate([x_train, x_val])}
    assert rows == {row.tobytes() for row in x_all[:500]}


def test_tiny_search_streams_trials():
    seen, progress = [], []
    result = run_search(
        trials=3,
        epochs=2,
        workers=2,
        seed=1,
        data_loader=SMALL,
        on_trial=seen.append,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert not result.cancelled
    assert seen == result.trials
    assert len(seen) == 3
    assert progress == [(1, 3), (2, 3), (3, 3)]
    configs = trial_configs(3, epochs=2, seed=1)
    for trial in result.trials:
        assert trial.status == "finished"
        assert len(trial.val_acc) == len(trial.train_acc) == 2
        config = configs[trial.index]
        assert (trial.learning_rate, trial.weight_decay) == (
            config.learning_rate,
            config.weight_decay_lambda,
        )
    # Validation accuracy is the accuracy on the held-out images.
    trial = result.trials[0]
    trainer = Trainer(configs[trial.index], ValidationSplit(SMALL, shuffle_seed=1)())
    for _ in trainer.run():
        pass
    assert trial.val_acc == tuple(trainer.test_acc_list)
    assert trial.train_acc == tuple(trainer.train_acc_list)


def test_cancel_keeps_what_finished():
    cancel = threading.Event()
    result = run_search(
        trials=6,
        epochs=30,
        workers=1,
        data_loader=SMALL,
        cancel=cancel,
        on_trial=lambda t: cancel.set(),
    )
    assert result.cancelled
    assert 1 <= len(result.trials) < 6


def test_best_ranks_by_final_validation_accuracy():
    result = SearchResult(planned=4)
    for index, final in enumerate([0.3, 0.9, 0.1, 0.9]):
        result.trials.append(Trial(index, 1e-3, 1e-6, (0.1, final), (0.1, final)))
    assert [t.index for t in result.best(3)] == [1, 3, 0]
    assert Trial(0, 1e-3, 1e-6, (), ()).final_val_acc == 0.0
