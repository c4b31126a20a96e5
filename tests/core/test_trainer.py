"""The Trainer's loop, run synchronously on small synthetic data, and once on MNIST."""

from __future__ import annotations

import math
import threading
import time

import numpy as np
import pytest

from core.data import load_mnist
from core.trainer import (
    ConfigError,
    DivergedEvent,
    EpochEvent,
    IterationEvent,
    PausedEvent,
    TrainConfig,
    Trainer,
    WeightsEvent,
)


def blobs(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Three well-separated clusters of 16-pixel uint8 'images'."""
    rng = np.random.default_rng(seed)
    t = rng.integers(0, 3, n)
    centres = np.array([[40] * 16, [128] * 16, [215] * 16], dtype=float)
    centres[1, :8] = 20
    x = centres[t] + rng.normal(0, 20, (n, 16))
    return np.clip(x, 0, 255).astype(np.uint8), t


@pytest.fixture
def dataset():
    return blobs(300, 0), blobs(90, 1)


def small_config(**overrides) -> TrainConfig:
    settings = {
        "hidden_sizes": (8,),
        "learning_rate": 0.5,
        "batch_size": 10,
        "iters_num": 120,
        "seed": 3,
    }
    settings.update(overrides)
    return TrainConfig(**settings)


def collect(trainer: Trainer) -> list:
    return list(trainer.run())


def test_defaults_are_the_books():
    c = TrainConfig()
    assert (c.hidden_size, c.learning_rate, c.batch_size, c.iters_num, c.weight_init_std) == (
        50,
        0.1,
        100,
        10_000,
        0.01,
    )
    assert c.iter_per_epoch(60_000) == 600


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("learning_rate", 0.0),
        ("learning_rate", -1.0),
        ("learning_rate", math.nan),
        ("batch_size", 0),
        ("hidden_size", 0),
        ("hidden_layers", ()),
        ("iters_num", 0),
        ("iters_num", 2.5),
        ("weight_init_std", 0.0),
        ("seed", -1),
        ("gradient", "guess"),
    ],
)
def test_bad_settings_are_refused_with_their_name(field, value):
    # hidden_sizes is checked size by size (hidden_size) and by count (hidden_layers)
    setting = {"hidden_size": ("hidden_sizes", (50, 0)), "hidden_layers": ("hidden_sizes", ())}
    name, value = setting.get(field, (field, value))
    with pytest.raises(ConfigError, match=field.replace("hidden_layers", "hidden layers")):
        TrainConfig(**{name: value})


def test_batch_larger_than_training_set_is_refused(dataset):
    with pytest.raises(ConfigError, match="larger than the training set"):
        Trainer(small_config(batch_size=301), dataset)


def test_events_follow_the_books_schedule(dataset):
    trainer = Trainer(small_config(), dataset)
    events = collect(trainer)
    iterations = [e for e in events if isinstance(e, IterationEvent)]
    epochs = [e for e in events if isinstance(e, EpochEvent)]
    assert [e.iteration for e in iterations] == list(range(120))
    assert trainer.iter_per_epoch == 30
    assert [e.iteration for e in epochs] == [0, 30, 60, 90]
    assert [e.epoch for e in epochs] == [0, 1, 2, 3]
    assert trainer.epochs == epochs
    assert trainer.finished
    np.testing.assert_array_equal(trainer.train_loss_list, [e.loss for e in iterations])


def test_same_seed_gives_bit_identical_losses(dataset):
    a = Trainer(small_config(), dataset)
    b = Trainer(small_config(), dataset)
    collect(a)
    collect(b)
    assert a.train_loss_list.tobytes() == b.train_loss_list.tobytes()
    assert a.train_acc_list == b.train_acc_list
    c = Trainer(small_config(seed=4), dataset)
    collect(c)
    assert c.train_loss_list.tobytes() != a.train_loss_list.tobytes()


def test_loss_falls_and_accuracy_rises(dataset):
    trainer = Trainer(small_config(iters_num=300), dataset)
    collect(trainer)
    losses = trainer.train_loss_list
    assert losses[-30:].mean() < 0.5 * losses[:10].mean()
    assert trainer.test_acc_list[-1] > 0.9 > trainer.test_acc_list[0]


def test_accuracy_is_measured_on_the_network_at_that_iteration(dataset):
    trainer = Trainer(small_config(iters_num=31), dataset)
    snapshots = {}
    for event in trainer.run():
        if isinstance(event, IterationEvent) and event.iteration in (0, 30):
            snapshots[event.iteration] = trainer.evaluate(trainer.network.copy())
    assert [(e.train_acc, e.test_acc) for e in trainer.epochs] == [snapshots[0], snapshots[30]]


def test_stop_ends_the_run_and_run_continues_it(dataset):
    trainer = Trainer(small_config(), dataset)
    for event in trainer.run():
        if isinstance(event, IterationEvent) and event.iteration == 44:
            trainer.stop()
    assert trainer.iterations_done == 45
    assert not trainer.finished
    assert [e.iteration for e in trainer.epochs] == [0, 30]
    collect(trainer)
    assert trainer.iterations_done == 120
    reference = Trainer(small_config(), dataset)
    collect(reference)
    assert trainer.train_loss_list.tobytes() == reference.train_loss_list.tobytes()


def test_stop_before_run_ends_it_at_once(dataset):
    trainer = Trainer(small_config(), dataset)
    trainer.stop()
    assert collect(trainer) == []
    assert trainer.iterations_done == 0


def test_learning_rate_change_applies_from_the_next_iteration(dataset):
    trainer = Trainer(small_config(iters_num=40), dataset)
    reference = Trainer(small_config(iters_num=40), dataset)
    for event in trainer.run():
        if isinstance(event, IterationEvent) and event.iteration == 9:
            trainer.set_learning_rate(0.05)
    collect(reference)
    assert trainer.learning_rate == 0.05
    assert trainer.train_loss_list[:11].tobytes() == reference.train_loss_list[:11].tobytes()
    assert trainer.train_loss_list[11:].tobytes() != reference.train_loss_list[11:].tobytes()
    with pytest.raises(ConfigError):
        trainer.set_learning_rate(-0.1)


def test_weights_snapshot_is_a_copy(dataset):
    trainer = Trainer(small_config(iters_num=5), dataset)
    trainer.request_weights()
    snapshots = [e for e in trainer.run() if isinstance(e, WeightsEvent)]
    assert len(snapshots) == 1
    assert snapshots[0].iteration == 0
    assert snapshots[0].W1.shape == (16, 8)
    for key, value in trainer.network.params.items():
        assert snapshots[0].params[key].shape == value.shape
        assert not np.shares_memory(snapshots[0].params[key], value)
    assert not np.array_equal(snapshots[0].W1, trainer.network.params["W1"])


def run_until_paused(trainer: Trainer) -> list:
    events = []
    for event in trainer.run():
        events.append(event)
        if isinstance(event, PausedEvent):
            trainer.stop()
    return events


def test_a_loss_stuck_far_above_chance_pauses_and_reports(dataset):
    trainer = Trainer(small_config(learning_rate=100.0, weight_init_std=10.0), dataset)
    events = run_until_paused(trainer)
    diverged = [e for e in events if isinstance(e, DivergedEvent)]
    assert len(diverged) == 1
    assert "far above the 1.10 of guessing at random" in diverged[0].reason  # ln 3
    assert diverged[0].iteration >= 19  # a full window of losses first
    assert isinstance(events[-1], PausedEvent)
    assert trainer.iterations_done == diverged[0].iteration + 1


def test_a_nan_loss_pauses_at_once(dataset):
    (x, t), test = dataset
    x = x / np.float32(255)
    x[:] = np.nan
    trainer = Trainer(small_config(), ((x, t), test))
    events = run_until_paused(trainer)
    diverged = [e for e in events if isinstance(e, DivergedEvent)]
    assert len(diverged) == 1
    assert diverged[0].iteration == 0
    assert math.isnan(diverged[0].loss)
    assert "nan" in diverged[0].reason


def test_the_books_settings_never_report_divergence(dataset):
    events = collect(Trainer(small_config(learning_rate=0.1, iters_num=300), dataset))
    assert not [e for e in events if isinstance(e, DivergedEvent)]


def test_pause_step_resume_stop_from_another_thread(dataset):
    trainer = Trainer(small_config(iters_num=10_000), dataset)
    seen: list = []
    paused = threading.Event()

    def consume():
        for event in trainer.run():
            seen.append(event)
            if isinstance(event, PausedEvent):
                paused.set()

    trainer.pause()
    worker = threading.Thread(target=consume)
    worker.start()
    try:
        assert paused.wait(5)
        assert trainer.iterations_done == 0
        paused.clear()
        trainer.step()
        assert paused.wait(5)
        assert trainer.iterations_done == 1
        paused.clear()
        trainer.resume()
        deadline = time.monotonic() + 5
        while trainer.iterations_done < 50 and time.monotonic() < deadline:
            time.sleep(0.001)
        trainer.pause()
        assert paused.wait(5)
        done = trainer.iterations_done
        assert done >= 50
    finally:
        trainer.stop()
        worker.join(5)
    assert not worker.is_alive()
    assert trainer.iterations_done == done  # nothing ran while paused
    assert [e for e in seen if isinstance(e, IterationEvent)][-1].iteration == done - 1


def test_float_images_train_too(dataset):
    (x, t), (xt, tt) = dataset
    as_float = ((x / np.float32(255), t), (xt / np.float32(255), tt))
    a = Trainer(small_config(), dataset)
    b = Trainer(small_config(), as_float)
    collect(a)
    collect(b)
    np.testing.assert_allclose(a.train_loss_list, b.train_loss_list, rtol=1e-5)


@pytest.mark.slow
def test_the_books_run_reaches_the_books_accuracy():
    trainer = Trainer(TrainConfig(), load_mnist(normalize=False))
    collect(trainer)
    assert len(trainer.epochs) == 17
    assert trainer.epochs[-1].iteration == 9600
    assert trainer.test_acc_list[-1] >= 0.94
    assert trainer.train_acc_list[-1] >= 0.94
    assert trainer.train_loss_list[-100:].mean() < 0.3


def test_numerical_gradient_follows_the_same_path_as_backprop(dataset):
    backprop = Trainer(small_config(iters_num=60), dataset)
    numerical = Trainer(small_config(iters_num=60, gradient="numerical"), dataset)
    collect(backprop)
    collect(numerical)
    np.testing.assert_allclose(numerical.train_loss_list, backprop.train_loss_list, rtol=1e-3)
    assert numerical.test_acc_list == pytest.approx(backprop.test_acc_list, abs=0.02)
