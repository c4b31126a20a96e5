"""Where run folders live, and how to list, read, rename and delete them.

Runs are kept under ``<data dir>/runs/<YYYYmmdd-HHMMSS>/``, one folder per run
(its files are described in ``core.run_files``). The data dir is
``$MNIST_TRAINER_DATA`` when set, else the platform's user data folder for
"mnist-trainer".

Besides ``config`` and ``summary``, ``run.json`` may hold three top-level keys
that only this module interprets:

``"created"``
    ISO 8601 time the run started, e.g. ``"2025-01-31T14:05:09+01:00"``
    (``created_now()`` gives one). Without it, the time in the folder name
    (``YYYYmmdd-HHMMSS``, local time) is used, else the folder's mtime.
``"name"``
    A name the user gave the run (``rename_run``). Without it, the folder name.
``"writer"``
    Who writes the run while it trains (``writer_marker()``: pid, host, start
    time). A run still ``"running"`` (or without a status) whose writer is gone
    is listed as ``"interrupted"``; a writer on another host is taken to be
    alive, and a run whose writer is alive on this host is not deleted.

A writer adds them with ``update_run_json(path, created=created_now())`` or
passes them to ``core.run_files.write_run_json``, which keeps the top-level
keys already in the file.

Listing (``RunInfo``, ``list_runs``, the statuses) lives in ``core.run_list`` and
is re-exported here; deletion goes through the trash of ``core.run_trash``.

Longer than most modules (about 350 lines): the folder's rules (where, what a
run.json may hold, rename, all-or-nothing delete) are one contract; the listing
itself is in ``core.run_list`` and the trash in ``core.run_trash``.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from core.atomic import atomic_write_text
from core.events import EpochEvent
from core.path_display import escape_controls, show_path
from core.phrase import QT_TRANSLATE_NOOP, message
from core.run_files import (
    ACCURACY_CSV,
    LOSS_CSV,
    RUN_JSON,
    RunFileError,
    read_accuracy_csv,
    read_regular_file,
    read_run_record,
    run_phrase,
)
from core.run_list import FIX_FILE, FOLDER_TIME, RUNNING, RunInfo, is_run_folder
from core.run_list import INCOMPLETE as INCOMPLETE
from core.run_list import INTERRUPTED as INTERRUPTED
from core.run_list import PROBLEM_STATUSES as PROBLEM_STATUSES
from core.run_list import UNKNOWN as UNKNOWN
from core.run_list import UNREADABLE as UNREADABLE
from core.run_list import list_runs as list_runs
from core.run_list import read_run_info as read_run_info
from core.run_trash import empty_trash, move_to_trash, trash_dir
from core.writer_marker import this_host, valid_pid, writer_is_gone
from core.writer_marker import writer_marker as writer_marker  # for writers of runs

ENV_VAR = "MNIST_TRAINER_DATA"
APP_NAME = "mnist-trainer"
RUNS = "runs"

_LOSS_HEADER = "iteration,loss"
_ACCURACY_HEADER = "epoch,iteration,train_acc,test_acc"


class RunStoreError(ValueError):
    """A run folder cannot be read or changed; the message says why and what to do."""


# -- where runs live ------------------------------------------------------------------


def _platform_data_dir(app: str = APP_NAME) -> Path:
    """The user data folder for ``app`` by each platform's convention (no platformdirs)."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(home / "AppData" / "Roaming")
        return Path(base) / app
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / app
    base = os.environ.get("XDG_DATA_HOME", "").strip()
    # The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
    return (Path(base) if base and Path(base).is_absolute() else home / ".local" / "share") / app


def default_data_dir() -> Path:
    """``$MNIST_TRAINER_DATA`` if set and non-empty, else the platform's user data folder.

    The folder is not created here.
    """
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    try:
        import platformdirs
    except ImportError:
        return _platform_data_dir(APP_NAME)
    return Path(platformdirs.user_data_path(APP_NAME, appauthor=False))


def runs_dir(data_dir: Path | None = None) -> Path:
    """``data_dir / "runs"``; ``data_dir`` defaults to ``default_data_dir()``."""
    return Path(data_dir if data_dir is not None else default_data_dir()) / RUNS


def new_run_dir(root: Path, now: datetime | None = None) -> Path:
    """Create and return a new, empty folder ``root/YYYYmmdd-HHMMSS``.

    If that name is taken, ``-2``, ``-3``... is appended. ``root`` is created
    if needed. ``now`` defaults to the current local time.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    stem = (now or datetime.now()).strftime(FOLDER_TIME)
    suffix = 1
    while True:
        path = root / (stem if suffix == 1 else f"{stem}-{suffix}")
        try:
            path.mkdir()  # not exist_ok: an atomic claim, two writers never share a folder
        except FileExistsError:
            suffix += 1
            continue
        return path


def created_now() -> str:
    """The current local time as the ISO string stored in ``run.json["created"]``."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


# -- run.json -------------------------------------------------------------------------


def read_run_json(path: Path) -> dict[str, Any]:
    """Read ``path/run.json`` as a dict.

    Raises RunStoreError (naming the file) if it is missing, no regular file,
    too large, nested too deeply, not JSON or not a JSON object.
    """
    file = Path(path) / RUN_JSON
    try:
        return read_run_record(file)
    except FileNotFoundError:
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP("RunStore", "{path}: no such file; this folder is not a run"),
                path=show_path(file),
            )
        ) from None
    except RunFileError as exc:
        raise RunStoreError(_cannot_read(file, message(exc))) from None


def _cannot_read(file: Path, problem: str) -> str:
    return run_phrase(
        QT_TRANSLATE_NOOP("RunStore", "{path} cannot be read: {problem}; {fix}"),
        path=show_path(file),
        problem=problem,
        fix=FIX_FILE,
    )


