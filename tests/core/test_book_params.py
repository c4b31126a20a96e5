"""The book's pickled params: keys, dtypes, portability, and the book's predict on them.

Only this test loads the pickle (with ``pickle.load``); the app never does.
"""

from __future__ import annotations

import pickle
import pickletools

import numpy as np
import pytest

import core.atomic
from core.architecture import build_network
from core.book_params import BookParamsError, book_keys, write_book_params
from core.config import TrainConfig
from tests.core.my_digits_nets import CONFIG


def _sigmoid(a):
    return 1 / (1 + np.exp(-a))


def _softmax(a):
    a = a - a.max(axis=1, keepdims=True)
    return np.exp(a) / np.exp(a).sum(axis=1, keepdims=True)


def book_two_layer_predict(params, x):
    """The book's chapter-4 TwoLayerNet.predict, as it is written there."""
    W1, W2 = params["W1"], params["W2"]
    b1, b2 = params["b1"], params["b2"]
    a1 = np.dot(x, W1) + b1
    z1 = _sigmoid(a1)
    a2 = np.dot(z1, W2) + b2
    return _softmax(a2)


def _load(path):
    with open(path, "rb") as f:
        return pickle.load(f)


def test_a_two_layer_network_round_trips_and_the_books_predict_agrees(tmp_path):
    config = TrainConfig()
    network = build_network(config, rng=np.random.default_rng(1))
    network.params["b2"] += np.float32(0.3)  # not all zeros
    path = tmp_path / "params.pkl"
    write_book_params(path, network.params, config)

    params = _load(path)

    assert type(params) is dict
    assert list(params) == ["W1", "b1", "W2", "b2"]
    for key, value in params.items():
        assert type(value) is np.ndarray
        assert value.dtype == np.float64
        assert value.flags.writeable  # the book's optimizers update in place
        np.testing.assert_array_equal(value, network.params[key].astype(np.float64))
    x = np.random.default_rng(2).random((20, 784)).astype(np.float32)
    np.testing.assert_allclose(
        book_two_layer_predict(params, x.astype(np.float64)), network.predict(x), atol=1e-6
    )


def test_the_pickle_names_only_what_numpy_1_and_2_both_have(tmp_path):
    path = tmp_path / "params.pkl"
    write_book_params(path, build_network(CONFIG, rng=np.random.default_rng(0)).params, CONFIG)
    names = {arg for op, arg, _ in pickletools.genops(path.read_bytes()) if "GLOBAL" in op.name}
    assert names == {"numpy ndarray", "builtins bytearray"}


def test_a_deep_network_with_batch_norm_has_the_keys_of_multi_layer_net_extend(tmp_path):
    config = TrainConfig(
        hidden_sizes=(30, 20), activation="relu", weight_init_std="he", use_batchnorm=True,
        optimizer="adam", learning_rate=0.001,
    )  # fmt: skip
    assert book_keys(config) == [
        "W1", "b1", "W2", "b2", "W3", "b3", "gamma1", "beta1", "gamma2", "beta2",
    ]  # fmt: skip
    network = build_network(config, rng=np.random.default_rng(3))
    path = tmp_path / "deep.pkl"
    write_book_params(path, network.params, config)
    params = _load(path)
    assert sorted(params) == sorted(book_keys(config))
    assert params["W2"].shape == (30, 20)
    assert params["gamma2"].shape == (20,)


def test_bad_params_are_refused_and_an_old_file_stays(tmp_path, monkeypatch):
    path = tmp_path / "params.pkl"
    path.write_bytes(b"old")
    params = build_network(CONFIG, rng=np.random.default_rng(0)).params
    broken = dict(params, W2=np.full_like(params["W2"], np.nan))
    with pytest.raises(BookParamsError, match="W2"):
        write_book_params(path, broken, CONFIG)
    with pytest.raises(BookParamsError, match="b2"):
        write_book_params(path, {k: v for k, v in params.items() if k != "b2"}, CONFIG)

    def fail(f):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(core.atomic.os, "fsync", fail)
    with pytest.raises(BookParamsError, match="cannot write"):
        write_book_params(path, params, CONFIG)
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
