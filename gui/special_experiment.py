"""The book's batch-norm grid and hyperparameter search, run from the window.

They train 32 and 100 small networks in worker processes; ``SpecialExperiment``
runs one in a Python thread and brings each finished training back to the GUI
thread as a signal, so the results view fills in live. ``cancel`` keeps what
has finished. The figure is drawn in the GUI thread when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from core.batch_norm_experiment import run_batch_norm
from core.data import Dataset
from core.hyperparameter_search import run_search

DataLoader = Callable[[], Dataset]


class SpecialExperiment(QObject):
    """Runs ``batch-norm`` or ``hyperparameter-search`` off the GUI thread.

    Signals
    -------
    item_finished(object)
        A ``BatchNormRun`` or a search ``Trial`` (in the GUI thread).
    finished(object, object)
        The result, or None and the exception.
    """

    item_finished = Signal(object)
    finished = Signal(object, object)

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if kind not in ("batch-norm", "search"):
            raise ValueError(f"no special experiment of kind {kind!r}")
        self.kind = kind
        self.cancel_event = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """True while the experiment trains."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, *, workers: int = 2, data_loader: DataLoader | None = None) -> None:
        """Start training in the background."""
        self._thread = threading.Thread(
            target=self._run,
            args=(workers, data_loader),
            name=f"experiment-{self.kind}",
            daemon=True,
        )
        self._thread.start()

    def cancel(self) -> None:
        """Stop as soon as possible, keeping what has finished."""
        self.cancel_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread; True if it has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _run(self, workers: int, data_loader: DataLoader | None) -> None:
        try:
            if self.kind == "batch-norm":
                result = run_batch_norm(
                    workers=workers,
                    cancel=self.cancel_event,
                    data_loader=data_loader,
                    on_run=self.item_finished.emit,
                )
            else:
                result = run_search(
                    workers=workers,
                    cancel=self.cancel_event,
                    data_loader=data_loader,
                    on_trial=self.item_finished.emit,
                )
        except Exception as exc:
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)
