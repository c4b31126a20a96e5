"""Training several configurations at once, one per worker process.

A race's contestants, a preset's runs, the trials of a hyperparameter search:
each is an ordinary ``TrainConfig`` trained to its end by ``core.trainer.Trainer``
in a spawned worker process. Each worker loads the data once (``data_loader``,
the bundled MNIST by default) and uses one BLAS thread, so two workers fill two
cores. Results come back as they finish (``run_contestants``) or all together
in the order of the configs (``train_contestants``); while they train, each
worker reports its progress through a queue about twice a second. Cancelling
terminates the workers: what finished is kept, the rest is dropped.

Scripts that call these functions must guard them with ``if __name__ ==
"__main__":``: spawned workers import the script's main module again.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult

import numpy as np

from core.blas import use_training_blas_threads
from core.config import TrainConfig
from core.data import Dataset, load_mnist
from core.events import DivergedEvent, EpochEvent, IterationEvent, TrainerState
from core.run_record import RunRecord
from core.run_writer import measure_final_accuracy
from core.trainer import Trainer

POLL_SECONDS = 0.05
PROGRESS_SECONDS = 0.5
"""A worker reports a contestant's progress at most this often."""


@dataclass(frozen=True)
class ContestantProgress:
    """Contestant ``index`` has done ``iterations_done`` of ``iters_num``; ``loss`` the last."""

    index: int
    iterations_done: int
    iters_num: int
    loss: float


@dataclass(frozen=True)
class ContestantResult:
    """One contestant's run, as it ended.

    Attributes
    ----------
    index : int
        Its position in the configs given.
    config : TrainConfig
    status : str
        ``"finished"``, ``"diverged"`` (stopped at its divergence) or ``"failed"``.
    state : TrainerState or None
        Weights, losses ``(iterations_done,)``, epochs, buffers, optimizer state:
        enough to save it as a run. None if it failed before training.
    seconds : float
        Wall time of its training in its worker.
    final_accuracy : (train_acc, test_acc) or None
        Of the final weights on the whole train (first ``train_size``) and test sets.
    note : str or None
        Why it diverged or failed.
    """

    index: int
    config: TrainConfig
    status: str
    state: TrainerState | None = field(repr=False)
    seconds: float
    final_accuracy: tuple[float, float] | None = None
    note: str | None = None

    @property
    def losses(self) -> np.ndarray:
        """``(iterations_done,)`` float64: the loss of every iteration."""
        return self.state.losses if self.state else np.empty(0)

    @property
    def epochs(self) -> list[EpochEvent]:
        """The accuracy measurements (one per epoch boundary)."""
        return self.state.epochs if self.state else []

    def record(self) -> RunRecord:
        """The run as ``core.run_writer.write_run`` writes it."""
        if self.state is None:
            raise ValueError(f"contestant {self.index} has nothing to save: {self.note}")
        return RunRecord(
            config=self.config,
            state=self.state,
            status=self.status,
            duration_s=self.seconds,
            note=self.note,
            final_accuracy=self.final_accuracy,
        )


Progress = Callable[[ContestantProgress | ContestantResult], None]
DataLoader = Callable[[], Dataset]


def load_bundled() -> Dataset:
    """The bundled MNIST as uint8 pixels (the default ``data_loader``)."""
    return load_mnist(normalize=False)


@dataclass(frozen=True)
class SyntheticData:
    """A picklable ``data_loader`` of small random blobs (tests and benchmarks).

    ``n_classes`` Gaussian clusters in ``features`` dimensions, float32 in [0, 1].
    """

    n_train: int = 200
    n_test: int = 100
    features: int = 784
    n_classes: int = 10
    seed: int = 0

    def __call__(self) -> Dataset:
        rng = np.random.default_rng(self.seed)
        centres = rng.random((self.n_classes, self.features), dtype=np.float32)
        t = rng.integers(0, self.n_classes, self.n_train + self.n_test)
        noise = rng.normal(0, 0.1, (len(t), self.features)).astype(np.float32)
        x = np.clip(centres[t] + noise, 0, 1).astype(np.float32)
        n = self.n_train
        return (x[:n], t[:n]), (x[n:], t[n:])


# -- the worker side --------------------------------------------------------------------

_data: Dataset | None = None
_load_error: str | None = None
_reports: multiprocessing.Queue | None = None  # type: ignore[type-arg]


