"""Model files of format 3: any network, batch norm's statistics, the optimizer's state.

Networks other than ``TwoLayerNet`` are written from their arrays here (a
stand-in with ``params`` and ``buffers()``), so that every check of the file
is tested on its own; one test trains a real ``MultiLayerNet`` with Adam.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from core.config import TrainConfig
from core.events import EpochEvent
from core.model_archive import MAX_MEMBERS, buffer_shapes, optimizer_shapes, param_shapes
from core.model_file import (
    ModelFileError,
    SavedModel,
    load_model_file,
    network_from,
    save_model_file,
)
from core.network import PARAM_KEYS, TwoLayerNet

DEEP = TrainConfig(
    hidden_sizes=(9, 8, 6),
    activation="relu",
    weight_init_std="he",
    optimizer="adam",
    learning_rate=0.001,
    use_batchnorm=True,
    iters_num=50,
)


class Arrays:
    """A network as ``save_model_file`` sees one: ``params`` and ``buffers()``."""

    def __init__(self, params: dict[str, np.ndarray], buffers: dict[str, np.ndarray]) -> None:
        self.params = params
        self._buffers = buffers

    def buffers(self) -> dict[str, np.ndarray]:
        return self._buffers


def _random(shapes: dict[str, tuple[int, ...]], seed: int, dtype: type) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {key: rng.random(shape).astype(dtype) for key, shape in shapes.items()}


def _deep(
    config: TrainConfig = DEEP, dtype: type = np.float32
) -> tuple[Arrays, dict[str, np.ndarray]]:
    """Random arrays of ``config``'s network, statistics and optimizer state (after 7 steps)."""
    network = Arrays(
        _random(param_shapes(config), 0, dtype), _random(buffer_shapes(config), 1, dtype)
    )
    state = _random(optimizer_shapes(config), 2, dtype)
    if "iter" in state:
        state["iter"] = np.array(7, dtype=np.int64)
    return network, state


def _save_deep(path: Path, config: TrainConfig = DEEP) -> tuple[Arrays, dict[str, np.ndarray]]:
    network, state = _deep(config)
    save_model_file(path, network, config, optimizer_state=state, iterations_done=0)
    return network, state


def _entries(path: Path) -> dict[str, np.ndarray]:
    with np.load(path) as npz:
        return {key: npz[key] for key in npz.files}


def _refusal(tmp_path: Path, entries: dict[str, np.ndarray]) -> str:
    path = tmp_path / "bad.npz"
    np.savez(path, **entries)
    with pytest.raises(ModelFileError) as info:
        load_model_file(path)
    message = str(info.value)
    assert str(path) in message
    assert "\n" not in message
    return message


def _assert_same(found: dict[str, np.ndarray], expected: dict[str, np.ndarray]) -> None:
    assert found.keys() == expected.keys()
    for key, value in expected.items():
        assert found[key].dtype == value.dtype, key
        assert found[key].tobytes() == value.tobytes(), key


# -- round trips -------------------------------------------------------------------------


