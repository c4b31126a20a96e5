"""Atomic file writes: a temporary file in the same folder, then ``os.replace``.

A reader sees either the old file or the complete new one, never half of it,
even if the program is killed while writing.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

# mkstemp creates files readable by the owner only; give the final file the
# permissions an ordinary open() would. The umask can only be read by setting
# it, so that is done once, at import, before any thread writes.
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", **kwargs) -> Iterator[IO]:
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
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
