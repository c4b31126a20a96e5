"""Keeps a run folder up to date while the command line trains (see ``core.run_writer``)."""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

from core import run_files
from core.run_record import RunRecord
from core.run_writer import begin_run, measure_final_accuracy, summary_of, write_run
from core.trainer import Trainer
from core.writer_marker import writer_marker


class RunWriter:
    """Writes what ``trainer`` has done into the run folder ``out``.

    Parameters
    ----------
    out : Path
        An existing, writable folder.
    trainer : Trainer
        The trainer whose metrics and network are written.
    """

    def __init__(self, out: Path, trainer: Trainer) -> None:
        self.out = Path(out)
        self.trainer = trainer
        self.started = time.perf_counter()
        if not (self.out / run_files.RUN_JSON).exists():
            begin_run(self.out, trainer.config)

    def _record(self, status: str, note: str | None = None) -> RunRecord:
        return RunRecord(
            config=self.trainer.config,
            state=self.trainer.state(),
            status=status,
            duration_s=time.perf_counter() - self.started,
            note=note,
            run_dir=self.out,
        )

    def write_progress(self) -> None:
        """Write the accuracy so far and a ``running`` summary (cheap: no loss file)."""
        trainer = self.trainer
        run_files.write_accuracy_csv(self.out / run_files.ACCURACY_CSV, trainer.epochs)
        record = self._record("running")
        run_files.write_run_json(
            self.out / run_files.RUN_JSON,
            trainer.config,
            summary_of(record, trainer.iter_per_epoch),
            writer=writer_marker(),
        )

    def write_final(self, status: str, *, note: str | None = None) -> dict[str, Any]:
        """Write every file of the run; returns the summary stored in ``run.json``.

        The final model is measured once more on the whole train and test sets
        (``final_train_acc``, ``final_test_acc``): the book's last line is taken
        at iteration 9,600, the saved model has had all 10,000.
        """
        record = self._record(status, note)
        final = measure_final_accuracy(record, self.trainer.dataset)
        record = dataclasses.replace(record, final_accuracy=final)
        return write_run(
            self.out, record, chart_png=self._chart(), iter_per_epoch=self.trainer.iter_per_epoch
        )

    def _chart(self) -> bytes | None:
        try:
            from gui.accuracy_chart import render_accuracy_chart
            from gui.qt_app import ensure_offscreen_app

            ensure_offscreen_app()
            return render_accuracy_chart(self.trainer.train_acc_list, self.trainer.test_acc_list)
        except Exception as exc:  # Qt missing or broken: the other files still matter
            print(f"mnist-trainer: could not draw {run_files.CHART_PNG}: {exc}", file=sys.stderr)
            return None
