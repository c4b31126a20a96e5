"""The training process's side: train each run the parent sends, report every event.

``serve`` is the child's main (``core.training_process.TrainingProcess`` starts
it). A reader thread takes the parent's commands: a ``Train`` is queued for
the main loop, which trains it; the others steer the run in progress. Losses
are sent in chunks about 30 times a second and the weights about 5 times a
second, whatever the training rate; every other event as it happens.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
import traceback
from multiprocessing.connection import Connection

import numpy as np

from core.architecture import buffers_of
from core.blas import use_training_blas_threads
from core.data import Dataset, load_mnist
from core.datasets import DEFAULT_DATASET
from core.events import GradientStats, IterationEvent, PausedEvent, WeightsEvent
from core.messages import (
    Checkpoint,
    Command,
    Done,
    Failed,
    LossChunk,
    Pause,
    Paused,
    Resume,
    SetLearningRate,
    Shutdown,
    StatsChunk,
    Step,
    Stop,
    Train,
)
from core.trainer import Trainer

LOSS_CHUNK_SECONDS = 1 / 30
WEIGHTS_SECONDS = 0.2


class _Steering:
    """The child's view of the run in progress, for the thread that reads commands.

    Commands that arrive while no run is in progress belong to a run that has
    ended and are dropped; those that arrive between a ``Train`` and its
    trainer being ready are kept and applied to it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._trainer: Trainer | None = None
        self._starting = False
        self._early: list[Command] = []
        self.shutting_down = False

    def expect_run(self) -> None:
        with self._lock:
            self._starting, self._early = True, []

    def attach(self, trainer: Trainer) -> None:
        with self._lock:
            for command in self._early:
                _apply(trainer, command)
            if self.shutting_down:
                trainer.stop()
            self._trainer, self._starting, self._early = trainer, False, []

    def detach(self) -> None:
        with self._lock:
            self._trainer, self._starting = None, False

    def steer(self, command: Command) -> None:
        with self._lock:
            if self._trainer is not None:
                _apply(self._trainer, command)
            elif self._starting:
                self._early.append(command)

    def shut_down(self) -> None:
        with self._lock:
            self.shutting_down = True
            if self._trainer is not None:
                self._trainer.stop()


def _apply(trainer: Trainer, command: Command) -> None:
    if isinstance(command, SetLearningRate):
        trainer.set_learning_rate(command.value)
        return
    actions = {Pause: trainer.pause, Resume: trainer.resume, Step: trainer.step, Stop: trainer.stop}
    actions[type(command)]()


def _read_commands(
    commands: Connection, steering: _Steering, inbox: queue.Queue[Train | Shutdown]
) -> None:
    """The child's reader thread: runs go to ``inbox``, steering goes to the run."""
    while True:
        try:
            message = commands.recv()
        except (EOFError, OSError):  # the parent is gone
            message = Shutdown()
        if isinstance(message, Shutdown):
            steering.shut_down()
            inbox.put(message)
            return
        if isinstance(message, Train):
            steering.expect_run()
            inbox.put(message)
        else:
            steering.steer(message)


class _BundledData:
    """One bundled set (``core.datasets``), loaded once, in the background if preloaded."""

    def __init__(self, dataset: str, preload: bool) -> None:
        self.dataset = dataset
        self._data: Dataset | None = None
        self._error: Exception | None = None
        self._ready = threading.Event()
        self._loading = preload
        if preload:
            threading.Thread(target=self._load, name=f"load-{dataset}", daemon=True).start()

    def _load(self) -> None:
        try:
            self._data = load_mnist(normalize=False, dataset=self.dataset)
        except Exception as exc:
            self._error = exc
        finally:
            self._ready.set()

    def get(self) -> Dataset:
        """The data (waiting for the background load); DatasetError if it cannot be read."""
        if not self._loading:
            self._loading = True
            self._load()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        assert self._data is not None
        return self._data


def _bundled_for(held: _BundledData, dataset: str) -> _BundledData:
    """``held`` if it is ``dataset``, else that set (loaded when first asked for).

    The child holds one bundled set at a time: a run on Fashion-MNIST after one
    on MNIST loads Fashion-MNIST, and MNIST is loaded again when a run needs it.
    """
    return held if held.dataset == dataset else _BundledData(dataset, preload=False)


def serve(commands: Connection, messages: Connection, preload: bool) -> None:
    """The child process's main: train each ``Train`` that arrives until ``Shutdown``."""
    use_training_blas_threads()
    bundled = _BundledData(DEFAULT_DATASET, preload)
    steering = _Steering()
    inbox: queue.Queue[Train | Shutdown] = queue.Queue()
    threading.Thread(
        target=_read_commands, args=(commands, steering, inbox), name="commands", daemon=True
    ).start()
    data: Dataset | None = None
    try:
        while True:
            request = inbox.get()
            if isinstance(request, Shutdown):
                return
            try:
                data = request.data if request.data is not None else data
                if data is None:  # the bundled set the run's config names
                    bundled = _bundled_for(bundled, request.config.dataset)
                trainer = Trainer(request.config, data if data is not None else bundled.get())
                if request.state is not None:
                    trainer.restore(request.state)
                for command in request.commands:
                    _apply(trainer, command)
                steering.attach(trainer)
                _train(trainer, messages)
                steering.detach()
                messages.send(Done(_checkpoint(trainer)))
            except Exception as exc:
                steering.detach()
                messages.send(Failed(f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    except (OSError, BrokenPipeError):  # the parent is gone
        return
    finally:
        with contextlib.suppress(OSError):
            messages.close()


def _checkpoint(trainer: Trainer) -> Checkpoint:
    """The trainer's state without the losses, which the parent already has."""
    return Checkpoint(
        params=trainer.network.copy().params,
        iterations_done=trainer.iterations_done,
        rng_state=dict(trainer.rng.bit_generator.state),
        learning_rate=trainer.learning_rate,
        buffers=buffers_of(trainer.network),
        optimizer_state=trainer.optimizer.state_dict(),
    )


def _train(trainer: Trainer, messages: Connection) -> None:
    """Run ``trainer``, sending losses and weights at a fixed pace and every other event."""
    stats: list[GradientStats] = []
    chunk: list[float] = []
    chunk_start = trainer.iterations_done
    last_flush = last_weights = time.monotonic()

    def flush() -> None:
        nonlocal chunk, stats, last_flush
        if chunk:
            messages.send(LossChunk(chunk_start, np.array(chunk)))
            chunk = []
        if stats:
            messages.send(StatsChunk(stats))
            stats = []
        last_flush = time.monotonic()

    network = trainer.network.copy()
    messages.send(WeightsEvent(trainer.iterations_done - 1, network.params, buffers_of(network)))
    for event in trainer.run():
        if isinstance(event, GradientStats):
            stats.append(event)  # sent with the losses
            continue
        if isinstance(event, IterationEvent):
            if not chunk:
                chunk_start = event.iteration
            chunk.append(event.loss)
            now = time.monotonic()
            if now - last_weights >= WEIGHTS_SECONDS:
                trainer.request_weights()
                last_weights = now
            if now - last_flush >= LOSS_CHUNK_SECONDS:
                flush()
            continue
        flush()
        if isinstance(event, PausedEvent):
            messages.send(Paused(_checkpoint(trainer)))
        else:
            messages.send(event)
    flush()
