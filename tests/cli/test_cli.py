"""``mnist-trainer train`` end to end, its outputs read back, and its bad arguments."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.config import BOUNDS, TrainConfig
from core.data import load_mnist
from core.model_file import MODEL_FORMAT_VERSION, load_model_file, network_from
from core.run_files import read_accuracy_csv
from gui import cli
from gui.cli import main

LR_RANGE = BOUNDS["learning_rate"].describe()


def refuse_to_load(*args, **kwargs):
    raise AssertionError("the data was loaded before every argument was checked")


BOOK_LINE = re.compile(r"^train acc, test acc \| (\d\.\d{4}), (\d\.\d{4})$")


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120):
    return subprocess.run(
        [sys.executable, "-m", "gui.app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def short_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "run"
    result = run_cli(
        "train",
        "--iters",
        "1300",
        "--seed",
        "1",
        "--hidden",
        "30",
        "--lr",
        "0.2",
        "--out",
        str(out),
    )
    return result, out


def test_short_run_prints_the_books_lines(short_run):
    result, out = short_run
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "784-30-10, sigmoid, std 0.01, SGD lr 0.2: 23,860 parameters"
    book_lines = [BOOK_LINE.match(line) for line in lines if line.startswith("train acc")]
    assert len(book_lines) == 3
    assert all(book_lines)
    printed = [(float(m[1]), float(m[2])) for m in book_lines]
    saved = [(e.train_acc, e.test_acc) for e in read_accuracy_csv(out / "accuracy.csv")]
    assert printed == [(round(a, 4), round(b, 4)) for a, b in saved]
    assert lines[-1].startswith("done: 1,300 iterations")
    assert result.stderr == ""


def test_short_run_writes_its_metrics(short_run):
    _, out = short_run
    losses = np.loadtxt(out / "loss.csv", delimiter=",", skiprows=1)
    assert losses.shape == (1300, 2)
    assert losses[:, 0].tolist() == list(range(1300))
    assert losses[:20, 1].mean() > losses[-100:, 1].mean()
    epochs = read_accuracy_csv(out / "accuracy.csv")
    assert [e.iteration for e in epochs] == [0, 600, 1200]
    assert epochs[-1].test_acc > 0.85

    record = json.loads((out / "run.json").read_text())
    assert record["config"] == {
        **TrainConfig().to_dict(),
        "hidden_sizes": [30],
        "learning_rate": 0.2,
        "iters_num": 1300,
        "seed": 1,
    }
    summary = record["summary"]
    assert summary["status"] == "finished"
    assert summary["iterations_done"] == 1300
    assert summary["last_epoch_test_acc"] == pytest.approx(epochs[-1].test_acc, abs=1e-6)
    assert summary["last_loss"] == pytest.approx(losses[-1, 1], rel=1e-6)


def test_short_run_saves_a_model_that_reproduces_its_accuracy(short_run):
    _, out = short_run
    with np.load(out / "model.npz", allow_pickle=False) as raw:  # plain arrays, no pickles
        assert int(raw["format_version"]) == MODEL_FORMAT_VERSION
    saved = load_model_file(out / "model.npz")
    assert saved.params["W1"].shape == (784, 30)
    assert saved.params["W2"].shape == (30, 10)
    assert saved.config.hidden_size == 30
    assert saved.iterations_done == 1300
    np.testing.assert_allclose(
        saved.losses, np.loadtxt(out / "loss.csv", delimiter=",", skiprows=1)[:, 1], rtol=1e-8
    )
    net = network_from(saved)
    (x_train, t_train), (x_test, t_test) = load_mnist()
    summary = json.loads((out / "run.json").read_text())["summary"]
    assert net.accuracy(x_test, t_test) == pytest.approx(summary["final_test_acc"], abs=1e-4)
    assert net.accuracy(x_train, t_train) == pytest.approx(summary["final_train_acc"], abs=1e-4)


def test_short_run_draws_the_chart(short_run):
    _, out = short_run
    png = (out / "output.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (640, 480)


def test_existing_run_is_not_overwritten_without_force(short_run):
    _, out = short_run
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = run_cli("train", "--iters", "5", "--out", str(out))
    assert result.returncode == 2
    assert "already holds a run; pass --force" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_force_overwrites(tmp_path):
    out = tmp_path / "run"
    assert run_cli("train", "--iters", "3", "--out", str(out)).returncode == 0
    result = run_cli("train", "--iters", "7", "--out", str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert json.loads((out / "run.json").read_text())["summary"]["iterations_done"] == 7


def test_default_out_is_a_new_run_in_the_data_folder(tmp_path):
    env = {**os.environ, "MNIST_TRAINER_DATA": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "train", "--iters", "2", "--quiet"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    (run,) = (tmp_path / "data" / "runs").iterdir()
    assert re.fullmatch(r"\d{8}-\d{6}", run.name)
    assert (run / "model.npz").is_file()
    record = json.loads((run / "run.json").read_text())
    assert "created" in record
    assert record["summary"]["status"] == "finished"


def test_ctrl_c_stops_cleanly_and_keeps_the_run(tmp_path):
    out = tmp_path / "run"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gui.app", "train", "--iters", "1000000", "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().startswith("784-50-10, sigmoid")
        first = proc.stdout.readline()
        assert BOOK_LINE.match(first.strip())
        proc.send_signal(signal.SIGINT)
        _stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in stderr
    assert "stopped after" in stderr
    summary = json.loads((out / "run.json").read_text())["summary"]
    assert summary["status"] == "interrupted"
    done = summary["iterations_done"]
    assert 0 < done < 1_000_000
    assert len((out / "loss.csv").read_text().splitlines()) == done + 1
    assert (out / "model.npz").is_file()
    assert (out / "output.png").is_file()


def test_divergence_is_reported_not_raised(tmp_path):
    result = run_cli("train", "--lr", "50", "--iters", "500", "--out", str(tmp_path / "r"))
    assert result.returncode == 1
    assert "training diverged at iteration" in result.stderr
    assert "learning rate 50.0 is too large" in result.stderr
    assert "Traceback" not in result.stderr
    summary = json.loads((tmp_path / "r" / "run.json").read_text())["summary"]
    assert summary["status"] == "diverged"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--lr", "0"], f"argument --lr: must be a number from {LR_RANGE}, got '0'"),
        (["--lr", "-0.5"], f"argument --lr: must be a number from {LR_RANGE}"),
        (["--lr", "abc"], f"argument --lr: must be a number from {LR_RANGE}, got 'abc'"),
        (["--lr", "nan"], f"argument --lr: must be a number from {LR_RANGE}, got 'nan'"),
        (["--batch-size", "0"], "argument --batch-size: must be a whole number from 1 to 60,000"),
        (["--hidden", "0"], "argument --hidden: must be a whole number from 1 to 2,000"),
        (["--iters", "0"], "argument --iters: must be a whole number from 1 to 10,000,000"),
        (["--seed", "-3"], "argument --seed: must be a whole number from 0 to 2,147,483,647"),
        (["--batch-size", "60001"], "--batch-size: must be a whole number from 1 to 60,000"),
        (["--iters", "1e9"], "--iters: must be a whole number from 1 to 10,000,000, got '1e9'"),
        (["--iters", "1e12"], "--iters: must be a whole number from 1 to 10,000,000, got '1e12'"),
        (["--iters", "1.5"], "--iters: must be a whole number from 1 to 10,000,000, got '1.5'"),
        (["--hidden", "1e9"], "--hidden: must be a whole number from 1 to 2,000, got '1e9'"),
        (["--hidden", "1000000"], "--hidden: must be a whole number from 1 to 2,000"),
        (["--hidden", "1e999999999"], "--hidden: must be a whole number from 1 to 2,000"),
        (["--weight-init-std", "1e308"], "--weight-init-std: must be a number from 0.0001 to 10"),
        (["--weight-init-std", "1e-400"], "--weight-init-std: must be a number from 0.0001 to 10"),
        (["--seed", "9" * 5000], "--seed: must be a whole number from 0 to 2,147,483,647"),
        (["--no-such-flag"], "unrecognized arguments: --no-such-flag"),
        (["--gradient", "guess"], "argument --gradient: invalid choice: 'guess'"),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(args, fragment, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "load_mnist", refuse_to_load)  # settings are checked first
    with pytest.raises(SystemExit) as info:
        main(["train", *args, "--out", str(tmp_path / "run")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert len(err) < 400  # a 5,000-digit argument is not echoed whole
    assert not (tmp_path / "run").exists()


def limited_memory() -> None:
    """In the child: at most 3 GiB of address space, so a regression fails, not the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
