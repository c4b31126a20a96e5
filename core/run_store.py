"""Where run folders live, and how to list, read, rename and delete them.

Runs are kept under ``<data dir>/runs/<YYYYmmdd-HHMMSS>/``, one folder per run
(its files are described in ``core.run_files``). The data dir is
``$MNIST_TRAINER_DATA`` when set, else the platform's user data folder for
"mnist-trainer".

Besides ``config`` and ``summary``, ``run.json`` may hold two top-level keys
that only this module interprets:

``"created"``
    ISO 8601 time the run started, e.g. ``"2025-01-31T14:05:09+01:00"``
    (``created_now()`` gives one). Without it, the time in the folder name
    (``YYYYmmdd-HHMMSS``, local time) is used, else the folder's mtime.
``"name"``
    A name the user gave the run (``rename_run``). Without it, the folder name.

A writer adds them with ``update_run_json(path, created=created_now())`` after
``core.run_files.write_run_json``; as that function rewrites the whole file, a
writer that calls it again must carry the two keys over (``read_run_json``).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sys
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from core.atomic import atomic_write_text
from core.run_files import ACCURACY_CSV, LOSS_CSV, RUN_JSON, read_accuracy_csv
from core.trainer import ConfigError, EpochEvent, TrainConfig

ENV_VAR = "MNIST_TRAINER_DATA"
APP_NAME = "mnist-trainer"
RUNS = "runs"
UNREADABLE = "unreadable"
_FOLDER_TIME = "%Y%m%d-%H%M%S"
_FOLDER_NAME = re.compile(r"(\d{8}-\d{6})(?:-\d+)?")  # what new_run_dir makes

_LOSS_HEADER = "iteration,loss"
_ACCURACY_HEADER = "epoch,iteration,train_acc,test_acc"
_FIX_FILE = "the file is damaged or was not written by MNIST Trainer; delete the run or the file"


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
    stem = (now or datetime.now()).strftime(_FOLDER_TIME)
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
    """Read ``path/run.json`` as a dict; RunStoreError if missing, not JSON or not an object."""
    file = Path(path) / RUN_JSON
    try:
        record = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RunStoreError(f"{file}: no such file; this folder is not a run") from None
    except (OSError, ValueError) as exc:
        raise RunStoreError(f"{file}: cannot be read ({exc}); {_FIX_FILE}") from None
    if not isinstance(record, dict):
        raise RunStoreError(f"{file}: holds no JSON object; {_FIX_FILE}")
    return record


def update_run_json(path: Path, **fields: Any) -> dict[str, Any]:
    """Set top-level ``fields`` in ``path/run.json`` atomically; returns the new record."""
    record = read_run_json(path)
    record.update(fields)
    _write_run_json(path, record)
    return record


def _write_run_json(path: Path, record: dict[str, Any]) -> None:
    atomic_write_text(Path(path) / RUN_JSON, json.dumps(record, indent=2) + "\n")


# -- listing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RunInfo:
    """What the run list shows about one run folder.

    Attributes
    ----------
    path : Path
        The run folder.
    name : str
        ``run.json["name"]`` if set, else the folder name.
    created : datetime
        When the run started, timezone-aware: ``run.json["created"]``, else the
        time in the folder name, else the folder mtime.
    config : TrainConfig or None
        The run's settings; None when missing or invalid.
    status : str
        ``summary["status"]`` ("finished", "stopped", "running", ...), ``"unknown"``
        without one, ``"unreadable"`` when run.json is missing or corrupt.
    iterations_done : int
        Iterations trained (0 if unknown).
    final_train_acc, final_test_acc : float or None
        Accuracy of the saved model; the last epoch's when the final one is missing.
    duration_s : float or None
        Wall time of the run in seconds.
    """

    path: Path
    name: str
    created: datetime
    config: TrainConfig | None
    status: str
    iterations_done: int = 0
    final_train_acc: float | None = None
    final_test_acc: float | None = None
    duration_s: float | None = None

    def describe(self) -> str:
        """One line for display, e.g. ``"784-50-10, lr 0.1, batch 100, 10,000 iterations"``."""
        done = self.iterations_done
        if self.config is None:
            return f"settings unknown, {done:,} iterations"
        c = self.config
        iterations = (
            f"{c.iters_num:,} iterations"
            if done == c.iters_num
            else f"{done:,} of {c.iters_num:,} iterations"
        )
        return f"784-{c.hidden_size}-10, lr {c.learning_rate:g}, batch {c.batch_size}, {iterations}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # JSON ints have no size limit
        return None
    return number if math.isfinite(number) else None


def _config(value: Any) -> TrainConfig | None:
    if not isinstance(value, dict):
        return None
    try:
        return TrainConfig(**value)
    except (ConfigError, TypeError):
        return None


def _created(value: Any, path: Path) -> datetime:
    """``run.json["created"]``, else the folder name's time, else the folder mtime."""
    if isinstance(value, str):
        try:
            # astimezone() on a naive time takes it as local: all values stay comparable.
            return datetime.fromisoformat(value).astimezone()
        except ValueError:
            pass
    match = _FOLDER_NAME.fullmatch(path.name)
    if match:
        try:
            return datetime.strptime(match[1], _FOLDER_TIME).astimezone()
        except ValueError:  # 20251399-...: looks like a time, is none
            pass
    # The mtime changes whenever a file in the folder is replaced: the last resort.
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def read_run_info(path: Path) -> RunInfo:
    """Summarize the run folder ``path``; never raises for a missing or corrupt run.json."""
    path = Path(path)
    try:
        record = read_run_json(path)
    except RunStoreError:
        return RunInfo(path, path.name, _created(None, path), None, UNREADABLE)
    summary = record.get("summary")
    summary = summary if isinstance(summary, dict) else {}
    name = record.get("name")
    status = summary.get("status")
    done = summary.get("iterations_done")

    def accuracy(key: str) -> float | None:
        final = _number(summary.get(f"final_{key}"))
        return final if final is not None else _number(summary.get(f"last_epoch_{key}"))

    return RunInfo(
        path=path,
        name=name.strip() if isinstance(name, str) and name.strip() else path.name,
        created=_created(record.get("created"), path),
        config=_config(record.get("config")),
        status=status if isinstance(status, str) and status else "unknown",
        iterations_done=done if isinstance(done, int) and not isinstance(done, bool) else 0,
        final_train_acc=accuracy("train_acc"),
        final_test_acc=accuracy("test_acc"),
        duration_s=_number(summary.get("duration_s")),
    )


