"""``mnist-trainer train`` with chapter 5-6 settings: flags, their checks, and a deep run.

Every refusal here happens before the data is loaded (``load_mnist`` is
replaced by a function that fails the test if it is called).
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import product

import numpy as np
import pytest

from core.config import (
    BOOK_LEARNING_RATES,
    BOUNDS,
    OPTIMIZER_NAMES,
    OPTIMIZER_SETTINGS,
    TRAIN_SIZE,
    TrainConfig,
)
from core.data import load_mnist
from core.network_summary import describe_network
from core.run_files import read_accuracy_csv
from core.trainer import Trainer
from gui import cli
from gui.cli import build_parser, main
from gui.cli_args import hidden_sizes, weight_init
from gui.cli_settings import OPTIMIZER_FLAGS, iterations_for_epochs, train_config


def refuse_to_load(*args, **kwargs):
    raise AssertionError("the data was loaded before every argument was checked")


def config_of(*argv: str, train_images: int | None = TRAIN_SIZE) -> TrainConfig:
    args = build_parser().parse_args(["train", *argv])
    return train_config(args, args.subparser, train_images)


def one_line_error(capsys, monkeypatch, tmp_path, *argv: str) -> str:
    """The error ``train *argv`` ends with (status 2, one line, nothing loaded or written)."""
    monkeypatch.setattr(cli, "load_mnist", refuse_to_load)
    with pytest.raises(SystemExit) as info:
        main(["train", *argv, "--out", str(tmp_path / "run")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert not (tmp_path / "run").exists()
    return err


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("50", (50,)),
        ("100,100,100,100", (100, 100, 100, 100)),
        ("1e2, 20", (100, 20)),
        (",".join(["3"] * 10), (3,) * 10),
    ],
)
def test_hidden_takes_one_size_or_a_list(text, sizes):
    assert hidden_sizes(text) == sizes
    assert config_of("--hidden", text).hidden_sizes == sizes


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("100,0", "each hidden layer must be a whole number from 1 to 2,000, got '0' in '100,0'"),
        ("100,,100", "each hidden layer must be a whole number from 1 to 2,000, got ''"),
        ("100,1.5", "each hidden layer must be a whole number from 1 to 2,000, got '1.5'"),
        ("", "must be a whole number from 1 to 2,000, got ''"),
        (",".join(["3"] * 11), "a network has 1 to 10 hidden layers, got 11"),
        ("," * 1_000_000, "a network has 1 to 10 hidden layers, got 1,000,001"),
    ],
)
def test_bad_hidden_lists_are_refused(text, fragment, capsys, monkeypatch, tmp_path):
    err = one_line_error(capsys, monkeypatch, tmp_path, "--hidden", text)
    assert f"argument --hidden: {fragment}" in err


@pytest.mark.parametrize(
    ("text", "value"),
    [("xavier", "xavier"), ("sigmoid", "xavier"), ("HE", "he"), ("relu", "he"), ("0.05", 0.05)],
)
def test_init_takes_a_number_or_a_name(text, value):
    assert weight_init(text) == value
    assert config_of("--init", text).weight_init_std == value
    assert config_of("--weight-init-std", text).weight_init_std == value


@pytest.mark.parametrize("text", ["lecun", "0", "-1", "11", "nan", ""])
def test_bad_inits_are_refused(text, capsys, monkeypatch, tmp_path):
    err = one_line_error(capsys, monkeypatch, tmp_path, "--init", text)
    assert "argument --init: must be a number from 0.0001 to 10" in err


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--init", "he", "--weight-init-std", "0.1"], "not allowed with argument"),
        (["--iters", "10", "--epochs", "2"], "not allowed with argument"),
        (["--activation", "softplus"], "argument --activation: invalid choice: 'softplus'"),
        (["--optimizer", "lbfgs"], "argument --optimizer: invalid choice: 'lbfgs'"),
        (["--sampling", "stratified"], "argument --sampling: invalid choice"),
        (["--epochs", "0"], "argument --epochs: must be a whole number from 1 to 10,000,000"),
        (["--epochs", "20000"], "--epochs 20,000 means 11,999,401 iterations"),
        (["--train-size", "50"], "--batch-size 100 is larger than --train-size 50"),
        (["--dropout", "0.96"], "argument --dropout: must be a number from 0 to 0.95"),
        (["--weight-decay", "-0.1"], "argument --weight-decay: must be a number from 0 to 10"),
        (["--train-size", "0"], "argument --train-size: must be a whole number from 1 to 60,000"),
        (
            ["--hidden", "50,50", "--gradient", "numerical"],
            "the numerical gradient is offered for the book's two-layer sigmoid network only",
        ),
        (["--activation", "relu", "--gradient", "numerical"], "use backprop"),
    ],
)
def test_settings_that_cannot_be_are_one_line(argv, fragment, capsys, monkeypatch, tmp_path):
    assert fragment in one_line_error(capsys, monkeypatch, tmp_path, *argv)


UNUSED = [
    (name, optimizer)
    for name, optimizer in product(OPTIMIZER_FLAGS, OPTIMIZER_NAMES)
    if name not in OPTIMIZER_SETTINGS[optimizer]
]


@pytest.mark.parametrize(("name", "optimizer"), UNUSED)
def test_a_setting_of_another_optimizer_is_refused(name, optimizer, capsys, monkeypatch, tmp_path):
    flag = OPTIMIZER_FLAGS[name][0]
    argv = ["--optimizer", optimizer, flag, "0.5"]
    err = one_line_error(capsys, monkeypatch, tmp_path, *argv)
    assert f"{flag} is a setting of --optimizer " in err
    assert f"not of {optimizer}" in err


def test_a_setting_not_given_is_not_refused():
    assert config_of().optimizer == "sgd"  # the optimizer flags default to None, not 0.9


@pytest.mark.parametrize("optimizer", OPTIMIZER_NAMES)
def test_each_optimizer_takes_its_own_settings(optimizer):
    names = OPTIMIZER_SETTINGS[optimizer]
    argv = ["--optimizer", optimizer]
    for i, name in enumerate(names):
        argv += [OPTIMIZER_FLAGS[name][0], str(0.5 + i / 10)]
    config = config_of(*argv)
    assert config.optimizer == optimizer
    assert config.optimizer_params() == {name: 0.5 + i / 10 for i, name in enumerate(names)}


@pytest.mark.parametrize("optimizer", OPTIMIZER_NAMES)
def test_lr_defaults_to_the_books_for_the_optimizer(optimizer):
    expected = 0.1 if optimizer == "sgd" else BOOK_LEARNING_RATES[optimizer]
    assert config_of("--optimizer", optimizer).learning_rate == expected
    assert config_of("--optimizer", optimizer, "--lr", "0.3").learning_rate == 0.3


@pytest.mark.parametrize(
    ("argv", "iters"),
    [
        (["--epochs", "1"], 1),
        (["--epochs", "17"], 9601),  # the book's chapter-4 run measures at 0..9,600
        (["--epochs", "201", "--train-size", "300"], 601),  # ch06 overfit: 3 per epoch
        (["--epochs", "5", "--train-size", "300", "--batch-size", "300"], 5),
        (["--epochs", "4", "--train-size", "1000", "--batch-size", "300"], 10),
    ],
)
def test_epochs_make_the_books_iterations(argv, iters):
    assert config_of(*argv).iters_num == iters


@pytest.mark.parametrize(("epochs", "per_epoch"), [(201, 3), (17, 600), (1, 600), (4, 1)])
def test_epochs_give_exactly_that_many_accuracy_points(epochs, per_epoch):
    iters = iterations_for_epochs(epochs, per_epoch)
    measured = [i for i in range(iters) if i % per_epoch == 0]  # the book's loop
    assert len(measured) == epochs


def test_epochs_over_an_unknown_data_dir_wait_for_its_size():
    args = build_parser().parse_args(["train", "--epochs", "3", "--batch-size", "10"])
    assert train_config(args, args.subparser, None).iters_num == 10_000  # not yet decided
    assert train_config(args, args.subparser, 1000).iters_num == 201


def test_every_setting_reaches_the_config():
    config = config_of(
        "--hidden", "40,30,20",
        "--activation", "tanh",
        "--init", "relu",
        "--optimizer", "adam",
        "--lr", "0.002",
        "--beta1", "0.8",
        "--beta2", "0.99",
        "--weight-decay", "0.1",
        "--dropout", "0.2",
        "--batch-norm",
        "--train-size", "300",
        "--batch-size", "30",
        "--sampling", "shuffle",
        "--epochs", "3",
        "--seed", "7",
    )  # fmt: skip
    assert config == TrainConfig(
        hidden_sizes=(40, 30, 20),
        activation="tanh",
        weight_init_std="he",
        optimizer="adam",
        learning_rate=0.002,
        beta1=0.8,
        beta2=0.99,
        weight_decay_lambda=0.1,
        dropout_ratio=0.2,
        use_batchnorm=True,
        train_size=300,
        batch_size=30,
        sampling="shuffle",
        iters_num=21,
        seed=7,
    )


def test_no_flags_is_chapter_4():
    assert config_of() == TrainConfig()


def test_help_explains_epochs_and_the_books_rates():
    train = build_parser()._subparsers._group_actions[0].choices["train"]
    help_text = " ".join(train.format_help().split())
    assert "(E - 1) * iter_per_epoch + 1 iterations" in help_text
    assert "max(training images // batch size, 1)" in help_text
    assert "adam 0.001" in help_text
    assert BOUNDS["hidden_layers"].describe() + " layers" in help_text
    for name in ("momentum", "decay_rate", "beta1", "beta2", "dropout_ratio", "train_size"):
        assert BOUNDS[name].describe() in help_text, name


DEEP_RUN = (
    "--hidden", "20,20",
    "--activation", "relu",
    "--init", "relu",
    "--optimizer", "adam",
    "--beta1", "0.85",
    "--weight-decay", "0.01",
    "--dropout", "0.1",
    "--batch-norm",
    "--train-size", "500",
    "--batch-size", "50",
    "--sampling", "shuffle",
    "--epochs", "3",
    "--seed", "3",
)  # fmt: skip
DEEP_CONFIG = TrainConfig(
    hidden_sizes=(20, 20),
    activation="relu",
    weight_init_std="he",
    optimizer="adam",
    learning_rate=0.001,
    beta1=0.85,
    weight_decay_lambda=0.01,
    dropout_ratio=0.1,
    use_batchnorm=True,
    train_size=500,
    batch_size=50,
    sampling="shuffle",
    iters_num=21,
    seed=3,
)


@pytest.fixture(scope="module")
def deep_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("deep") / "run"
    result = subprocess.run(
        [sys.executable, "-m", "gui.app", "train", *DEEP_RUN, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, out


def test_a_deep_run_prints_its_network_first(deep_run):
    result, _ = deep_run
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == describe_network(DEEP_CONFIG)
    assert lines[0].startswith("784-20-20-10, ReLU, He, Adam lr 0.001")
    assert "learning rate 0.001: the book's default for Adam" in lines[1]
    assert "3 epochs of 10 iterations: 21 iterations" in lines[2]
    assert sum(line.startswith("train acc, test acc | ") for line in lines) == 3
    assert lines[-1].startswith("done: 21 iterations")


def test_a_deep_runs_json_holds_every_setting(deep_run):
    result, out = deep_run
    assert result.returncode == 0, result.stderr
    record = json.loads((out / "run.json").read_text())
    assert record["config"] == DEEP_CONFIG.to_dict()
    assert TrainConfig.from_dict(record["config"]) == DEEP_CONFIG
    assert record["summary"]["status"] == "finished"
    assert [e.iteration for e in read_accuracy_csv(out / "accuracy.csv")] == [0, 10, 20]


def test_a_deep_run_is_repeated_exactly_from_its_json(deep_run):
    result, out = deep_run
    assert result.returncode == 0, result.stderr
    config = TrainConfig.from_dict(json.loads((out / "run.json").read_text())["config"])
    trainer = Trainer(config, load_mnist(normalize=False))
    for _ in trainer.run():
        pass
    saved = np.loadtxt(out / "loss.csv", delimiter=",", skiprows=1)[:, 1]
    assert saved.shape == (21,)
    repeated = [float(f"{loss:.9g}") for loss in trainer.train_loss_list]  # as loss.csv
    assert repeated == saved.tolist()
