"""core.atomic: temporary files name their writer, and only dead writers' files are removed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.atomic import (
    TempName,
    atomic_open,
    atomic_write_text,
    parse_temp_name,
    remove_stale_temp_files,
)
from core.writer_marker import host_tag

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60


def dead_pid() -> int:
    """The pid of a process that has run and been waited for."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=TIMEOUT_S)
    return child.pid


def temp_name(target: str, pid: int, host: str | None = None) -> str:
    return f".{target}.{pid}-{host or host_tag()}.abc123_z.tmp"


def test_the_temporary_file_names_its_writer(tmp_path):
    with atomic_open(tmp_path / "run.json") as f:
        f.write("{}")
        [temp] = os.listdir(tmp_path)
    assert parse_temp_name(temp) == TempName("run.json", os.getpid(), host_tag())
    assert os.listdir(tmp_path) == ["run.json"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (".run.json.4242-0123abcd.x1y2z3_q.tmp", TempName("run.json", 4242, "0123abcd")),
        (".a.b\nc.7-ffffffff.abcdefgh.tmp", TempName("a.b\nc", 7, "ffffffff")),
        (".run.json.k2j4h5g6.tmp", TempName("run.json")),  # the older form names no writer
        (".run.json.0-0123abcd.x1y2z3_q.tmp", TempName("run.json.0-0123abcd")),  # pid 0: none
        ("run.json", None),
        (".run.json", None),
        (".run.json.tmp", None),
        ("loss.csv.4242-0123abcd.abcdefgh.tmp", None),
    ],
)
def test_parse_temp_name(name, expected):
    assert parse_temp_name(name) == expected


def test_only_temporary_files_of_dead_writers_on_this_host_are_removed(tmp_path):
    gone = dead_pid()
    stale = tmp_path / temp_name("run.json", gone)
    live = tmp_path / temp_name("run.json", os.getpid())
    elsewhere = tmp_path / temp_name("run.json", gone, host="0badc0de")
    old_form = tmp_path / ".run.json.k2j4h5g6.tmp"
    target = tmp_path / "run.json"
    for file in (stale, live, elsewhere, old_form, target):
        file.write_text("x", encoding="utf-8")
    folder = tmp_path / temp_name("loss.csv", gone)
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.write_text("keep", encoding="utf-8")
    link = tmp_path / temp_name("model.npz", gone)
    link.symlink_to(outside)
    assert remove_stale_temp_files(tmp_path) == [stale]
    assert not stale.exists()
    assert all(p.exists() for p in (live, elsewhere, old_form, target, folder, link, outside))


def test_a_missing_folder_has_nothing_to_clean(tmp_path):
    assert remove_stale_temp_files(tmp_path / "nowhere") == []


def run_python(code: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, text=True, **kwargs
    )


def test_a_write_killed_half_way_leaves_the_old_file_and_a_temp_file_that_is_cleaned(tmp_path):
    target = tmp_path / "run.json"
    atomic_write_text(target, "old")
    writer = run_python(
        f"""
        import os
        from core.atomic import atomic_open
        with atomic_open({str(target)!r}) as f:
            f.write("half of the new")
            f.flush()
            os._exit(9)  # killed: no cleanup runs
        """
    )
    assert writer.wait(timeout=TIMEOUT_S) == 9
    [temp] = [name for name in os.listdir(tmp_path) if name != "run.json"]
    assert parse_temp_name(temp).pid == writer.pid
    assert remove_stale_temp_files(tmp_path) == [tmp_path / temp]
    assert os.listdir(tmp_path) == ["run.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_the_temp_file_of_a_live_writer_is_kept_until_it_is_gone(tmp_path):
    writer = run_python(
        f"""
        import os, sys
        from core.atomic import atomic_open
        with atomic_open({str(tmp_path / "run.json")!r}) as f:
            print("writing", flush=True)
            sys.stdin.read()  # hold the temporary file open until told
            os._exit(0)
        """,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert writer.stdout.readline() == "writing\n"
        [temp] = os.listdir(tmp_path)
        assert remove_stale_temp_files(tmp_path) == []
        assert os.listdir(tmp_path) == [temp]
    finally:
        writer.communicate("", timeout=TIMEOUT_S)
    assert remove_stale_temp_files(tmp_path) == [tmp_path / temp]
