"""Saving a trainer's whole state, and picking a run up where it stopped.

``save_trainer`` writes the network, the metrics, the random generator's state
and the current learning rate; ``resume_trainer`` rebuilds a ``Trainer`` from
that, so that the iterations after it are bit-identical to those an
uninterrupted run with the same seed would have made.
"""

from __future__ import annotations

import os

from core.model_file import SavedModel, save_model_file
from core.trainer import Dataset, Trainer, TrainerState


def save_trainer(path: str | os.PathLike[str], trainer: Trainer) -> None:
    """Save everything needed to resume ``trainer`` (call it between iterations)."""
    state = trainer.state()
    save_model_file(
        path,
        trainer.network,
        trainer.config,
        losses=state.losses,
        epochs=state.epochs,
        iterations_done=state.iterations_done,
        extra={"rng_state": state.rng_state, "learning_rate": state.learning_rate},
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
    fresh = trainer.state()
    trainer.restore(
        TrainerState(
            params=saved.params,
            losses=saved.losses,
            epochs=list(saved.epochs),
            iterations_done=saved.iterations_done,
            rng_state=saved.extra.get("rng_state", fresh.rng_state),
            learning_rate=float(saved.extra.get("learning_rate", fresh.learning_rate)),
        )
    )
    return trainer
