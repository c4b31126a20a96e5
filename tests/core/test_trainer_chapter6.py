"""The trainer with chapter 6's settings: deeper networks, optimizers, regularisation, data."""

from __future__ import annotations

import numpy as np
import pytest

from core.config import OPTIMIZER_NAMES, ConfigError, TrainConfig
from core.events import DivergedEvent, EpochEvent, IterationEvent
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet
from core.trainer import Trainer
from tests.core.test_trainer import blobs


@pytest.fixture
def dataset():
    return blobs(300, 0), blobs(90, 1)


def deep_config(**overrides) -> TrainConfig:
    settings = {
        "hidden_sizes": (12, 10),
        "activation": "relu",
        "weight_init_std": "he",
        "optimizer": "adam",
        "learning_rate": 0.01,
        "batch_size": 20,
        "iters_num": 60,
        "seed": 5,
    }
    settings.update(overrides)
    return TrainConfig(**settings)


def losses_of(trainer: Trainer) -> np.ndarray:
    return np.array([e.loss for e in trainer.run() if isinstance(e, IterationEvent)])


def test_the_default_run_keeps_the_fused_two_layer_path(dataset):
    trainer = Trainer(TrainConfig(hidden_sizes=(8,), batch_size=10, iters_num=30), dataset)
    assert isinstance(trainer.network, TwoLayerNet)
    assert trainer._fused_sgd


def test_the_book_network_with_another_optimizer_stays_a_two_layer_net(dataset):
    trainer = Trainer(TrainConfig(hidden_sizes=(8,), optimizer="momentum", batch_size=10), dataset)
    assert isinstance(trainer.network, TwoLayerNet)
    assert not trainer._fused_sgd


def test_a_deeper_network_is_the_books_multi_layer_net(dataset):
    trainer = Trainer(deep_config(use_batchnorm=True, dropout_ratio=0.2), dataset)
    net = trainer.network
    assert isinstance(net, MultiLayerNet)
    assert net.params["W1"].shape == (16, 12)
    assert net.params["W3"].shape == (10, 3)
    assert {"gamma1", "beta1", "gamma2", "beta2"} <= set(net.params)
    assert net.params["W1"].dtype == np.float32


@pytest.mark.parametrize("optimizer", OPTIMIZER_NAMES)
def test_every_optimizer_learns_and_same_seed_gives_the_same_run(dataset, optimizer):
    config = deep_config(optimizer=optimizer, learning_rate=0.001 if optimizer == "adam" else 0.05)
    first = losses_of(Trainer(config, dataset))
    again = losses_of(Trainer(config, dataset))
    np.testing.assert_array_equal(first, again)
    assert np.isfinite(first).all()
    assert first[-10:].mean() < first[:10].mean()


@pytest.mark.parametrize(
    "overrides",
    [
        {"optimizer": "adam", "use_batchnorm": True},
        {"optimizer": "adagrad", "dropout_ratio": 0.3},
        {"optimizer": "momentum", "weight_decay_lambda": 0.1, "sampling": "shuffle"},
        {"optimizer": "rmsprop", "use_batchnorm": True, "dropout_ratio": 0.2},
    ],
)
def test_resume_from_a_state_is_bit_identical(dataset, overrides):
    config = deep_config(**overrides)
    straight = Trainer(config, dataset)
    expected = losses_of(straight)

    first = Trainer(config, dataset)
    half = config.iters_num // 2
    for event in first.run():
        if isinstance(event, IterationEvent) and event.iteration == half - 1:
            first.stop()
    state = first.state()
    assert state.optimizer_state or config.optimizer == "sgd"
    assert bool(state.buffers) == config.use_batchnorm
    second = Trainer(config, dataset)
    second.restore(state)
    rest = losses_of(second)
    np.testing.assert_array_equal(np.concatenate([state.losses, rest]), expected)
    for key, value in straight.network.params.items():
        np.testing.assert_array_equal(second.network.params[key], value)


def test_train_size_uses_the_first_images_only(dataset):
    trainer = Trainer(deep_config(train_size=50, batch_size=10), dataset)
    assert len(trainer.x_train) == 50
    assert trainer.iter_per_epoch == 5
    np.testing.assert_array_equal(trainer.x_train, dataset[0][0][:50])


def test_batch_larger_than_the_chosen_training_set_is_refused(dataset):
    with pytest.raises(ConfigError, match="larger than the training set"):
        Trainer(deep_config(train_size=10, batch_size=20), dataset)


def test_shuffled_epochs_see_every_image_once(dataset):
    trainer = Trainer(deep_config(sampling="shuffle", batch_size=30, train_size=300), dataset)
    order = trainer._order
    for epoch in range(2):
        seen = np.concatenate([order.batch(epoch * 10 + k) for k in range(10)])
        assert sorted(seen) == list(range(300))
    assert not np.array_equal(order.batch(0), order.batch(10))


def test_learning_rate_changes_reach_every_optimizer(dataset):
    trainer = Trainer(deep_config(optimizer="adagrad", iters_num=3), dataset)
    trainer.set_learning_rate(0.2)
    losses_of(trainer)
    assert trainer.optimizer.lr == 0.2


