"""A run folder's curves: the losses of loss.csv and the epochs of accuracy.csv.

``load_run_metrics`` reads both; a missing file is an empty curve, a malformed
one a ``RunStoreError`` that names the file, the line and what to do.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.events import EpochEvent
from core.path_display import escape_controls, show_path
from core.phrase import QT_TRANSLATE_NOOP, message
from core.run_files import (
    ACCURACY_CSV,
    LOSS_CSV,
    RunFileError,
    read_accuracy_csv,
    read_regular_file,
    run_phrase,
)
from core.run_json import RunStoreError, cannot_read
from core.run_list import FIX_FILE

_LOSS_HEADER = "iteration,loss"
_ACCURACY_HEADER = "epoch,iteration,train_acc,test_acc"


def _read_rows(file: Path, header: str) -> list[str] | None:
    """The data rows of a CSV file, None if it does not exist."""
    try:
        lines = read_regular_file(file).decode("utf-8").splitlines()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        not_text = run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is not UTF-8 text"))
        raise RunStoreError(cannot_read(file, not_text)) from None
    except RunFileError as exc:
        raise RunStoreError(cannot_read(file, message(exc))) from None
    if not lines or lines[0].strip() != header:
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP("RunStore", "{path}: the first line is not {header}; {fix}"),
                path=show_path(file),
                header=repr(header),
                fix=FIX_FILE,
            )
        )
    return [line for line in lines[1:] if line.strip()]


def _read_losses(file: Path) -> np.ndarray:
    rows = _read_rows(file, _LOSS_HEADER) or []
    if not rows:
        return np.empty(0, dtype=np.float64)
    try:  # NumPy's parser: a million rows in a fraction of a second...
        table = np.loadtxt(rows, delimiter=",", dtype=np.float64, ndmin=2)
        if table.shape[1] == 2:
            return table[:, 1].copy()
    except ValueError:
        pass  # ...and row by row only to say which row is wrong
    losses = np.empty(len(rows), dtype=np.float64)
    for i, row in enumerate(rows):
        try:
            _, loss = row.split(",")
            losses[i] = float(loss)  # "nan" and "inf" parse: a diverged run keeps them
        except ValueError:
            raise RunStoreError(
                run_phrase(
                    QT_TRANSLATE_NOOP(
                        "RunStore", "{path}: line {line} is not 'iteration,loss' ({row}); {fix}"
                    ),
                    path=show_path(file),
                    line=str(i + 2),
                    row=escape_controls(repr(row)),
                    fix=FIX_FILE,
                )
            ) from None
    return losses


def _read_epochs(file: Path) -> list[EpochEvent]:
    if _read_rows(file, _ACCURACY_HEADER) is None:
        return []
    try:
        return read_accuracy_csv(file)
    except ValueError as exc:
        problem = escape_controls(str(exc))
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP("RunStore", "{path}: a row is malformed ({problem}); {fix}"),
                path=show_path(file),
                problem=problem,
                fix=FIX_FILE,
            )
        ) from None


def load_run_metrics(path: Path) -> tuple[np.ndarray, list[EpochEvent]]:
    """Read the curves of the run folder ``path``.

    Returns
    -------
    losses : (N,) float64 ndarray
        Loss of each iteration from loss.csv (may hold nan); empty if the file is missing.
    epochs : list of EpochEvent
        One per epoch boundary from accuracy.csv; empty if the file is missing.

    Raises
    ------
    RunStoreError
        A file exists but is malformed; the message names the file and the problem.
    """
    path = Path(path)
    return _read_losses(path / LOSS_CSV), _read_epochs(path / ACCURACY_CSV)
