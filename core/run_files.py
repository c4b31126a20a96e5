"""What a finished (or interrupted) run leaves on disk, written atomically.

A run folder holds::

    loss.csv       iteration,loss             one row per iteration (the book's i, from 0)
    accuracy.csv   epoch,iteration,train_acc,test_acc   one row per epoch boundary
    run.json       the config, a summary and the versions that produced it
    model.npz      the model, its config and metrics (see ``core.model_file``)
    output.png     the book's accuracy chart (drawn by the gui package)
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.atomic import atomic_write_bytes, atomic_write_text
from core.config import TrainConfig
from core.events import EpochEvent
from core.phrase import QT_TRANSLATE_NOOP, Phrase
from core.safe_json import parse_json

LOSS_CSV = "loss.csv"
ACCURACY_CSV = "accuracy.csv"
RUN_JSON = "run.json"
MODEL_NPZ = "model.npz"
CHART_PNG = "output.png"
RUN_FILES = frozenset({LOSS_CSV, ACCURACY_CSV, RUN_JSON, MODEL_NPZ, CHART_PNG})
"""Every file a run writer makes in a run folder."""

MAX_RUN_JSON_BYTES = 1_000_000
"""A run.json is a few KB; a larger one was not written by MNIST Trainer."""
MAX_RUN_JSON_DEPTH = 32
"""Levels of nesting a run.json may have (it has 3); deeper strains a recursive parser."""

# Never block on a FIFO, never follow a link out of the run folder.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
)


CONTEXT = "RunStore"
"""The translation context of the sentences about run folders (``core.phrase``)."""


def run_phrase(template: str, **values: object) -> Phrase:
    """A sentence about a run: ``template`` (marked in context "RunStore") with values."""
    return Phrase(CONTEXT, template, **values)


class RunFileError(ValueError):
    """A run file exists but cannot be used; the message says why (without the path)."""


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


def read_regular_file(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path``, read without following a link.

    Raises FileNotFoundError if there is none, RunFileError if ``path`` is a
    folder, a link or another special file, holds more than ``limit`` bytes, or
    cannot be read (the message says which).
    """
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RunFileError(
                run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is a symbolic link, not a file"))
            ) from None
        if exc.errno == errno.EISDIR:
            raise RunFileError(
                run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is a folder, not a file"))
            ) from None
        raise RunFileError(
            run_phrase(
                QT_TRANSLATE_NOOP("RunStore", "it cannot be opened ({reason})"),
                reason=str(exc.strerror),
            )
        ) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise RunFileError(
                run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is a folder, not a file"))
            )
        if not stat.S_ISREG(mode):
            raise RunFileError(
                run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is not a regular file"))
            )
        with open(fd, "rb", closefd=False) as file:
            data = file.read() if limit is None else file.read(limit + 1)
    except OSError as exc:
        raise RunFileError(
            run_phrase(
                QT_TRANSLATE_NOOP("RunStore", "it cannot be read ({reason})"),
                reason=str(exc.strerror),
            )
        ) from None
    finally:
        os.close(fd)
    if limit is not None and len(data) > limit:
        raise RunFileError(
            run_phrase(
                QT_TRANSLATE_NOOP("RunStore", "it is larger than {size} bytes"), size=f"{limit:,}"
            )
        )
    return data


def read_run_record(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a run.json as a dict, safely whatever the file holds.

    Raises
    ------
    FileNotFoundError
        There is no such file.
    RunFileError
        The file is no regular file, larger than ``MAX_RUN_JSON_BYTES``, not
        UTF-8 JSON, nested deeper than ``MAX_RUN_JSON_DEPTH``, or no JSON object.
    """
    data = read_regular_file(path, MAX_RUN_JSON_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RunFileError(
            run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is not UTF-8 text"))
        ) from None
    try:
        record = parse_json(
            text, max_length=MAX_RUN_JSON_BYTES, max_depth=MAX_RUN_JSON_DEPTH, allow_nan=True
        )
    except ValueError as exc:  # the message completes "it is ..."
        raise RunFileError(
            run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is {problem}"), problem=str(exc))
        ) from None
    if not isinstance(record, dict):
        raise RunFileError(run_phrase(QT_TRANSLATE_NOOP("RunStore", "it holds no JSON object")))
    return record


def write_run_json(
    path: str | os.PathLike[str], config: TrainConfig, summary: dict[str, Any], **fields: Any
) -> None:
    """Write the config and the summary of a run as indented JSON.

    Other top-level entries already in the file (the run's ``name`` and
    ``created`` time, see ``core.run_store``) are kept; ``fields`` sets more
    (e.g. ``writer=writer_marker()``). A file that cannot be read is replaced.
    """
    record: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):  # no file yet, or one this write replaces
        record.update(read_run_record(path))
    record.update({"config": config.to_dict(), "summary": summary, **fields})
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
