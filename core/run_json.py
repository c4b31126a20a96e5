"""A run folder's ``run.json``: read it, set top-level keys in it, rename the run.

``read_run_json`` and ``update_run_json`` are how the window and the writers
of runs reach the record (the keys only ``core.run_store`` interprets are
described there); ``rename_run`` stores the name the user gave a run as
``run.json["name"]``. Every problem is a ``RunStoreError`` whose message says
which file and what to do.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from core.atomic import atomic_write_text
from core.path_display import show_path
from core.phrase import QT_TRANSLATE_NOOP, message
from core.run_files import RUN_JSON, RunFileError, read_run_record, run_phrase
from core.run_list import FIX_FILE, RunInfo


class RunStoreError(ValueError):
    """A run folder cannot be read or changed; the message says why and what to do."""


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
        raise RunStoreError(cannot_read(file, message(exc))) from None


def cannot_read(file: Path, problem: str) -> str:
    """``"{path} cannot be read: {problem}; {fix}"`` for the run file ``file``."""
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
