"""Atomic file writes: a temporary file in the same folder, then ``os.replace``.

A reader sees either the old file or the complete new one, never half of it,
even if the program is killed while writing.

The temporary file is ``.{name}.{pid}-{host}.{random}.tmp``: the writer's pid and
an eight-digit tag of its host (``core.writer_marker.host_tag``). A program
killed mid-write leaves it behind; ``remove_stale_temp_files`` removes those
whose writer no longer runs on this host, and never one of a live process.
Files of the older form ``.{name}.{random}.tmp`` name no writer and are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from core.writer_marker import host_tag, pid_is_gone, valid_pid

# mkstemp creates files readable by the owner only; give the final file the
# permissions an ordinary open() would. The umask can only be read by setting
# it, so that is done once, at import, before any thread writes.
_UMASK = os.umask(0)
os.umask(_UMASK)


# mkstemp's random part is 8 of [a-z0-9_]; the target name itself may hold anything.
_TEMP_NAME = re.compile(
    r"\.(?P<target>.+)\.(?P<pid>[0-9]{1,10})-(?P<host>[0-9a-f]{8})\.[a-z0-9_]{8}\.tmp", re.DOTALL
)
_OLD_TEMP_NAME = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp", re.DOTALL)


@dataclass(frozen=True)
class TempName:
    """What the name of a temporary file of ``atomic_open`` tells.

    Attributes
    ----------
    target : str
        The name of the file it was to replace, e.g. ``"run.json"``.
    pid : int or None
        The writer's pid; None for the older form that did not record it.
    host : str or None
        The writer's host tag (``host_tag``); None for the older form.
    """

    target: str
    pid: int | None = None
    host: str | None = None


def _temp_prefix(target: str) -> str:
    return f".{target}.{os.getpid()}-{host_tag()}."


def parse_temp_name(name: str) -> TempName | None:
    """The ``TempName`` if ``name`` is a temporary file of ``atomic_open``, else None."""
    match = _TEMP_NAME.fullmatch(name)
    if match and valid_pid(int(match["pid"])) is not None:
        return TempName(match["target"], int(match["pid"]), match["host"])
    match = _OLD_TEMP_NAME.fullmatch(name)
    return TempName(match["target"]) if match else None


def _is_stale(name: str) -> bool:
    temp = parse_temp_name(name)
    return (
        temp is not None
        and temp.pid is not None
        and temp.host == host_tag()
        and pid_is_gone(temp.pid)
    )


def remove_stale_temp_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files in ``folder`` left by writers that no longer run.

    Only regular files named by ``atomic_open`` with a pid of this host whose
    process is gone are removed; links, folders, older names and the files of
    live processes (or of other hosts) are left alone. Errors are ignored: a
    file that cannot be removed now is tried again next time.

    Returns
    -------
    list of Path
        The files removed.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        try:
            if _is_stale(entry.name) and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file that replaces ``path`` when the block ends without error.

    Parameters
    ----------
    path : path
        The file to write. Its folder must exist.
    mode : str
        ``"w"`` (text, UTF-8 unless ``encoding`` is given) or ``"wb"``.
    **kwargs
        Passed to ``open`` (``newline``, ``encoding``).
    """
    path = Path(path)
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp_name, 0o666 & ~_UMASK)
        with open(fd, mode, **kwargs) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open(path, "wb") as f:
        f.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_open(path, "w", newline="\n") as f:
        f.write(text)


def atomic_write_with(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Call ``write(binary_file)`` on a temporary file that then replaces ``path``."""
    with atomic_open(path, "wb") as f:
        write(f)
