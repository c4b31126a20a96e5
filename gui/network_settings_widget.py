"""The "Network" group of the Training dock: hidden layers, activation and initial weights."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from core.config import ACTIVATIONS, TrainConfig
from gui.i18n import Retranslating
from gui.network_text import activation_title
from gui.setting_fields import (
    HiddenLayersEdit,
    add_row,
    combo,
    float_spin,
    select_data,
    set_field_texts,
    set_item_texts,
    settings_form,
)
from gui.settings_messages import hidden_sizes_help

STD = "std"  # the weight-init combo's data for "a number, from weightInitSpin"


class NetworkSettingsWidget(Retranslating, QGroupBox):
    """784-(hidden sizes)-10 with an activation and an initial weight scale.

    The weight-init std spin box applies only when "Std" is chosen; Xavier and
    He scale each layer by the size of the layer before it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="networkGroup")
        self.hidden_layers_edit = HiddenLayersEdit()
        self.activation_combo = combo("activationCombo", ACTIVATIONS)
        self.weight_init_combo = combo("weightInitCombo", (STD, "xavier", "he"))
        self.weight_init_spin = float_spin("weightInitSpin", "weight_init_std", 4)
        self._locked = False
        self.form = settings_form(self)
        self.labels = {
            field: add_row(self.form, field)
            for field in (
                self.hidden_layers_edit,
                self.activation_combo,
                self.weight_init_combo,
                self.weight_init_spin,
            )
        }
        self.show_config(TrainConfig())
        self.retranslate()

        self.hidden_layers_edit.textChanged.connect(self.changed)
        self.activation_combo.currentIndexChanged.connect(self.changed)
        self.weight_init_combo.currentIndexChanged.connect(self._on_weight_init_combo_changed)
        self.weight_init_spin.valueChanged.connect(self.changed)

    def fields(self) -> list[QWidget]:
        """The input fields, top to bottom."""
        return list(self.labels)

    def retranslate(self) -> None:
        """Set the title, labels, tooltips, accessible names and combo texts."""
        self.setTitle(self.tr("Network"))
        edit = self.hidden_layers_edit
        tip = self.tr(
            "Units in each hidden layer, input to output: 50 is the book's 784-50-10 "
            "network, 100, 100, 100, 100 chapter 6's deep one ({help})"
        ).format(help=hidden_sizes_help())
        set_field_texts(self.labels[edit], edit, self.tr("Hidden layers"), tip)
        edit.set_tip(tip)
        set_field_texts(
            self.labels[self.activation_combo],
            self.activation_combo,
            self.tr("Activation"),
            self.tr("The hidden layers' activation function: sigmoid (chapter 4), ReLU or tanh"),
        )
        set_item_texts(self.activation_combo, {key: activation_title(key) for key in ACTIVATIONS})
        set_field_texts(
            self.labels[self.weight_init_combo],
            self.weight_init_combo,
            self.tr("Weight init"),
            self.tr(
                "Initial weights: a fixed standard deviation (chapter 4: 0.01), Xavier "
                "(sqrt(1/n), suits sigmoid and tanh) or He (sqrt(2/n), suits ReLU), "
                "n being the size of the layer before"
            ),
        )
        set_item_texts(
            self.weight_init_combo, {STD: self.tr("Std"), "xavier": "Xavier", "he": "He"}
        )
        set_field_texts(
            self.labels[self.weight_init_spin],
            self.weight_init_spin,
            self.tr("Init std"),
            self.tr('Standard deviation of the initial weights (when "{std}" is chosen)').format(
                std=self.tr("Std")
            ),
        )

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
