"""Model files: round trip, format 1, atomic writes, and every way a file can be bad."""

from __future__ import annotations

import contextlib
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

import core.model_file as model_file
from core.model_file import (
    MODEL_FORMAT_VERSION,
    ModelFileError,
    SavedModel,
    load_model_file,
    network_from,
    save_model_file,
)
from core.network import PARAM_KEYS, TwoLayerNet
from core.trainer import EpochEvent, TrainConfig

CONFIG = TrainConfig(hidden_sizes=(7,), iters_num=20, seed=3)
EPOCHS = [EpochEvent(0, 0, 0.1, 0.12), EpochEvent(1, 10, 0.5, 0.48)]


def save_model(path: Path, network: TwoLayerNet, config: TrainConfig) -> None:
    """Write a format-1 file, as the first release's ``mnist-trainer train`` did."""
    arrays = {key: network.params[key] for key in PARAM_KEYS}
    np.savez(
        path, **arrays, format_version=np.array(1), config=np.array(json.dumps(config.to_dict()))
    )


def _network(dtype: type = np.float32) -> TwoLayerNet:
    return TwoLayerNet(784, CONFIG.hidden_size, 10, 0.5, rng=1, dtype=dtype)


def _save_full(path: Path, dtype: type = np.float32, extra: dict | None = None) -> TwoLayerNet:
    network = _network(dtype)
    losses = np.linspace(2.3, 0.4, 12)
    save_model_file(
        path, network, CONFIG, losses=losses, epochs=EPOCHS, iterations_done=12, extra=extra
    )
    return network


def _entries(tmp_path: Path) -> dict[str, np.ndarray]:
    """The entries of a valid format-3 file, to spoil one at a time."""
    path = tmp_path / "valid.npz"
    _save_full(path)
    with np.load(path) as npz:
        return {key: npz[key] for key in npz.files}


def _write(tmp_path: Path, entries: dict[str, np.ndarray], name: str = "bad.npz") -> Path:
    path = tmp_path / name
    np.savez(path, **entries)
    return path


def _load_error(path: Path) -> str:
    with pytest.raises(ModelFileError) as info:
        load_model_file(path)
    message = str(info.value)
    assert str(path) in message
    return message


# -- round trip ---------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_round_trip_keeps_everything(tmp_path: Path, dtype: type) -> None:
    path = tmp_path / "model.npz"
    network = _save_full(path, dtype, extra={"note": "hi", "lr": [0.1, 0.05]})

    saved = load_model_file(path)

    assert isinstance(saved, SavedModel)
    assert saved.format_version == MODEL_FORMAT_VERSION == 3
    for key in PARAM_KEYS:
        assert saved.params[key].dtype == dtype
        np.testing.assert_array_equal(saved.params[key], network.params[key], strict=True)
    assert saved.config == CONFIG
    assert saved.losses.dtype == np.float64
    np.testing.assert_array_equal(saved.losses, np.linspace(2.3, 0.4, 12))
    assert saved.epochs == EPOCHS
    assert saved.iterations_done == 12
    assert saved.extra == {"note": "hi", "lr": [0.1, 0.05]}


def test_rng_state_in_extra_resumes_the_same_draws(tmp_path: Path) -> None:
    rng = np.random.default_rng(12345)
    rng.integers(0, 60_000, 100)  # part-way through a run
    path = tmp_path / "model.npz"
    _save_full(path, extra={"rng": rng.bit_generator.state})
    expected = rng.integers(0, 60_000, 50), rng.random(5)

    state = load_model_file(path).extra["rng"]
    restored = np.random.default_rng()
    restored.bit_generator.state = state

    assert state["bit_generator"] == "PCG64"
    assert isinstance(state["state"]["state"], int)
    np.testing.assert_array_equal(restored.integers(0, 60_000, 50), expected[0])
    np.testing.assert_array_equal(restored.random(5), expected[1])


