"""At most one gradient check in a worker thread, from its start to its thread's end.

The check runs in a ``GradCheckWorker`` moved to a ``QThread`` (``thread_for``).
Cancel sets a ``threading.Event`` that ``gradient_check`` polls; the job owns that
event, because the worker is deleted with its thread, so nothing here touches the
worker after starting it. A discarded run (the panel was cleared) is cancelled and
what it still sends is dropped.

The worker's signals come to this GUI-thread object (queued) and go on, unless
discarded, as the job's own; ``ended`` follows once the thread is gone.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from core.architecture import Network
from core.gradcheck import GradCheckResult
from gui.gradcheck_worker import DataLoader, GradCheckWorker
from gui.worker_thread import thread_for


class GradCheckJob(QObject):
    """The thread, worker and cancel event of the running check, if any."""

    progressed = Signal(int)  # percent done, 0-100
    succeeded = Signal(object)  # GradCheckResult
    failed = Signal(str)
    ended = Signal()  # the thread has finished and is forgotten

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: GradCheckWorker | None = None  # only kept alive, never called
        self._cancel: threading.Event | None = None
        self._discard_run = False  # set by discard(): what the running check sends is dropped

    def is_running(self) -> bool:
        """True while a check's thread exists."""
        return self._thread is not None

    def cancel_requested(self) -> bool:
        """True once the running check has been asked to stop."""
        return self._cancel is not None and self._cancel.is_set()

    def start(
        self, network: Network, data: DataLoader, batch: int, *, method: str, sample_count: int
    ) -> None:
        """Check ``network`` on the first ``batch`` images of ``data()`` in a new thread.

        ``method`` is ``"fast"``, ``"book"`` or ``"sample"`` (``sample_count`` entries
        of each parameter); the arguments go to ``GradCheckWorker``.
        """
        cancel = threading.Event()
        worker = GradCheckWorker(
            network, data, batch, cancel, method=method, sample_count=sample_count
        )
        thread = thread_for(worker, "gradcheckThread")
        worker.progressed.connect(self._on_worker_progressed)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker, self._cancel = thread, worker, cancel
        self._discard_run = False
        thread.start()

    def cancel(self) -> bool:
        """Ask the running check to stop at its next parameter; False if none runs."""
        if self._cancel is None:
            return False
        self._cancel.set()
        return True

    def discard(self) -> None:
        """Cancel the running check and drop what it still sends."""
        if self.cancel():
            self._discard_run = True

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the check's thread; True if it ended in time (or there is none)."""
        thread = self._thread
        return True if thread is None else thread.wait(timeout_ms)

    def _on_worker_progressed(self, percent: int) -> None:
        if not self._discard_run:
            self.progressed.emit(percent)

    def _on_worker_succeeded(self, result: GradCheckResult) -> None:
        if not self._discard_run:
            self.succeeded.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        if not self._discard_run:
            self.failed.emit(message)

    def _on_thread_finished(self) -> None:
        # The worker was deleted with its thread (see thread_for): only forget it.
        if self._thread is not None:
            # ``finished`` comes just before the thread exits, and the worker's deferred
            # delete runs in between: deleting the QThread before then crashed, now and
            # then (a segmentation fault in the gradient-check tests).
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = self._worker = self._cancel = None
        self._discard_run = False
        self.ended.emit()
