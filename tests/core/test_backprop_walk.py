"""The backprop walk: its steps, and its gradients against gradient() and central differences."""

from __future__ import annotations

import numpy as np
import pytest

import core.backprop_nodes as nodes
from core.backprop_walk import AGREEMENT, exact_loss, float64_copy, walk, walked_gradients
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet


def _image(seed: int = 0) -> np.ndarray:
    """A 784-long image, 0 to 1, with ink in about a fifth of the pixels."""
    rng = np.random.default_rng(seed)
    return np.where(rng.random(784) < 0.2, rng.random(784), 0.0)


def _two_layer(dtype: type = np.float64) -> TwoLayerNet:
    return TwoLayerNet(784, 50, 10, weight_init_std=0.1, rng=3, dtype=dtype)


def _multi(**kwargs) -> MultiLayerNet:
    settings = {"activation": "relu", "weight_init_std": "he", "rng": 5} | kwargs
    return MultiLayerNet(784, [40, 30], 10, **settings)


def _trained_batchnorm(**kwargs) -> MultiLayerNet:
    """A batch-norm network whose running statistics come from a few training passes."""
    net = _multi(use_batchnorm=True, **kwargs)
    x = np.random.default_rng(9).random((64, 784))
    for _ in range(5):
        net.predict(x, train_flg=True)
    net.params["gamma1"][:] = np.linspace(0.5, 1.5, 40)
    net.params["beta2"][:] = np.linspace(-0.2, 0.2, 30)
    return net


def _labels_and_directions(steps) -> list[tuple[str, str]]:
    return [(step.label, step.direction) for step in steps]


def test_two_layer_net_steps_in_order():
    steps = walk(_two_layer(), _image(), 3)
    forward = ["Affine1", "Sigmoid1", "Affine2", "Softmax+Loss"]
    assert _labels_and_directions(steps) == (
        [(label, "forward") for label in forward]
        + [(label, "backward") for label in reversed(forward)]
        + [("Check", "check")]
    )


def test_multi_layer_net_steps_in_order_with_batchnorm_and_dropout():
    net = _multi(activation="tanh", use_batchnorm=True, use_dropout=True)
    steps = walk(net, _image(), 1)
    hidden = [
        label
        for i in (1, 2)
        for label in (f"Affine{i}", f"BatchNorm{i}", f"Tanh{i}", f"Dropout{i}")
    ]
    forward = [*hidden, "Affine3", "Softmax+Loss"]
    assert len(steps) == 2 * len(forward) + 1 == 21
    assert _labels_and_directions(steps) == (
        [(label, "forward") for label in forward]
        + [(label, "backward") for label in reversed(forward)]
        + [("Check", "check")]
    )
    assert [step.node for step in steps[:4]] == [
        "Affine1", "BatchNorm1", "Activation_function1", "Dropout1",
    ]  # fmt: skip


def test_two_layer_net_gradients_equal_gradient():
    net, x, t = _two_layer(), _image(), 7
    walked = walked_gradients(walk(net, x, t))
    expected = net.gradient(x[None], np.array([t]))
    assert set(walked) == set(expected) == {"W1", "b1", "W2", "b2"}
    for key, value in expected.items():
        np.testing.assert_allclose(walked[key], value, rtol=0, atol=1e-12, err_msg=key)
    assert np.abs(expected["W1"]).max() > 1e-4  # a gradient worth comparing


def test_float32_network_is_walked_in_float64():
    net32, x, t = _two_layer(np.float32), _image(1), 2
    steps = walk(net32, x, t)
    walked = walked_gradients(steps)
    expected = float64_copy(net32).gradient(x[None], np.array([t]))
    assert walked["W1"].dtype == np.float64
    np.testing.assert_allclose(walked["W1"], expected["W1"], rtol=0, atol=1e-12)
    assert max(steps[-1].differences.values()) <= AGREEMENT


@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_relu_network_gradients_equal_gradient(use_batchnorm):
    net = _trained_batchnorm() if use_batchnorm else _multi()
    x, t = _image(2), 4
    # Training mode is what gradient() computes (batch norm on the batch's statistics).
    walked = walked_gradients(walk(net, x, t, train_flg=use_batchnorm))
    expected = net.copy().gradient(x[None], np.array([t]))
    assert set(walked) == set(expected)
    for key, value in expected.items():
        np.testing.assert_allclose(walked[key], value, rtol=0, atol=1e-12, err_msg=key)


