"""The status bar: where the run is, how fast it goes, and when it will end."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from core.session import Phase, TrainingSession
from gui.text_formats import format_duration

PHASE_TEXT = {
    Phase.IDLE: "Ready",
    Phase.RUNNING: "Training",
    Phase.PAUSED: "Paused",
    Phase.DIVERGED: "Paused: diverged",
    Phase.STOPPING: "Stopping…",
    Phase.STOPPED: "Stopped",
    Phase.FINISHED: "Finished",
}


@dataclass(frozen=True)
class RunStatus:
    """What the status bar shows; None where nothing is known yet."""

    phase: Phase = Phase.IDLE
    iterations_done: int = 0
    total: int = 0
    epoch: int | None = None
    loss: float | None = None
    train_acc: float | None = None
    test_acc: float | None = None
    rate: float = 0.0
    elapsed: float = 0.0
    eta: float = math.nan

    @classmethod
    def of(cls, session: TrainingSession, total: int) -> RunStatus:
        """The status of ``session`` (``total``: the planned iterations when no run exists)."""
        last = session.epochs[-1] if session.epochs else None
        return cls(
            phase=session.phase,
            iterations_done=session.iterations_done,
            total=session.total_iterations or total,
            epoch=last.epoch if last else None,
            loss=session.last_loss,
            train_acc=last.train_acc if last else None,
            test_acc=last.test_acc if last else None,
            rate=session.rate,
            elapsed=session.clock.elapsed,
            eta=session.eta_seconds,
        )

    def texts(self) -> dict[str, str]:
        """The text of each status field; speed and ETA only while training."""
        if self.train_acc is None or self.test_acc is None:
            accuracy = "train / test acc -"
        else:
            accuracy = f"train / test acc {self.train_acc:.4f} / {self.test_acc:.4f}"
        running = self.phase is Phase.RUNNING
        if running:
            speed = f"{self.rate:,.0f} it/s" if self.rate > 0 else "- it/s"
            time = f"elapsed {format_duration(self.elapsed)}, ETA {format_duration(self.eta)}"
        else:  # no speed or ETA for a run that does not move
            speed = ""
            time = f"trained {format_duration(self.elapsed)}" if self.elapsed > 0 else ""
        return {
            "phase": PHASE_TEXT[self.phase],
            "iteration": f"iteration {self.iterations_done:,} / {self.total:,}",
            "epoch": "epoch -" if self.epoch is None else f"epoch {self.epoch}",
            "loss": "loss -" if self.loss is None else f"loss {self.loss:.4f}",
            "accuracy": accuracy,
            "speed": speed,
            "time": time,
        }


class TrainingStatusBar(QStatusBar):
    """Phase, iteration, epoch, loss, accuracy, speed and time, as permanent fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.fields: dict[str, QLabel] = {}
        for name in RunStatus().texts():
            label = QLabel()
            label.setObjectName(f"status_{name}")
            self.fields[name] = label
            self.addPermanentWidget(label)
        self.show_status(RunStatus())

    def show_status(self, status: RunStatus) -> None:
        """Update every field whose text changed (an unchanged label costs no relayout)."""
        for name, text in status.texts().items():
            label = self.fields[name]
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))
