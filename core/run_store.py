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

Listing (``RunInfo``, ``list_runs``, the statuses) lives in ``core.run_list``,
run.json and renaming in ``core.run_json``, the curves in ``core.run_metrics``,
all re-exported here; deletion checks its folder with ``core.run_delete_checks``
and goes through the trash of ``core.run_trash``.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from core.path_display import show_path
from core.phrase import QT_TRANSLATE_NOOP
from core.run_delete_checks import check_deletable, os_reason
from core.run_files import run_phrase
from core.run_json import RunStoreError as RunStoreError
from core.run_json import read_run_json as read_run_json
from core.run_json import rename_run as rename_run
from core.run_json import update_run_json as update_run_json
from core.run_list import FOLDER_TIME, RunInfo
from core.run_list import INCOMPLETE as INCOMPLETE
from core.run_list import INTERRUPTED as INTERRUPTED
from core.run_list import PROBLEM_STATUSES as PROBLEM_STATUSES
from core.run_list import UNKNOWN as UNKNOWN
from core.run_list import UNREADABLE as UNREADABLE
from core.run_list import list_runs as list_runs
from core.run_list import read_run_info as read_run_info
from core.run_metrics import load_run_metrics as load_run_metrics
from core.run_trash import empty_trash, move_to_trash, trash_dir
from core.writer_marker import writer_marker as writer_marker  # for writers of runs

ENV_VAR = "MNIST_TRAINER_DATA"
APP_NAME = "mnist-trainer"
RUNS = "runs"

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


# -- deleting runs ---------------------------------------------------------------------


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
        check_deletable(path, root)
    except OSError as exc:  # the folder cannot be listed, or vanished while checked
        raise RunStoreError(
            run_phrase(
                QT_TRANSLATE_NOOP(
                    "RunStore",
                    "will not delete {path}: the folder cannot be read ({reason}); "
                    "check its permissions",
                ),
                path=show_path(path),
                reason=os_reason(exc),
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
                reason=os_reason(exc),
                root=show_path(root),
            )
        ) from None
    empty_trash(root)  # the run, leftovers of earlier deletes, then the empty trash
