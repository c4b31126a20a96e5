"""Drives the core's ``Trainer`` in a ``QThread`` and reports through signals.

The worker is a ``QObject`` moved to its own thread; ``QThread.started`` runs
``run()``, which builds the trainer (loading MNIST there, off the GUI thread)
and iterates its events. Losses are sent in chunks about 30 times a second (as
often as the window redraws), not one signal per iteration; everything else is
sent as it happens. Control calls (``pause``, ``resume``, ``step``, ``stop``,
``set_learning_rate``) come from the GUI thread and are forwarded to the
trainer, which is thread-safe for them; calls made before the trainer exists
are applied as soon as it does.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.trainer import (
    DivergedEvent,
    EpochEvent,
    IterationEvent,
    PausedEvent,
    Trainer,
    WeightsEvent,
)

log = logging.getLogger(__name__)

LOSS_CHUNK_SECONDS = 1 / 30  # as often as the window redraws, no more


class TrainingWorker(QObject):
    """Runs one ``Trainer.run()`` from start (or where it stopped) to its end.

    Parameters
    ----------
    trainer : Trainer or callable returning one
        An existing trainer to continue, or a factory called in the worker thread.
    """

    trainer_ready = Signal(object)  # the Trainer
    losses_arrived = Signal(int, object)  # first iteration, (n,) float64 losses
    epoch_finished = Signal(object)  # EpochEvent
    weights_changed = Signal(int, object)  # iteration, copies of W1, b1, W2, b2
    paused = Signal(int)  # iterations done
    diverged = Signal(object)  # DivergedEvent
    failed = Signal(str, str)  # short message, traceback
    finished = Signal()

    def __init__(self, trainer: Trainer | Callable[[], Trainer]) -> None:
        super().__init__()
        self._make_trainer = trainer if callable(trainer) else None
        self._trainer = None if callable(trainer) else trainer
        self._lock = threading.Lock()
        self._pending: list[Callable[[Trainer], None]] = []

    # -- control, from the GUI thread -------------------------------------------

    def _forward(self, command: Callable[[Trainer], None]) -> None:
        with self._lock:
            if self._trainer is None:
                self._pending.append(command)
                return
            trainer = self._trainer
        command(trainer)

    def pause(self) -> None:
        """Pause between iterations."""
        self._forward(Trainer.pause)

    def resume(self) -> None:
        """Resume after a pause."""
        self._forward(Trainer.resume)

    def step(self) -> None:
        """Run one iteration, then stay paused."""
        self._forward(Trainer.step)

    def stop(self) -> None:
        """End the run before its next iteration."""
        self._forward(Trainer.stop)

    def set_learning_rate(self, learning_rate: float) -> None:
        """Use ``learning_rate`` from the next iteration on."""
        self._forward(lambda trainer: trainer.set_learning_rate(learning_rate))

    def request_weights(self) -> None:
        """Ask for a ``weights_changed`` after the next iteration."""
        self._forward(Trainer.request_weights)

    # -- the thread's work --------------------------------------------------------

    def run(self) -> None:
        """Build or take the trainer and run it; always ends with ``finished``."""
        try:
            trainer = self._trainer if self._trainer is not None else self._make_trainer()
            with self._lock:
                self._trainer = trainer
                pending, self._pending = self._pending, []
            for command in pending:
                command(trainer)
            self.trainer_ready.emit(trainer)
            self._emit_weights(trainer)
            self._drive(trainer)
            self._emit_weights(trainer)
        except Exception as exc:
            log.exception("training failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        finally:
            self.finished.emit()

    def _emit_weights(self, trainer: Trainer) -> None:
        self.weights_changed.emit(trainer.iterations_done - 1, trainer.network.copy().params)

    def _drive(self, trainer: Trainer) -> None:
        chunk: list[float] = []
        chunk_start = trainer.iterations_done
        last_flush = time.monotonic()

        def flush() -> None:
            nonlocal chunk, last_flush
            if chunk:
                self.losses_arrived.emit(chunk_start, np.array(chunk))
                chunk = []
            last_flush = time.monotonic()

        for event in trainer.run():
            if isinstance(event, IterationEvent):
                if not chunk:
                    chunk_start = event.iteration
                chunk.append(event.loss)
                if time.monotonic() - last_flush >= LOSS_CHUNK_SECONDS:
                    flush()
                continue
            flush()
            if isinstance(event, EpochEvent):
                self.epoch_finished.emit(event)
            elif isinstance(event, WeightsEvent):
                self.weights_changed.emit(event.iteration, event.params)
            elif isinstance(event, PausedEvent):
                self._emit_weights(trainer)
                self.paused.emit(event.iterations_done)
            elif isinstance(event, DivergedEvent):
                self.diverged.emit(event)
        flush()
