"""Writes a run folder (see ``core.run_files``) while and after a trainer runs."""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path
from typing import Any

from core import run_files
from core.atomic import atomic_write_text
from core.model_file import ModelFileError
from core.resume import save_trainer
from core.run_store import created_now, writer_marker
from core.trainer import Trainer


class RunWriter:
    """Keeps ``out`` up to date with what ``trainer`` has done.

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
        run_json = self.out / run_files.RUN_JSON
        if not run_json.exists():
            record = {"created": created_now(), "writer": writer_marker()}
            atomic_write_text(run_json, json.dumps(record) + "\n")

    def _summary(self, status: str) -> dict[str, Any]:
        trainer = self.trainer
        duration = time.perf_counter() - self.started
        losses = trainer.train_loss_list
        summary: dict[str, Any] = {
            "status": status,
            "iterations_done": trainer.iterations_done,
            "iter_per_epoch": trainer.iter_per_epoch,
            "epochs": len(trainer.epochs),
            "last_loss": float(losses[-1]) if len(losses) else None,
            "last_epoch_train_acc": trainer.epochs[-1].train_acc if trainer.epochs else None,
            "last_epoch_test_acc": trainer.epochs[-1].test_acc if trainer.epochs else None,
            "duration_s": round(duration, 3),
            "iterations_per_s": round(trainer.iterations_done / max(duration, 1e-9), 1),
        }
        if summary["last_loss"] is not None and not math.isfinite(summary["last_loss"]):
            summary["last_loss"] = str(summary["last_loss"])  # JSON has no NaN
        return summary

    def write_progress(self) -> None:
        """Write the accuracy so far and a ``running`` summary (cheap: no loss file)."""
        run_files.write_accuracy_csv(self.out / run_files.ACCURACY_CSV, self.trainer.epochs)
        run_files.write_run_json(
            self.out / run_files.RUN_JSON,
            self.trainer.config,
            self._summary("running"),
            writer=writer_marker(),
        )

    def write_final(self, status: str, *, note: str | None = None) -> dict[str, Any]:
        """Write every file of the run; returns the summary stored in ``run.json``.

        The final model is measured once more on the whole train and test sets
        (``final_train_acc``, ``final_test_acc``): the book's last line is taken
        at iteration 9,600, the saved model has had all 10,000.
        """
        trainer = self.trainer
        summary = self._summary(status)
        if note:
            summary["note"] = note
        if status != "diverged" and trainer.iterations_done:
            summary["final_train_acc"], summary["final_test_acc"] = trainer.evaluate()
        out = self.out
        run_files.write_loss_csv(out / run_files.LOSS_CSV, trainer.train_loss_list)
        run_files.write_accuracy_csv(out / run_files.ACCURACY_CSV, trainer.epochs)
        try:
            save_trainer(out / run_files.MODEL_NPZ, trainer)
        except ModelFileError as exc:  # NaN weights after a divergence: nothing to keep
            summary["model_not_saved"] = str(exc)
        self._write_chart()
        run_files.write_run_json(out / run_files.RUN_JSON, trainer.config, summary)
        return summary

    def _write_chart(self) -> None:
        try:
            from gui.accuracy_chart import render_accuracy_chart
            from gui.qt_app import ensure_offscreen_app

            ensure_offscreen_app()
            png = render_accuracy_chart(self.trainer.train_acc_list, self.trainer.test_acc_list)
        except Exception as exc:  # Qt missing or broken: the other files still matter
            print(f"mnist-trainer: could not draw {run_files.CHART_PNG}: {exc}", file=sys.stderr)
            return
        run_files.write_png(self.out / run_files.CHART_PNG, png)
