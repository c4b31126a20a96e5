"""Relays a training process's messages from a ``QThread`` to the GUI thread, as signals.

The run itself trains in a child process (``core.training_process``); this
worker only waits for that process's messages, so that the GUI thread never
blocks on the pipe, and emits each one. The window's ``RunController`` hands
them to the run's model (``core.session``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from core.training_process import TrainingProcess


class TrainingWorker(QObject):
    """Emits every message of the run submitted to ``process``, then ``finished``.

    Parameters
    ----------
    process : TrainingProcess
        A process to which a run has just been submitted.
    """

    message_received = Signal(object)  # a core.messages.Message
    finished = Signal()

    def __init__(self, process: TrainingProcess) -> None:
        super().__init__()
        self._process = process

    def run(self) -> None:
        """Relay the messages until the run is done or failed; always ends with ``finished``."""
        try:
            for message in self._process.messages():
                self.message_received.emit(message)
        finally:
            self.finished.emit()
