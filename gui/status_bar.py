"""The status bar: where the run is, how fast it goes, and when it will end."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from core.session import Phase, TrainingSession
from gui.i18n import Retranslating
from gui.text_formats import format_duration

CONTEXT = "RunStatus"
PHASE_TEXT = {
    Phase.IDLE: QT_TRANSLATE_NOOP("RunStatus", "Ready"),
    Phase.RUNNING: QT_TRANSLATE_NOOP("RunStatus", "Training"),
    Phase.PAUSED: QT_TRANSLATE_NOOP("RunStatus", "Paused"),
    Phase.DIVERGED: QT_TRANSLATE_NOOP("RunStatus", "Paused: diverged"),
    Phase.STOPPING: QT_TRANSLATE_NOOP("RunStatus", "Stopping…"),
    Phase.STOPPED: QT_TRANSLATE_NOOP("RunStatus", "Stopped"),
    Phase.FINISHED: QT_TRANSLATE_NOOP("RunStatus", "Finished"),
}
"""The phase's name in English (translated where shown)."""
FIELD_NAMES = {
    "phase": QT_TRANSLATE_NOOP("RunStatus", "Phase of the run"),
    "iteration": QT_TRANSLATE_NOOP("RunStatus", "Iterations done"),
    "epoch": QT_TRANSLATE_NOOP("RunStatus", "Epoch"),
    "loss": QT_TRANSLATE_NOOP("RunStatus", "Loss"),
    "accuracy": QT_TRANSLATE_NOOP("RunStatus", "Train and test accuracy"),
    "speed": QT_TRANSLATE_NOOP("RunStatus", "Speed"),
    "time": QT_TRANSLATE_NOOP("RunStatus", "Training time"),
}
"""Each field's accessible name (English; translated where set)."""
FIELD_MIN_WIDTH = 24


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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
        """Each status field's text in the current language; speed and ETA only while training."""
        if self.train_acc is None or self.test_acc is None:
            accuracy = QCoreApplication.translate("RunStatus", "train / test acc -")
        else:
            accuracy = QCoreApplication.translate(
                "RunStatus", "train / test acc {train} / {test}"
            ).format(train=f"{self.train_acc:.4f}", test=f"{self.test_acc:.4f}")
        running = self.phase is Phase.RUNNING
        if running:
            rate = f"{self.rate:,.0f}" if self.rate > 0 else "-"
            speed = QCoreApplication.translate("RunStatus", "{rate} it/s").format(rate=rate)
            time = QCoreApplication.translate("RunStatus", "elapsed {elapsed}, ETA {eta}").format(
                elapsed=format_duration(self.elapsed), eta=format_duration(self.eta)
            )
        else:  # no speed or ETA for a run that does not move
            speed = ""
            time = (
                QCoreApplication.translate("RunStatus", "trained {elapsed}").format(
                    elapsed=format_duration(self.elapsed)
                )
                if self.elapsed > 0
                else ""
            )
        iteration = QCoreApplication.translate("RunStatus", "iteration {done} / {total}").format(
            done=f"{self.iterations_done:,}", total=f"{self.total:,}"
        )
        return {
            "phase": _tr(PHASE_TEXT[self.phase]),
            "iteration": iteration,
            "epoch": QCoreApplication.translate("RunStatus", "epoch -")
            if self.epoch is None
            else QCoreApplication.translate("RunStatus", "epoch {epoch}").format(epoch=self.epoch),
            "loss": QCoreApplication.translate("RunStatus", "loss -")
            if self.loss is None
            else QCoreApplication.translate("RunStatus", "loss {loss}").format(
                loss=f"{self.loss:.4f}"
            ),
            "accuracy": accuracy,
            "speed": speed,
            "time": time,
        }


class TrainingStatusBar(Retranslating, QStatusBar):
    """Phase, iteration, epoch, loss, accuracy, speed and time, as permanent fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.fields: dict[str, QLabel] = {}
        self._status = RunStatus()
        for name in FIELD_NAMES:
            label = QLabel()
            label.setObjectName(f"status_{name}")
            # A narrow window (or presentation mode on a projector) clips the fields'
            # ends rather than being widened by them: the status bar alone asks
            # ~850 pixels while a run trains.
            label.setMinimumWidth(FIELD_MIN_WIDTH)
            self.fields[name] = label
            self.addPermanentWidget(label)
        self.retranslate()

    def retranslate(self) -> None:
        """The fields' accessible names, and the status again in the current language."""
        for name, label in self.fields.items():
            label.setAccessibleName(_tr(FIELD_NAMES[name]))
        self.show_status(self._status)

    def show_status(self, status: RunStatus) -> None:
        """Update every field whose text changed (an unchanged label costs no relayout)."""
        self._status = status
        for name, text in status.texts().items():
            label = self.fields[name]
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))
