"""Saving a trainer's whole state, and picking a run up where it stopped.

``save_trainer`` writes the network, the metrics, the random generator's state
and the current learning rate; ``resume_trainer`` rebuilds a ``Trainer`` from
that, so that the iterations after it are bit-identical to those an
uninterrupted run with the same seed would have made.
"""

from __future__ import annotations

import os

import numpy as np

from core.model_file import SavedModel, save_model_file
from core.network import PARAM_KEYS
from core.trainer import Dataset, Trainer


def save_trainer(path: str | os.PathLike[str], trainer: Trainer) -> None:
    """Save everything needed to resume ``trainer`` (call it between iterations)."""
    save_model_file(
        path,
        trainer.network,
        trainer.config,
        losses=trainer.train_loss_list,
        epochs=trainer.epochs,
        iterations_done=trainer.iterations_done,
        extra={
            "rng_state": trainer.rng.bit_generator.state,
            "learning_rate": trainer.learning_rate,
        },
    )


def resume_trainer(saved: SavedModel, data: Dataset) -> Trainer:
    """A trainer in the state ``saved`` was saved in, ready to ``run()`` on.

    Parameters
    ----------
    saved : SavedModel
        From ``core.model_file.load_model_file``. Files without a generator state
        (format 1, or saved by hand) resume with the generator of a fresh run.
    data : Dataset
        The data to go on training with (normally the bundled MNIST).
    """
    trainer = Trainer(saved.config, data)
    for key in PARAM_KEYS:
        trainer.network.params[key] = np.array(saved.params[key], dtype=np.float32)
    trainer.iterations_done = saved.iterations_done
    if len(saved.losses):
        trainer._losses[: len(saved.losses)] = saved.losses
    trainer.epochs = list(saved.epochs)
    if "rng_state" in saved.extra:
        trainer.rng.bit_generator.state = saved.extra["rng_state"]
    if "learning_rate" in saved.extra:
        trainer.set_learning_rate(float(saved.extra["learning_rate"]))
    return trainer
