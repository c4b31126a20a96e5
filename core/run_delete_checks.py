"""What must hold before a run folder is deleted: it is a run, and nobody writes it.

``check_deletable`` refuses (with a ``RunStoreError`` that says why) anything
but a run folder, not a link or hidden, directly in the runs folder, whose
writer is not still running on this computer. ``core.run_store.delete_run``
calls it before it moves the folder into the trash.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core.path_display import escape_controls, show_path
from core.phrase import QT_TRANSLATE_NOOP
from core.run_files import RUN_JSON, read_run_record, run_phrase
from core.run_json import RunStoreError
from core.run_list import RUNNING, is_run_folder
from core.writer_marker import this_host, valid_pid, writer_is_gone


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


def os_reason(exc: OSError) -> str:
    """The error without the paths it may quote (they are shown escaped elsewhere)."""
    return exc.strerror or escape_controls(str(exc))


def check_deletable(path: Path, root: Path) -> None:
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
