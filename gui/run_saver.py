"""Saves runs in the background, so that Stop never waits for the disk or for an evaluation.

Measuring the final model on 70,000 images takes seconds for a large network,
and writing a long run's losses takes a while too: both happen in one
background thread, one run after the other. The window only draws the small
accuracy chart (Qt needs its own thread for that) and hands over a snapshot
of the run (``RunRecord``), which nothing else changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.data import Dataset
from core.run_record import RunRecord

log = logging.getLogger(__name__)


class RunSaver(QObject):
    """Writes run folders in a background thread; reports each result as a signal.

    Parameters
    ----------
    data : callable taking a dataset name, returning a Dataset
        The data to measure the final model on (``TrainConfig.dataset`` names the
        bundled set the run trained on); called in the background thread.
    """

    saved = Signal(str, object)  # the run folder, the summary written to run.json
    failed = Signal(str, str)  # the run folder, what went wrong

    def __init__(self, data: Callable[[str], Dataset], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="save-run")
        self._pending: list[Future] = []

    @property
    def busy(self) -> bool:
        """True while a run is being saved."""
        self._pending = [future for future in self._pending if not future.done()]
        return bool(self._pending)

    def save(
        self, out: Path, record: RunRecord, chart_png: bytes | None, iter_per_epoch: int | None
    ) -> None:
        """Save ``record`` to the run folder ``out`` in the background."""
        future = self._executor.submit(self._save, Path(out), record, chart_png, iter_per_epoch)
        self._pending.append(future)

    def _save(
        self, out: Path, record: RunRecord, chart_png: bytes | None, iter_per_epoch: int | None
    ) -> None:
        # Signals emitted here are queued to the GUI thread, where the saver lives.
        # The writer (model files, zip archives) is imported here, not at start-up.
        from core.run_writer import measure_final_accuracy, write_run

        try:
            final = measure_final_accuracy(record, self._data(record.config.dataset))
            summary = write_run(
                out,
                replace(record, final_accuracy=final),
                chart_png=chart_png,
                iter_per_epoch=iter_per_epoch,
            )
        except Exception as exc:
            log.exception("could not save the run in %s", out)
            self.failed.emit(str(out), f"{type(exc).__name__}: {exc}")
        else:
            self.saved.emit(str(out), summary)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the saves in progress; True if all are done."""
        for future in list(self._pending):
            try:
                future.result(timeout)
            except TimeoutError:
                return False
            except Exception:  # reported through `failed` already
                pass
        return not self.busy

    def shutdown(self) -> None:
        """Finish the saves in progress and stop the thread."""
        self._executor.shutdown(wait=True)
