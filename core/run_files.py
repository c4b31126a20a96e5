"""What a finished (or interrupted) run leaves on disk, written atomically.

A run folder holds::

    loss.csv       iteration,loss             one row per iteration (the book's i, from 0)
    accuracy.csv   epoch,iteration,train_acc,test_acc   one row per epoch boundary
    run.json       the config, a summary and the versions that produced it
    model.npz      the model, its config and metrics (see ``core.model_file``)
    output.png     the book's accuracy chart (drawn by the gui package)
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.atomic import atomic_write_bytes, atomic_write_text
from core.trainer import EpochEvent, TrainConfig

LOSS_CSV = "loss.csv"
ACCURACY_CSV = "accuracy.csv"
RUN_JSON = "run.json"
MODEL_NPZ = "model.npz"
CHART_PNG = "output.png"


def write_loss_csv(path: str | os.PathLike[str], losses: np.ndarray) -> None:
    """Write ``iteration,loss`` rows for ``losses (N,)``."""
    buffer = io.StringIO()
    buffer.write("iteration,loss\n")
    np.savetxt(
        buffer,
        np.column_stack([np.arange(len(losses)), losses]),
        fmt=["%d", "%.9g"],
        delimiter=",",
    )
    atomic_write_text(path, buffer.getvalue())


def write_accuracy_csv(path: str | os.PathLike[str], epochs: Sequence[EpochEvent]) -> None:
    """Write ``epoch,iteration,train_acc,test_acc`` rows, one per epoch boundary."""
    lines = ["epoch,iteration,train_acc,test_acc"]
    lines += [f"{e.epoch},{e.iteration},{e.train_acc:.6f},{e.test_acc:.6f}" for e in epochs]
    atomic_write_text(path, "\n".join(lines) + "\n")


def write_run_json(
    path: str | os.PathLike[str], config: TrainConfig, summary: dict[str, Any]
) -> None:
    """Write the config and the summary of a run as indented JSON.

    Other top-level entries already in the file (the run's ``name`` and
    ``created`` time, see ``core.run_store``) are kept.
    """
    record: dict[str, Any] = {}
    try:
        existing = json.loads(Path(path).read_text(encoding="utf-8"))
        if isinstance(existing, dict):
            record.update(existing)
    except (OSError, ValueError):
        pass  # no file yet, or one this write replaces
    record.update({"config": config.to_dict(), "summary": summary})
    atomic_write_text(path, json.dumps(record, indent=2) + "\n")


def read_accuracy_csv(path: str | os.PathLike[str]) -> list[EpochEvent]:
    """Read back what ``write_accuracy_csv`` wrote."""
    rows = Path(path).read_text(encoding="utf-8").splitlines()[1:]
    epochs = []
    for row in rows:
        epoch, iteration, train_acc, test_acc = row.split(",")
        epochs.append(EpochEvent(int(epoch), int(iteration), float(train_acc), float(test_acc)))
    return epochs


def write_png(path: str | os.PathLike[str], png: bytes) -> None:
    """Write PNG bytes atomically (the chart is drawn elsewhere)."""
    atomic_write_bytes(path, png)