def test_two_layer_net_round_trip_writes_format_3(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    network = TwoLayerNet(784, 50, 10, 0.01, rng=3, dtype=np.float32)
    save_model_file(path, network, TrainConfig())

    saved = load_model_file(path)

    assert saved.format_version == 3
    assert int(_entries(path)["format_version"]) == 3
    _assert_same(saved.params, network.params)
    assert saved.buffers == {}
    assert saved.optimizer_state == {}
    assert isinstance(network_from(saved), TwoLayerNet)


def test_deep_net_with_batch_norm_and_adam_round_trips_bitwise(tmp_path: Path) -> None:
    path = tmp_path / "deep.npz"
    network, state = _save_deep(path)

    saved = load_model_file(path)

    assert saved.config == DEEP
    _assert_same(saved.params, network.params)
    _assert_same(saved.buffers, network.buffers())
    _assert_same(saved.optimizer_state, state)
    keys = "W1 b1 W2 b2 W3 b3 W4 b4 gamma1 beta1 gamma2 beta2 gamma3 beta3"
    assert sorted(saved.params) == sorted(keys.split())
    assert saved.optimizer_state["iter"].shape == ()
    for group in (saved.params, saved.buffers, saved.optimizer_state):
        assert not any(array.flags.writeable for array in group.values())


def test_entries_are_named_as_documented(tmp_path: Path) -> None:
    path = tmp_path / "deep.npz"
    _save_deep(path)
    names = set(_entries(path))
    assert {"buffer/running_mean1", "buffer/running_var3"} <= names
    assert {"optimizer/iter", "optimizer/m/W1", "optimizer/v/gamma2"} <= names
    assert json.loads(str(_entries(path)["config"]))["hidden_sizes"] == [9, 8, 6]


def test_a_trained_multi_layer_net_comes_back_predicting_the_same(tmp_path: Path) -> None:
    from core.multi_layer_net import MultiLayerNet
    from core.optimizer import Adam

    rng = np.random.default_rng(5)
    network = MultiLayerNet(
        784, [9, 8, 6], 10, activation="relu", weight_init_std="he",
        use_batchnorm=True, rng=np.random.default_rng(0), dtype=np.float32,
    )  # fmt: skip
    optimizer = Adam(lr=0.001)
    x = rng.random((20, 784), dtype=np.float32)
    t = rng.integers(0, 10, 20)
    for _ in range(3):
        optimizer.update(network.params, network.gradient(x, t))
    path = tmp_path / "trained.npz"
    save_model_file(path, network, DEEP, optimizer_state=optimizer.state_dict())

    saved = load_model_file(path)
    again = network_from(saved)

    assert isinstance(again, MultiLayerNet)
    _assert_same(saved.buffers, network.buffers())
    _assert_same(again.buffers(), network.buffers())
    _assert_same(saved.optimizer_state, optimizer.state_dict())
    assert int(saved.optimizer_state["iter"]) == 3
    np.testing.assert_array_equal(again.predict(x), network.predict(x), strict=True)
    again.params["W1"][0, 0] += 1.0  # writable and independent of `saved`
    assert saved.params["W1"][0, 0] == network.params["W1"][0, 0]


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop"])
def test_every_optimizers_state_round_trips(tmp_path: Path, optimizer: str) -> None:
    config = TrainConfig(hidden_sizes=(5, 4), activation="tanh", optimizer=optimizer)
    path = tmp_path / "model.npz"
    network, state = _save_deep(path, config)
    saved = load_model_file(path)
    _assert_same(saved.optimizer_state, state)
    _assert_same(saved.params, network.params)
    assert saved.buffers == {}


@pytest.mark.parametrize(
    "state",
    [{}, {"iter": np.array(0, dtype=np.int64)}],
    ids=["nothing", "adam-before-its-first-step"],
)
def test_state_before_the_first_step_is_allowed(tmp_path: Path, state: dict) -> None:
    network, _ = _deep()
    path = tmp_path / "fresh.npz"
    save_model_file(path, Arrays(network.params, {}), DEEP, optimizer_state=state)
    saved = load_model_file(path)
    _assert_same(saved.optimizer_state, state)
    assert saved.buffers == {}


def test_the_largest_member_count_fits(tmp_path: Path) -> None:
    """Ten hidden layers, batch norm and Adam: every entry a model can have."""
    config = TrainConfig(hidden_sizes=(3,) * 10, use_batchnorm=True, optimizer="adam")
    path = tmp_path / "many.npz"
    _save_deep(path, config)
    assert len(_entries(path)) == MAX_MEMBERS
    assert len(load_model_file(path).optimizer_state) == 2 * (22 + 20) + 1


def test_a_format_2_file_still_opens(tmp_path: Path) -> None:
    """The layout the previous version wrote, with its ``hidden_size`` config."""
    network = TwoLayerNet(784, 7, 10, 0.5, rng=1, dtype=np.float32)
    old_config = {
        "hidden_size": 7, "learning_rate": 0.1, "batch_size": 100,
        "iters_num": 20, "weight_init_std": 0.5, "seed": 3, "gradient": "backprop",
    }  # fmt: skip
    path = tmp_path / "v2.npz"
    np.savez(
        path,
        **network.params,
        format_version=np.array(2),
        config=np.array(json.dumps(old_config)),
        metrics_losses=np.linspace(2.3, 0.4, 12),
        metrics_epochs=np.array([[0, 0, 0.1, 0.12], [1, 10, 0.5, 0.48]]),
        iterations_done=np.array(12),
        app=np.array("mnist-trainer"),
        extra=np.array("{}"),
    )

    saved = load_model_file(path)

    assert saved.format_version == 2
    assert saved.config == TrainConfig(hidden_sizes=(7,), weight_init_std=0.5, seed=3, iters_num=20)
    _assert_same(saved.params, network.params)
    assert saved.epochs == [EpochEvent(0, 0, 0.1, 0.12), EpochEvent(1, 10, 0.5, 0.48)]
    assert (saved.buffers, saved.optimizer_state) == ({}, {})
    assert isinstance(network_from(saved), TwoLayerNet)


def test_a_format_2_file_of_a_deeper_network_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.npz"
    _save_deep(path)
    entries = {key: v for key, v in _entries(path).items() if "/" not in key}
    entries["format_version"] = np.array(2)
    assert "describes a network format 2 does not hold" in _refusal(tmp_path, entries)


# -- entries that do not fit the config --------------------------------------------------


def _spoiled(tmp_path: Path, key: str, value: np.ndarray | None) -> str:
    path = tmp_path / "deep.npz"
    _save_deep(path)
    entries = _entries(path)
    if value is None:
        del entries[key]
    else:
        entries[key] = value
    return _refusal(tmp_path, entries)


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("W2", np.zeros((9, 7), np.float32), "W2 (9, 7), where its config needs W2 (9, 8)"),
        ("W4", np.zeros((6, 11), np.float32), "W4 (6, 11), where its config needs W4 (6, 10)"),
        ("gamma2", np.zeros(9, np.float32), "gamma2 (9,), where its config needs gamma2 (8,)"),
        ("gamma2", None, "it has no gamma2, which its config's 784-9-8-6-10 with batch norm"),
        ("b3", None, "it has no b3"),
        ("beta1", np.zeros(9, np.float64), "beta1 float64, not all float32 or all float64"),
        ("buffer/running_var2", np.zeros(9), "buffer/running_var2 (9,), where its config needs"),
        (
            "buffer/running_mean1",
            None,
            "batch norm's running statistics but not buffer/running_mean1",
        ),
        ("buffer/running_mean1", np.zeros(9, np.int32), "buffer/running_mean1 is int32"),
        ("buffer/running_var3", np.full(6, np.nan), "buffer/running_var3 holds 6 NaN"),
        ("buffer/running_var3", np.full(6, -1.0), "variances buffer/running_var3 hold negative"),
        (
            "optimizer/m/W3",
            np.zeros((8, 5)),
            "optimizer/m/W3 (8, 5), where its config needs optimizer/m/W3 (8, 6)",
        ),
        ("optimizer/v/b1", None, "adam optimizer's state, without optimizer/v/b1"),
        ("optimizer/iter", None, "adam optimizer's state, without optimizer/iter"),
        ("optimizer/iter", np.array(-1), "optimizer/iter -1 is negative"),
        ("optimizer/iter", np.array(2.0), "optimizer/iter is not a whole number"),
        ("optimizer/iter", np.array(0), "optimizer/iter is 0 but it has Adam's moments"),
        ("optimizer/m/gamma1", np.zeros(9, np.int64), "optimizer/m/gamma1 is int64"),
        ("optimizer/m/b2", np.full(8, np.inf), "optimizer/m/b2 holds 8 NaN or infinite"),
        ("optimizer/v/b2", np.full(8, -1.0), "squared gradients optimizer/v/b2 hold negative"),
    ],
)
def test_entries_that_do_not_fit_are_named(
    tmp_path: Path, key: str, value: np.ndarray | None, fragment: str
) -> None:
    message = _spoiled(tmp_path, key, value)
    assert fragment in message
    assert "save the model again" in message or "train again" in message


