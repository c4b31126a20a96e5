"""Chapter 6's networks in the window: train, watch every layer, read, check, save, continue."""

from __future__ import annotations

import numpy as np

from core.config import TrainConfig
from core.model_file import load_model_file
from core.multi_layer_net import MultiLayerNet
from gui.controls_widget import RunState
from gui.main_window import MainWindow

DEEP = TrainConfig(
    hidden_sizes=(40, 30),
    activation="relu",
    weight_init_std="he",
    optimizer="adam",
    learning_rate=0.001,
    use_batchnorm=True,
    dropout_ratio=0.1,
    iters_num=700,
)


def settle(qtbot, window: MainWindow, state: RunState) -> None:
    qtbot.waitUntil(
        lambda: window.state is state and not window.is_training_thread_running(), timeout=60_000
    )


def test_a_deep_network_trains_and_every_view_follows(qtbot, window):
    window.controls.set_config(DEEP)
    assert window.controls.config() == DEEP
    window.start()
    settle(qtbot, window, RunState.FINISHED)

    session = window.session
    assert session.config == DEEP
    assert session.iterations_done == 700
    assert {"W3", "gamma2", "beta2"} <= set(session.params)
    assert set(session.buffers) == {
        "running_mean1",
        "running_var1",
        "running_mean2",
        "running_var2",
    }
    assert session.epochs[-1].test_acc > 0.8  # 700 Adam steps on MNIST

    window._on_redraw_timer_timeout()
    combo = window.weights_view.layer_combo
    assert [combo.itemText(i).split()[0] for i in range(combo.count())] == ["W1", "W2", "W3"]
    np.testing.assert_array_equal(window.weights_view.weights, session.params["W1"])

    window.reader.test_digit_button.click()
    reading = window.reader.reading
    assert reading is not None
    assert reading.layer == 2
    assert reading.hidden.shape == (30,)
    network = session.network()
    assert isinstance(network, MultiLayerNet)
    x = window.reader.preview_image.reshape(1, 784).astype(np.float32)
    np.testing.assert_allclose(reading.probabilities, network.probabilities(x)[0], atol=1e-5)


def test_a_deep_run_saves_opens_and_continues_with_its_optimizer_state(qtbot, window, tmp_path):
    window.controls.set_config(DEEP.__class__(**{**DEEP.__dict__, "iters_num": 1_000_000}))
    window.start()
    qtbot.waitUntil(lambda: len(window.session.history) >= 50, timeout=60_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    path = tmp_path / "deep.npz"
    assert window.save_model(str(path))
    saved = load_model_file(path)
    done = window.session.iterations_done
    assert saved.optimizer_state["iter"] == done  # Adam's step count
    assert set(saved.buffers) == set(window.session.buffers)

    window.reset()
    with qtbot.waitSignal(window.model_opened, timeout=10_000):
        window.open_model(str(path))
    assert window.state is RunState.STOPPED
    assert window.controls.config() == saved.config
    window.start()  # Continue
    qtbot.waitUntil(lambda: len(window.session.history) >= done + 30, timeout=60_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    assert np.isfinite(window.session.history.losses).all()


def test_invalid_settings_are_refused_with_a_message(qtbot, window):
    window.controls.hidden_layers_edit.setText("100, zero")
    window.start()
    assert window.state is RunState.IDLE
    assert "hidden" in window.message_box.text().lower()
    window.message_box.close()
    window.step()
    assert window.state is RunState.IDLE


def test_the_gradient_check_checks_the_deep_network(qtbot, window):
    small = TrainConfig(
        hidden_sizes=(6, 5),
        activation="tanh",
        weight_init_std="xavier",
        use_batchnorm=True,
        weight_decay_lambda=0.1,
        iters_num=5,
    )
    window.controls.set_config(small)
    window.start()
    settle(qtbot, window, RunState.FINISHED)
    panel = window.gradcheck
    panel.network_combo.setCurrentIndex(panel.network_combo.findData("current"))
    panel.method_combo.setCurrentIndex(panel.method_combo.findData("sample"))
    with qtbot.waitSignal(panel.finished, timeout=60_000) as blocker:
        panel.run_button.click()
    result = blocker.args[0]
    keys = [check.key for check in result.checks]
    assert keys == list(window.session.params)
    assert all(check.relative_error < 1e-4 for check in result.checks)


def test_the_issues_widget_names_exist(window):
    from PySide6.QtWidgets import QWidget

    names = [
        "hiddenLayersEdit",
        "activationCombo",
        "weightInitCombo",
        "weightInitSpin",
        "optimizerCombo",
        "momentumSpin",
        "decayRateSpin",
        "beta1Spin",
        "beta2Spin",
        "weightDecaySpin",
        "dropoutSpin",
        "batchNormCheck",
        "trainSizeSpin",
        "samplingCombo",
        "networkSummaryLabel",
        "layerCombo",
    ]
    missing = [name for name in names if window.findChild(QWidget, name) is None]
    assert missing == []
    assert window.findChild(QWidget, "hiddenSizeSpin") is None  # hiddenLayersEdit replaced it
    label = window.findChild(QWidget, "networkSummaryLabel")
    assert label.text() == "784-50-10, sigmoid, std 0.01, SGD lr 0.1: 39,760 parameters"
