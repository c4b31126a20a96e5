"""The runs of a runs folder as ``RunInfo`` records: what the run list shows.

Every non-hidden sub-folder that ``is_run_folder`` (it holds a run.json, or
only files a run writer makes) is listed. A folder whose run.json is missing or
cannot be read is listed too, with a problem status and a ``problem`` that says
what to do. Listing also tidies the runs folder: temporary files of killed
writers (``core.atomic.remove_stale_temp_files``) and what earlier deletions
left in the trash (``core.run_trash``) are removed. ``core.run_store``
re-exports everything public here.
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from core.atomic import parse_temp_name, remove_stale_temp_files
from core.config import ConfigError, TrainConfig
from core.network_summary import layer_sizes, optimizer_name
from core.phrase import QT_TRANSLATE_NOOP, message
from core.run_files import RUN_FILES, RUN_JSON, RunFileError, read_run_record, run_phrase
from core.run_group import RunGroup
from core.run_swap import remove_stale_partial_dirs
from core.run_trash import empty_trash
from core.writer_marker import writer_is_gone

RUNNING = "running"
INTERRUPTED = "interrupted"
UNKNOWN = "unknown"
UNREADABLE = "unreadable"  # run.json (or the folder) exists but cannot be read
INCOMPLETE = "incomplete"  # no run.json: the writer stopped before it wrote one
PROBLEM_STATUSES = (UNREADABLE, INCOMPLETE)

FOLDER_TIME = "%Y%m%d-%H%M%S"
_FOLDER_NAME = re.compile(r"(\d{8}-\d{6})(?:-\d+)?")  # what run_store.new_run_dir makes
FIX_FILE = run_phrase(
    QT_TRANSLATE_NOOP(
        "RunStore",
        "the file is damaged or was not written by MNIST Trainer; delete the run or the file",
    )
)
_INTERRUPTED_NOTE = run_phrase(
    QT_TRANSLATE_NOOP(
        "RunStore",
        "the program that wrote this run stopped before the run ended (it was killed or "
        "crashed); the files keep what was saved until then",
    )
)


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
        ``summary["status"]``: "finished", "stopped", "diverged", "running";
        "interrupted" for a run still "running" (or without a status) whose
        writer is gone; "unknown" without a status or writer. Problem statuses
        (``PROBLEM_STATUSES``): "unreadable" (run.json or the folder cannot be
        read) and "incomplete" (no run.json).
    iterations_done : int
        Iterations trained (0 if unknown).
    final_train_acc, final_test_acc : float or None
        Accuracy of the saved model; the last epoch's when the final one is missing.
    duration_s : float or None
        Wall time of the run in seconds.
    problem : str or None
        What is wrong with the run and what to do, for the user; None if nothing.
    group : RunGroup or None
        The race the run was a contestant of, if any.
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
    problem: str | None = None
    group: RunGroup | None = None

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
        sizes = "-".join(str(size) for size in layer_sizes(c))
        if c.is_two_layer_net and c.optimizer == "sgd":
            return f"{sizes}, lr {c.learning_rate:g}, batch {c.batch_size}, {iterations}"
        return f"{sizes}, {c.activation}, {optimizer_name(c)}, batch {c.batch_size}, {iterations}"


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
        return TrainConfig.from_dict(value)
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
            return datetime.strptime(match[1], FOLDER_TIME).astimezone()
        except ValueError:  # 20251399-...: looks like a time, is none
            pass
    # The mtime changes whenever a file in the folder is replaced: the last resort.
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def _status(value: Any, writer: Any) -> str:
    """The status to show: ``summary["status"]``, unless the writer of a running run is gone."""
    status = value if isinstance(value, str) and value else None
    if status not in (None, RUNNING):
        return status
    if writer_is_gone(writer):
        return INTERRUPTED
    return RUNNING if status or isinstance(writer, dict) else UNKNOWN


def _problem_run(path: Path, status: str, problem: str) -> RunInfo:
    return RunInfo(path, path.name, _created(None, path), None, status, problem=problem)


def read_run_info(path: Path) -> RunInfo:
    """Summarize the run folder ``path``; a missing or corrupt run.json gives a problem status.

    Raises OSError only if the folder itself vanished.
    """
    path = Path(path)
    try:
        record = read_run_record(path / RUN_JSON)
    except FileNotFoundError:
        problem = run_phrase(
            QT_TRANSLATE_NOOP(
                "RunStore",
                "run.json is missing: the run stopped before it saved its settings; delete it",
            )
        )
        return _problem_run(path, INCOMPLETE, problem)
    except (RunFileError, OSError) as exc:
        problem = run_phrase(
            QT_TRANSLATE_NOOP("RunStore", "run.json cannot be read: {problem}; {fix}"),
            problem=message(exc),
            fix=FIX_FILE,
        )
        return _problem_run(path, UNREADABLE, problem)
    summary = record.get("summary")
    summary = summary if isinstance(summary, dict) else {}
    name = record.get("name")
    status = _status(summary.get("status"), record.get("writer"))
    done = summary.get("iterations_done")

    def accuracy(key: str) -> float | None:
        final = _number(summary.get(f"final_{key}"))
        return final if final is not None else _number(summary.get(f"last_epoch_{key}"))

    return RunInfo(
        path=path,
        name=name.strip() if isinstance(name, str) and name.strip() else path.name,
        created=_created(record.get("created"), path),
        config=_config(record.get("config")),
        status=status,
        iterations_done=done if isinstance(done, int) and not isinstance(done, bool) else 0,
        final_train_acc=accuracy("train_acc"),
        final_test_acc=accuracy("test_acc"),
        duration_s=_number(summary.get("duration_s")),
        problem=_INTERRUPTED_NOTE if status == INTERRUPTED else None,
        group=RunGroup.from_dict(record.get("group")),
    )


def _written_by_a_run(name: str) -> bool:
    """True for the files a run writer makes and the temporary files of their writes."""
    temp = parse_temp_name(name)
    return name in RUN_FILES or (temp is not None and temp.target in RUN_FILES)


def is_run_folder(path: Path) -> bool:
    """True if the folder ``path`` (not a link) holds a run.json or only files of a run.

    An empty folder counts: a writer makes it just before its first file.
    Raises OSError if the folder cannot be read.
    """
    if not stat.S_ISDIR(os.lstat(path).st_mode):
        return False
    names = os.listdir(path)
    return RUN_JSON in names or all(_written_by_a_run(name) for name in names)


def _list_entry(path: Path) -> RunInfo | None:
    """The RunInfo of one entry of a runs folder, None if it is not a run."""
    if path.name.startswith(".") or not stat.S_ISDIR(os.lstat(path).st_mode):
        return None  # hidden (the trash), a file, or a link that may lead anywhere
    remove_stale_temp_files(path)
    try:
        if not is_run_folder(path):
            return None
    except PermissionError as exc:
        problem = run_phrase(
            QT_TRANSLATE_NOOP(
                "RunStore", "the folder cannot be read ({reason}); check its permissions"
            ),
            reason=str(exc.strerror),
        )
        return _problem_run(path, UNREADABLE, problem)
    return read_run_info(path)


def list_runs(root: Path) -> list[RunInfo]:
    """The runs in the runs folder ``root``, newest first; [] if it is missing or no folder.

    Every non-hidden sub-folder that ``is_run_folder`` is listed, those that
    cannot be read with a problem status. Stale temporary files and partial
    runs of killed writers, and leftovers in the trash, are removed on the way.
    """
    root = Path(root)
    try:
        names = os.listdir(root)
    except OSError:  # missing, a file, or unreadable: nothing to show
        return []
    empty_trash(root)
    remove_stale_partial_dirs(root)
    runs = []
    for name in names:
        try:
            info = _list_entry(root / name)
        except OSError:  # vanished while listing
            continue
        if info is not None:
            runs.append(info)
    runs.sort(key=lambda run: (run.created, run.path.name), reverse=True)
    return runs
