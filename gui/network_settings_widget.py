"""The "Network" group of the Training dock: hidden layers, activation and initial weights."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from core.config import TrainConfig
from core.network_summary import ACTIVATION_NAMES
from gui.setting_fields import HIDDEN_SIZES_HELP, HiddenLayersEdit, combo, float_spin, select_data

STD = "std"  # the weight-init combo's data for "a number, from weightInitSpin"


class NetworkSettingsWidget(QGroupBox):
    """784-(hidden sizes)-10 with an activation and an initial weight scale.

    The weight-init std spin box applies only when "Std" is chosen; Xavier and
    He scale each layer by the size of the layer before it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Network", parent, objectName="networkGroup")
        self.hidden_layers_edit = HiddenLayersEdit(
            "Units in each hidden layer, input to output: 50 is the book's 784-50-10 "
            f"network, 100, 100, 100, 100 chapter 6's deep one ({HIDDEN_SIZES_HELP})"
        )
        self.activation_combo = combo(
            "activationCombo",
            {title: name for name, title in ACTIVATION_NAMES.items()},
            "The hidden layers' activation: sigmoid (chapter 4), ReLU or tanh",
        )
        self.weight_init_combo = combo(
            "weightInitCombo",
            {"Std": STD, "Xavier": "xavier", "He": "he"},
            "Initial weights: a fixed standard deviation (chapter 4: 0.01), Xavier "
            "(sqrt(1/n), suits sigmoid and tanh) or He (sqrt(2/n), suits ReLU), "
            "n being the size of the layer before",
        )
        self.weight_init_spin = float_spin(
            "weightInitSpin",
            "weight_init_std",
            4,
            'Standard deviation of the initial weights (when "Std" is chosen)',
        )
        self._locked = False
        form = QFormLayout(self)
        form.addRow("Hidden layers", self.hidden_layers_edit)
        form.addRow("Activation", self.activation_combo)
        form.addRow("Weight init", self.weight_init_combo)
        form.addRow("Init std", self.weight_init_spin)
        self.show_config(TrainConfig())

        self.hidden_layers_edit.textChanged.connect(self.changed)
        self.activation_combo.currentIndexChanged.connect(self.changed)
        self.weight_init_combo.currentIndexChanged.connect(self._on_weight_init_combo_changed)
        self.weight_init_spin.valueChanged.connect(self.changed)

    def error(self) -> str | None:
        """Why the hidden layers text is invalid, or None."""
        return self.hidden_layers_edit.error()

    def values(self) -> dict[str, Any]:
        """The network's settings as ``TrainConfig`` keyword arguments (ConfigError if invalid)."""
        init = self.weight_init_combo.currentData()
        return {
            "hidden_sizes": self.hidden_layers_edit.sizes(),
            "activation": self.activation_combo.currentData(),
            "weight_init_std": self.weight_init_spin.value() if init == STD else init,
        }

    def show_config(self, config: TrainConfig) -> None:
        """Show the network of ``config``."""
        self.hidden_layers_edit.set_sizes(config.hidden_sizes)
        select_data(self.activation_combo, config.activation)
        if isinstance(config.weight_init_std, str):
            select_data(self.weight_init_combo, config.weight_init_std)
        else:
            select_data(self.weight_init_combo, STD)
            self.weight_init_spin.setValue(config.weight_init_std)
        self._enable_std()

    def set_locked(self, locked: bool) -> None:
        """Lock every setting (a run's network is fixed)."""
        self._locked = locked
        for widget in (self.hidden_layers_edit, self.activation_combo, self.weight_init_combo):
            widget.setEnabled(not locked)
        self._enable_std()

    def _enable_std(self) -> None:
        std_chosen = self.weight_init_combo.currentData() == STD
        self.weight_init_spin.setEnabled(std_chosen and not self._locked)

    def _on_weight_init_combo_changed(self) -> None:
        self._enable_std()
        self.changed.emit()
