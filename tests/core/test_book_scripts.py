"""The book's chapter-6 scripts run with ``core`` in place of ``common``."""

from __future__ import annotations

import numpy as np

from core.data import load_mnist


def book_smooth_curve(x):
    # common/util.py, as the book writes it
    window_len = 11
    s = np.r_[x[window_len - 1 : 0 : -1], x, x[-1:-window_len:-1]]
    w = np.kaiser(window_len, 2)
    y = np.convolve(w / w.sum(), s, mode="valid")
    return y[5 : len(y) - 5]


def test_smooth_curve_is_the_books():
    from core.util import smooth_curve

    x = np.random.default_rng(0).random(200)
    np.testing.assert_array_equal(smooth_curve(x), book_smooth_curve(x))
    assert smooth_curve(x).shape == (200,)
    np.testing.assert_allclose(smooth_curve(np.ones(4)), np.ones(4))


def test_shuffle_dataset_keeps_pairs_together():
    from core.util import shuffle_dataset

    x = np.arange(20).reshape(10, 2)
    t = np.arange(10)
    xs, ts = shuffle_dataset(x, t, rng=1)
    np.testing.assert_array_equal(xs[:, 0] // 2, ts)
    assert sorted(ts) == list(range(10))


def test_weight_init_compare_runs_as_the_book_writes_it():
    # ch06/weight_init_compare.py's loop, with its imports from core, for 30 iterations
    from core.multi_layer_net import MultiLayerNet
    from core.optimizer import SGD
    from core.util import smooth_curve

    (x_train, t_train), _ = load_mnist(normalize=True)
    train_size, batch_size, max_iterations = x_train.shape[0], 128, 30
    weight_init_types = {"std=0.01": 0.01, "Xavier": "sigmoid", "He": "relu"}
    optimizer = SGD(lr=0.01)
    networks, train_loss = {}, {}
    for key, weight_type in weight_init_types.items():
        networks[key] = MultiLayerNet(
            input_size=784,
            hidden_size_list=[100, 100, 100, 100],
            output_size=10,
            weight_init_std=weight_type,
            rng=0,
        )
        train_loss[key] = []
    rng = np.random.default_rng(0)
    for _ in range(max_iterations):
        batch_mask = rng.choice(train_size, batch_size)
        x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
        for key in weight_init_types:
            grads = networks[key].gradient(x_batch, t_batch)
            optimizer.update(networks[key].params, grads)
            train_loss[key].append(networks[key].loss(x_batch, t_batch))
    smoothed = {key: smooth_curve(np.array(v)) for key, v in train_loss.items()}
    assert abs(smoothed["std=0.01"][-1] - np.log(10)) < 0.01  # std 0.01 does not learn
    assert smoothed["He"][-1] < smoothed["std=0.01"][-1] - 0.1  # He has started to


def test_batch_norm_test_script_builds_its_networks():
    from core.multi_layer_net_extend import MultiLayerNetExtend
    from core.optimizer import SGD

    (x_train, t_train), _ = load_mnist(normalize=True)
    x_train, t_train = x_train[:1000], t_train[:1000]
    bn_network = MultiLayerNetExtend(
        input_size=784,
        hidden_size_list=[100, 100, 100, 100, 100],
        output_size=10,
        weight_init_std=0.1,
        use_batchnorm=True,
        rng=0,
    )
    network = MultiLayerNetExtend(
        input_size=784,
        hidden_size_list=[100, 100, 100, 100, 100],
        output_size=10,
        weight_init_std=0.1,
        rng=0,
    )
    optimizer = SGD(lr=0.01)
    for _ in range(5):
        for _net in (bn_network, network):
            grads = _net.gradient(x_train[:100], t_train[:100])
            optimizer.update(_net.params, grads)
    assert 0 <= bn_network.accuracy(x_train, t_train) <= 1
    assert "gamma5" in bn_network.params
    assert "gamma1" not in network.params