def list_runs(root: Path) -> list[RunInfo]:
    """Every sub-folder of ``root`` holding a run.json, newest first; [] if ``root`` is missing."""
    root = Path(root)
    if not root.is_dir():
        return []
    runs = []
    for child in root.iterdir():
        try:
            if child.is_dir() and (child / RUN_JSON).is_file():
                runs.append(read_run_info(child))
        except OSError:  # vanished or unreadable while listing: not a run we can show
            continue
    runs.sort(key=lambda run: (run.created, run.path.name), reverse=True)
    return runs


# -- metrics ------------------------------------------------------------------------------


def _read_rows(file: Path, header: str) -> list[str] | None:
    """The data rows of a CSV file, None if it does not exist."""
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise RunStoreError(f"{file}: cannot be read ({exc}); {_FIX_FILE}") from None
    if not lines or lines[0].strip() != header:
        raise RunStoreError(f"{file}: the first line is not {header!r}; {_FIX_FILE}")
    return [line for line in lines[1:] if line.strip()]


def _read_losses(file: Path) -> np.ndarray:
    rows = _read_rows(file, _LOSS_HEADER)
    losses = np.empty(len(rows or ()), dtype=np.float64)
    for i, row in enumerate(rows or ()):
        try:
            _, loss = row.split(",")
            losses[i] = float(loss)  # "nan" and "inf" parse: a diverged run keeps them
        except ValueError:
            raise RunStoreError(
                f"{file}: line {i + 2} is not 'iteration,loss' ({row!r}); {_FIX_FILE}"
            ) from None
    return losses


def _read_epochs(file: Path) -> list[EpochEvent]:
    if _read_rows(file, _ACCURACY_HEADER) is None:
        return []
    try:
        return read_accuracy_csv(file)
    except ValueError as exc:
        raise RunStoreError(f"{file}: a row is malformed ({exc}); {_FIX_FILE}") from None


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


def rename_run(info: RunInfo, new_name: str) -> RunInfo:
    """Store ``new_name`` (stripped) as ``run.json["name"]``; the folder keeps its name.

    A run.json without ``"created"`` also gets ``info.created``, so that the
    rewrite does not move the run in the list. Raises RunStoreError if the name
    is empty or run.json cannot be read.
    """
    name = new_name.strip() if isinstance(new_name, str) else ""
    if not name:
        raise RunStoreError(f"cannot rename {info.path.name}: the name is empty; type a name")
    record = read_run_json(info.path)
    record["name"] = name
    record.setdefault("created", info.created.isoformat())
    _write_run_json(info.path, record)
    return replace(info, name=name)


def delete_run(info: RunInfo, root: Path | None = None) -> None:
    """Remove the run folder ``info.path`` and everything in it.

    Only a folder that holds a run.json and sits directly in ``root`` (default
    ``runs_dir()``) is removed; anything else raises RunStoreError. Asking
    the user first is the caller's job.
    """
    path = Path(info.path)
    root = Path(root) if root is not None else runs_dir()
    if path.is_symlink() or not (path / RUN_JSON).is_file():
        raise RunStoreError(f"will not delete {path}: it is not a run folder (no {RUN_JSON})")
    if path.resolve().parent != root.resolve():
        raise RunStoreError(f"will not delete {path}: it is not a run inside {root}")
    shutil.rmtree(path)
