"""The gradient check's worker: runs one ``core.gradcheck.gradient_check`` in a QThread.

Made and started by ``GradCheckWidget`` through ``gui.worker_thread.thread_for``,
which deletes it when its thread finishes: everything it has to say arrives
through its signals. Cancelling goes through the ``threading.Event`` it is given,
which its owner keeps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.data import load_mnist
from core.gradcheck import gradient_check
from core.network import TwoLayerNet

log = logging.getLogger(__name__)

DataLoader = Callable[[], tuple[np.ndarray, np.ndarray]]


def load_training_images() -> tuple[np.ndarray, np.ndarray]:
    """The bundled MNIST training set: ``x (60000, 784) float32`` in [0, 1], ``t (60000,)``."""
    (x, t), _ = load_mnist()
    return x, t


class GradCheckWorker(QObject):
    """Runs one ``gradient_check`` in its thread; always ends with ``finished``."""

    progressed = Signal(int)  # percent done, 0-100
    succeeded = Signal(object)  # GradCheckResult
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        network: TwoLayerNet,
        data: DataLoader,
        batch: int,
        cancel: threading.Event,
        **options,
    ) -> None:
        super().__init__()
        self._network, self._data, self._batch, self._options = network, data, batch, options
        self._cancel = cancel
        self._percent = -1

    def run(self) -> None:
        """Load the data, check the gradients and report the result or the error."""
        try:
            x, t = self._data()
            result = gradient_check(
                self._network,
                x[: self._batch],
                t[: self._batch],
                progress=self._on_check_progress,
                cancel=self._cancel,
                **self._options,
            )
            self.succeeded.emit(result)
        except Exception as exc:
            log.exception("gradient check failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()

    def _on_check_progress(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != self._percent:  # a signal per percent, not per parameter
            self._percent = percent
            self.progressed.emit(percent)
