"""The Backprop panel: Next and Back move through the walk; the buttons, formula and pictures."""

from __future__ import annotations

import numpy as np
import pytest

from core.backprop_walk import walk
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet
from gui.backprop_panel_widget import NO_INPUT, NO_NETWORK, BackpropPanel


def _image() -> np.ndarray:
    rng = np.random.default_rng(0)
    return np.where(rng.random((28, 28)) < 0.2, rng.random((28, 28)), 0.0)


def _network() -> TwoLayerNet:
    return TwoLayerNet(784, 50, 10, weight_init_std=0.1, rng=3)


@pytest.fixture
def panel(qtbot):
    widget = BackpropPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    return widget


def _walked(qtbot, panel: BackpropPanel, network, image, label) -> None:
    with qtbot.waitSignal(panel.walked, timeout=5000):
        panel.set_network(network)
        panel.set_input(image, label)


def test_names_and_empty_states(panel):
    assert panel.objectName() == "backpropPanel"
    assert panel.next_button.objectName() == "backpropNextButton"
    assert panel.back_button.objectName() == "backpropBackButton"
    assert panel.formula.toPlainText() == NO_NETWORK
    assert not panel.next_button.isEnabled()
    assert not panel.back_button.isEnabled()
    panel.set_network(_network())
    assert panel.formula.toPlainText() == NO_INPUT
    assert panel.steps == []


def test_next_and_back_walk_the_steps(qtbot, panel):
    network, image = _network(), _image()
    _walked(qtbot, panel, network, image, 7)
    expected = walk(network, image.reshape(784), 7)
    assert [s.formula for s in panel.steps] == [s.formula for s in expected]
    assert panel.index == 0
    assert panel.formula.toPlainText() == expected[0].formula
    assert not panel.back_button.isEnabled()
    assert panel.next_button.isEnabled()
    assert panel.graph.labels == ["Affine1", "Sigmoid1", "Affine2", "Softmax+Loss"]
    assert (panel.graph.current, panel.graph.direction) == (0, "forward")

    with qtbot.waitSignal(panel.step_changed) as changed:
        panel.next_button.click()
    assert changed.args == [1]
    assert panel.formula.toPlainText() == expected[1].formula
    assert panel.formula.toPlainText().startswith("z1 = 1 / (1 + exp(-a1))")
    assert panel.back_button.isEnabled()

    for _ in range(len(expected)):  # past the end stays at the end
        if panel.next_button.isEnabled():
            panel.next_button.click()
    assert panel.index == len(expected) - 1 == 8
    assert not panel.next_button.isEnabled()
    assert panel.back_button.isEnabled()
    assert panel.formula.toPlainText() == expected[-1].formula
    assert "network.gradient" in panel.formula.toPlainText()
    assert panel.graph.direction == "check"

    panel.back_button.click()  # Affine1, backward: dL/dx is formed
    assert panel.formula.toPlainText() == expected[-2].formula
    assert (panel.graph.current, panel.graph.direction) == (0, "backward")
    assert panel.pictures == ["x", "dL/dx", "dL/dW1"]
    np.testing.assert_array_equal(
        panel.views[1].W1[:, 0], expected[-2].arrays["dL/dx"].astype(np.float32)
    )
    assert panel.views[2].W1.shape == (784, 50)
    assert "which pixels would change the answer" in panel.captions[1].text()

    for _ in range(len(expected)):
        if panel.back_button.isEnabled():
            panel.back_button.click()
    assert panel.index == 0
    assert not panel.back_button.isEnabled()


def test_target_is_the_label_or_the_networks_reading(qtbot, panel):
    network, image = _network(), _image()
    _walked(qtbot, panel, network, image, 2)
    assert panel.target == 2
    assert "the image's label" in panel.target_label.text()
    with qtbot.waitSignal(panel.walked, timeout=5000):
        panel.set_input(image, None)
    reading = int(np.argmax(network.predict(image.reshape(1, 784))))
    assert panel.target == reading
    assert "the network's own reading" in panel.target_label.text()
    assert panel.steps[3].note.startswith(f"Target t = {reading};")


def test_position_kept_when_the_network_changes(qtbot, panel):
    _walked(qtbot, panel, _network(), _image(), 1)
    panel.go_to(5)
    before = panel.formula.toPlainText()
    other = TwoLayerNet(784, 50, 10, weight_init_std=0.1, rng=4)
    with qtbot.waitSignal(panel.walked, timeout=5000):
        panel.set_network(other)
    assert panel.index == 5
    assert panel.formula.toPlainText() != before
    assert panel.formula.toPlainText() == walk(other, _image().reshape(784), 1)[5].formula


def test_training_mode_for_batchnorm_networks(qtbot, panel):
    plain = _network()
    _walked(qtbot, panel, plain, _image(), 1)
    assert not panel.train_mode.isEnabled()
    net = MultiLayerNet(784, [30, 20], 10, use_batchnorm=True, rng=2)
    with qtbot.waitSignal(panel.walked, timeout=5000):
        panel.set_network(net)
    assert panel.train_mode.isEnabled()
    assert len(panel.steps) == 2 * (3 * 2 + 2) + 1
    assert "central differences" in panel.steps[-1].formula
    with qtbot.waitSignal(panel.walked, timeout=5000):
        panel.train_mode.setChecked(True)
    assert "network.gradient" in panel.steps[-1].formula
    assert max(panel.steps[-1].differences.values()) <= 1e-12


def test_input_buttons_ask_the_window(qtbot, panel):
    with qtbot.waitSignal(panel.input_requested) as pad:
        panel.pad_button.click()
    with qtbot.waitSignal(panel.input_requested) as test:
        panel.test_button.click()
    assert (pad.args, test.args) == (["pad"], ["test"])
