"""All-or-nothing deletion of run folders through a trash folder inside the runs folder.

A run is deleted in two steps: one ``os.rename`` moves its folder into
``<runs>/.trash/<name>-<random>`` (it either happens or nothing changed), then
the moved folder is removed. A removal that stops half way (the program was
killed, a file could not be removed) leaves the rest in the trash, where
``empty_trash`` removes it later. Nothing here follows a symbolic link: links
are removed as links, and a trash that is a link is not used.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
from pathlib import Path

from core.phrase import QT_TRANSLATE_NOOP
from core.run_files import run_phrase

TRASH = ".trash"
_ATTEMPTS = 3


def trash_dir(root: str | os.PathLike[str]) -> Path:
    """The trash folder of the runs folder ``root`` (it may not exist)."""
    return Path(root) / TRASH


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def move_to_trash(folder: str | os.PathLike[str], root: str | os.PathLike[str]) -> Path:
    """Move ``folder`` (a folder in ``root``) into ``root``'s trash with one rename.

    Parameters
    ----------
    folder : path
        The folder to delete; the caller has checked that it belongs to ``root``.
    root : path
        The runs folder.

    Returns
    -------
    Path
        Where the folder is now.

    Raises
    ------
    OSError
        The trash cannot be made or used, or the rename failed; then nothing
        has changed (at most an empty trash folder was made).
    """
    trash = trash_dir(root)
    for attempt in range(_ATTEMPTS):
        with contextlib.suppress(FileExistsError):
            os.mkdir(trash)
        if not _is_real_dir(trash):
            not_folder = run_phrase(QT_TRANSLATE_NOOP("RunStore", "the trash is not a folder"))
            raise NotADirectoryError(errno.ENOTDIR, not_folder, str(trash))
        target = _free_name(trash, Path(folder).name)
        try:
            os.rename(folder, target)
        except FileNotFoundError:
            # Another program may have removed the empty trash in between: try again.
            if attempt + 1 == _ATTEMPTS or not os.path.lexists(folder):
                raise
            continue
        return target
    raise AssertionError("unreachable")


def _free_name(trash: Path, name: str) -> Path:
    target = trash / f"{name}-{secrets.token_hex(4)}"
    while os.path.lexists(target):
        target = trash / f"{name}-{secrets.token_hex(4)}"
    return target


def remove_tree(path: str | os.PathLike[str]) -> bool:
    """Remove ``path`` (a link or file is unlinked, a folder removed with its content).

    Returns True if it is gone; errors are ignored (a later call tries again).
    """
    path = Path(path)
    try:
        if _is_real_dir(path):
            shutil.rmtree(path, ignore_errors=True)  # removes links inside, never follows them
        else:
            os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return not os.path.lexists(path)


def empty_trash(root: str | os.PathLike[str]) -> list[Path]:
    """Remove what earlier deletions left in ``root``'s trash, then the empty trash.

    Returns
    -------
    list of Path
        The entries that could not be removed (empty when the trash is empty
        or does not exist).
    """
    trash = trash_dir(root)
    if not _is_real_dir(trash):
        return []
    try:
        entries = [trash / name for name in os.listdir(trash)]
    except OSError:
        return []
    left = [entry for entry in entries if not remove_tree(entry)]
    if not left:
        with contextlib.suppress(OSError):  # not empty after all, or already gone
            os.rmdir(trash)
    return left