def test_numerical_gradient_is_refused_for_a_deeper_network():
    with pytest.raises(ConfigError, match="two-layer"):
        deep_config(gradient="numerical")


def test_weight_decay_is_in_the_reported_loss(dataset):
    plain = losses_of(Trainer(deep_config(iters_num=1), dataset))[0]
    decayed = losses_of(Trainer(deep_config(iters_num=1, weight_decay_lambda=1.0), dataset))[0]
    assert decayed > plain


@pytest.mark.parametrize("optimizer", ["adam", "adagrad", "momentum"])
def test_resume_from_a_model_file_is_bit_identical(tmp_path, optimizer):
    from core.model_file import load_model_file
    from core.resume import resume_trainer, save_trainer

    rng = np.random.default_rng(0)  # model files hold MNIST-shaped networks: 784 in, 10 out
    images = rng.integers(0, 256, (240, 784)).astype(np.uint8)
    labels = rng.integers(0, 10, 240)
    dataset = (images[:200], labels[:200]), (images[200:], labels[200:])

    config = deep_config(optimizer=optimizer, use_batchnorm=True, dropout_ratio=0.1)
    expected = losses_of(Trainer(config, dataset))

    first = Trainer(config, dataset)
    for event in first.run():
        if isinstance(event, IterationEvent) and event.iteration == 24:
            first.stop()
    save_trainer(tmp_path / "model.npz", first)
    saved = load_model_file(tmp_path / "model.npz")
    assert saved.optimizer_state
    assert saved.buffers
    second = resume_trainer(saved, dataset)
    rest = losses_of(second)
    np.testing.assert_array_equal(np.concatenate([saved.losses, rest]), expected)


def test_a_large_weight_decay_term_is_not_taken_for_divergence():
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (120, 784)).astype(np.uint8)
    labels = rng.integers(0, 10, 120)
    data = (images[:100], labels[:100]), (images[100:], labels[100:])
    config = deep_config(
        hidden_sizes=(100,) * 6,
        optimizer="sgd",
        learning_rate=0.01,
        iters_num=40,
        weight_decay_lambda=0.1,
        batch_size=20,
    )
    events = list(Trainer(config, data).run())
    losses = [e.loss for e in events if isinstance(e, IterationEvent)]
    assert min(losses) > 30  # the decay term of He weights dominates the loss ...
    assert not [e for e in events if isinstance(e, DivergedEvent)]  # ... and is no divergence
    assert len(losses) == 40


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_a_deep_run_with_a_huge_learning_rate_pauses_as_diverged(dataset, optimizer):
    trainer = Trainer(deep_config(optimizer=optimizer, learning_rate=100.0, iters_num=200), dataset)
    events = []
    for event in trainer.run():
        events.append(event)
        if isinstance(event, DivergedEvent):
            trainer.stop()
    diverged = [e for e in events if isinstance(e, DivergedEvent)]
    assert len(diverged) == 1
    assert trainer.paused
    assert diverged[0].learning_rate == 100.0


def test_step_runs_one_iteration_of_a_deep_run(dataset):
    trainer = Trainer(deep_config(use_batchnorm=True), dataset)
    trainer.pause()
    trainer.step()
    trainer.step()
    seen = []
    for event in trainer.run():
        if isinstance(event, IterationEvent):
            seen.append(event.iteration)
        if len(seen) == 2:
            trainer.stop()
    assert seen == [0, 1]
    assert trainer.iterations_done == 2


def test_a_shared_batch_seed_gives_every_network_the_same_minibatches(dataset):
    shallow = Trainer(deep_config(hidden_sizes=(8,), activation="sigmoid", batch_seed=7), dataset)
    deep = Trainer(deep_config(use_batchnorm=True, dropout_ratio=0.2, batch_seed=7), dataset)
    for i in (0, 1, 14, 15, 16, 40):
        np.testing.assert_array_equal(shallow._drawn.batch(i), deep._drawn.batch(i))
    assert not np.array_equal(shallow._drawn.batch(0), shallow._drawn.batch(15))


def test_a_run_with_a_batch_seed_resumes_bit_for_bit(dataset):
    config = deep_config(batch_seed=3, iters_num=40)
    expected = losses_of(Trainer(config, dataset))
    first = Trainer(config, dataset)
    for event in first.run():
        if isinstance(event, IterationEvent) and event.iteration == 16:
            first.stop()
    second = Trainer(config, dataset)
    second.restore(first.state())
    np.testing.assert_array_equal(
        np.concatenate([first.train_loss_list, losses_of(second)]), expected
    )


def test_every_epoch_is_measured_even_when_the_run_diverges_and_goes_on(dataset):
    # The book's batch-norm figure draws 20 epochs for weight scales that blow up.
    trainer = Trainer(deep_config(optimizer="sgd"), dataset)
    events = []
    for event in trainer.run():
        events.append(event)
        if isinstance(event, IterationEvent) and event.iteration == 3:
            trainer.network.params["W1"][:] = np.nan  # from here on every loss is NaN
        if isinstance(event, DivergedEvent):
            trainer.resume()
    assert any(isinstance(e, DivergedEvent) for e in events)
    assert [e.iteration for e in events if isinstance(e, EpochEvent)] == [0, 15, 30, 45]
