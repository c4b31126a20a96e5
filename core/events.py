"""What a training run reports, as small frozen data: events and the trainer's state.

``Trainer.run()`` yields these; the training process sends them to the window;
model files and run folders store them. This module holds only data, so that
the code that stores or shows a run does not import the training loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class IterationEvent:
    """One SGD step done. ``iteration`` is the book's ``i``, from 0."""

    iteration: int
    loss: float


@dataclass(frozen=True, slots=True)
class EpochEvent:
    """Accuracy on the whole train and test sets after iteration ``i % iter_per_epoch == 0``."""

    epoch: int
    iteration: int
    train_acc: float
    test_acc: float


@dataclass(frozen=True, eq=False)
class EpochDetails:
    """What else was measured at an epoch boundary, with the ``EpochEvent`` it follows.

    Attributes
    ----------
    epoch, iteration : int
        As the ``EpochEvent``'s.
    confusion : (K, K) int64 ndarray
        Test-set counts: row = true class, column = the network's answer.
    weights : dict of str to ndarray
        Copies of every weight matrix (``W1 (784, H1)``, ``W2``, ...) at that moment,
        for the weights' history.
    """

    epoch: int
    iteration: int
    confusion: np.ndarray
    weights: dict[str, np.ndarray]


@dataclass(frozen=True, eq=False)
class GradientStats:
    """The size of each layer's gradient and update after ``iteration``.

    Attributes
    ----------
    iteration : int
    names : tuple of str
        ``("W1", "W2", ...)``: the weight matrices, first layer first.
    grad_norms : (L,) float64 ndarray
        ``||dL/dW||`` (Frobenius norm) of each, weight decay included.
    update_ratios : (L,) float64 ndarray
        ``||W_after - W_before|| / ||W_before||``: how much the step moved each matrix.
    """

    iteration: int
    names: tuple[str, ...]
    grad_norms: np.ndarray
    update_ratios: np.ndarray


@dataclass(frozen=True, slots=True)
class WeightsEvent:
    """Copies of the parameters after ``iteration``.

    ``params`` holds every parameter by the book's keys (``W1 (784, H1)``, ``b1``,
    ..., and ``gamma1``, ``beta1``, ... with batch norm): enough to show the
    weights. ``buffers`` holds batch norm's running statistics, which reading a
    digit with the network as it was then needs too.
    """

    iteration: int
    params: dict[str, np.ndarray]
    buffers: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def W1(self) -> np.ndarray:
        """The first-layer weights ``(784, H)``."""
        return self.params["W1"]


@dataclass(frozen=True, slots=True)
class PausedEvent:
    """The trainer has stopped between iterations; ``iterations_done`` have run."""

    iterations_done: int


@dataclass(frozen=True, slots=True)
class DivergedEvent:
    """Training went wrong at ``iteration`` with ``learning_rate``; the trainer paused itself.

    Either the loss became NaN or infinite, or it averaged far more than the
    loss of guessing at random over the last iterations (see
    ``core.divergence``). ``reason`` says which, in words.
    """

    iteration: int
    loss: float
    reason: str
    learning_rate: float


@dataclass(frozen=True)
class TrainerState:
    """Everything about a trainer that changes as it runs (copies, safe to send elsewhere).

    Attributes
    ----------
    params : dict
        ``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)`` float32.
    losses : (iterations_done,) float64
    epochs : list of EpochEvent
    iterations_done : int
    rng_state : dict
        ``numpy.random.Generator.bit_generator.state`` (plain JSON data).
    learning_rate : float
    buffers : dict
        Batch norm's running statistics (``running_mean1 (H1,)``, ``running_var1``, ...);
        empty for networks without batch norm.
    optimizer_state : dict
        ``Optimizer.state_dict()``: Momentum's velocities, AdaGrad's sums, Adam's
        moments and step count (empty for SGD).
    """

    params: dict[str, np.ndarray]
    losses: np.ndarray
    epochs: list[EpochEvent]
    iterations_done: int
    rng_state: dict[str, Any]
    learning_rate: float
    buffers: dict[str, np.ndarray] = field(default_factory=dict)
    optimizer_state: dict[str, np.ndarray] = field(default_factory=dict)


Event = (
    IterationEvent
    | EpochEvent
    | EpochDetails
    | GradientStats
    | WeightsEvent
    | PausedEvent
    | DivergedEvent
)
"""Any event ``Trainer.run()`` yields."""
