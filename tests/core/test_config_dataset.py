"""The ``dataset`` setting: its default, its check, and old files without it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from core.config import ConfigError, TrainConfig
from core.model_file import load_model_file, save_model_file
from core.network import TwoLayerNet


def test_mnist_is_the_default_and_fashion_a_choice():
    assert TrainConfig().dataset == "mnist"
    assert TrainConfig(dataset="fashion").dataset == "fashion"
    with pytest.raises(ConfigError, match="dataset must be one of mnist, fashion"):
        TrainConfig(dataset="cifar")


def test_the_dataset_goes_into_the_dict_and_back():
    config = TrainConfig(dataset="fashion", hidden_sizes=(7,))
    settings = config.to_dict()
    assert settings["dataset"] == "fashion"
    assert TrainConfig.from_dict(json.loads(json.dumps(settings))) == config


def test_settings_written_before_the_choice_mean_mnist():
    old = TrainConfig().to_dict()
    del old["dataset"]
    assert TrainConfig.from_dict(old).dataset == "mnist"
    assert TrainConfig.from_dict({"hidden_size": 50}).dataset == "mnist"


def test_changing_only_the_dataset_makes_another_config():
    assert replace(TrainConfig(), dataset="fashion") != TrainConfig()


def _network() -> TwoLayerNet:
    return TwoLayerNet(784, 7, 10, 0.5, rng=1)


def test_a_model_file_carries_its_dataset(tmp_path: Path):
    path = tmp_path / "fashion.npz"
    config = TrainConfig(hidden_sizes=(7,), iters_num=5, dataset="fashion")
    save_model_file(path, _network(), config, iterations_done=5)
    saved = load_model_file(path)
    assert saved.config.dataset == "fashion"
    with np.load(path) as npz:
        assert json.loads(str(npz["config"]))["dataset"] == "fashion"


def test_a_model_file_without_a_dataset_is_mnist(tmp_path: Path):
    path = tmp_path / "old.npz"
    config = TrainConfig(hidden_sizes=(7,), iters_num=5)
    save_model_file(path, _network(), config, iterations_done=5)
    with np.load(path) as npz:
        entries = {key: npz[key] for key in npz.files}
    settings = json.loads(str(entries["config"]))
    del settings["dataset"]
    entries["config"] = np.array(json.dumps(settings))
    np.savez(path, **entries)
    assert load_model_file(path).config.dataset == "mnist"
