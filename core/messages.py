"""What crosses the pipe between the window and its training process: frozen dataclasses.

Commands go from the parent to the child (``Train`` starts a run; ``Pause``,
``Resume``, ``Step``, ``Stop`` and ``SetLearningRate`` steer it; ``Shutdown``
ends the process). Messages come back: ``LossChunk`` about 30 times a second,
the trainer's own ``EpochEvent``, ``WeightsEvent`` (a few times a second) and
``DivergedEvent``, then ``Paused`` at every pause and ``Done`` when the run
ends, or ``Failed``. A reader can follow a value across the boundary by its type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.config import TrainConfig
from core.data import Dataset
from core.events import (
    DivergedEvent,
    EpochDetails,
    EpochEvent,
    GradientStats,
    TrainerState,
    WeightsEvent,
)

# -- commands: parent to child ---------------------------------------------------------


@dataclass(frozen=True)
class Pause:
    """Pause between iterations."""


@dataclass(frozen=True)
class Resume:
    """Go on after a pause (or after a divergence)."""


@dataclass(frozen=True)
class Step:
    """Run one iteration, then stay paused."""


@dataclass(frozen=True)
class Stop:
    """End the run before its next iteration."""


@dataclass(frozen=True)
class SetLearningRate:
    """Use ``value`` from the next iteration on."""

    value: float


Command = Pause | Resume | Step | Stop | SetLearningRate
"""A command that steers the run in progress."""


@dataclass(frozen=True)
class Train:
    """Start a run: a fresh one from ``config`` (``state`` None) or one that goes on from ``state``.

    ``commands`` are applied before the first iteration (a run started with
    Step must not take a second iteration before the pipe is read). ``data``
    is sent once per process when the run does not use the bundled MNIST
    (None: the data the process already has).
    """

    config: TrainConfig
    state: TrainerState | None = None
    commands: tuple[Command, ...] = ()
    data: Dataset | None = None


@dataclass(frozen=True)
class Shutdown:
    """End the training process (stopping a run in progress)."""


# -- messages: child to parent ---------------------------------------------------------


@dataclass(frozen=True)
class LossChunk:
    """The losses of iterations ``first_iteration`` to ``first_iteration + len(losses) - 1``.

    ``losses`` is ``(n,)`` float64.
    """

    first_iteration: int
    losses: np.ndarray


@dataclass(frozen=True)
class StatsChunk:
    """The gradient sizes measured since the last chunk (``GradientStats``, in order)."""

    stats: list[GradientStats]


@dataclass(frozen=True)
class Checkpoint:
    """What the parent needs, besides the losses and epochs it already has, to continue a run.

    Attributes
    ----------
    params : dict
        Every parameter by the book's keys (``W1 (784, H1)``, ``b1``, ...), float32 copies.
    iterations_done : int
    rng_state : dict
        The minibatch generator's ``bit_generator.state``.
    learning_rate : float
    buffers : dict
        Batch norm's running statistics (empty without batch norm).
    optimizer_state : dict
        ``Optimizer.state_dict()`` (empty for SGD).
    """

    params: dict[str, np.ndarray]
    iterations_done: int
    rng_state: dict[str, Any]
    learning_rate: float
    buffers: dict[str, np.ndarray] = field(default_factory=dict)
    optimizer_state: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass(frozen=True)
class Paused:
    """The run is paused between iterations (all losses up to here were sent before)."""

    checkpoint: Checkpoint


@dataclass(frozen=True)
class Done:
    """The run has ended (finished or stopped); the process waits for the next ``Train``."""

    checkpoint: Checkpoint


@dataclass(frozen=True)
class Failed:
    """The run ended with an error: a one-line ``message`` and the child's ``traceback``."""

    message: str
    traceback: str


Message = (
    LossChunk
    | StatsChunk
    | EpochEvent
    | EpochDetails
    | WeightsEvent
    | DivergedEvent
    | Paused
    | Done
    | Failed
)
"""Anything the training process reports about a run."""