def test_defaults_store_empty_metrics(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    save_model_file(path, _network(), CONFIG)
    saved = load_model_file(path)
    assert saved.losses.shape == (0,)
    assert saved.epochs == []
    assert saved.iterations_done == 0
    assert saved.extra == {}


def test_file_holds_no_pickles_and_documented_entries(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    _save_full(path)
    with np.load(path, allow_pickle=False) as npz:
        assert str(npz["app"]) == "mnist-trainer"
        assert int(npz["format_version"]) == 3
        assert json.loads(str(npz["config"])) == CONFIG.to_dict()
        assert npz["metrics_epochs"].shape == (2, 4)
        assert npz["metrics_epochs"].dtype == np.float64
        assert all(npz[key].dtype != object for key in npz.files)


def test_loaded_result_is_read_only_and_network_from_copies(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    original = _save_full(path)
    saved = load_model_file(path)
    with pytest.raises(ValueError, match="read-only"):
        saved.params["W1"][0, 0] = 1.0

    network = network_from(saved)
    network.params["W1"][0, 0] += 1.0  # trainable: writable and independent of `saved`
    assert saved.params["W1"][0, 0] == original.params["W1"][0, 0]
    assert network.dtype == np.float32
    x = np.random.default_rng(0).random((3, 784), dtype=np.float32)
    np.testing.assert_allclose(network_from(saved).predict(x), original.predict(x))


def test_version_1_file_loads_with_empty_metrics(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    network = _network()
    save_model(path, network, CONFIG)

    saved = load_model_file(path)

    assert saved.format_version == 1
    assert saved.config == CONFIG
    for key in PARAM_KEYS:
        np.testing.assert_array_equal(saved.params[key], network.params[key], strict=True)
    assert saved.losses.shape == (0,)
    assert saved.epochs == []
    assert saved.iterations_done == 0
    assert saved.extra == {}


# -- atomic writes ------------------------------------------------------------------


def test_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "model.npz"
    _save_full(path)
    before = path.read_bytes()

    def write_half_then_fail(f, arrays) -> None:
        f.write(before[: len(before) // 2])
        raise OSError("disk full")

    monkeypatch.setattr(model_file, "_write_npz", write_half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        save_model_file(path, _network(np.float64), CONFIG)

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]
    assert load_model_file(path).iterations_done == 12


def test_save_refuses_what_could_not_be_loaded_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    network = _network()
    network.params["W2"][0, 0] = np.nan
    with pytest.raises(ModelFileError, match=r"cannot save .*W2 holds 1 NaN"):
        save_model_file(path, network, CONFIG)
    with pytest.raises(ModelFileError, match=r"W1 \(784, 7\).*needs W1 \(784, 8\)"):
        save_model_file(path, _network(), TrainConfig(hidden_sizes=(8,)))
    with pytest.raises(ModelFileError, match="pass iterations_done=len"):
        save_model_file(path, _network(), CONFIG, losses=[1.0, 0.5])
    with pytest.raises(ModelFileError, match="extra is not plain JSON"):
        save_model_file(path, _network(), CONFIG, extra={"a": np.zeros(2)})
    with pytest.raises(ModelFileError, match="not between 0 and 20"):
        save_model_file(path, _network(), CONFIG, iterations_done=21)
    assert list(tmp_path.iterdir()) == []


# -- files that are not models at all -------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    message = _load_error(tmp_path / "nope.npz")
    assert "does not exist" in message
    assert "File > Save model" in message


def test_folder(tmp_path: Path) -> None:
    assert "is a folder" in _load_error(tmp_path)


@pytest.mark.parametrize(
    ("contents", "fragment"),
    [
        (b"", "it is empty"),
        (bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8)), "not an .npz"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "PNG image"),
        (b"W1,b1\n1,2\n", "text file"),
    ],
    ids=["empty", "random-bytes", "png", "text"],
)
def test_not_an_npz(tmp_path: Path, contents: bytes, fragment: str) -> None:
    path = tmp_path / "model.npz"
    path.write_bytes(contents)
    message = _load_error(path)
    assert "is not a model file" in message
    assert fragment in message
    assert "File > Save model" in message
    assert "mnist-trainer train" in message


def test_npy_instead_of_npz(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    with open(path, "wb") as f:
        np.save(f, np.zeros(3))
    assert "single NumPy array (.npy)" in _load_error(path)


@pytest.mark.parametrize("fraction", [0.5, 0.9, 0.02])
def test_truncated_file(tmp_path: Path, fraction: float) -> None:
    path = tmp_path / "model.npz"
    _save_full(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    message = _load_error(path)
    assert "damaged or incomplete" in message
    assert "save it again" in message


def test_corrupted_member(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    _save_full(path)
    data = bytearray(path.read_bytes())
    offset = data.index(b"W2.npy") + 400  # inside W2's data: the CRC no longer matches
    data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    assert "damaged or incomplete" in _load_error(path)


def test_foreign_npz(tmp_path: Path) -> None:
    path = _write(tmp_path, {"weights": np.zeros((3, 3)), "labels": np.arange(3)})
    message = _load_error(path)
    assert "is not a model saved by MNIST Trainer (no W1 in it" in message
    assert "labels, weights" in message
    assert "File > Save model" in message


def test_other_zip_file(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "not a model saved by MNIST Trainer" in _load_error(path)


def test_object_array_is_refused_not_unpickled(tmp_path: Path) -> None:
    entries = _entries(tmp_path)
    entries["config"] = np.array({"hidden_size": 7}, dtype=object)
    message = _load_error(_write(tmp_path, entries))
    assert "Python objects in 'config'" in message
    assert "pickle" in message

    objects_only = {"W1": np.array([{"a": 1}], dtype=object)}
    assert "Python objects in 'W1'" in _load_error(_write(tmp_path, objects_only, "o.npz"))


# -- model files with bad contents --------------------------------------------------


def test_future_version(tmp_path: Path) -> None:
    entries = _entries(tmp_path)
    entries["format_version"] = np.array(99)
    message = _load_error(_write(tmp_path, entries))
    assert "saved by a newer MNIST Trainer" in message
    assert "model format 99" in message
    assert "update the app" in message


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("format_version", np.array(0), "format_version 0 is not one"),
        ("format_version", np.array("2"), "format_version is not a whole number"),
        ("format_version", np.array(2.0), "format_version is not a whole number"),
        ("W1", np.zeros((784, 7, 1), np.float32), "W1 (784, 7, 1)"),
        ("W1", np.zeros((783, 7), np.float32), "W1 (783, 7)"),
        ("b1", np.zeros(6, np.float32), "b1 (6,)"),
        ("W2", np.zeros((7, 9), np.float32), "W2 (7, 9)"),
        ("b2", np.zeros((1, 10), np.float32), "b2 (1, 10)"),
        ("W1", np.zeros((784, 7), np.int64), "W1 int64"),
        ("b1", np.zeros(7, np.float16), "b1 float16"),
        ("b1", np.zeros(7, np.float64), "not all float32 or all float64"),
        ("config", np.array("{hidden_size: 7"), "config entry is not valid JSON"),
        ("config", np.array("[7]"), "config is not a JSON object"),
        ("config", np.array(b"{}"), "config entry is not text"),
        ("config", np.array('{"hidden_size": 7, "learning_rate": -1}'), "learning_rate must be"),
        ("config", np.array('{"hidden_size": 7, "warmup": 0.9}'), "does not know: warmup"),
        ("config", np.array('{"hidden_size": 7, "weight_init_std": "x"}'), "must be a number"),
        ("config", np.array('{"hidden_size": 8, "iters_num": 20}'), "needs W1 (784, 8), b1 (8,)"),
        ("app", np.array("other-app"), "not written by MNIST Trainer"),
        ("iterations_done", np.array(-1), "iterations_done -1 is not between 0 and 20"),
        ("iterations_done", np.array(21), "iterations_done 21 is not between 0 and 20"),
        ("iterations_done", np.array(11), "12 losses but iterations_done is 11"),
        ("metrics_losses", np.zeros((12, 1)), "metrics_losses are float64 (12, 1)"),
        ("metrics_epochs", np.zeros((2, 3)), "metrics_epochs are float64 (2, 3)"),
        ("metrics_epochs", np.array([[0, 0, np.nan, 0.1]]), "metrics_epochs hold NaN"),
        ("metrics_epochs", np.array([[0, 0.5, 0.1, 0.1]]), "not whole numbers"),
        ("metrics_epochs", np.array([[0, 12, 0.1, 0.1]]), "beyond iterations_done"),
        ("metrics_epochs", np.array([[0, 0, 1.5, 0.1]]), "accuracies outside 0..1"),
        ("extra", np.array("not json"), "extra entry is not valid JSON"),
        ("extra", np.array("[1, 2]"), "extra entry is not a JSON object"),
    ],
)
def test_bad_contents(tmp_path: Path, key: str, value: np.ndarray, fragment: str) -> None:
    entries = _entries(tmp_path)
    entries[key] = value
    message = _load_error(_write(tmp_path, entries))
    assert fragment in message
    assert "save the model again" in message or "update the app" in message


@pytest.mark.parametrize("key", ["W1", "b1", "W2", "b2"])
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_weights(tmp_path: Path, key: str, bad: float) -> None:
    entries = _entries(tmp_path)
    entries[key] = entries[key].copy()
    entries[key].flat[-1] = bad
    message = _load_error(_write(tmp_path, entries))
    assert f"{key} holds 1 NaN or infinite values" in message
    assert "diverged" in message
    assert "smaller learning rate" in message


def test_diverged_version_1_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    network = _network()
    network.params["W1"][:] = np.nan
    save_model(path, network, CONFIG)
    assert "W1 holds 5488 NaN" in _load_error(path)


@pytest.mark.parametrize("key", ["metrics_losses", "iterations_done", "app", "extra"])
def test_missing_entry_of_format_3(tmp_path: Path, key: str) -> None:
    entries = _entries(tmp_path)
    del entries[key]
    assert f"it has no {key} although it says it is format 3" in _load_error(
        _write(tmp_path, entries)
    )


def test_missing_weights_are_named_with_the_network(tmp_path: Path) -> None:
    entries = _entries(tmp_path)
    del entries["b2"]
    assert "it has no b2, which its config's 784-7-10 network has" in _load_error(
        _write(tmp_path, entries)
    )


def test_weights_without_format_version(tmp_path: Path) -> None:
    entries = _entries(tmp_path)
    del entries["format_version"]
    message = _load_error(_write(tmp_path, entries))
    assert "no format_version" in message
    assert "File > Save model" in message


def test_a_failed_load_leaves_the_callers_network_alone(tmp_path: Path) -> None:
    """The caller's pattern: swap networks only after load_model_file has returned."""
    current = _network(np.float64)
    before = {key: value.copy() for key, value in current.params.items()}
    entries = _entries(tmp_path)
    entries["b2"] = entries["b2"].copy()
    entries["b2"][3] = np.nan  # everything else about the file is fine
    path = _write(tmp_path, entries)

    with contextlib.suppress(ModelFileError):
        current = network_from(load_model_file(path))

    for key in PARAM_KEYS:
        np.testing.assert_array_equal(current.params[key], before[key], strict=True)


def test_error_is_a_value_error() -> None:
    assert issubclass(ModelFileError, ValueError)