def _start_worker(loader: DataLoader, reports: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    global _data, _load_error, _reports
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    use_training_blas_threads()
    _reports = reports
    try:
        _data = loader()
    except Exception as exc:  # raised here, the pool would start new workers for ever
        _load_error = f"the data could not be loaded: {exc}"


def _train_one(
    index: int, config: TrainConfig, measure_final: bool, past_divergence: bool
) -> ContestantResult:
    started = time.perf_counter()
    if _data is None:
        return ContestantResult(index, config, "failed", None, 0.0, note=_load_error)
    try:
        trainer = Trainer(config, _data)
    except Exception as exc:
        return ContestantResult(index, config, "failed", None, 0.0, note=str(exc))
    status, note, last_report = "finished", None, 0.0
    for event in trainer.run():
        if isinstance(event, IterationEvent):
            now = time.perf_counter()
            if _reports is not None and now - last_report >= PROGRESS_SECONDS:
                last_report = now
                done = event.iteration + 1
                _reports.put(ContestantProgress(index, done, config.iters_num, event.loss))
        elif isinstance(event, DivergedEvent):
            if note is None:
                note = f"diverged at iteration {event.iteration}: {event.reason}"
            status = "diverged"
            if past_divergence:
                trainer.resume()  # as the book's scripts, which never look
            else:
                trainer.stop()
    seconds = time.perf_counter() - started
    state = trainer.state()
    result = ContestantResult(index, config, status, state, seconds, note=note)
    if measure_final:
        final = measure_final_accuracy(result.record(), trainer.dataset)
        result = ContestantResult(index, config, status, state, seconds, final, note)
    return result


# -- the caller's side -------------------------------------------------------------------


def run_contestants(
    configs: Sequence[TrainConfig],
    *,
    workers: int = 2,
    data_loader: DataLoader | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    measure_final: bool = True,
    past_divergence: bool = False,
) -> Iterator[ContestantResult]:
    """Train ``configs`` in ``workers`` processes; yield each result as it finishes.

    Parameters
    ----------
    configs : sequence of TrainConfig
        One or more; ``ContestantResult.index`` is the position in this sequence.
    workers : int
        Worker processes (at most one per config is started).
    data_loader : callable, optional
        Returns the ``Dataset``; called once in each worker, so it must be
        picklable (a module-level function or ``SyntheticData``). Bundled MNIST
        by default.
    progress : callable, optional
        Called in the calling thread with a ``ContestantProgress`` about twice a
        second per training contestant, and with each ``ContestantResult``.
    cancel : threading.Event, optional
        When set, the workers are terminated and the iteration ends; results
        already yielded are all there will be.
    measure_final : bool
        Measure each final network on the whole train and test sets.
    past_divergence : bool
        Train a contestant that diverges to its last iteration (status
        ``"diverged"`` all the same), as the book's scripts do; by default it
        stops at its divergence.
    """
    if not configs:
        return
    context = multiprocessing.get_context("spawn")
    reports = context.Queue()
    loader = data_loader or load_bundled
    pool = context.Pool(
        min(workers, len(configs)), initializer=_start_worker, initargs=(loader, reports)
    )
    try:
        pending: dict[int, AsyncResult[ContestantResult]] = {
            i: pool.apply_async(_train_one, (i, config, measure_final, past_divergence))
            for i, config in enumerate(configs)
        }
        while pending:
            if cancel is not None and cancel.is_set():
                return
            _relay(reports, progress)
            for i in [i for i, job in pending.items() if job.ready()]:
                result = pending.pop(i).get()
                if progress is not None:
                    progress(result)
                yield result
            if pending and cancel is not None:
                cancel.wait(POLL_SECONDS)
            elif pending:
                time.sleep(POLL_SECONDS)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        reports.close()
        reports.join_thread()


def _relay(reports: multiprocessing.Queue, progress: Progress | None) -> None:  # type: ignore[type-arg]
    while True:
        try:
            update = reports.get_nowait()
        except queue.Empty:
            return
        if progress is not None:
            progress(update)


def train_contestants(
    configs: Sequence[TrainConfig],
    *,
    workers: int = 2,
    data_loader: DataLoader | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    measure_final: bool = True,
    past_divergence: bool = False,
) -> list[ContestantResult]:
    """Train ``configs`` in parallel; their results in config order.

    Same parameters as ``run_contestants``. After a cancel the list holds only
    the contestants that finished (still in config order).
    """
    results = run_contestants(
        configs,
        workers=workers,
        data_loader=data_loader,
        progress=progress,
        cancel=cancel,
        measure_final=measure_final,
        past_divergence=past_divergence,
    )
    return sorted(results, key=lambda result: result.index)
