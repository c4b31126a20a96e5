"""What a ``TrainingSession`` is in (``Phase``), asks for (``TrainRequest``) and announces.

The announcements are small frozen dataclasses handed to the session's
subscribers (``TrainingSession.subscribe``); the window turns them into
redraws, the run controller into saves.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from core.config import TrainConfig
from core.events import DivergedEvent, EpochEvent, TrainerState
from core.messages import Command
from core.run_record import RunRecord


class Phase(enum.Enum):
    """Where the run is."""

    IDLE = "idle"  # no run: every setting can change
    RUNNING = "running"
    PAUSED = "paused"
    DIVERGED = "diverged"  # paused by the trainer: the loss blew up
    STOPPING = "stopping"  # asked to stop; the process has not confirmed yet
    STOPPED = "stopped"  # stopped early: Start continues it
    FINISHED = "finished"  # all iterations done

    @property
    def active(self) -> bool:
        """True while the training process works on the run (or holds it paused)."""
        return self in (Phase.RUNNING, Phase.PAUSED, Phase.DIVERGED, Phase.STOPPING)


@dataclass(frozen=True)
class TrainRequest:
    """Start the training process on a run: fresh from ``config``, or going on from ``state``."""

    config: TrainConfig
    state: TrainerState | None
    commands: tuple[Command, ...] = ()


# -- what subscribers hear --------------------------------------------------------------


@dataclass(frozen=True)
class PhaseChanged:
    """The run moved to ``phase``."""

    phase: Phase


@dataclass(frozen=True)
class LossesAdded:
    """``count`` losses from ``first_iteration`` on were added to the history."""

    first_iteration: int
    count: int


@dataclass(frozen=True)
class EpochAdded:
    """An accuracy measurement arrived."""

    epoch: EpochEvent


@dataclass(frozen=True)
class DetailsAdded:
    """The confusion matrix and weights snapshot of epoch ``epoch`` arrived."""

    epoch: int


@dataclass(frozen=True)
class GradientsAdded:
    """``count`` gradient-size measurements were added to ``gradient_history``."""

    count: int


@dataclass(frozen=True)
class WeightsChanged:
    """New weights, as they were after ``iteration`` (-1: the untrained initial ones)."""

    iteration: int


@dataclass(frozen=True)
class RunDiverged:
    """The trainer paused the run: its loss blew up."""

    event: DivergedEvent


@dataclass(frozen=True)
class RunEnded:
    """The run stopped, finished, diverged or failed: ``record`` is what to save."""

    record: RunRecord


@dataclass(frozen=True)
class TrainingFailed:
    """The training process reported an error (``message``, one line) with its ``traceback``."""

    message: str
    traceback: str


@dataclass(frozen=True)
class Cleared:
    """Reset: the session holds no run any more."""


SessionEvent = (
    PhaseChanged
    | LossesAdded
    | EpochAdded
    | DetailsAdded
    | GradientsAdded
    | WeightsChanged
    | RunDiverged
    | RunEnded
    | TrainingFailed
    | Cleared
)
