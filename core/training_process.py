"""Training in a child process, so that nothing else in the program slows it down.

In the window, Qt paints with Python's global lock held, which stalls a training
thread's Python (about 40% of an iteration is small NumPy calls); a child process
has a lock of its own.

``TrainingProcess`` is the parent's end: it starts the child once and keeps it
for run after run (so a Start does not pay for a new interpreter, NumPy and
MNIST each time), sends it commands and yields its messages (``core.messages``).
The child loads the bundled MNIST itself as soon as it starts, and the bundled
set a run's config names (``TrainConfig.dataset``: Fashion-MNIST) when a run
needs it; other data is sent to it once. ``_serve`` is the child's main.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection

from core.data import Dataset
from core.messages import Command, Done, Failed, Message, Shutdown, Train
from core.training_child import serve

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
                target=serve,
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
            The data to train on; None for the bundled set ``train.config.dataset``
            names (which the child loads itself). Sent to the child only when it
            does not have it yet.
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
