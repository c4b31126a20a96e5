"""The look-inside views in the window, fed by a real run."""

from __future__ import annotations

import numpy as np

from core.config import TrainConfig
from gui.confusion_matrix_widget import ConfusionMatrixView
from gui.controls_widget import RunState
from gui.main_window import MainWindow


def train(qtbot, window: MainWindow, config: TrainConfig) -> None:
    window.controls.set_config(config)
    window.start()
    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and not window.is_training_thread_running(),
        timeout=90_000,
    )


def show(qtbot, window: MainWindow, dock) -> None:
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=5_000)
    window._refresh_inside()


def test_mistakes_follow_the_run_and_put_a_test_image_on_the_pad(qtbot, window):
    train(qtbot, window, TrainConfig(iters_num=1250))
    show(qtbot, window, window.mistakes_dock)
    session = window.session
    assert session.confusion_epoch == 2
    matrix = window.findChild(ConfusionMatrixView, "confusionMatrixView")
    np.testing.assert_array_equal(matrix._confusion, session.confusion)
    assert np.trace(session.confusion) / 10_000 == session.epochs[-1].test_acc

    with qtbot.waitSignal(window.mistakes.image_chosen, timeout=30_000) as chosen:
        window.mistakes.set_mode("first")
        qtbot.waitUntil(lambda: window.mistakes.gallery.thumbnails.count() > 0, timeout=30_000)
        window.mistakes.gallery.choose(0)
    _, label = chosen.args
    assert window.reader.true_label == label
    assert window.reader.reading is not None


def test_gradient_sizes_and_the_weights_history_follow_a_deep_run(qtbot, window):
    config = TrainConfig(
        hidden_sizes=(30, 30),
        activation="relu",
        weight_init_std="he",
        optimizer="adam",
        learning_rate=0.001,
        iters_num=1250,
    )
    train(qtbot, window, config)
    show(qtbot, window, window.gradients_dock)
    history = window.session.gradient_history
    iterations, norms, _ = history.arrays()
    assert history.names == ("W1", "W2", "W3")
    assert iterations.tolist() == list(range(0, 1250, 20))
    x, y = window.gradient_norms.norm_curves[0].getData()
    np.testing.assert_array_equal(x, iterations)
    np.testing.assert_allclose(10**y, norms[:, 0], rtol=1e-6)  # the plot is on a log axis
    snapshots = window.session.weights_history.snapshots
    assert [s.iteration for s in snapshots][:2] == [-1, 0]  # untrained, then epoch 0
    bar = window.weights_view.history_bar
    assert len(bar.snapshots()) == len(snapshots)


def test_activations_and_the_backprop_walk_use_the_current_network(qtbot, window):
    train(qtbot, window, TrainConfig(iters_num=300))
    show(qtbot, window, window.activations_dock)
    qtbot.waitUntil(lambda: len(window.activation_histograms.summaries) == 1, timeout=30_000)
    assert window.activation_histograms.summaries[0].activation == "sigmoid"

    show(qtbot, window, window.backprop_dock)
    window.reader.show_test_digit()
    with qtbot.waitSignal(window.backprop.walked, timeout=30_000):
        window._on_backprop_input_requested("pad")
    steps = window.backprop.steps
    assert steps
    assert window.backprop.next_button.isEnabled()


def test_views_behind_other_tabs_are_not_fed(qtbot, window, monkeypatch):
    fed = []
    monkeypatch.setattr(window.activation_histograms, "set_network", fed.append)
    monkeypatch.setattr(window.backprop, "set_network", fed.append)
    window.reader_dock.raise_()
    qtbot.waitUntil(lambda: not window.reader_dock.visibleRegion().isEmpty(), timeout=5_000)
    train(qtbot, window, TrainConfig(iters_num=50))
    window._refresh_inside()
    assert fed == []
    show(qtbot, window, window.activations_dock)
    assert len(fed) == 1