def test_dropout_in_training_mode_draws_the_masks_gradient_draws():
    net = _multi(use_dropout=True, dropout_ration=0.5, weight_decay_lambda=0.1)
    x, t = _image(3), 0
    steps = walk(net, x, t, train_flg=True)
    expected = net.copy().gradient(x[None], np.array([t]))
    walked = walked_gradients(steps)
    for key, value in expected.items():
        np.testing.assert_allclose(walked[key], value, rtol=0, atol=1e-12, err_msg=key)
    dropout = next(s for s in steps if s.label == "Dropout1" and s.direction == "forward")
    kept = np.count_nonzero(dropout.arrays["zd1"])
    assert 0 < kept < 40  # some units were dropped


def test_batchnorm_with_a_batch_of_one_passes_no_gradient_in_training_mode():
    steps = walk(_trained_batchnorm(), _image(4), 5, train_flg=True)
    affine1 = next(s for s in steps if s.label == "Affine1" and s.direction == "backward")
    assert not affine1.arrays["dL/dx"].any()
    assert not walked_gradients(steps)["W1"].any()


def _central_difference(f, value: np.ndarray, indices, h: float = 1e-6) -> np.ndarray:
    out = []
    flat = value.reshape(-1)
    for idx in indices:
        keep = flat[idx]
        flat[idx] = keep + h
        above = f()
        flat[idx] = keep - h
        below = f()
        flat[idx] = keep
        out.append((above - below) / (2 * h))
    return np.array(out)


@pytest.mark.parametrize("make", [_two_layer, _multi, _trained_batchnorm])
def test_input_gradient_against_central_differences(make):
    net, x, t = make(), _image(5), 6
    steps = walk(net, x, t)  # test mode: the network as it reads
    marked = [step for step in steps if step.input_gradient]
    assert len(marked) == 1
    step = marked[0]
    assert (step.label, step.direction, step.input_gradient) == ("Affine1", "backward", "dL/dx")
    dx = step.arrays["dL/dx"]
    assert dx.shape == (784,)
    reference = float64_copy(net)
    numerical = _central_difference(lambda: exact_loss(reference, x, t), x, range(784))
    np.testing.assert_allclose(dx, numerical, rtol=1e-5, atol=1e-9)
    assert np.abs(dx).max() > 1e-4


def test_batchnorm_test_mode_parameters_against_central_differences():
    net, x, t = _trained_batchnorm(use_dropout=True), _image(6), 8
    steps = walk(net, x, t)
    walked = walked_gradients(steps)
    reference = float64_copy(net)
    rng = np.random.default_rng(1)
    for key in ("W1", "W2", "gamma1", "beta2", "b3"):
        indices = rng.choice(walked[key].size, 8, replace=False)
        numerical = _central_difference(
            lambda: exact_loss(reference, x, t), reference.params[key], indices
        )
        np.testing.assert_allclose(
            walked[key].reshape(-1)[indices], numerical, rtol=1e-5, atol=1e-9, err_msg=key
        )
    check = steps[-1]
    assert "central differences" in check.formula
    assert max(check.differences.values()) < 1e-6


def test_check_reports_a_wrong_backward_rule(monkeypatch):
    def wrong_sigmoid(node, a, name, out, dout, ctx):
        return dout * out, nodes.Step(node.key, node.label, "backward", "", {})  # not z(1 - z)

    monkeypatch.setitem(nodes.BACKWARD_RULES, "sigmoid", wrong_sigmoid)
    check = walk(_two_layer(), _image(), 3)[-1]
    assert check.differences["W1"] > 1e-6
    assert check.differences["W2"] == 0.0
    assert "DIFFER" in check.formula


def test_formulas_carry_the_numbers():
    net, x, t = _two_layer(), _image(7), 9
    steps = walk(net, x, t)
    loss_step = steps[3]
    y = net.predict(x[None])[0]
    assert loss_step.formula.startswith("y = softmax(a2)")
    assert f"-log({y[t]:.4g} + 1e-7)" in loss_step.formula
    assert float(loss_step.arrays["L"]) == pytest.approx(net.loss(x[None], np.array([t])))
    assert "(1, 50) = [" in steps[0].formula  # a1: its shape and first entries
    assert steps[0].images == ("x",)
    assert steps[0].tiles == ("W1",)
    affine1 = steps[7]
    assert affine1.images == ("x", "dL/dx")
    assert affine1.tiles == ("dL/dW1",)
    assert affine1.arrays["dL/dW1"].shape == (784, 50)
    assert "they agree" in steps[-1].formula


def test_the_network_is_left_as_it_was():
    net = _multi(use_dropout=True, use_batchnorm=True)
    before = {key: value.copy() for key, value in net.params.items()}
    state = net.rng.bit_generator.state
    walk(net, _image(), 2, train_flg=True)
    walk(net, _image(), 2)
    assert net.rng.bit_generator.state == state
    for key, value in before.items():
        np.testing.assert_array_equal(net.params[key], value)
