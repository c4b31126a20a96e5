"""``train --force``: an existing run is replaced whole or not at all; other folders never."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gui import cli
from gui.cli import main


def train(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gui.app", "train", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start_train(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "gui.app", "train", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def summary(folder: Path) -> dict:
    return json.loads((folder / "run.json").read_text())["summary"]


@pytest.fixture
def old_run(tmp_path) -> Path:
    out = tmp_path / "run"
    result = train("--iters", "3", "--seed", "7", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_a_force_run_killed_midway_leaves_the_old_run_whole(old_run):
    before = snapshot(old_run)
    proc = start_train("--iters", "1000000", "--out", str(old_run), "--force")
    try:
        assert proc.stdout.readline().startswith("784-50-10, sigmoid")  # the network
        for _ in range(2):  # two epochs done: progress of the new run has been written
            assert proc.stdout.readline().startswith("train acc, test acc | ")
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert snapshot(old_run) == before
    (partial,) = [p for p in old_run.parent.iterdir() if p != old_run]
    assert partial.name.startswith(".run.partial-")  # where the new run was being written
    new = json.loads((partial / "run.json").read_text())
    assert new["summary"]["status"] == "running"
    assert new["config"]["iters_num"] == 1_000_000


def test_force_replaces_the_whole_run(old_run):
    leftover = old_run / ".loss.csv.k2j4h1x_.tmp"  # left by a write that was killed
    leftover.write_text("half")
    result = train("--iters", "7", "--out", str(old_run), "--force")
    assert result.returncode == 0, result.stderr
    assert summary(old_run)["iterations_done"] == 7
    assert sorted(snapshot(old_run)) == [
        "accuracy.csv",
        "loss.csv",
        "model.npz",
        "output.png",
        "run.json",
    ]
    assert [p.name for p in old_run.parent.iterdir()] == ["run"]


def test_force_replaces_the_run_at_ctrl_c(old_run):
    proc = start_train("--iters", "1000000", "--out", str(old_run), "--force")
    try:
        assert proc.stdout.readline().startswith("784-50-10, sigmoid")  # the network
        assert proc.stdout.readline().startswith("train acc, test acc | ")
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.rstrip().endswith(str(old_run))
    assert summary(old_run)["status"] == "interrupted"
    assert json.loads((old_run / "run.json").read_text())["config"]["iters_num"] == 1_000_000
    assert [p.name for p in old_run.parent.iterdir()] == ["run"]


def test_force_replaces_the_run_when_training_diverges(old_run):
    result = train("--lr", "50", "--iters", "500", "--out", str(old_run), "--force")
    assert result.returncode == 1
    assert summary(old_run)["status"] == "diverged"
    assert [p.name for p in old_run.parent.iterdir()] == ["run"]


def test_force_through_a_symlink_replaces_the_run_it_points_to(old_run):
    link = old_run.parent / "latest"
    link.symlink_to(old_run, target_is_directory=True)
    result = train("--iters", "5", "--out", str(link), "--force")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert summary(old_run)["iterations_done"] == 5
    assert sorted(p.name for p in old_run.parent.iterdir()) == ["latest", "run"]


def test_an_empty_folder_is_used_without_force(tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    result = train("--iters", "2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert summary(out)["status"] == "finished"


def refuse_to_load(*args, **kwargs):
    raise AssertionError("the data was loaded before --out was checked")


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_a_folder_of_other_files_is_never_replaced(tmp_path, capsys, monkeypatch, force):
    monkeypatch.setattr(cli, "load_mnist", refuse_to_load)
    (tmp_path / "thesis.tex").write_text("years of work")
    (tmp_path / "run.json").write_text("{}")
    before = snapshot(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["train", "--out", str(tmp_path), *force])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "holds files that are not a run's ('thesis.tex')" in err
    assert "choose a new or empty folder" in err
    assert "pass --force" not in err
    assert snapshot(tmp_path) == before


def test_a_run_without_force_is_refused_before_loading(old_run, capsys, monkeypatch):
    monkeypatch.setattr(cli, "load_mnist", refuse_to_load)
    before = snapshot(old_run)
    with pytest.raises(SystemExit) as info:
        main(["train", "--out", str(old_run)])
    assert info.value.code == 2
    assert "already holds a run; pass --force" in capsys.readouterr().err
    assert snapshot(old_run) == before
