"""The built wheel carries the MNIST files and works from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    from hatchling.builders.wheel import WheelBuilder

    out = tmp_path_factory.mktemp("dist")
    (path,) = WheelBuilder(str(REPO_ROOT)).build(directory=str(out), versions=["standard"])
    return Path(path)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel unpacked as an installer would put a pure-Python wheel in site-packages."""
    site = tmp_path_factory.mktemp("site-packages")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def test_wheel_contains_the_data_and_its_notice(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("train-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "NOTICE"):
        assert f"core/_assets/mnist/{name}" in names
        assert f"core/_assets/fashion-mnist/{name}" in names
    assert any(n.endswith("licenses/assets/fashion-mnist/NOTICE") for n in names)
    assert "core/trainer.py" in names
    assert "gui/cli.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "mnist-trainer = gui.app:main" in text


def test_installed_wheel_trains_from_another_folder(installed, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    code = "import core, sys; print(core.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert where.stdout.strip().startswith(str(installed))  # not the checkout
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "train", "--iters", "3", "--out", "run"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads((tmp_path / "run" / "run.json").read_text())["summary"]
    assert summary["iterations_done"] == 3
