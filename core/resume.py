"""Saving a run's whole state, and picking a run up where it stopped.

``save_state`` (or ``save_trainer``) writes the network (with batch norm's running
statistics), the optimizer's state, the metrics, the random generator's state and
the current learning rate; ``state_of`` reads them back
as a ``TrainerState`` and ``resume_trainer`` rebuilds a ``Trainer`` from one, so
that the iterations after it are bit-identical to those an uninterrupted run
with the same seed would have made.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from core.architecture import build_network, network_from_params
from core.config import ConfigError, TrainConfig, check_learning_rate
from core.data import Dataset
from core.events import TrainerState
from core.model_archive import INPUT_SIZE, OUTPUT_SIZE
from core.model_file import SavedModel, save_model_file
from core.trainer import Trainer


def save_state(path: str | os.PathLike[str], config: TrainConfig, state: TrainerState) -> None:
    """Save everything needed to go on from ``state`` to the model file ``path``."""
    network = network_from_params(config, state.params, buffers=state.buffers)
    save_model_file(
        path,
        network,
        config,
        losses=state.losses,
        epochs=state.epochs,
        iterations_done=state.iterations_done,
        extra={"rng_state": state.rng_state, "learning_rate": state.learning_rate},
        optimizer_state=state.optimizer_state,
    )


def save_trainer(path: str | os.PathLike[str], trainer: Trainer) -> None:
    """Save everything needed to resume ``trainer`` (call it between iterations)."""
    save_state(path, trainer.config, trainer.state())


def fresh_rng_state(config: TrainConfig) -> dict[str, Any]:
    """The minibatch generator's state of a fresh run of ``config``, after its weights were drawn.

    A ``Trainer`` draws the initial weights from the same generator first, so
    this is where a run from a file without a generator state goes on.
    """
    rng = np.random.default_rng(config.seed)
    build_network(config, INPUT_SIZE, OUTPUT_SIZE, rng=rng, dtype=np.float32)
    return dict(rng.bit_generator.state)


def state_of(saved: SavedModel) -> TrainerState:
    """The state ``saved`` was saved in (files without a generator state go on as a fresh run)."""
    rng_state = saved.extra.get("rng_state")
    try:
        learning_rate = check_learning_rate(saved.extra.get("learning_rate"))  # type: ignore[arg-type]
    except ConfigError:  # none saved, or not a usable one: the run's own
        learning_rate = saved.config.learning_rate
    return TrainerState(
        params={key: np.array(value, dtype=np.float32) for key, value in saved.params.items()},
        losses=np.array(saved.losses, dtype=np.float64),
        epochs=list(saved.epochs),
        iterations_done=saved.iterations_done,
        rng_state=rng_state if _usable(rng_state) else fresh_rng_state(saved.config),  # type: ignore[arg-type]
        learning_rate=learning_rate,
        buffers={key: np.array(value, dtype=np.float32) for key, value in saved.buffers.items()},
        optimizer_state={key: _as_trained(value) for key, value in saved.optimizer_state.items()},
    )


def _as_trained(value: np.ndarray) -> np.ndarray:
    """A copy in the trainer's float32 (floats) or as it is (Adam's step count)."""
    return np.array(value, dtype=np.float32 if value.dtype.kind == "f" else value.dtype)


def _usable(rng_state: object) -> bool:
    """True if ``rng_state`` can be given to the trainer's generator."""
    if not isinstance(rng_state, dict):
        return False
    try:
        np.random.default_rng().bit_generator.state = rng_state
    except (TypeError, ValueError, KeyError, OverflowError):
        return False
    return True


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
    trainer.restore(state_of(saved))
    return trainer
