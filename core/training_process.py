"""Training in a child process, so that nothing else in the program slows it down.

In the window, Qt paints with Python's global lock held, which stalls a training
thread's Python (about 40% of an iteration is small NumPy calls); a child process
has a lock of its own.

``TrainingProcess`` is the parent's end: it starts the child once and keeps it
for run after run (so a Start does not pay for a new interpreter, NumPy and
MNIST each time), sends it commands and yields its messages (``core.messages``).
The child loads the bundled MNIST itself as soon as it starts; other data is
sent to it once. ``_serve`` is the child's main.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
import time
import traceback
from collections.abc import Iterator
from multiprocessing.connection import Connection

import numpy as np

from core.blas import use_training_blas_threads
from core.data import load_mnist
from core.events import IterationEvent, PausedEvent, WeightsEvent
from core.messages import (
    Checkpoint,
    Command,
    Dataset,
    Done,
    Failed,
    LossChunk,
    Message,
    Pause,
    Paused,
    Resume,
    SetLearningRate,
    Shutdown,
    Step,
    Stop,
    Train,
)
from core.trainer import Trainer

log = logging.getLogger(__name__)

LOSS_CHUNK_SECONDS = 1 / 30
WEIGHTS_SECONDS = 0.2
EXIT_SECONDS = 5.0


class TrainingProcess:
    """The parent's end of a child process that trains one run at a time.

    ``run`` is meant for one thread (the window's worker thread, or the
    caller's own); ``send`` and ``close`` may be called from any thread.

    Parameters
    ----------
    preload_bundled : bool
        The child loads the bundled MNIST as soon as it starts (True), or only
        when a run needs it.
    """

    def __init__(self, *, preload_bundled: bool = True) -> None:
        self._preload = preload_bundled
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._commands: Connection | None = None
        self._messages: Connection | None = None
        self._data_sent: Dataset | None = None

    @property
    def is_alive(self) -> bool:
        """True while the child process runs."""
        process = self._process
        return process is not None and process.is_alive()

    def start(self) -> None:
        """Start the child if it is not running (a run starts it anyway)."""
        with self._lock:
            if self._process is not None and self._process.is_alive():
                return
            self._discard_locked()
            commands_in, commands_out = self._context.Pipe(duplex=False)
            messages_in, messages_out = self._context.Pipe(duplex=False)
            process = self._context.Process(
                target=_serve,
                args=(commands_in, messages_out, self._preload),
                name="mnist-trainer-training",
                daemon=True,
            )
            process.start()
            commands_in.close()
            messages_out.close()
            self._process, self._commands, self._messages = process, commands_out, messages_in

    def submit(self, train: Train, data: Dataset | None = None) -> bool:
        """Start the run ``train`` in the child (starting the child if needed).

        Commands sent after this reach the new run, in order. Read its messages
        with ``messages``. Returns False if the child could not be reached.

        Parameters
        ----------
        train : Train
            The run to start; its ``data`` is filled in here when needed.
        data : Dataset, optional
            The data to train on; None for the bundled MNIST (which the child
            loads itself). Sent to the child only when it does not have it yet.
        """
        self.start()
        with self._lock:
            if data is not None and data is not self._data_sent:
                train = Train(train.config, train.state, train.commands, data)
                self._data_sent = data
            return self._send_locked(train)

    def messages(self) -> Iterator[Message]:
        """Yield the submitted run's messages, ending with ``Done`` or ``Failed``."""
        connection = self._messages
        if connection is None:
            yield Failed("the training process could not be reached", "")
            return
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                self._forget_dead_child()
                yield Failed("the training process ended unexpectedly", "")
                return
            yield message
            if isinstance(message, Done | Failed):
                return

    def run(self, train: Train, data: Dataset | None = None) -> Iterator[Message]:
        """``submit`` then ``messages``: one whole run, for a caller with a thread to spare."""
        if not self.submit(train, data):
            yield Failed("the training process could not be reached", "")
            return
        yield from self.messages()

    def send(self, command: Command) -> None:
        """Send ``command`` to the run in progress (ignored when there is none)."""
        with self._lock:
            self._send_locked(command)

    def close(self, timeout: float = EXIT_SECONDS) -> None:
        """Stop the run in progress and end the child; waits up to ``timeout`` seconds."""
        with self._lock:
            process = self._process
            self._send_locked(Shutdown())
        if process is not None:
            process.join(timeout)
            if process.is_alive():
                process.terminate()
                process.join(1.0)
        with self._lock:
            self._discard_locked()

    # -- internals --------------------------------------------------------------------

    def _send_locked(self, message: object) -> bool:
        if self._commands is None:
            return False
        try:
            self._commands.send(message)
        except (OSError, ValueError):  # the child is gone: nothing left to steer
            return False
        return True

    def _forget_dead_child(self) -> None:
        """The message pipe broke: the child is gone or unusable; the next run starts another."""
        with self._lock:
            process = self._process
            self._discard_locked()
        if process is not None and process.is_alive():
            process.terminate()
            process.join(1.0)

    def _discard_locked(self) -> None:
        for connection in (self._commands, self._messages):
            if connection is not None:
                connection.close()
        self._process = self._commands = self._messages = None
        self._data_sent = None


# -- the child ------------------------------------------------------------------------


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


def _read_commands(commands: Connection, steering: _Steering, inbox: queue.Queue) -> None:
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
    """The bundled MNIST, loaded once in the background as the child starts."""

    def __init__(self, preload: bool) -> None:
        self._data: Dataset | None = None
        self._error: Exception | None = None
        self._ready = threading.Event()
        self._loading = preload
        if preload:
            threading.Thread(target=self._load, name="load-mnist", daemon=True).start()

    def _load(self) -> None:
        try:
            self._data = load_mnist(normalize=False)
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


def _serve(commands: Connection, messages: Connection, preload: bool) -> None:
    """The child process's main: train each ``Train`` that arrives until ``Shutdown``."""
    use_training_blas_threads()
    bundled = _BundledData(preload)
    steering = _Steering()
    inbox: queue.Queue = queue.Queue()
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
        rng_state=trainer.rng.bit_generator.state,
        learning_rate=trainer.learning_rate,
    )


def _train(trainer: Trainer, messages: Connection) -> None:
    """Run ``trainer``, sending losses and weights at a fixed pace and every other event."""
    chunk: list[float] = []
    chunk_start = trainer.iterations_done
    last_flush = last_weights = time.monotonic()

    def flush() -> None:
        nonlocal chunk, last_flush
        if chunk:
            messages.send(LossChunk(chunk_start, np.array(chunk)))
            chunk = []
        last_flush = time.monotonic()

    messages.send(WeightsEvent(trainer.iterations_done - 1, trainer.network.copy().params))
    for event in trainer.run():
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