def test_momentums_velocity_may_be_negative(tmp_path: Path) -> None:
    config = TrainConfig(hidden_sizes=(5, 4), optimizer="momentum")
    network, state = _deep(config)
    state = {key: -value for key, value in state.items()}
    path = tmp_path / "model.npz"
    save_model_file(path, network, config, optimizer_state=state)
    _assert_same(load_model_file(path).optimizer_state, state)


@pytest.mark.parametrize(
    ("entry", "config"),
    [
        ("optimizer/h/W1", DEEP),  # AdaGrad's state in an Adam run
        ("buffer/running_mean4", DEEP),  # a fourth hidden layer the config does not have
        ("W5", DEEP),
        ("notes", DEEP),
        ("optimizer/iter", TrainConfig(hidden_sizes=(5, 4), optimizer="momentum")),
    ],
)
def test_entries_the_network_does_not_have_are_refused(
    tmp_path: Path, entry: str, config: TrainConfig
) -> None:
    path = tmp_path / "model.npz"
    _save_deep(path, config)
    entries = _entries(path) | {entry: np.zeros(3)}
    message = _refusal(tmp_path, entries)
    assert "holds entries a model file of its network does not have" in message
    assert entry in message


def test_save_refuses_state_that_would_not_load(tmp_path: Path) -> None:
    network, state = _deep()
    path = tmp_path / "model.npz"
    with pytest.raises(ModelFileError, match=r"trained with sgd does not have: optimizer/iter"):
        save_model_file(
            path,
            network,
            TrainConfig(hidden_sizes=(9, 8, 6), use_batchnorm=True),
            optimizer_state=state,
        )
    with pytest.raises(ModelFileError, match=r"trained with adam does not have: beta1, beta2"):
        save_model_file(
            path,
            network,
            TrainConfig(hidden_sizes=(9, 8, 6), optimizer="adam"),
            optimizer_state=state,
        )
    del state["m/W1"]
    with pytest.raises(ModelFileError, match="without optimizer/m/W1"):
        save_model_file(path, network, DEEP, optimizer_state=state)
    network.buffers()["running_var1"][0] = -0.5
    with pytest.raises(ModelFileError, match="variances buffer/running_var1"):
        save_model_file(path, network, DEEP)
    assert list(tmp_path.iterdir()) == []


def test_saved_model_defaults_have_no_buffers_or_state() -> None:
    saved = SavedModel({}, TrainConfig(), np.zeros(0), [], 0, 3)
    assert saved.buffers == {}
    assert saved.optimizer_state == {}
    assert set(PARAM_KEYS) == set(param_shapes(TrainConfig()))
