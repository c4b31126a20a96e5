"""A finished or stopped run as plain data: what gets written to its run folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.config import TrainConfig
from core.events import EpochEvent, TrainerState

STATUSES = ("finished", "stopped", "diverged", "failed", "interrupted")


@dataclass(frozen=True)
class RunRecord:
    """A snapshot of one run, safe to hand to another thread (every array is a copy).

    Attributes
    ----------
    config : TrainConfig
    state : TrainerState
        Weights, losses ``(iterations_done,)``, epochs, generator state, learning rate.
    status : str
        One of ``STATUSES``.
    duration_s : float
        Seconds of training, pauses left out.
    note : str or None
        Why it ended so (a divergence, an error).
    run_dir : Path or None
        Its run folder, when it has one already.
    final_accuracy : (train_acc, test_acc) or None
        Of the final model, once measured.
    """

    config: TrainConfig
    state: TrainerState
    status: str
    duration_s: float
    note: str | None = None
    run_dir: Path | None = None
    final_accuracy: tuple[float, float] | None = None

    @property
    def iterations_done(self) -> int:
        """Iterations trained."""
        return self.state.iterations_done

    @property
    def losses(self) -> np.ndarray:
        """``(iterations_done,)`` float64: the loss of every iteration (may be empty)."""
        return self.state.losses

    @property
    def epochs(self) -> list[EpochEvent]:
        """The accuracy measurements."""
        return self.state.epochs
