"""core.writer_marker: who writes a run, and telling a killed writer from a live one."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core import writer_marker as wm
from core.writer_marker import pid_is_gone, writer_is_gone, writer_marker

TIMEOUT_S = 60
LINUX = sys.platform.startswith("linux")


def dead_pid() -> int:
    """The pid of a process that has run and been waited for."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=TIMEOUT_S)
    return child.pid


def test_the_marker_names_this_process():
    marker = writer_marker()
    assert marker["pid"] == os.getpid()
    assert marker["host"] == socket.gethostname()
    assert json.loads(json.dumps(marker)) == marker
    assert not writer_is_gone(marker)


@pytest.mark.skipif(not LINUX, reason="start times come from /proc")
def test_the_marker_holds_the_start_time_and_boot_of_this_process():
    marker = writer_marker()
    stat = Path(f"/proc/{os.getpid()}/stat").read_text(encoding="ascii")
    assert marker["started"] == int(stat.rpartition(")")[2].split()[19])
    boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    assert marker["boot"] == boot


def test_a_writer_that_exited_is_gone():
    pid = dead_pid()
    assert pid_is_gone(pid)
    assert writer_is_gone({**writer_marker(), "pid": pid})
    assert writer_is_gone({"pid": pid, "host": socket.gethostname()})  # no start time


@pytest.mark.skipif(not LINUX, reason="start times come from /proc")
def test_a_pid_given_to_another_process_is_gone():
    marker = writer_marker()
    assert writer_is_gone({**marker, "started": marker["started"] - 1})


@pytest.mark.skipif(not LINUX, reason="boot ids come from /proc")
def test_a_writer_from_before_a_reboot_is_gone():
    assert writer_is_gone({**writer_marker(), "boot": "another-boot"})


def test_a_writer_on_another_host_is_never_gone():
    assert not writer_is_gone({**writer_marker(), "pid": dead_pid(), "host": "elsewhere"})


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="needs waitid(WNOWAIT)")
def test_a_killed_writer_not_yet_reaped_is_gone():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        child.kill()
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, still a zombie
        assert writer_is_gone({**writer_marker(), "pid": child.pid, "started": None})
    finally:
        child.wait(timeout=TIMEOUT_S)


@pytest.mark.parametrize(
    "marker",
    [None, [], {}, {"pid": 0}, {"pid": -1}, {"pid": True}, {"pid": "12"}, {"pid": 2**40}],
)
def test_odd_markers_are_never_gone_and_signal_nothing(monkeypatch, marker):
    signals = []
    monkeypatch.setattr(wm.os, "kill", lambda pid, sig: signals.append((pid, sig)))
    if isinstance(marker, dict):
        marker = {**marker, "host": socket.gethostname()}
    assert not writer_is_gone(marker)
    assert signals == []


def test_where_processes_cannot_be_probed_every_writer_is_alive(monkeypatch):
    signals = []
    monkeypatch.setattr(wm, "_CAN_PROBE", False)
    monkeypatch.setattr(wm.os, "kill", lambda pid, sig: signals.append((pid, sig)))
    assert not pid_is_gone(dead_pid())
    assert signals == []