def update_run_json(path: Path, **fields: Any) -> dict[str, Any]:
    """Set top-level ``fields`` in ``path/run.json`` atomically; returns the new record."""
    record = read_run_json(path)
    record.update(fields)
    _write_run_json(path, record)
    return record


def _write_run_json(path: Path, record: dict[str, Any]) -> None:
    atomic_write_text(Path(path) / RUN_JSON, json.dumps(record, indent=2) + "\n")


# -- metrics ------------------------------------------------------------------------------


def _read_rows(file: Path, header: str) -> list[str] | None:
    """The data rows of a CSV file, None if it does not exist."""
    try:
        lines = read_regular_file(file).decode("utf-8").splitlines()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        not_text = run_phrase(QT_TRANSLATE_NOOP("RunStore", "it is not UTF-8 text"))
        raise RunStoreError(_cannot_read(file, not_text)) from None
    except RunFileError as exc:
        raise RunStoreError(_cannot_read(file, message(exc))) from None
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


# -- changing runs -----------------------------------------------------------------------


def _check_name(info: RunInfo, new_name: str) -> str:
    name = new_name.strip() if isinstance(new_name, str) else ""
    if not name:
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore", "cannot rename {name}: the name is empty; type a name"
                ),
                name=show_path(info.path.name),
            )
        )
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in name):
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore",
                    "cannot rename {name}: the name holds a line break or "
                    "another control character; type it on one line",
                ),
                name=show_path(info.path.name),
            )
        )
    return name


def rename_run(info: RunInfo, new_name: str) -> RunInfo:
    """Store ``new_name`` (stripped) as ``run.json["name"]``; the folder keeps its name.

    A run.json without ``"created"`` also gets ``info.created``, so that the
    rewrite does not move the run in the list. Raises RunStoreError if the name
    is empty or holds control characters, or if run.json cannot be read (then
    nothing is written).
    """
    name = _check_name(info, new_name)
    record = read_run_json(info.path)
    record["name"] = name
    record.setdefault("created", info.created.isoformat())
    _write_run_json(info.path, record)
    return replace(info, name=name)


def _live_writer(path: Path) -> int | None:
    """The pid of the process on this host still writing the run ``path``, if any."""
    try:
        record = read_run_record(path / RUN_JSON)
    except (OSError, ValueError):
        return None
    summary = record.get("summary")
    status = summary.get("status") if isinstance(summary, dict) else None
    writer = record.get("writer")
    if status not in (None, RUNNING) or not isinstance(writer, dict):
        return None
    if writer.get("host") != this_host() or writer_is_gone(writer):
        return None
    return valid_pid(writer.get("pid"))


def _reason(exc: OSError) -> str:
    """The error without the paths it may quote (they are shown escaped elsewhere)."""
    return exc.strerror or escape_controls(str(exc))


def _check_deletable(path: Path, root: Path) -> None:
    """Raise RunStoreError unless ``path`` is a run folder (not a link) directly in ``root``."""
    shown = show_path(path)
    try:
        is_folder = stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore", "will not delete {path}: it no longer exists; refresh"
                ),
                path=shown,
            )
        ) from None
    if not is_folder:
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore", "will not delete {path}: it is not a run folder (a link or a file)"
                ),
                path=shown,
            )
        )
    if path.name.startswith("."):
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore", "will not delete {path}: hidden folders are not runs"
                ),
                path=shown,
            )
        )
    if os.path.realpath(path.parent) != os.path.realpath(root):
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore", "will not delete {path}: it is not a run inside {root}"
                ),
                path=shown,
                root=show_path(root),
            )
        )
    if not is_run_folder(path):
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore",
                    "will not delete {path}: it is not a run folder (no {file}, "
                    "and files MNIST Trainer did not write)",
                ),
                path=shown,
                file=RUN_JSON,
            )
        )
    pid = _live_writer(path)
    if pid is not None:
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore",
                    "will not delete {path}: process {pid} on this computer is still writing it; "
                    "stop that run first",
                ),
                path=shown,
                pid=str(pid),
            )
        )


def delete_run(info: RunInfo, root: Path | None = None) -> None:
    """Delete the run folder ``info.path``, all or nothing.

    Only a run folder (``is_run_folder``, not a link) directly in ``root``
    (default ``runs_dir()``) whose writer is not still running on this host is
    deleted; anything else raises RunStoreError. The folder is first moved into
    the trash (``core.run_trash``) with one rename: if that fails, RunStoreError
    says why and nothing is deleted. Then it is removed; what cannot be removed
    now stays in the trash and is removed by a later delete or listing. Asking
    the user first is the caller's job.
    """
    path = Path(info.path)
    root = Path(root) if root is not None else runs_dir()
    try:
        _check_deletable(path, root)
    except OSError as exc:  # the folder cannot be listed, or vanished while checked
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore",
                    "will not delete {path}: the folder cannot be read ({reason}); "
                    "check its permissions",
                ),
                path=show_path(path),
                reason=_reason(exc),
            )
        ) from None
    try:
        move_to_trash(path, root)
    except OSError as exc:
        empty_trash(root)  # the trash it may have made, if it is empty
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore",
                    "cannot delete {path}: moving it into {trash} failed ({reason}); nothing was "
                    "deleted; check that you may write to {root}",
                ),
                path=show_path(path),
                trash=show_path(trash_dir(root)),
                reason=_reason(exc),
                root=show_path(root),
            )
        ) from None
    empty_trash(root)  # the run, leftovers of earlier deletes, then the empty trash
