"""Argument types from core.config.BOUNDS, the help that states them, and one-line errors.

The chapter 5-6 flags (layer lists, named inits, optimizers) are in test_cli_chapter6.py.
"""

from __future__ import annotations

import argparse
import re

import pytest

from core.config import BOUNDS, Bound, TrainConfig
from gui.cli import build_parser
from gui.cli_args import OneLineParser, setting, within

FLAGS = {
    "--iters": "iters_num",
    "--lr": "learning_rate",
    "--batch-size": "batch_size",
    "--weight-init-std": "weight_init_std",
    "--init": "weight_init_std",
    "--seed": "seed",
    "--momentum": "momentum",
    "--decay-rate": "decay_rate",
    "--beta1": "beta1",
    "--beta2": "beta2",
    "--weight-decay": "weight_decay_lambda",
    "--dropout": "dropout_ratio",
    "--train-size": "train_size",
}
"""Flags of one number each, and the setting whose bounds they take."""
DEFAULTED = {"--iters", "--batch-size", "--weight-init-std", "--init", "--seed"}
"""Flags whose parsed default is TrainConfig's (the others: None, decided by train_config)."""


def parse_train(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["train", *argv])


@pytest.mark.parametrize(
    ("text", "value"),
    [("1e4", 10_000), ("1E4", 10_000), ("1.5e3", 1500), ("10000.0", 10_000), (" 42 ", 42)],
)
def test_whole_numbers_may_be_written_in_scientific_notation(text, value):
    parsed = parse_train("--iters", text).iters
    assert parsed == value
    assert type(parsed) is int


@pytest.mark.parametrize("text", ["1.5", "1e-2", "1e4.5", "0x10", "inf", "nan", "", "1e"])
def test_what_is_not_a_whole_number_is_refused(text):
    with pytest.raises(argparse.ArgumentTypeError, match="must be a whole number from 1 to"):
        setting("iters_num")(text)


def dest_of(flag: str) -> str:
    train = build_parser()._subparsers._group_actions[0].choices["train"]
    (action,) = [a for a in train._actions if flag in a.option_strings]
    return action.dest


@pytest.mark.parametrize(("flag", "name"), FLAGS.items())
def test_every_setting_takes_its_bounds_from_config(flag, name, capsys):
    bound = BOUNDS[name]
    for allowed in (bound.low, bound.high):
        assert getattr(parse_train(flag, str(allowed)), dest_of(flag)) == allowed
    below = bound.low - 1 if bound.whole or bound.low == 0 else bound.low / 2
    above = bound.high + 1 if bound.whole else bound.high * 2
    for refused in (below, above):
        with pytest.raises(SystemExit):
            parse_train(flag, str(refused))
        assert bound.describe() in capsys.readouterr().err
        with pytest.raises(argparse.ArgumentTypeError, match=re.escape(bound.describe())):
            setting(name)(str(refused))


@pytest.mark.parametrize("flag", sorted(DEFAULTED))
def test_the_defaults_are_trainconfigs(flag):
    assert getattr(parse_train(), dest_of(flag)) == getattr(TrainConfig(), FLAGS[flag])


def test_hidden_defaults_to_trainconfigs_layers():
    assert parse_train().hidden == TrainConfig().hidden_sizes == (50,)


def test_help_states_every_bound():
    train = build_parser()._subparsers._group_actions[0].choices["train"]
    help_by_flag = {a.option_strings[0]: a.help for a in train._actions if a.option_strings}
    for flag, name in FLAGS.items():
        assert BOUNDS[name].describe() in help_by_flag[flag], flag
    for name in ("hidden_size", "hidden_layers"):
        assert BOUNDS[name].describe() in help_by_flag["--hidden"], name


def test_help_follows_bounds_when_they_change(monkeypatch):
    monkeypatch.setitem(BOUNDS, "hidden_size", Bound(1, 77, whole=True))
    parser = build_parser()
    train = parser._subparsers._group_actions[0].choices["train"]
    assert "1 to 77" in train.format_help()
    with pytest.raises(SystemExit):
        parser.parse_args(["train", "--hidden", "78"])


def test_huge_exponents_are_refused_without_building_the_number():
    # int(Decimal("1e999999999")) would build a billion-digit integer.
    with pytest.raises(argparse.ArgumentTypeError, match="from 1 to 2,000, got '1e999999999'"):
        setting("hidden_size")("1e999999999")
    lowest = BOUNDS["learning_rate"].describe()
    with pytest.raises(argparse.ArgumentTypeError, match=re.escape(f"from {lowest}")):
        setting("learning_rate")("1e-999999999")


def test_a_long_value_is_shortened_in_the_message():
    with pytest.raises(argparse.ArgumentTypeError) as info:
        setting("seed")("9" * 100_000)
    assert len(str(info.value)) < 120
    assert "999..." in str(info.value)


def test_floats_come_back_as_floats():
    assert within(BOUNDS["learning_rate"])("1") == 1.0
    assert type(setting("learning_rate")("1")) is float
    assert setting("learning_rate")("0.1") == 0.1


def test_one_line_parser_escapes_control_characters(capsys):
    parser = OneLineParser(prog="mnist-trainer")
    with pytest.raises(SystemExit) as info:
        parser.error("--out a\nb\x1b[2J is a file, not a folder")
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "mnist-trainer: error: --out a\\nb\\x1b[2J is a file, not a folder "
        "(see mnist-trainer --help)\n"
    )
