"""Who is writing a file, and whether that writer is gone.

A writer records a *marker* next to what it writes (``run.json["writer"]``)::

    {"pid": 4242, "host": "lab-pc", "started": 123456, "boot": "0f1e..."}

``started`` is the process start time in clock ticks since boot and ``boot`` the
kernel's boot id (Linux ``/proc``; ``None`` where unknown). A reader on the same
host can then tell a writer that still runs from one that was killed, even when
the pid has since been given to another process. A writer on another host is
never declared gone: its processes cannot be seen from here.
"""

from __future__ import annotations

import functools
import hashlib
import os
import socket
from pathlib import Path
from typing import Any

_PROC = Path("/proc")
_BOOT_ID = _PROC / "sys" / "kernel" / "random" / "boot_id"
_PID_LIMIT = 2**31  # pids are positive C ints; 0 and -1 would signal whole groups
# Signal 0 only tests for a process on POSIX; on Windows os.kill would end it.
_CAN_PROBE = os.name == "posix"


def this_host() -> str:
    """The name of this machine, as stored in a marker's ``"host"``."""
    return socket.gethostname()


def host_tag(host: str | None = None) -> str:
    """Eight hex digits that stand for ``host`` (default: this host) in file names."""
    name = this_host() if host is None else host
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _read_small(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None


def _boot_id() -> str | None:
    text = _read_small(_BOOT_ID)
    if text is None or not text.strip():
        return None
    return text.strip()


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """``(state, start ticks)`` of ``pid`` from ``/proc/<pid>/stat``; None if unknown."""
    text = _read_small(_PROC / str(pid) / "stat")
    if text is None:
        return None
    # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split
    # after the last ")". State is field 3 of proc(5), starttime field 22.
    fields = text.rpartition(")")[2].split()
    try:
        return fields[0], int(fields[19])
    except (IndexError, ValueError):
        return None


@functools.cache
def _marker_of(pid: int) -> tuple[tuple[str, Any], ...]:
    stat = _proc_stat(pid)
    return (
        ("pid", pid),
        ("host", this_host()),
        ("started", stat[1] if stat else None),
        ("boot", _boot_id()),
    )


def writer_marker() -> dict[str, Any]:
    """The marker of this process: ``{"pid", "host", "started", "boot"}``.

    Returns
    -------
    dict
        ``pid`` int, ``host`` str, ``started`` int or None (start time in clock
        ticks since boot), ``boot`` str or None (the boot id). JSON-ready.
    """
    return dict(_marker_of(os.getpid()))


def valid_pid(value: Any) -> int | None:
    """``value`` if it can name a single process (an int from 1 to 2**31-1), else None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value < _PID_LIMIT else None


def pid_is_gone(pid: int) -> bool:
    """True only if no process ``pid`` runs on this host (or it is a zombie).

    Where that cannot be told (Windows, where ``os.kill`` would end the process),
    the answer is False: a writer is assumed alive unless shown gone.
    """
    if not _CAN_PROBE or valid_pid(pid) is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # PermissionError: it exists, owned by someone else
        return False
    stat = _proc_stat(pid)
    return stat is not None and stat[0] in ("Z", "X")  # killed, not yet reaped


def writer_is_gone(marker: Any) -> bool:
    """True only if the process that wrote ``marker`` certainly no longer runs.

    Parameters
    ----------
    marker : any
        A value read back from a file; anything but a dict from ``writer_marker``
        (on any host) gives False.

    Returns
    -------
    bool
        True when the marker is from this host and its pid is not alive, is a
        zombie, or now belongs to a process that started at another time (or
        the machine has rebooted since). False when alive or when unknowable.
    """
    if not isinstance(marker, dict) or marker.get("host") != this_host():
        return False
    pid = valid_pid(marker.get("pid"))
    if pid is None:
        return False
    boot, now_boot = marker.get("boot"), _boot_id()
    if isinstance(boot, str) and now_boot is not None and boot != now_boot:
        return True
    if pid_is_gone(pid):
        return True
    started = marker.get("started")
    if isinstance(started, bool) or not isinstance(started, int):
        return False
    stat = _proc_stat(pid)
    return stat is not None and stat[1] != started
