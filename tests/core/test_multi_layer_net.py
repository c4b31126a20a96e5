"""MultiLayerNet: gradient checks, the two-layer case, seeds, copies, buffers, dtypes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.config import OPTIMIZER_NAMES
from core.functions import softmax
from core.multi_layer_net import MultiLayerNet, MultiLayerNetExtend
from core.network import TwoLayerNet
from core.optimizer import make_optimizer


@pytest.fixture
def batch():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((4, 10))
    labels = np.array([0, 2, 1, 2])
    return x, labels, np.eye(3)[labels]


def _net(**kwargs):
    settings = {"input_size": 10, "hidden_size_list": [6, 5], "output_size": 3, "rng": 1}
    return MultiLayerNet(**{**settings, **kwargs})


def test_the_books_call_shape_and_layer_order():
    assert MultiLayerNetExtend is MultiLayerNet
    for w in (0.01, "relu", "sigmoid"):
        net = MultiLayerNetExtend(
            input_size=784,
            hidden_size_list=[100] * 5,
            output_size=10,
            weight_init_std=w,
            use_batchnorm=True,
        )
        assert net.params["W1"].shape == (784, 100)
        assert net.params["W6"].shape == (100, 10)
        assert set(net.params) == {
            *(f"{p}{i}" for p in "Wb" for i in range(1, 7)),
            *(f"{p}{i}" for p in ("gamma", "beta") for i in range(1, 6)),
        }
    net = _net(use_batchnorm=True, use_dropout=True)
    assert list(net.layers) == [
        *("Affine1", "BatchNorm1", "Activation_function1", "Dropout1"),
        *("Affine2", "BatchNorm2", "Activation_function2", "Dropout2"),
        "Affine3",
    ]
    assert list(_net().layers) == [
        "Affine1",
        "Activation_function1",
        "Affine2",
        "Activation_function2",
        "Affine3",
    ]
    np.testing.assert_array_equal(net.params["gamma1"], np.ones(6))
    np.testing.assert_array_equal(net.params["beta2"], np.zeros(5))
    assert net.hidden_size_list == [6, 5]
    assert net.activation == "relu"
    assert net.use_batchnorm
    assert net.use_dropout


def test_initial_weights_come_from_the_generator_in_order():
    net = MultiLayerNet(400, [300, 200], 10, weight_init_std="he", rng=9)
    reference = np.random.default_rng(9)
    for idx, n_in in enumerate((400, 300, 200), start=1):
        W = net.params[f"W{idx}"]
        np.testing.assert_array_equal(W, np.sqrt(2.0 / n_in) * reference.standard_normal(W.shape))
        assert not net.params[f"b{idx}"].any()
    xavier = MultiLayerNet(400, [300], 10, weight_init_std="xavier", rng=9)
    assert xavier.params["W1"].std() == pytest.approx(np.sqrt(1 / 400), rel=0.02)


def _global_state_untouched() -> bool:
    np.random.seed(0)
    expected = np.random.random()
    np.random.seed(0)
    MultiLayerNet(20, [5], 3, rng=2, use_dropout=True).loss_and_gradient(
        np.ones((2, 20)), np.array([0, 1])
    )
    return np.random.random() == expected


def test_numpy_global_state_is_never_used():
    assert _global_state_untouched()


def test_same_as_two_layer_net(batch):
    x, labels, one_hot = batch
    for std in (0.01, 0.5):
        two = TwoLayerNet(10, 50, 3, weight_init_std=std, rng=4)
        multi = MultiLayerNet(10, [50], 3, activation="sigmoid", weight_init_std=std, rng=4)
        for key in two.params:
            np.testing.assert_array_equal(multi.params[key], two.params[key])
        for t in (labels, one_hot):
            assert multi.loss(x, t) == pytest.approx(two.loss(x, t), rel=1e-12)
            two_grads, multi_grads = two.gradient(x, t), multi.gradient(x, t)
            assert set(multi_grads) == set(two_grads)
            for key in two_grads:
                np.testing.assert_allclose(multi_grads[key], two_grads[key], rtol=1e-10)
        np.testing.assert_allclose(multi.probabilities(x), two.predict(x), rtol=1e-12)


@pytest.mark.parametrize("activation", ["relu", "sigmoid", "tanh"])
@pytest.mark.parametrize("use_batchnorm", [False, True])
def test_backprop_matches_numerical_gradient(batch, activation, use_batchnorm):
    x, labels, _ = batch
    net = _net(
        activation=activation,
        weight_init_std=0.8,
        weight_decay_lambda=0.1,
        use_batchnorm=use_batchnorm,
    )
    if use_batchnorm:  # gammas and betas away from their 1 and 0, so every term shows
        rng = np.random.default_rng(2)
        for key in net.params:
            if key.startswith(("gamma", "beta")):
                net.params[key] = net.params[key] + rng.standard_normal(net.params[key].shape)
    numeric = net.numerical_gradient(x, labels)
    backprop = net.gradient(x, labels)
    assert set(backprop) == set(net.params)
    for key, value in numeric.items():
        assert backprop[key].shape == net.params[key].shape
        np.testing.assert_allclose(backprop[key], value, rtol=1e-5, atol=1e-7, err_msg=key)
    # Weight decay is in there: without it the W gradients differ by lambda * W.
    net.weight_decay_lambda = 0
    np.testing.assert_allclose(
        backprop["W1"] - net.gradient(x, labels)["W1"], 0.1 * net.params["W1"], atol=1e-12
    )


def test_weight_decay_term_in_the_loss(batch):
    x, labels, _ = batch
    decayed, plain = _net(weight_decay_lambda=0.3), _net()
    penalty = sum(0.5 * 0.3 * np.sum(plain.params[f"W{i}"] ** 2) for i in (1, 2, 3))
    assert decayed.loss(x, labels) == pytest.approx(plain.loss(x, labels) + penalty, rel=1e-12)
    assert penalty > 0.1


def test_loss_and_gradient_is_one_pass_of_the_books_loss_and_gradient(batch):
    x, labels, one_hot = batch
    net = _net(use_dropout=True, dropout_ration=0.3, use_batchnorm=True, weight_decay_lambda=0.05)
    book_loss, book_grad = net.copy(), net.copy()
    loss, grads = net.loss_and_gradient(x, one_hot)
    assert loss == book_loss.loss(x, one_hot, train_flg=True)
    expected = book_grad.gradient(x, labels)
    for key in expected:
        np.testing.assert_array_equal(grads[key], expected[key])
    for key, value in net.buffers().items():
        np.testing.assert_array_equal(value, book_grad.buffers()[key])
    # The dropout masks are drawn: a second pass differs.
    assert net.loss_and_gradient(x, labels)[0] != loss


def test_assigned_params_take_effect(batch):
    x, labels, _ = batch
    net = _net(use_batchnorm=True)
    new = {key: value * 1.5 + 0.1 for key, value in net.params.items()}
    before = net.predict(x)
    for key, value in new.items():
        net.params[key] = value
    after = net.predict(x)
    assert not np.allclose(before, after)
    rebuilt = MultiLayerNet.from_params(new, **net.architecture())
    np.testing.assert_array_equal(after, rebuilt.predict(x))
    np.testing.assert_array_equal(net.gradient(x, labels)["W1"], rebuilt.gradient(x, labels)["W1"])


def test_predict_probabilities_and_accuracy(batch):
    x, labels, one_hot = batch
    net = _net()
    scores = net.predict(x)
    assert scores.shape == (4, 3)
    np.testing.assert_array_equal(net.probabilities(x), softmax(scores))
    np.testing.assert_allclose(net.probabilities(x).sum(axis=1), 1.0)
    expected = np.mean(scores.argmax(axis=1) == labels)
    assert net.accuracy(x, labels) == expected
    assert net.accuracy(x, one_hot) == expected
    assert net.accuracy(x, scores.argmax(axis=1)) == 1.0


def _train(net, optimizer, x, labels, steps):
    losses = []
    for _ in range(steps):
        loss, grads = net.loss_and_gradient(x, labels)
        optimizer.update(net.params, grads)
        losses.append(loss)
    return losses


def _assert_same(a, b):
    for key in a.params:
        np.testing.assert_array_equal(a.params[key], b.params[key])
    for key, value in a.buffers().items():
        np.testing.assert_array_equal(value, b.buffers()[key])


@pytest.mark.parametrize("name", OPTIMIZER_NAMES)
def test_same_seed_same_training_and_resume_is_bit_identical(batch, name):
    x, labels, _ = batch
    settings = {"use_dropout": True, "use_batchnorm": True, "dtype": np.float32}
    x = x.astype(np.float32)
    a, b = _net(rng=7, **settings), _net(rng=7, **settings)
    losses_a = _train(a, make_optimizer(name, 0.05), x, labels, 3)
    losses_b = _train(b, make_optimizer(name, 0.05), x, labels, 3)
    assert losses_a == losses_b
    _assert_same(a, b)
    other = _net(rng=8, **settings)
    assert _train(other, make_optimizer(name, 0.05), x, labels, 3) != losses_a

    # Stop after 2 steps, save everything, rebuild, continue: as if never stopped.
    straight, straight_opt = _net(rng=3, **settings), make_optimizer(name, 0.05)
    first, first_opt = _net(rng=3, **settings), make_optimizer(name, 0.05)
    _train(straight, straight_opt, x, labels, 2)
    _train(first, first_opt, x, labels, 2)
    saved = (
        {k: v.copy() for k, v in first.params.items()},
        first.buffers(),
        first_opt.state_dict(),
        first.rng.bit_generator.state,
    )
    _train(first, first_opt, x, labels, 1)  # the saved copies must not change
    rng = np.random.default_rng()
    rng.bit_generator.state = saved[3]
    resumed = MultiLayerNet.from_params(saved[0], buffers=saved[1], rng=rng, **first.architecture())
    resumed_opt = make_optimizer(name, 0.05)
    resumed_opt.load_state_dict(saved[2])
    assert _train(resumed, resumed_opt, x, labels, 2) == _train(
        straight, straight_opt, x, labels, 2
    )
    _assert_same(resumed, straight)


def test_copy_is_independent_and_continues_identically(batch):
    x, labels, _ = batch
    net = _net(use_dropout=True, use_batchnorm=True)
    _train(net, make_optimizer("sgd", 0.1), x, labels, 2)
    clone = net.copy()
    _assert_same(net, clone)
    assert clone.architecture() == net.architecture()
    assert _train(clone, make_optimizer("sgd", 0.1), x, labels, 2) == _train(
        net, make_optimizer("sgd", 0.1), x, labels, 2
    )
    _assert_same(net, clone)
    clone.params["W1"] += 1
    clone.loss_and_gradient(x, labels)
    assert not np.array_equal(clone.params["W1"], net.params["W1"])
    assert not np.array_equal(clone.buffers()["running_mean1"], net.buffers()["running_mean1"])


def test_buffers_round_trip_and_validation(batch):
    x, labels, _ = batch
    assert _net().buffers() == {}
    net = _net(use_batchnorm=True)
    fresh = net.buffers()
    assert set(fresh) == {"running_mean1", "running_var1", "running_mean2", "running_var2"}
    assert fresh["running_var2"].shape == (5,)
    assert not any(value.any() for value in fresh.values())
    _train(net, make_optimizer("sgd", 0.1), x, labels, 3)
    buffers = net.buffers()
    assert buffers["running_mean1"].any()
    buffers["running_var1"][0] = 123.0  # a copy: changing it leaves the network alone
    assert net.buffers()["running_var1"][0] != 123.0
    other = MultiLayerNet.from_params(net.params, **net.architecture())
    assert not np.array_equal(other.predict(x), net.predict(x))
    other.load_buffers(net.buffers())
    np.testing.assert_array_equal(other.predict(x), net.predict(x))
    with pytest.raises(ValueError, match="running_mean1"):
        other.load_buffers({"running_mean1": np.zeros(6)})
    bad = {**net.buffers(), "running_var2": np.zeros(4)}
    with pytest.raises(ValueError, match="running_var2 must have shape"):
        other.load_buffers(bad)
    with pytest.raises(ValueError, match="none"):
        _net().load_buffers({"running_mean1": np.zeros(6)})


def test_architecture_and_from_params():
    net = _net(activation="tanh", weight_init_std="xavier", use_batchnorm=True, dtype=np.float32)
    arch = net.architecture()
    assert json.loads(json.dumps(arch)) == arch
    assert arch == {
        "input_size": 10,
        "hidden_size_list": [6, 5],
        "output_size": 3,
        "activation": "tanh",
        "weight_init_std": "xavier",
        "weight_decay_lambda": 0.0,
        "use_dropout": False,
        "dropout_ration": 0.5,
        "use_batchnorm": True,
    }
    assert MultiLayerNet(**arch).architecture() == arch
    rebuilt = MultiLayerNet.from_params(net.params, **arch)
    assert rebuilt.dtype == np.float32
    _assert_same(rebuilt, net)
    assert rebuilt.params["W1"] is not net.params["W1"]
    with pytest.raises(ValueError, match="gamma1"):
        MultiLayerNet.from_params({"W1": net.params["W1"]}, **arch)
    wrong = {**net.params, "W2": np.zeros((6, 4), np.float32)}
    with pytest.raises(ValueError, match="W2 must have shape"):
        MultiLayerNet.from_params(wrong, **arch)


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="activation must be one of relu, sigmoid, tanh"):
        _net(activation="softplus")
    with pytest.raises(ValueError, match="weight_init_std"):
        _net(weight_init_std="lecun")


def test_float32_in_float32_out(batch):
    x, _labels, one_hot = batch
    net = _net(use_dropout=True, use_batchnorm=True, weight_decay_lambda=0.1, dtype=np.float32)
    assert net.dtype == np.float32
    assert all(value.dtype == np.float32 for value in net.params.values())
    x32 = x.astype(np.float32)
    loss, grads = net.loss_and_gradient(x32, one_hot)
    assert isinstance(loss, float)
    assert all(grads[key].dtype == np.float32 for key in net.params)
    assert net.predict(x32).dtype == np.float32
    assert net.predict(x).dtype == np.float32  # float64 input is converted
    assert net.probabilities(x32).dtype == np.float32
    optimizer = make_optimizer("adam", 0.01)
    optimizer.update(net.params, grads)
    assert all(value.dtype == np.float32 for value in net.params.values())
    assert all(value.dtype == np.float32 for value in net.buffers().values())
    assert all(value.dtype == np.float32 for value in net.copy().params.values())
