"""Replacing a run folder with a new run, so that it never holds half of each.

``mnist-trainer train --force --out DIR`` over an existing run writes the new run
into a hidden sibling, ``.DIR.partial-XXXXXXXX``, and only when it is complete
swaps it in (``swap_in``). Killed at any moment before that, ``DIR`` still holds
the whole old run; after it, the whole new one.

On Linux the swap is one atomic ``renameat2(RENAME_EXCHANGE)``. Where that is
not available it is two renames (``DIR`` aside, the new run in); killed between
those two, ``DIR`` is missing and the old run is in ``.DIR.old-XXXXXXXX/old``.

``folder_contents`` tells a run (``run.json`` and only files a run has) from
an empty folder and from a folder of the user's own files, which is never
replaced.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from core.run_files import ACCURACY_CSV, CHART_PNG, LOSS_CSV, MODEL_NPZ, RUN_JSON
from core.writer_marker import host_tag, pid_is_gone, valid_pid

RUN_FILE_NAMES = frozenset({RUN_JSON, LOSS_CSV, ACCURACY_CSV, MODEL_NPZ, CHART_PNG})
"""Every file a run folder may hold (see ``core.run_files``)."""

MISSING, FILE, EMPTY, RUN, OTHER = "missing", "file", "empty", "run", "other"

_NAME_IN_SIBLING = 40  # characters of the folder's name in a sibling's name (limit: 255 bytes)
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


@dataclass(frozen=True)
class FolderContents:
    """What a would-be run folder holds.

    Attributes
    ----------
    kind : str
        ``MISSING``, ``FILE`` (not a folder), ``EMPTY``, ``RUN`` or ``OTHER``.
    foreign : tuple of str
        ``OTHER`` only: the names a run does not have, sorted.
    """

    kind: str
    foreign: tuple[str, ...] = ()


def _is_atomic_leftover(name: str) -> bool:
    """A temporary file of ``core.atomic`` (``.{name}...tmp``) left by a killed write."""
    return name.endswith(".tmp") and any(name.startswith(f".{run}.") for run in RUN_FILE_NAMES)


def _belongs_to_a_run(entry: os.DirEntry[str]) -> bool:
    if not entry.is_file(follow_symlinks=False):
        return False
    return entry.name in RUN_FILE_NAMES or _is_atomic_leftover(entry.name)


def folder_contents(folder: Path) -> FolderContents:
    """Whether ``folder`` is missing, a file, empty, a run, or holds other files.

    Parameters
    ----------
    folder : Path
        The folder a run would be written to.

    Returns
    -------
    FolderContents

    Raises
    ------
    OSError
        ``folder`` cannot be examined (permission, a name too long, a parent that
        is a file).
    """
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return FolderContents(MISSING)
    if not stat.S_ISDIR(info.st_mode):
        return FolderContents(FILE)
    with os.scandir(folder) as entries:
        listed = list(entries)
    if not listed:
        return FolderContents(EMPTY)
    foreign = tuple(sorted(entry.name for entry in listed if not _belongs_to_a_run(entry)))
    if foreign or RUN_JSON not in {entry.name for entry in listed}:
        return FolderContents(OTHER, foreign)
    return FolderContents(RUN)


def _sibling_prefix(folder: Path, role: str) -> str:
    # The writer's pid and host let a later listing tell a partial run left by a
    # killed writer (removed) from one being written now (kept).
    return f".{folder.name[:_NAME_IN_SIBLING]}.{role}-{os.getpid()}-{host_tag()}-"


_PARTIAL_NAME = re.compile(
    r"\..*\.partial-(?P<pid>[0-9]{1,10})-(?P<host>[0-9a-f]{8})-.+", re.DOTALL
)


def remove_stale_partial_dirs(root: Path) -> list[Path]:
    """Remove the partial runs in ``root`` whose writer (on this host) is gone.

    A writer killed before ``swap_in`` leaves its hidden ``.{name}.partial-...``
    folder; the run it was to replace is whole in ``{name}``. Folders of live
    writers, of other hosts and anything that is not such a folder are left alone.

    Returns
    -------
    list of Path
        The folders removed.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL_NAME.fullmatch(entry.name)
        if match is None or match["host"] != host_tag():
            continue
        pid = valid_pid(int(match["pid"]))
        try:
            if pid is not None and pid_is_gone(pid) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def make_partial_dir(out: Path) -> Path:
    """Create the hidden folder next to ``out`` that a new run is written into.

    Parameters
    ----------
    out : Path
        An existing run folder (not a symlink: pass its resolved path).

    Returns
    -------
    Path
        A new, empty ``.{name}.partial-XXXXXXXX`` beside ``out``, with ``out``'s
        permissions.
    """
    partial = Path(tempfile.mkdtemp(prefix=_sibling_prefix(out, "partial"), dir=out.parent))
    os.chmod(partial, stat.S_IMODE(os.stat(out).st_mode))
    return partial


def _exchange(a: Path, b: Path) -> bool:
    """Swap ``a`` and ``b`` atomically (Linux); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a C library without renameat2
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # file system cannot exchange
        return False
    raise OSError(code, os.strerror(code), os.fsdecode(b))


def swap_in(partial: Path, out: Path) -> None:
    """Put the complete run in ``partial`` at ``out`` and delete the run it replaces.

    Parameters
    ----------
    partial : Path
        From ``make_partial_dir(out)``, now holding the whole new run.
    out : Path
        The run folder to replace (if it is gone, ``partial`` just takes its name).
    """
    if not os.path.lexists(out):
        os.rename(partial, out)
        return
    if _exchange(partial, out):
        shutil.rmtree(partial)  # now the old run
        return
    holder = Path(tempfile.mkdtemp(prefix=_sibling_prefix(out, "old"), dir=out.parent))
    os.rename(out, holder / "old")
    os.rename(partial, out)
    shutil.rmtree(holder)


def discard_partial(partial: Path) -> None:
    """Delete a partial run that will not be swapped in (the run failed or was aborted)."""
    shutil.rmtree(partial, ignore_errors=True)
