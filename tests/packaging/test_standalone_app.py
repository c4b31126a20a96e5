"""The standalone app of ``tools/build_app.py`` runs without Python: window, training, workers.

Slow and opt-in, so CI is not slowed (CI does not build the app): the tests are
skipped unless one of these is set

- ``MNIST_TRAINER_BUILD_APP=1``: build the app into a temporary folder first (about
  a minute here; needs PyInstaller, the ``app`` dependency group), or
- ``MNIST_TRAINER_APP=path/to/dist/mnist-trainer/mnist-trainer``: test a build made
  by the script before (``dist/onefile/mnist-trainer`` for a one-file build).

    MNIST_TRAINER_BUILD_APP=1 uv run --group app pytest -q tests/packaging/test_standalone_app.py

The built executable runs with a bare environment: a ``PATH`` holding one empty
folder (no Python to find), no ``PYTHONPATH``, a temporary home, and a temporary
working folder (no checkout, no ``../shared`` beside it).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_ENV, APP_ENV = "MNIST_TRAINER_BUILD_APP", "MNIST_TRAINER_APP"
QT_LANGUAGES = ("ja", "zh_CN", "ko")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (os.environ.get(BUILD_ENV) == "1" or os.environ.get(APP_ENV)),
        reason=f"builds the standalone app: set {BUILD_ENV}=1 (or {APP_ENV}=<executable>)",
    ),
]


@pytest.fixture(scope="module")
def executable(tmp_path_factory) -> Path:
    """The built app's executable: given by ``MNIST_TRAINER_APP``, or built now."""
    if os.environ.get(APP_ENV):
        return Path(os.environ[APP_ENV]).resolve()
    pytest.importorskip("PyInstaller", reason="run with: uv run --group app pytest ...")
    out = tmp_path_factory.mktemp("app")
    command = [sys.executable, str(REPO_ROOT / "tools" / "build_app.py")]
    command += ["--dist", str(out / "dist"), "--work", str(out / "build")]
    subprocess.run(command, check=True, cwd=REPO_ROOT, timeout=900)
    name = "mnist-trainer.exe" if sys.platform == "win32" else "mnist-trainer"
    return out / "dist" / "mnist-trainer" / name


@pytest.fixture
def bare_env(tmp_path) -> dict[str, str]:
    """An environment with no Python on PATH and a home of its own."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows cannot start a process without them
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run_app(executable: Path, args: list[str], env: dict[str, str], cwd: Path):
    result = subprocess.run(
        [str(executable), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    return result


def test_bundle_holds_the_data_translations_icon_and_desktop_file(executable):
    app_dir = executable.parent
    inside = app_dir / "_internal"
    if not inside.is_dir():
        pytest.skip("a one-file app (--onefile) shows nothing of its bundle")
    assets = REPO_ROOT / "assets"
    for path in assets.rglob("*"):  # everything under assets/, whatever datasets it holds
        if path.is_file():
            assert (inside / "assets" / path.relative_to(assets)).is_file(), path
    for qm in (REPO_ROOT / "gui" / "translations").glob("*.qm"):
        assert (inside / "gui" / "translations" / qm.name).is_file(), qm.name
    for language in QT_LANGUAGES:
        assert list((inside / "PySide6").rglob(f"qtbase_{language}.qm")), language
    assert list(inside.rglob("*qsvgicon*")), "Qt's SVG icon engine (for the window icon)"
    assert (app_dir / "share" / "applications" / "mnist-trainer.desktop").is_file()
    hicolor = app_dir / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "mnist-trainer.svg").is_file()
    assert (hicolor / "256x256" / "apps" / "mnist-trainer.png").is_file()


def test_app_trains_a_short_run_with_its_own_data(executable, bare_env, tmp_path):
    result = run_app(executable, ["train", "--iters", "200", "--out", "run"], bare_env, tmp_path)
    assert "200 iterations" in result.stdout
    with open(tmp_path / "run" / "loss.csv", newline="") as rows:
        losses = [float(row["loss"]) for row in csv.DictReader(rows)]
    assert len(losses) == 200
    assert losses[-1] < losses[0]
    assert (tmp_path / "run" / "model.npz").is_file()


def test_app_runs_an_experiment_in_worker_processes(executable, bare_env, tmp_path):
    """The workers are spawned by running the executable again (multiprocessing's spawn)."""
    args = ["experiment", "weight-init-compare", "--iters", "20", "--workers", "2"]
    result = run_app(executable, [*args, "--out", "figure"], bare_env, tmp_path)
    assert result.stdout.count("finished, 20 iterations") == 3
    assert len(list((tmp_path / "figure").glob("*.png"))) == 1


def test_window_starts_prepares_its_training_process_and_quits(executable, bare_env, tmp_path):
    """The window quits 2 s after it is shown, after its training process has started."""
    bare_env["MNIST_TRAINER_QUIT_AFTER_MS"] = "2000"
    run_app(executable, [], bare_env, tmp_path)
