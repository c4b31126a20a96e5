"""``mnist-trainer train --dataset fashion``: trained, recorded and measured on Fashion-MNIST."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core.data import load_mnist
from core.model_file import load_model_file, network_from
from gui import cli
from gui.cli import build_parser


def test_dataset_flag_defaults_to_mnist_and_lists_the_choices(capsys):
    args = build_parser().parse_args(["train"])
    assert args.dataset == "mnist"
    assert build_parser().parse_args(["train", "--dataset", "fashion"]).dataset == "fashion"
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["train", "--dataset", "cifar"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err.replace("'", "")  # Python 3.12 quotes the choices
    assert "invalid choice: cifar (choose from mnist, fashion)" in error


def test_help_names_both_sets(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "fashion (Fashion-MNIST)" in text


def test_data_dir_with_dataset_loads_the_folder(tmp_path, monkeypatch):
    asked = {}

    def fake_load(**kwargs):
        asked.update(kwargs)
        raise cli.DatasetError("stop here")

    monkeypatch.setattr(cli, "load_mnist", fake_load)
    with pytest.raises(SystemExit):
        cli.main(["train", "--dataset", "fashion", "--data-dir", str(tmp_path), "--quiet"])
    assert asked["dataset"] == "fashion"
    assert asked["data_dir"] == tmp_path


def test_a_fashion_run_is_trained_and_recorded_on_fashion(tmp_path):
    out = tmp_path / "run"
    flags = ["--dataset", "fashion", "--iters", "601", "--hidden", "20", "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "train", *flags],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "dataset: Fashion-MNIST" in result.stdout.splitlines()[1]
    record = json.loads((out / "run.json").read_text())
    assert record["config"]["dataset"] == "fashion"
    saved = load_model_file(out / "model.npz")
    assert saved.config.dataset == "fashion"
    (_, _), (x_test, t_test) = load_mnist(dataset="fashion")
    accuracy = network_from(saved).accuracy(x_test, t_test)
    assert accuracy == pytest.approx(record["summary"]["final_test_acc"], abs=1e-4)
    (_, _), (x_digits, t_digits) = load_mnist()
    assert network_from(saved).accuracy(x_digits, t_digits) < accuracy - 0.2
