"""Drives training from a ``QThread``: the loop itself runs in a child process.

The worker is a ``QObject`` moved to its own thread; ``QThread.started`` runs
``run()``, which builds the trainer (loading MNIST there, off the GUI thread),
starts ``core.training_process`` in a child process with the trainer's state,
and turns the child's messages into signals: losses about 30 times a second,
epochs, weight snapshots, pauses, divergence, errors. The child has a Python
lock of its own, so Qt's painting (done with the GUI thread's lock held) does
not slow training down.

The trainer built here is a *mirror*: it does not train, but the child's losses,
epochs and weights are recorded in it as they arrive, and its whole state is
replaced by the child's at every pause and at the end. So ``trainer`` always
describes the run, can be saved, and continues exactly where the child stopped.

Control calls (``pause``, ``resume``, ``step``, ``stop``, ``set_learning_rate``,
``request_weights``) come from the GUI thread and go to the child through a
pipe; calls made before the child exists are sent as soon as it does.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from core.trainer import DivergedEvent, EpochEvent, Trainer, TrainerState, WeightsEvent
from core.training_process import run_training_process

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05
CHILD_EXIT_SECONDS = 5.0


class TrainingWorker(QObject):
    """Runs one training run (from its start, or where it stopped) to its end.

    Parameters
    ----------
    trainer : Trainer or callable returning one
        An existing trainer to continue, or a factory called in the worker thread.
    """

    trainer_ready = Signal(object)  # the (mirror) Trainer
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
        self._commands = None  # the parent's end of the command pipe, once the child runs
        self._pending: list[tuple] = []

    # -- control, from the GUI thread -------------------------------------------

    def _send(self, *command: object) -> None:
        with self._lock:
            if self._commands is None:
                self._pending.append(command)
                return
            try:
                self._commands.send(command)
            except (OSError, ValueError):
                pass  # the child has finished: nothing left to control

    def pause(self) -> None:
        """Pause between iterations."""
        self._send("pause")

    def resume(self) -> None:
        """Resume after a pause."""
        self._send("resume")

    def step(self) -> None:
        """Run one iteration, then stay paused."""
        self._send("step")

    def stop(self) -> None:
        """End the run before its next iteration."""
        self._send("stop")

    def set_learning_rate(self, learning_rate: float) -> None:
        """Use ``learning_rate`` from the next iteration on."""
        trainer = self._trainer
        if trainer is not None:
            trainer.set_learning_rate(learning_rate)
        self._send("learning_rate", learning_rate)

    def request_weights(self) -> None:
        """Ask for a ``weights_changed`` after the next iteration."""
        self._send("weights")

    # -- the thread's work --------------------------------------------------------

    def run(self) -> None:
        """Build or take the trainer, train it in a child process; always ends with ``finished``."""
        try:
            trainer = self._trainer if self._trainer is not None else self._make_trainer()
            self._trainer = trainer
            for command in self._pending:
                if command[0] == "learning_rate":
                    trainer.set_learning_rate(command[1])
            self.trainer_ready.emit(trainer)
            self._emit_weights(trainer)
            if not trainer.finished:
                self._train_in_child(trainer)
            self._emit_weights(trainer)
        except Exception as exc:
            log.exception("training failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        finally:
            self.finished.emit()

    def _emit_weights(self, trainer: Trainer) -> None:
        self.weights_changed.emit(trainer.iterations_done - 1, trainer.network.copy().params)

    def _train_in_child(self, trainer: Trainer) -> None:
        context = multiprocessing.get_context("spawn")
        commands_in, commands_out = context.Pipe(duplex=False)
        events_in, events_out = context.Pipe(duplex=False)
        with self._lock:  # commands so far go with the child; later ones down the pipe
            first_commands, self._pending = tuple(self._pending), []
            self._commands = commands_out
        child = context.Process(
            target=run_training_process,
            args=(
                commands_in,
                events_out,
                trainer.config,
                trainer.dataset,
                trainer.state(),
                first_commands,
            ),
            name="mnist-trainer-training",
            daemon=True,
        )
        child.start()
        commands_in.close()
        events_out.close()
        try:
            self._relay(trainer, events_in)
        finally:
            with self._lock:
                self._commands = None
            commands_out.close()
            events_in.close()
            child.join(CHILD_EXIT_SECONDS)
            if child.is_alive():
                child.terminate()

    def _relay(self, trainer: Trainer, events: object) -> None:
        """Turn the child's messages into signals until it is done."""
        while True:
            try:
                message = events.recv()
            except EOFError:
                raise RuntimeError("the training process ended unexpectedly") from None
            kind = message[0]
            if kind == "losses":
                _, first, losses = message
                trainer.record_losses(first, losses)
                self.losses_arrived.emit(first, losses)
            elif kind == "event":
                self._relay_event(trainer, message[1])
            elif kind == "paused":
                state: TrainerState = message[1]
                trainer.restore(state)
                self._emit_weights(trainer)
                self.paused.emit(state.iterations_done)
            elif kind == "error":
                raise RuntimeError(f"{message[1]}\n\nIn the training process:\n{message[2]}")
            elif kind == "done":
                trainer.restore(message[1])
                return

    def _relay_event(self, trainer: Trainer, event: object) -> None:
        if isinstance(event, EpochEvent):
            trainer.epochs.append(event)
            self.epoch_finished.emit(event)
        elif isinstance(event, WeightsEvent):
            for key, value in event.params.items():
                trainer.network.params[key] = value
            self.weights_changed.emit(event.iteration, event.params)
        elif isinstance(event, DivergedEvent):
            self.diverged.emit(event)
