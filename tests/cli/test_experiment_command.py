"""``mnist-trainer experiment``: presets listed, a shortened preset run, its group and figure."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys

import pytest

from core.experiments import EXPERIMENTS
from core.race import RACE_COLORS
from core.run_group import RunGroup
from gui.cli import main


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def runs_in(data_folder) -> list:
    runs = data_folder / "runs"
    return sorted(p for p in runs.iterdir() if p.is_dir()) if runs.exists() else []


def test_list_names_every_preset(capsys):
    assert main(["experiment", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(EXPERIMENTS)
    assert "ch06/optimizer_compare_mnist.py" in lines[0]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["experiment"], "name an experiment"),
        (["experiment", "activation-histograms", "--iters", "5"], "--iters does not apply"),
        (["experiment", "overfit", "--trials", "5"], "--trials does not apply"),
        (["experiment", "nonsense"], "invalid choice"),
        (["experiment", "overfit", "--workers", "0"], "must be a whole number from 1"),
    ],
)
def test_bad_arguments_are_one_line_errors(capsys, argv, message):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_a_shortened_race_saves_one_group_of_runs_and_the_figure(
    capsys, tmp_path, isolated_data_folder
):
    out = tmp_path / "figures"
    assert main(["experiment", "optimizer-compare", "--iters", "3", "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert stdout.startswith("Optimizers compared on MNIST (the book's ch06/optimizer_compare")
    assert "Adam: 784-100-100-100-100-10, ReLU, He, Adam lr 0.001" in stdout
    assert "3 iterations" in stdout
    runs = runs_in(isolated_data_folder)
    assert len(runs) == 4
    groups = []
    for run in runs:
        record = json.loads((run / "run.json").read_text())
        assert record["summary"]["status"] == "finished"
        assert record["summary"]["iterations_done"] == 3
        assert record["config"]["batch_size"] == 128
        assert record["config"]["batch_seed"] == 0
        assert (run / "loss.csv").is_file()
        assert (run / "model.npz").is_file()
        groups.append((RunGroup.from_dict(record["group"]), record["config"]["optimizer"]))
    groups.sort(key=lambda g: g[0].index)
    assert len({g.id for g, _ in groups}) == 1
    assert [(g.index, g.size, g.name) for g, _ in groups] == [
        (i, 4, "optimizer-compare") for i in range(4)
    ]
    assert [g.label for g, _ in groups] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert [g.color for g, _ in groups] == list(RACE_COLORS[:4])
    assert [optimizer for _, optimizer in groups] == ["sgd", "momentum", "adagrad", "adam"]
    (figure,) = out.glob("optimizer-compare-*.png")
    assert png_size(figure) == (640, 480)
    assert f"figure: {figure}" in stdout


def test_an_accuracy_preset_of_one_run_is_a_group_of_one(capsys, isolated_data_folder):
    assert main(["experiment", "weight-decay", "--iters", "7"]) == 0
    (run,) = runs_in(isolated_data_folder)
    record = json.loads((run / "run.json").read_text())
    assert record["config"]["weight_decay_lambda"] == 0.1
    assert record["config"]["train_size"] == 300
    assert record["summary"]["epochs"] == 3  # after iterations 0, 3 and 6
    group = RunGroup.from_dict(record["group"])
    assert (group.name, group.label, group.index, group.size) == (
        "weight-decay",
        "weight decay 0.1",
        0,
        1,
    )
    # Without --out the figure goes to the runs folder, beside the runs.
    (figure,) = (isolated_data_folder / "runs").glob("weight-decay-*.png")
    assert png_size(figure) == (640, 480)


def test_activation_histograms_write_their_figure(capsys, tmp_path):
    argv = ["experiment", "activation-histograms", "--activation", "sigmoid", "--scale", "1"]
    assert main([*argv, "--out", str(tmp_path)]) == 0
    (figure,) = tmp_path.glob("activation-histograms-sigmoid-1-*.png")
    assert figure.stat().st_size > 0


def test_ctrl_c_stops_the_workers_and_leaves_no_half_runs(tmp_path):
    env = {**os.environ, "MNIST_TRAINER_DATA": str(tmp_path / "data")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gui.app", "experiment", "dropout", "--iters", "1000000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout.readline().startswith("Dropout against overfitting")
        for line in proc.stdout:  # the settings end with the description
            if line.startswith("The same 300 images"):
                break
        proc.send_signal(signal.SIGINT)
        _stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in stderr
    assert "stopped; 0 of 1 contestants finished" in stderr
    assert runs_in(tmp_path / "data") == []
