"""The Training dock on its own: every TrainConfig shown and read back, validation, locking."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from core.config import BOOK_LEARNING_RATES, OPTIMIZER_NAMES, ConfigError, TrainConfig
from core.network_summary import describe_network
from core.session import Phase
from gui.controls_widget import ControlsWidget
from gui.setting_fields import parse_hidden_sizes
from gui.settings_messages import hidden_sizes_help

SETTING_ROWS = ("momentumSpin", "decayRateSpin", "beta1Spin", "beta2Spin")


@pytest.fixture
def controls(qtbot) -> ControlsWidget:
    widget = ControlsWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def child(widget: QWidget, kind: type, name: str):
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def label_for(controls: ControlsWidget, name: str) -> QWidget:
    field = child(controls, QWidget, name)
    return controls.optimizer.form.labelForField(field)


CONFIGS = [
    TrainConfig(),
    TrainConfig(
        hidden_sizes=(100, 100, 100, 100),
        activation="relu",
        weight_init_std="he",
        optimizer="adam",
        learning_rate=0.001,
        beta1=0.8,
        beta2=0.99,
    ),
    TrainConfig(hidden_sizes=(30, 20), activation="tanh", weight_init_std="xavier"),
    TrainConfig(optimizer="momentum", momentum=0.85, learning_rate=0.02),
    TrainConfig(optimizer="nesterov", momentum=0.5, gradient="numerical"),
    TrainConfig(optimizer="adagrad", learning_rate=1.5e-7, weight_init_std=2.5),
    TrainConfig(optimizer="rmsprop", decay_rate=0.95, learning_rate=0.00012345),
    TrainConfig(
        hidden_sizes=(100,) * 6,
        train_size=300,
        sampling="shuffle",
        weight_decay_lambda=0.1,
        dropout_ratio=0.15,
        use_batchnorm=True,
        batch_size=32,
        iters_num=12_345,
        seed=7,
    ),
    TrainConfig(train_size=60_000, iters_num=1),
]


@pytest.mark.parametrize("config", CONFIGS, ids=range(len(CONFIGS)))
def test_any_config_is_shown_and_read_back(controls, config):
    controls.restore_book_settings()
    controls.set_config(config)
    assert controls.config() == config
    assert controls.settings_error() is None
    assert child(controls, QLabel, "networkSummaryLabel").text() == describe_network(config)


def test_the_books_settings_are_the_default_and_come_back(controls):
    assert controls.config() == TrainConfig()
    controls.set_config(CONFIGS[-2])
    child(controls, QComboBox, "optimizerCombo").setCurrentIndex(5)
    assert controls.config() != TrainConfig()
    controls.restore_book_settings()
    assert controls.config() == TrainConfig()


def test_the_fields_show_the_config(controls):
    controls.set_config(CONFIGS[-2])
    assert child(controls, QLineEdit, "hiddenLayersEdit").text() == "100, 100, 100, 100, 100, 100"
    assert child(controls, QSpinBox, "trainSizeSpin").value() == 300
    assert child(controls, QComboBox, "samplingCombo").currentText() == "shuffled epochs"
    assert child(controls, QCheckBox, "batchNormCheck").isChecked()
    assert child(controls, QDoubleSpinBox, "dropoutSpin").value() == pytest.approx(0.15)
    controls.restore_book_settings()
    train_size = child(controls, QSpinBox, "trainSizeSpin")
    assert train_size.value() == 0
    assert train_size.text() == "All (60,000)"
    assert child(controls, QDoubleSpinBox, "dropoutSpin").text() == "off"


@pytest.mark.parametrize("text", ["", "100,", "abc", "0", "2001", "50, -3", "1.5", "1," * 11])
def test_invalid_hidden_layers_refuse_to_start(controls, text):
    edit = child(controls, QLineEdit, "hiddenLayersEdit")
    edit.setText(text)
    expected = f"Hidden layers: {hidden_sizes_help()}"
    assert controls.settings_error() == expected
    with pytest.raises(ConfigError, match="separated by commas"):
        controls.config()
    assert edit.error() == expected
    assert expected in edit.toolTip()
    assert "border" in edit.styleSheet()
    assert child(controls, QLabel, "networkSummaryLabel").text() == expected
    assert controls.last_valid_config() == TrainConfig()
    edit.setText(" 20 ,10")
    assert controls.settings_error() is None
    assert controls.config().hidden_sizes == (20, 10)
    assert controls.last_valid_config() == controls.config()
    assert edit.styleSheet() == ""
    assert child(controls, QLabel, "networkSummaryLabel").text().startswith("784-20-10-10,")


def test_hidden_sizes_text():
    assert parse_hidden_sizes("100") == (100,)
    assert parse_hidden_sizes("100, 100,100") == (100, 100, 100)
    assert parse_hidden_sizes(", ".join(["2000"] * 10)) == (2000,) * 10


def test_only_the_chosen_optimizers_settings_are_shown(controls):
    combo = child(controls, QComboBox, "optimizerCombo")
    expected = {
        "sgd": set(),
        "momentum": {"momentumSpin"},
        "nesterov": {"momentumSpin"},
        "adagrad": set(),
        "rmsprop": {"decayRateSpin"},
        "adam": {"beta1Spin", "beta2Spin"},
    }
    for name in OPTIMIZER_NAMES:
        combo.setCurrentIndex(combo.findData(name))
        shown = {row for row in SETTING_ROWS if child(controls, QWidget, row).isVisibleTo(controls)}
        assert shown == expected[name], name
        labels = {row for row in SETTING_ROWS if label_for(controls, row).isVisibleTo(controls)}
        assert labels == expected[name], name
        assert controls.config().optimizer == name


def test_choosing_an_optimizer_sets_the_books_learning_rate(controls, qtbot):
    combo = child(controls, QComboBox, "optimizerCombo")
    lr = child(controls, QDoubleSpinBox, "learningRateSpin")
    assert lr.value() == pytest.approx(0.1)
    with qtbot.waitSignal(controls.learning_rate_changed) as blocker:
        combo.setCurrentIndex(combo.findData("adam"))
    assert blocker.args == [pytest.approx(0.001)]
    assert controls.config().learning_rate == BOOK_LEARNING_RATES["adam"]
    combo.setCurrentIndex(combo.findData("momentum"))
    assert lr.value() == pytest.approx(BOOK_LEARNING_RATES["momentum"])
    assert "Adam 0.001" in combo.toolTip()


def test_the_learning_rate_reads_well_at_both_ends(controls):
    lr = child(controls, QDoubleSpinBox, "learningRateSpin")
    assert lr.text() == "0.1"
    assert lr.minimum() == pytest.approx(1e-7)
    lr.setValue(1e-7)
    assert lr.text() == "1e-07"
    assert controls.config().learning_rate == pytest.approx(1e-7)
    lr.lineEdit().setText("3e-5")
    lr.interpretText()
    assert lr.value() == pytest.approx(3e-5)


def test_weight_init_spin_applies_to_std_only(controls):
    combo = child(controls, QComboBox, "weightInitCombo")
    spin = child(controls, QDoubleSpinBox, "weightInitSpin")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Std", "Xavier", "He"]
    assert spin.isEnabled()
    combo.setCurrentIndex(2)
    assert not spin.isEnabled()
    assert controls.config().weight_init_std == "he"
    combo.setCurrentIndex(0)
    spin.setValue(0.05)
    assert spin.isEnabled()
    assert controls.config().weight_init_std == pytest.approx(0.05)


def test_the_numerical_gradient_is_offered_for_the_two_layer_net_only(controls):
    gradient = child(controls, QComboBox, "gradientMethodCombo")
    gradient.setCurrentIndex(gradient.findData("numerical"))
    assert controls.config().gradient == "numerical"
    child(controls, QLineEdit, "hiddenLayersEdit").setText("50, 50")
    assert controls.config().gradient == "backprop"
    assert not controls.schedule.numerical_allowed()
    assert "two-layer sigmoid network only" in gradient.toolTip()
    child(controls, QLineEdit, "hiddenLayersEdit").setText("50")
    assert controls.schedule.numerical_allowed()
    child(controls, QCheckBox, "batchNormCheck").setChecked(True)
    assert not controls.schedule.numerical_allowed()
    child(controls, QCheckBox, "batchNormCheck").setChecked(False)
    gradient.setCurrentIndex(gradient.findData("numerical"))
    child(controls, QComboBox, "activationCombo").setCurrentIndex(1)  # ReLU
    assert controls.config().gradient == "backprop"


def test_the_epoch_hint_counts_the_training_images_used(controls):
    hint = child(controls, QLabel, "epochHint")
    assert hint.text() == "600 iterations per epoch; 16.7 epochs in all"
    child(controls, QSpinBox, "trainSizeSpin").setValue(300)
    assert hint.text() == "3 iterations per epoch; 3,333.3 epochs in all"


def test_a_run_locks_every_setting_but_the_learning_rate(controls):
    inputs = [
        w
        for kind in (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox, QLineEdit)
        for w in controls.findChildren(kind)
        if w.objectName() and not w.objectName().startswith("qt_")
    ]
    names = {w.objectName() for w in inputs}
    assert {"hiddenLayersEdit", "optimizerCombo", "beta2Spin", "trainSizeSpin"} <= names
    controls.set_state(Phase.RUNNING)
    unlocked = {w.objectName() for w in inputs if w.isEnabled()}
    assert unlocked == {"learningRateSpin"}
    assert not child(controls, QWidget, "bookSettingsButton").isEnabled()
    controls.set_state(Phase.IDLE)
    child(controls, QComboBox, "weightInitCombo").setCurrentIndex(1)  # Xavier: no std
    locked = {w.objectName() for w in inputs if not w.isEnabled()}
    assert locked == {"weightInitSpin"}


def test_every_setting_has_a_tooltip_and_scrolls(controls):
    for kind in (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox, QLineEdit):
        for widget in controls.findChildren(kind):
            if widget.objectName() and not widget.objectName().startswith("qt_"):
                assert widget.toolTip(), widget.objectName()
    scroll = child(controls, QScrollArea, "settingsScroll")
    assert scroll.widget().isAncestorOf(controls.hidden_layers_edit)
    assert not scroll.isAncestorOf(controls.start_button)


def test_a_batch_larger_than_the_training_images_is_refused(controls):
    child(controls, QSpinBox, "trainSizeSpin").setValue(50)
    assert "batch_size 100 is larger than the training set" in controls.settings_error()
    with pytest.raises(ConfigError):
        controls.config()
    summary = child(controls, QLabel, "networkSummaryLabel").text()
    assert summary == controls.settings_error()
    assert child(controls, QLabel, "epochHint").text() == summary
    child(controls, QSpinBox, "batchSizeSpin").setValue(25)
    assert controls.settings_error() is None
    assert child(controls, QLabel, "epochHint").text().startswith("2 iterations per epoch")
