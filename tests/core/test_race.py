"""Races: contestants named by what differs, sharing one minibatch sequence."""

from __future__ import annotations

import numpy as np
import pytest

from core.config import TrainConfig
from core.events import IterationEvent
from core.race import RACE_COLORS, difference_labels, make_race
from core.trainer import Trainer
from tests.core.test_trainer import blobs

DEEP = {"hidden_sizes": (12, 10), "activation": "relu", "weight_init_std": "he", "batch_size": 20}


def test_labels_name_only_what_differs():
    configs = [
        TrainConfig(**DEEP, optimizer="sgd", learning_rate=0.01),
        TrainConfig(**DEEP, optimizer="adam", learning_rate=0.001),
    ]
    assert difference_labels(configs) == ["SGD lr 0.01", "Adam lr 0.001"]
    inits = [TrainConfig(weight_init_std=w) for w in (0.01, "xavier", "he")]
    assert difference_labels(inits) == ["std 0.01", "Xavier", "He"]
    assert difference_labels([TrainConfig(), TrainConfig()]) == ["#1", "#2"]
    assert difference_labels(
        [TrainConfig(), TrainConfig(use_batchnorm=True, dropout_ratio=0.2)]
    ) == [
        "dropout 0, no batch norm",
        "dropout 0.2, batch norm",
    ]


def test_a_race_shares_one_batch_seed_and_has_a_colour_each():
    race = make_race([TrainConfig(seed=4), TrainConfig(seed=5, learning_rate=0.5)])
    assert [c.config.batch_seed for c in race] == [4, 4]
    assert [c.config.seed for c in race] == [4, 5]
    assert [c.color for c in race] == list(RACE_COLORS[:2])
    with pytest.raises(ValueError, match="2 to 6"):
        make_race([TrainConfig()])
    with pytest.raises(ValueError, match="2 to 6"):
        make_race([TrainConfig()] * 7)


def test_a_contestant_trains_as_a_separate_run_with_its_settings():
    data = blobs(300, 0), blobs(90, 1)
    race = make_race(
        [
            TrainConfig(**DEEP, optimizer=o, learning_rate=0.01, iters_num=30)
            for o in ("sgd", "adam")
        ],
        batch_seed=9,
    )

    def losses(config):
        return [e.loss for e in Trainer(config, data).run() if isinstance(e, IterationEvent)]

    for contestant in race:
        alone = TrainConfig(**{**contestant.config.__dict__})
        np.testing.assert_array_equal(losses(contestant.config), losses(alone))
    sgd, adam = (Trainer(c.config, data) for c in race)
    for i in range(30):
        np.testing.assert_array_equal(sgd._drawn.batch(i), adam._drawn.batch(i))


def test_the_race_phase_follows_its_contestants():
    from core.race import race_phase
    from core.session_events import Phase as P

    assert race_phase([P.IDLE, P.IDLE]) is P.IDLE
    assert race_phase([P.RUNNING, P.FINISHED]) is P.RUNNING
    assert race_phase([P.PAUSED, P.RUNNING]) is P.RUNNING
    assert race_phase([P.PAUSED, P.FINISHED]) is P.PAUSED
    assert race_phase([P.DIVERGED, P.DIVERGED]) is P.DIVERGED
    assert race_phase([P.DIVERGED, P.PAUSED]) is P.PAUSED
    assert race_phase([P.STOPPING, P.PAUSED]) is P.STOPPING
    assert race_phase([P.FINISHED, P.FINISHED]) is P.FINISHED
    assert race_phase([P.FINISHED, P.STOPPED]) is P.STOPPED
