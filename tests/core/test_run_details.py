"""What the trainer measures besides the book's numbers: confusion, gradient sizes, weights."""

from __future__ import annotations

import numpy as np

from core.config import TrainConfig
from core.evaluation import evaluate_with_confusion
from core.events import EpochDetails, EpochEvent, GradientStats, IterationEvent
from core.gradient_history import GradientHistory
from core.trainer import STATS_EVERY, Trainer
from core.weights_history import WeightsHistory
from tests.core.test_trainer import blobs


def data():
    return blobs(300, 0), blobs(90, 1)


def test_the_confusion_matrix_is_a_direct_count():
    trainer = Trainer(TrainConfig(hidden_sizes=(8,), batch_size=10, iters_num=40), data())
    list(trainer.run())
    (_, _), (x_test, t_test) = trainer.dataset
    probabilities = trainer.network.predict(x_test.astype(np.float32) / np.float32(255))
    answers = probabilities.argmax(axis=1)
    expected = np.zeros((3, 3), dtype=np.int64)
    for true, read in zip(t_test, answers, strict=True):
        expected[true, read] += 1
    train_acc, test_acc, confusion = evaluate_with_confusion(trainer.network, trainer.dataset, 3)
    np.testing.assert_array_equal(confusion, expected)
    assert test_acc == np.trace(expected) / len(t_test)
    assert (train_acc, test_acc) == trainer.evaluate()


def test_every_epoch_comes_with_its_details():
    trainer = Trainer(TrainConfig(hidden_sizes=(8,), batch_size=10, iters_num=70), data())
    events = list(trainer.run())
    epochs = [e for e in events if isinstance(e, EpochEvent)]
    details = [e for e in events if isinstance(e, EpochDetails)]
    assert [(d.epoch, d.iteration) for d in details] == [(e.epoch, e.iteration) for e in epochs]
    for epoch, detail in zip(epochs, details, strict=True):
        assert detail.confusion.sum() == 90
        assert np.trace(detail.confusion) / 90 == epoch.test_acc
        assert set(detail.weights) == {"W1", "W2"}
    assert not np.array_equal(details[0].weights["W1"], details[-1].weights["W1"])


def test_gradient_sizes_are_those_of_gradient():
    config = TrainConfig(
        hidden_sizes=(8, 6),
        activation="relu",
        weight_init_std="he",
        optimizer="momentum",
        learning_rate=0.05,
        batch_size=10,
        iters_num=2 * STATS_EVERY + 1,
    )
    trainer = Trainer(config, data())
    stats, expected = [], []
    for event in trainer.run():
        if isinstance(event, IterationEvent) and event.iteration % STATS_EVERY == 0:
            pass
        if isinstance(event, GradientStats):
            stats.append(event)
    assert [s.iteration for s in stats] == [0, STATS_EVERY, 2 * STATS_EVERY]
    assert stats[0].names == ("W1", "W2", "W3")
    # Recompute the first measurement: the same batch through a fresh network.
    again = Trainer(config, data())
    W_before = {k: v.copy() for k, v in again.network.params.items() if k.startswith("W")}
    batch = again._drawn.batch(0) if config.batch_seed is not None else None
    assert batch is None  # the book's draws: the trainer's own generator
    mask = again.rng.integers(0, 300, config.batch_size)
    x = again.x_train[mask].astype(np.float32) / np.float32(255)
    grads = again.network.gradient(x, again.t_train[mask])
    expected = [np.linalg.norm(grads[k]) for k in ("W1", "W2", "W3")]
    np.testing.assert_allclose(stats[0].grad_norms, expected, rtol=1e-5)
    # Momentum's first step moves W by lr * grad.
    ratios = [
        0.05 * np.linalg.norm(grads[k]) / np.linalg.norm(W_before[k]) for k in ("W1", "W2", "W3")
    ]
    np.testing.assert_allclose(stats[0].update_ratios, ratios, rtol=1e-4)


def test_the_fused_sgd_step_reads_the_gradient_from_its_update():
    config = TrainConfig(hidden_sizes=(8,), batch_size=10, iters_num=1, learning_rate=0.5)
    trainer = Trainer(config, data())
    again = Trainer(config, data())
    [stats] = [e for e in trainer.run() if isinstance(e, GradientStats)]
    mask = again.rng.integers(0, 300, config.batch_size)
    x = again.x_train[mask].astype(np.float32) / np.float32(255)
    grads = again.network.gradient(x, again.t_train[mask])
    np.testing.assert_allclose(
        stats.grad_norms, [np.linalg.norm(grads["W1"]), np.linalg.norm(grads["W2"])], rtol=1e-4
    )


def test_gradient_history_keeps_arrays():
    history = GradientHistory()
    for i in range(3):
        history.append(
            GradientStats(i * 20, ("W1", "W2"), np.array([1.0, 2.0]) * i, np.array([0.1, 0.2]))
        )
    iterations, norms, ratios = history.arrays()
    assert iterations.tolist() == [0, 20, 40]
    assert norms.shape == ratios.shape == (3, 2)
    assert norms[:, 1].tolist() == [0.0, 2.0, 4.0]


def test_the_weights_history_stays_within_its_budget_and_covers_the_whole_run():
    W = np.zeros((784, 50), dtype=np.float32)  # 156,800 bytes
    history = WeightsHistory(max_bytes=10 * W.nbytes)
    history.add(-1, None, {"W1": W.copy()})
    for epoch in range(1000):
        history.add(epoch * 600, epoch, {"W1": W.copy()})
        assert history.nbytes <= 10 * W.nbytes
    iterations = [s.iteration for s in history.snapshots]
    assert iterations[0] == -1  # the untrained weights
    assert iterations[-1] == 999 * 600  # the latest
    gaps = np.diff(iterations[1:])
    assert len(history) >= 5
    assert gaps.max() <= 2 * gaps.min()  # evenly thinned


def test_a_continued_run_replaces_the_history_after_its_start():
    history = WeightsHistory()
    for iteration in (-1, 0, 600, 1200):
        history.add(iteration, None, {"W1": np.zeros(3)})
    history.add(600, 1, {"W1": np.ones(3)})
    assert [s.iteration for s in history.snapshots] == [-1, 0, 600]
    assert history.snapshots[-1].weights["W1"][0] == 1


def test_thinning_never_keeps_a_snapshot_twice():
    W = np.zeros(10)
    for budget in range(3, 9):
        history = WeightsHistory(max_bytes=budget * W.nbytes)
        for iteration in range(40):
            history.add(iteration, iteration, {"W1": W.copy()})
            iterations = [s.iteration for s in history.snapshots]
            assert len(iterations) == len(set(iterations)), (budget, iterations)
            assert iterations[-1] == iteration
            assert history.nbytes <= budget * W.nbytes