@pytest.mark.parametrize(
    "args",
    [
        ["--iters", "1e9"],
        ["--iters", "1e12"],
        ["--hidden", "1e9"],
        ["--hidden", "1000000"],
        ["--batch-size", "1e12"],
        ["--weight-init-std", "1e308"],
    ],
)
def test_huge_values_end_in_one_line_not_a_traceback(args, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "train", *args, "--out", str(tmp_path / "run")],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limited_memory,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert f"argument {args[0]}: must be a" in result.stderr
    assert not (tmp_path / "run").exists()


def test_whole_numbers_in_scientific_notation_are_accepted(tmp_path):
    result = run_cli("train", "--iters", "1.2e1", "--hidden", "2e1", "--out", str(tmp_path / "r"))
    assert result.returncode == 0, result.stderr
    config = json.loads((tmp_path / "r" / "run.json").read_text())["config"]
    assert config["iters_num"] == 12
    assert config["hidden_sizes"] == [20]


def test_train_help_lists_every_bound():
    result = run_cli("train", "--help")
    assert result.returncode == 0
    help_text = " ".join(result.stdout.split())  # argparse wraps lines
    for flag, name in [
        ("--iters", "iters_num"),
        ("--lr", "learning_rate"),
        ("--batch-size", "batch_size"),
        ("--hidden", "hidden_size"),
        ("--weight-init-std", "weight_init_std"),
        ("--seed", "seed"),
    ]:
        assert BOUNDS[name].describe() in help_text, flag


def test_unwritable_out_is_a_usage_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(SystemExit) as info:
        main(["train", "--out", str(blocker / "run")])
    assert info.value.code == 2
    assert "cannot write to --out" in capsys.readouterr().err


def test_bad_data_dir_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["train", "--data-dir", str(tmp_path), "--out", str(tmp_path / "run")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "train-images-idx3-ubyte" in err
    assert "not found" in err


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "usage: mnist-trainer" in result.stdout
    assert "train" in result.stdout


def test_no_display_gets_a_clear_message_instead_of_a_qt_abort():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "gui.app"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert "no display found" in result.stderr
    assert "mnist-trainer train" in result.stderr


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("mnist-trainer")
    assert script.is_file() or os.name == "nt"


def test_numerical_gradient_trains_like_backprop(tmp_path):
    losses = {}
    for method in ("backprop", "numerical"):
        out = tmp_path / method
        result = run_cli("train", "--iters", "40", "--gradient", method, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert json.loads((out / "run.json").read_text())["config"]["gradient"] == method
        losses[method] = np.loadtxt(out / "loss.csv", delimiter=",", skiprows=1)[:, 1]
    np.testing.assert_allclose(losses["numerical"], losses["backprop"], rtol=1e-3)
