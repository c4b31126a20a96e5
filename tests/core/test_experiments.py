"""Each preset against the book's chapter-6 scripts (the numbers are copied from them)."""

from __future__ import annotations

import dataclasses

import pytest

from core.config import TrainConfig
from core.experiments import EXPERIMENTS, KINDS, Experiment, settings_text, shortened

NAMES = [
    "optimizer-compare",
    "weight-init-compare",
    "batch-norm",
    "overfit",
    "weight-decay",
    "dropout",
    "hyperparameter-search",
    "activation-histograms",
]


def same_batches(configs: tuple[TrainConfig, ...]) -> None:
    assert {c.batch_seed for c in configs} == {configs[0].batch_seed}
    assert configs[0].batch_seed is not None


def test_every_preset_of_the_issue_is_there_in_order():
    assert list(EXPERIMENTS) == NAMES
    for name, experiment in EXPERIMENTS.items():
        assert experiment.name == name
        assert experiment.kind in KINDS
        assert experiment.script.startswith("ch06/")


def test_optimizer_compare_is_optimizer_compare_mnist_py():
    e = EXPERIMENTS["optimizer-compare"]
    assert e.script == "ch06/optimizer_compare_mnist.py"
    assert e.labels == ("SGD", "Momentum", "AdaGrad", "Adam")
    assert [c.optimizer for c in e.contestants] == ["sgd", "momentum", "adagrad", "adam"]
    # SGD(), Momentum(), AdaGrad(), Adam(): the classes' default lr
    assert [c.learning_rate for c in e.contestants] == [0.01, 0.01, 0.01, 0.001]
    assert [(c.momentum, c.beta1, c.beta2) for c in e.contestants][1:2] == [(0.9, 0.9, 0.999)]
    assert e.contestants[3].beta1 == 0.9
    assert e.contestants[3].beta2 == 0.999
    for c in e.contestants:
        assert c.hidden_sizes == (100, 100, 100, 100)
        assert c.activation == "relu"
        assert c.weight_init_std == "he"  # MultiLayerNet's default 'relu'
        assert c.batch_size == 128
        assert c.iters_num == 2000
        assert c.train_size is None
        assert c.weight_decay_lambda == 0
        assert c.dropout_ratio == 0
        assert not c.use_batchnorm
        assert c.sampling == "replacement"  # np.random.choice
    same_batches(e.contestants)
    assert e.kind == "loss"
    assert e.smoothed
    assert e.y_range == (0, 1)
    assert e.x_label == "iterations"
    assert e.y_label == "loss"
    assert e.markers == ("o", "x", "s", "d")
    assert e.mark_every == 100


def test_weight_init_compare_is_weight_init_compare_py():
    e = EXPERIMENTS["weight-init-compare"]
    assert e.labels == ("std=0.01", "Xavier", "He")
    assert [c.weight_init_std for c in e.contestants] == [0.01, "xavier", "he"]
    for c in e.contestants:
        assert c.optimizer == "sgd"
        assert c.learning_rate == 0.01
        assert c.activation == "relu"  # the script keeps MultiLayerNet's default
        assert c.hidden_sizes == (100,) * 4
        assert c.batch_size == 128
        assert c.iters_num == 2000
    same_batches(e.contestants)
    assert e.y_range == (0, 2.5)
    assert e.smoothed
    assert e.markers == ("o", "s", "d")


@pytest.mark.parametrize(
    ("name", "weight_decay", "dropout", "measurements"),
    [("overfit", 0.0, 0.0, 201), ("weight-decay", 0.1, 0.0, 201), ("dropout", 0.0, 0.2, 301)],
)
def test_overfitting_presets_are_the_book_scripts(name, weight_decay, dropout, measurements):
    e = EXPERIMENTS[name]
    assert e.kind == "accuracy"
    (c,) = e.contestants
    assert c.hidden_sizes == (100,) * 6
    assert c.activation == "relu"
    assert c.weight_init_std == "he"
    assert c.optimizer == "sgd"
    assert c.learning_rate == 0.01
    assert c.batch_size == 100
    assert c.train_size == 300
    assert c.weight_decay_lambda == weight_decay
    assert c.dropout_ratio == dropout
    assert not c.use_batchnorm
    assert c.iter_per_epoch(60_000) == 3
    # Accuracy is measured after iterations 0, 3, 6, ...: as many times as the book.
    assert len(range(0, c.iters_num, 3)) == measurements
    assert c.batch_seed is not None
    assert e.y_range == (0, 1)
    assert e.x_label == "epochs"
    assert e.y_label == "accuracy"
    assert e.markers == ("o", "s")
    assert e.mark_every == 10


def test_iterations_of_the_overfitting_scripts():
    # overfit_weight_decay.py breaks after the 201st measurement, at i = 600;
    # overfit_dropout.py's common/trainer.py runs epochs * iter_per_epoch = 903.
    assert EXPERIMENTS["overfit"].contestants[0].iters_num == 601
    assert EXPERIMENTS["weight-decay"].contestants[0].iters_num == 601
    assert EXPERIMENTS["dropout"].contestants[0].iters_num == 903


def test_overfit_says_it_differs_from_the_shipped_script():
    text = settings_text(EXPERIMENTS["overfit"])
    assert "weight_decay_lambda = 0" in text
    assert "ships 0.1" in text


def test_settings_text_names_network_optimizers_and_schedule():
    text = settings_text(EXPERIMENTS["optimizer-compare"])
    assert "ch06/optimizer_compare_mnist.py" in text
    assert "Adam: 784-100-100-100-100-10, ReLU, He, Adam lr 0.001" in text
    assert "SGD: 784-100-100-100-100-10, ReLU, He, SGD lr 0.01" in text
    assert "batch 128 of all 60,000 training images, 2,000 iterations" in text
    dropout = settings_text(EXPERIMENTS["dropout"])
    assert "the first 300 training images, 903 iterations (301 accuracy measurements" in dropout


@pytest.mark.parametrize(
    ("name", "fragments"),
    [
        ("batch-norm", ["1,000 training images", "logspace(0, -4, 16)", "SGD lr 0.01", "20"]),
        ("hyperparameter-search", ["500", "10^U(-6, -2)", "10^U(-8, -4)", "100 trials", "50"]),
        ("activation-histograms", ["1,000 x 100", "5 layers of 100", "30-bin"]),
    ],
)
def test_special_presets_have_settings_and_no_contestants(name, fragments):
    e = EXPERIMENTS[name]
    assert e.contestants == ()
    text = settings_text(e)
    for fragment in fragments:
        assert fragment in text


def test_shortened_changes_only_the_iterations():
    e = EXPERIMENTS["optimizer-compare"]
    short = shortened(e, 7)
    assert [c.iters_num for c in short.contestants] == [7] * 4
    assert [dataclasses.replace(c, iters_num=2000) for c in short.contestants] == list(
        e.contestants
    )
    assert short.labels == e.labels


def test_an_experiment_checks_itself():
    with pytest.raises(ValueError, match="kind"):
        Experiment("x", "X", "ch06/x.py", "nonsense", "d")
    with pytest.raises(ValueError, match="one label per contestant"):
        Experiment("x", "X", "ch06/x.py", "loss", "d", contestants=(TrainConfig(),))
    with pytest.raises(ValueError, match="at least one contestant"):
        Experiment("x", "X", "ch06/x.py", "accuracy", "d")
