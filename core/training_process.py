"""Training in a child process, so that nothing else in the program slows it down.

In the window, Qt paints with Python's global lock held, which stalls a training
thread's Python (about 40% of an iteration is small NumPy calls); a child process
has a lock of its own. ``run_training_process`` is the child's main: it rebuilds
the trainer from a ``TrainerState``, runs it, obeys commands, and sends events.

Commands (parent to child): ``("pause",)``, ``("resume",)``, ``("step",)``,
``("stop",)``, ``("learning_rate", x)``, ``("weights",)``.

Messages (child to parent): ``("losses", first_iteration, (n,) float64)`` about
30 times a second, ``("event", EpochEvent | WeightsEvent | DivergedEvent)``,
``("paused", TrainerState)``, ``("error", message, traceback)`` and last
``("done", TrainerState)``.
"""

from __future__ import annotations

import threading
import time
import traceback
from multiprocessing.connection import Connection

import numpy as np

from core.blas import use_training_blas_threads
from core.trainer import (
    Dataset,
    IterationEvent,
    PausedEvent,
    TrainConfig,
    Trainer,
    TrainerState,
)

LOSS_CHUNK_SECONDS = 1 / 30


def apply_command(trainer: Trainer, command: tuple) -> None:
    """Carry out one of the parent's commands (see the module docstring)."""
    if command[0] == "learning_rate":
        trainer.set_learning_rate(command[1])
        return
    actions = {
        "pause": trainer.pause,
        "resume": trainer.resume,
        "step": trainer.step,
        "stop": trainer.stop,
        "weights": trainer.request_weights,
    }
    actions[command[0]]()


def _obey(commands: Connection, trainer: Trainer) -> None:
    """Apply the parent's commands until it closes the pipe or says stop."""
    while True:
        try:
            command = commands.recv()
        except (EOFError, OSError):
            trainer.stop()  # the parent is gone
            return
        apply_command(trainer, command)
        if command[0] == "stop":
            return


def run_training_process(
    commands: Connection,
    events: Connection,
    config: TrainConfig,
    data: Dataset,
    state: TrainerState,
    first_commands: tuple[tuple, ...] = (),
) -> None:
    """The child process's main: train from ``state`` until done or told to stop.

    ``first_commands`` are applied before the first iteration (a run started
    with Step must not take a second one before the pipe is read).
    """
    try:
        use_training_blas_threads()
        trainer = Trainer(config, data)
        trainer.restore(state)
        for command in first_commands:
            apply_command(trainer, command)
        threading.Thread(target=_obey, args=(commands, trainer), daemon=True).start()
        _train(trainer, events)
        events.send(("done", trainer.state()))
    except Exception as exc:
        events.send(("error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    finally:
        events.close()


def _train(trainer: Trainer, events: Connection) -> None:
    chunk: list[float] = []
    chunk_start = trainer.iterations_done
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal chunk, last_flush
        if chunk:
            events.send(("losses", chunk_start, np.array(chunk)))
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
        if isinstance(event, PausedEvent):
            events.send(("paused", trainer.state()))
        else:
            events.send(("event", event))
    flush()
