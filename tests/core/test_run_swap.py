"""Replacing a run folder: what counts as a run, and a swap that never mixes two runs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core import run_swap
from core.run_list import list_runs
from core.run_swap import (
    EMPTY,
    FILE,
    MISSING,
    OTHER,
    RUN,
    RUN_FILE_NAMES,
    discard_partial,
    folder_contents,
    make_partial_dir,
    swap_in,
)
from core.writer_marker import host_tag


def make_run(folder: Path, tag: str) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    files = {name: f"{tag} {name}".encode() for name in sorted(RUN_FILE_NAMES)}
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return files


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_what_a_folder_holds(tmp_path):
    assert folder_contents(tmp_path / "nowhere").kind == MISSING
    (tmp_path / "file").write_text("x")
    assert folder_contents(tmp_path / "file").kind == FILE
    (tmp_path / "empty").mkdir()
    assert folder_contents(tmp_path / "empty").kind == EMPTY
    make_run(tmp_path / "run", "old")
    assert folder_contents(tmp_path / "run").kind == RUN


def test_a_run_killed_mid_write_is_still_a_run(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    (run / "run.json").write_text("{}")
    (run / ".loss.csv.k2j4h1x_.tmp").write_text("half")  # core.atomic's older name
    (run / ".model.npz.4242-0123abcd.q8w7e6r5.tmp").write_text("half")  # its newer name
    assert folder_contents(run).kind == RUN


@pytest.mark.parametrize(
    "extra",
    ["notes.txt", ".hidden", ".notes.txt.abc.tmp", "thesis.tex"],
)
def test_a_folder_with_other_files_is_not_a_run(tmp_path, extra):
    make_run(tmp_path, "old")
    (tmp_path / extra).write_text("mine")
    found = folder_contents(tmp_path)
    assert found.kind == OTHER
    assert found.foreign == (extra,)


def test_a_sub_folder_or_a_missing_run_json_is_not_a_run(tmp_path):
    make_run(tmp_path / "a", "old")
    (tmp_path / "a" / "model.npz").unlink()
    (tmp_path / "a" / "model.npz").mkdir()
    assert folder_contents(tmp_path / "a") == run_swap.FolderContents(OTHER, ("model.npz",))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "loss.csv").write_text("iteration,loss\n")
    assert folder_contents(tmp_path / "b").kind == OTHER


def test_an_unlistable_folder_raises_oserror(tmp_path):
    with pytest.raises(OSError, match="too long"):
        folder_contents(tmp_path / ("n" * 300))


def test_the_partial_folder_is_a_hidden_sibling_with_the_runs_permissions(tmp_path):
    out = tmp_path / "run"
    make_run(out, "old")
    os.chmod(out, 0o751)
    partial = make_partial_dir(out)
    assert partial.parent == tmp_path
    assert partial.name.startswith(".run.partial-")
    assert stat.S_IMODE(partial.stat().st_mode) == 0o751
    assert list(partial.iterdir()) == []


def test_the_partial_folder_of_a_long_name_fits_the_name_limit(tmp_path):
    out = tmp_path / ("r" * 250)
    make_run(out, "old")
    partial = make_partial_dir(out)
    assert partial.is_dir()
    assert len(partial.name) < 255


@pytest.mark.parametrize("atomic", [True, False], ids=["exchange", "two-renames"])
def test_swap_in_puts_the_whole_new_run_in_place(tmp_path, monkeypatch, atomic):
    if not atomic:
        monkeypatch.setattr(run_swap, "_exchange", lambda a, b: False)
    out = tmp_path / "run"
    make_run(out, "old")
    (out / ".loss.csv.k2j4h1x_.tmp").write_text("old leftover")
    partial = make_partial_dir(out)
    new = make_run(partial, "new")
    (partial / "output.png").unlink()  # a new run may have fewer files: none of the old stay
    del new["output.png"]
    swap_in(partial, out)
    assert contents(out) == new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]


def test_swap_in_is_one_exchange_on_linux(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("renameat2 is Linux's")
    a, b = tmp_path / "a", tmp_path / "b"
    make_run(a, "A")
    make_run(b, "B")
    if not run_swap._exchange(a, b):
        pytest.skip("this file system cannot exchange")
    assert contents(a)["run.json"] == b"B run.json"
    assert contents(b)["run.json"] == b"A run.json"


def test_swap_in_when_the_old_run_has_gone(tmp_path):
    out = tmp_path / "run"
    make_run(out, "old")
    partial = make_partial_dir(out)
    new = make_run(partial, "new")
    for file in out.iterdir():
        file.unlink()
    out.rmdir()
    swap_in(partial, out)
    assert contents(out) == new


def test_discard_partial(tmp_path):
    out = tmp_path / "run"
    make_run(out, "old")
    partial = make_partial_dir(out)
    make_run(partial, "new")
    discard_partial(partial)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]


def test_partial_runs_of_killed_writers_are_removed_when_the_runs_are_listed(tmp_path):
    run = tmp_path / "20260101-120000"
    run.mkdir()
    (run / "run.json").write_text("{}")
    mine = make_partial_dir(run)  # this process is alive: kept
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = tmp_path / f".{run.name}.partial-{gone.stdout.strip()}-{host_tag()}-abcd1234"
    dead.mkdir()
    (dead / "loss.csv").write_text("iteration,loss\n")
    elsewhere = tmp_path / f".{run.name}.partial-{gone.stdout.strip()}-00000000-abcd1234"
    elsewhere.mkdir()  # another host's: its writer cannot be seen from here
    list_runs(tmp_path)
    assert mine.is_dir()
    assert elsewhere.is_dir()
    assert not dead.exists()
    assert run.is_dir()
