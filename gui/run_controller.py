"""Steers the window's run: its model (``core.session``), its training process and saving.

The learner's intents go to the ``TrainingSession``, which says what the
training process must be told; the controller tells it. A ``TrainingWorker``
in a ``QThread`` relays the process's messages back; they are applied to the
session here, in the GUI thread, so the session has one thread only. When a
run ends, its snapshot is saved in the background (``RunSaver``).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from core.config import TRAIN_SIZE, TrainConfig
from core.data import Dataset, load_mnist
from core.events import TrainerState
from core.messages import Command, Failed, Message, Train
from core.path_display import show_path
from core.run_group import RunGroup
from core.run_record import RunRecord
from core.run_store import new_run_dir, update_run_json
from core.session import RunEnded, SessionEvent, TrainingFailed, TrainingSession, TrainRequest
from core.writer_marker import writer_marker

if TYPE_CHECKING:
    from core.training_process import TrainingProcess
from gui.accuracy_chart import render_accuracy_chart
from gui.run_saver import RunSaver
from gui.training_worker import TrainingWorker
from gui.worker_thread import thread_for

log = logging.getLogger(__name__)

DataLoader = Callable[[], Dataset]


class RunController(QObject):
    """Connects a ``TrainingSession`` to a training process and to the runs folder.

    Parameters
    ----------
    session : TrainingSession
    runs_root : callable returning a Path
        Where new run folders go (asked at each new run: the setting may change).
    data_loader : callable returning a Dataset, optional
        Data to train on instead of the bundled MNIST (called once, at the first run).
    """

    training_failed = Signal(str, str)  # one-line message, details
    run_saved = Signal(str)  # the run folder
    save_failed = Signal(str)  # a message for the user
    thread_finished = Signal()

    def __init__(
        self,
        session: TrainingSession,
        runs_root: Callable[[], Path],
        data_loader: DataLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._runs_root = runs_root
        self._data_loader = data_loader
        self._dataset: Dataset | None = None
        self._process: TrainingProcess | None = None  # started with the first run
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self.group: RunGroup | None = None  # the race this run is a contestant of
        self.saver = RunSaver(self._evaluation_data, self)
        self.saver.saved.connect(self._on_saver_saved)
        self.saver.failed.connect(self._on_saver_failed)
        session.subscribe(self._on_session_event)

    @property
    def process(self) -> TrainingProcess:
        """The training process (made on first use: start-up does not import it)."""
        if self._process is None:
            from core.training_process import TrainingProcess

            self._process = TrainingProcess(preload_bundled=self._data_loader is None)
        return self._process

    # -- the learner's intents -------------------------------------------------------------

    def prepare(self) -> None:
        """Start the training process now, so that the first Start does not wait for it."""
        self.process.start()

    def start(self, config: TrainConfig) -> None:
        """Start a new run, or continue the stopped one."""
        self._carry_out(self.session.start(config))

    def step(self, config: TrainConfig) -> None:
        """One iteration (of a paused run, or of a new or stopped one)."""
        self._carry_out(self.session.step(config))

    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        self._carry_out(self.session.pause() or self.session.resume())

    def stop(self) -> None:
        """Stop the run at its next iteration."""
        self._carry_out(self.session.stop())

    def reset(self) -> None:
        """Forget the run (stopping it first if it trains)."""
        self._carry_out(self.session.reset())

    def set_learning_rate(self, learning_rate: float) -> None:
        """Use ``learning_rate`` from the next iteration (or when the run continues)."""
        self._carry_out(self.session.set_learning_rate(learning_rate))

    def open_run(self, config: TrainConfig, state: TrainerState, **options: object) -> None:
        """Hold a saved run; Start continues it (see ``TrainingSession.open_run``)."""
        self.session.open_run(config, state, **options)

    @property
    def is_training(self) -> bool:
        """True while a worker thread relays a run."""
        return self._thread is not None

    def _carry_out(self, what: TrainRequest | Command | None) -> None:
        if isinstance(what, TrainRequest):
            self._launch(what)
        elif what is not None:
            self.process.send(what)

    # -- runs --------------------------------------------------------------------------------

    def _launch(self, request: TrainRequest) -> None:
        try:
            data = self._training_data()
        except Exception as exc:
            log.exception("could not load the data")
            self.session.apply(Failed(f"{type(exc).__name__}: {exc}", traceback.format_exc()))
            return
        self._prepare_run_folder(request.config)
        train = Train(request.config, request.state, request.commands)
        if not self.process.submit(train, data):
            self.session.apply(Failed(self.tr("the training process could not be started"), ""))
            return
        worker = TrainingWorker(self.process)
        thread = thread_for(worker, "trainingThread")
        worker.message_received.connect(self._on_worker_message)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    def _training_data(self) -> Dataset | None:
        if self._data_loader is not None and self._dataset is None:
            self._dataset = self._data_loader()
        return self._dataset

    def _evaluation_data(self, dataset: str) -> Dataset:
        """The data the final model is measured on (called in the saver's thread)."""
        if self._dataset is not None:
            return self._dataset
        return load_mnist(normalize=False, dataset=dataset)

    def _prepare_run_folder(self, config: TrainConfig) -> None:
        """Give a new run its folder (listed as running), or mark a continued one as running."""
        from core.run_writer import begin_run

        session = self.session
        try:
            if session.run_dir is None:
                root = self._runs_root()
                session.run_dir = new_run_dir(root)
                begin_run(session.run_dir, config, group=self.group)
            else:
                update_run_json(session.run_dir, writer=writer_marker())
        except (OSError, ValueError) as exc:
            where = session.run_dir or self._runs_root()
            log.warning("cannot save runs in %s: %s", where, exc)
            self.save_failed.emit(
                self.tr("This run will not be saved in {folder}: {error}").format(
                    folder=show_path(where), error=exc
                )
            )

    def _on_worker_message(self, message: Message) -> None:
        self.session.apply(message)

    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            # ``finished`` comes just before the thread exits, and the worker's deferred
            # delete runs in between: deleting the QThread before then crashed, now and
            # then (a segmentation fault in the gradient-check tests).
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = self._worker = None  # the worker was deleted with its thread
        self.thread_finished.emit()

    def _on_session_event(self, event: SessionEvent) -> None:
        if isinstance(event, RunEnded):
            self._save(event.record)
        elif isinstance(event, TrainingFailed):
            self.training_failed.emit(event.message, event.traceback)

    def _save(self, record: RunRecord) -> None:
        if record.run_dir is None:
            return
        try:
            chart = render_accuracy_chart(
                [e.train_acc for e in record.epochs], [e.test_acc for e in record.epochs]
            )
        except Exception:  # the files matter more than the picture
            log.exception("could not draw the accuracy chart")
            chart = None
        train_size = len(self._dataset[0][0]) if self._dataset is not None else TRAIN_SIZE
        self.saver.save(record.run_dir, record, chart, record.config.iter_per_epoch(train_size))

    def _on_saver_saved(self, folder: str) -> None:
        self.run_saved.emit(folder)

    def _on_saver_failed(self, folder: str, message: str) -> None:
        self.save_failed.emit(
            self.tr("Could not save the run in {folder}: {error}").format(
                folder=show_path(folder), error=message
            )
        )

    # -- closing -----------------------------------------------------------------------------

    def shut_down(self, timeout: float = 5.0) -> bool:
        """Stop the run, let it be saved, and end the training process; True if all in time."""
        deadline = time.monotonic() + timeout
        self._carry_out(self.session.stop())
        while self._thread is not None and time.monotonic() < deadline:
            # The worker's last messages (the run's end) are queued to this thread.
            QCoreApplication.processEvents()
            time.sleep(0.005)
        QCoreApplication.processEvents()
        stopped = self._thread is None
        saved = self.saver.wait(max(deadline - time.monotonic(), 0.5))
        if self._process is not None:
            self._process.close(timeout=1.0)
        self.saver.shutdown()
        return stopped and saved
