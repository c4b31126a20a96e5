"""Writing a run folder (see ``core.run_files``) from a ``RunRecord``, safely.

``begin_run`` marks a new folder as a run in progress (its ``run.json`` names
the writing process, so a killed run is later listed as interrupted);
``write_run`` writes every file of a run that stopped or finished. A folder
that already holds a complete earlier state of the run (a run continued after
a stop) is rewritten in a hidden sibling and swapped in whole
(``core.run_swap``), so that a kill at any moment leaves either the old files
or the new ones, never a mix. The final model's accuracy is measured by the
caller (``measure_final_accuracy``), since it needs the data.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from core import run_files
from core.architecture import network_from_params
from core.config import TrainConfig
from core.data import Dataset
from core.evaluation import evaluate_network
from core.model_archive import ModelFileError
from core.resume import save_state
from core.run_group import RunGroup
from core.run_record import RunRecord
from core.run_store import created_now
from core.run_swap import discard_partial, make_partial_dir, swap_in
from core.writer_marker import writer_marker

CARRIED_OVER = ("created", "name", "group")
"""run.json entries of the user's or of the run's start, kept when the run is rewritten."""


def begin_run(out: Path, config: TrainConfig, *, group: RunGroup | None = None) -> None:
    """Write the ``run.json`` of a run that starts in the (new, empty) folder ``out``.

    ``group`` names the race the run is a contestant of (``core.run_group``).
    """
    fields: dict[str, Any] = {"created": created_now(), "writer": writer_marker()}
    if group is not None:
        fields["group"] = group.to_dict()
    run_files.write_run_json(
        out / run_files.RUN_JSON, config, {"status": "running", "iterations_done": 0}, **fields
    )


def measure_final_accuracy(record: RunRecord, data: Dataset) -> tuple[float, float] | None:
    """Accuracy of the run's final weights on the whole train and test sets.

    None when the run ended without finite weights (a divergence) or trained no iteration.
    """
    params = record.state.params
    if not params or record.iterations_done == 0 or record.status in ("diverged", "failed"):
        return None
    if not all(np.isfinite(value).all() for value in params.values()):
        return None
    network = network_from_params(
        record.config,
        {key: np.asarray(value, dtype=np.float32) for key, value in params.items()},
        buffers=record.state.buffers,
    )
    return evaluate_network(network, data)


def summary_of(record: RunRecord, iter_per_epoch: int | None) -> dict[str, Any]:
    """The ``summary`` entry of ``run.json``."""
    losses, epochs = record.losses, record.epochs
    last_loss = float(losses[-1]) if len(losses) else None
    duration = record.duration_s
    summary: dict[str, Any] = {
        "status": record.status,
        "iterations_done": record.iterations_done,
        "iter_per_epoch": iter_per_epoch,
        "epochs": len(epochs),
        "last_loss": last_loss if last_loss is None or math.isfinite(last_loss) else str(last_loss),
        "last_epoch_train_acc": epochs[-1].train_acc if epochs else None,
        "last_epoch_test_acc": epochs[-1].test_acc if epochs else None,
        "duration_s": round(duration, 3),
        "iterations_per_s": round(record.iterations_done / max(duration, 1e-9), 1),
    }
    if record.final_accuracy is not None:
        summary["final_train_acc"], summary["final_test_acc"] = record.final_accuracy
    if record.note:
        summary["note"] = record.note
    return summary


def write_run(
    out: Path, record: RunRecord, *, chart_png: bytes | None, iter_per_epoch: int | None
) -> dict[str, Any]:
    """Write every file of ``record`` to the run folder ``out``; returns the summary.

    ``out`` may be new, hold only the ``run.json`` of ``begin_run``, or hold an
    earlier save of the same run, which is replaced whole.
    """
    out = Path(out)
    kept = _carried_over(out)
    if not (out / run_files.LOSS_CSV).exists() and not (out / run_files.MODEL_NPZ).exists():
        out.mkdir(parents=True, exist_ok=True)
        return _write_files(out, record, chart_png, iter_per_epoch, kept)
    partial = make_partial_dir(out)
    try:
        summary = _write_files(partial, record, chart_png, iter_per_epoch, kept)
        swap_in(partial, out)
    except BaseException:
        discard_partial(partial)
        raise
    return summary


def _carried_over(out: Path) -> dict[str, Any]:
    try:
        existing = run_files.read_run_record(out / run_files.RUN_JSON)
    except (OSError, ValueError):
        return {}
    return {key: existing[key] for key in CARRIED_OVER if key in existing}


def _write_files(
    out: Path,
    record: RunRecord,
    chart_png: bytes | None,
    iter_per_epoch: int | None,
    kept: dict[str, Any],
) -> dict[str, Any]:
    summary = summary_of(record, iter_per_epoch)
    try:
        save_state(out / run_files.MODEL_NPZ, record.config, record.state)
    except ModelFileError as exc:  # NaN weights after a divergence: nothing to keep
        summary["model_not_saved"] = str(exc)
    run_files.write_loss_csv(out / run_files.LOSS_CSV, record.losses)
    run_files.write_accuracy_csv(out / run_files.ACCURACY_CSV, record.epochs)
    if chart_png is not None:
        run_files.write_png(out / run_files.CHART_PNG, chart_png)
    kept.setdefault("created", created_now())
    # Last: the folder is a finished run only once everything else is in it.
    run_files.write_run_json(out / run_files.RUN_JSON, record.config, summary, **kept)
    return summary
