"""The remembered hyperparameters: saved and read back, old keys read, garbage ignored."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from core.config import TrainConfig
from gui.window_settings import CONFIG_KEY, load_config, open_settings, save_config

DEEP = TrainConfig(
    hidden_sizes=(100, 100, 100),
    activation="relu",
    weight_init_std="he",
    optimizer="adam",
    learning_rate=1e-7,
    beta2=0.99,
    weight_decay_lambda=0.1,
    dropout_ratio=0.2,
    use_batchnorm=True,
    train_size=300,
    sampling="shuffle",
    seed=3,
)


def reopened(settings: QSettings) -> QSettings:
    settings.sync()
    return open_settings()


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(),
        DEEP,
        TrainConfig(gradient="numerical", weight_init_std=0.5, iters_num=123),
        TrainConfig(optimizer="rmsprop", decay_rate=0.9, train_size=60_000),
    ],
)
def test_a_saved_config_comes_back(config):
    settings = open_settings()
    save_config(settings, config)
    assert load_config(reopened(settings)) == config


def test_nothing_saved_gives_the_books_settings():
    assert load_config(open_settings()) == TrainConfig()


def test_old_per_field_keys_are_read():
    settings = open_settings()
    for key, value in {
        "hidden_size": 77,
        "learning_rate": 0.25,
        "batch_size": 32,
        "iters_num": 500,
        "weight_init_std": 0.05,
        "seed": 4,
        "gradient": "numerical",
    }.items():
        settings.setValue(f"hyperparameters/{key}", value)
    loaded = load_config(reopened(settings))
    assert loaded == TrainConfig(
        hidden_sizes=(77,),
        learning_rate=0.25,
        batch_size=32,
        iters_num=500,
        weight_init_std=0.05,
        seed=4,
        gradient="numerical",
    )


def test_garbage_old_keys_keep_their_defaults_and_the_rest():
    settings = open_settings()
    settings.setValue("hyperparameters/hidden_size", "lots")
    settings.setValue("hyperparameters/learning_rate", "nan")
    settings.setValue("hyperparameters/batch_size", 0)
    settings.setValue("hyperparameters/gradient", "guess")
    settings.setValue("hyperparameters/seed", 12)
    assert load_config(reopened(settings)) == TrainConfig(seed=12)


def test_the_new_key_wins_over_old_ones():
    settings = open_settings()
    settings.setValue("hyperparameters/hidden_size", 77)
    save_config(settings, DEEP)
    assert load_config(reopened(settings)) == DEEP


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", "null", "42", '"text"'])
def test_unreadable_json_falls_back(raw):
    settings = open_settings()
    settings.setValue("hyperparameters/seed", 9)
    settings.setValue(CONFIG_KEY, raw)
    assert load_config(reopened(settings)) == TrainConfig(seed=9)


def test_invalid_or_unknown_settings_in_the_json_are_left_at_their_defaults():
    values = DEEP.to_dict() | {
        "learning_rate": -1,
        "hidden_sizes": "a few",
        "optimizer": "lbfgs",
        "from_the_future": True,
    }
    settings = open_settings()
    settings.setValue(CONFIG_KEY, json.dumps(values))
    loaded = load_config(reopened(settings))
    assert loaded.learning_rate == TrainConfig().learning_rate
    assert loaded.hidden_sizes == TrainConfig().hidden_sizes
    assert loaded.optimizer == "sgd"
    assert (loaded.activation, loaded.train_size, loaded.dropout_ratio) == ("relu", 300, 0.2)


def test_the_json_is_stored_as_one_readable_string(isolated_settings):
    settings = open_settings()
    save_config(settings, DEEP)
    settings.sync()
    assert json.loads(QSettings(settings.fileName(), QSettings.Format.IniFormat).value(CONFIG_KEY))[
        "hidden_sizes"
    ] == [100, 100, 100]
    assert settings.fileName().startswith(str(isolated_settings))
