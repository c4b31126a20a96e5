"""The training process trains on the bundled set its config names, switching between sets."""

from __future__ import annotations

import pytest

from core.data import load_mnist
from core.messages import Done, EpochEvent, Failed, LossChunk, Train
from core.trainer import TrainConfig, Trainer
from core.training_process import TrainingProcess

MNIST = TrainConfig(hidden_sizes=(7,), iters_num=3, batch_size=10, seed=4)
FASHION = TrainConfig(hidden_sizes=(7,), iters_num=3, batch_size=10, seed=4, dataset="fashion")


def _child_run(process: TrainingProcess, config: TrainConfig) -> tuple[list[float], list]:
    losses: list[float] = []
    epochs = []
    for message in process.run(Train(config)):
        if isinstance(message, Failed):
            raise AssertionError(message.message + message.traceback)
        if isinstance(message, LossChunk):
            losses.extend(message.losses.tolist())
        elif isinstance(message, EpochEvent):
            epochs.append(message)
    assert isinstance(message, Done)
    return losses, epochs


def _local_run(config: TrainConfig) -> tuple[list[float], list]:
    trainer = Trainer(config, load_mnist(normalize=False, dataset=config.dataset))
    for _ in trainer.run():
        pass
    return trainer.train_loss_list.tolist(), trainer.epochs


@pytest.fixture(scope="module")
def process():
    process = TrainingProcess(preload_bundled=True)
    yield process
    process.close()


def test_each_run_trains_on_its_own_dataset(process):
    fashion = _child_run(process, FASHION)
    mnist = _child_run(process, MNIST)
    fashion_again = _child_run(process, FASHION)
    assert fashion == _local_run(FASHION)
    assert mnist == _local_run(MNIST)
    assert fashion_again == fashion
    assert fashion[0] != mnist[0]  # the same seed and network: only the data differs
