"""The "Optimizer" group of the Training dock: which update rule, its learning rate and settings.

Only the settings the chosen optimizer uses are shown (``OPTIMIZER_SETTINGS``);
choosing another optimizer puts its default learning rate from the book's
``common/optimizer.py`` (``BOOK_LEARNING_RATES``) in the learning-rate box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from core.config import BOOK_LEARNING_RATES, OPTIMIZER_NAMES, OPTIMIZER_SETTINGS, TrainConfig
from core.network_summary import OPTIMIZER_TITLES
from gui.i18n import Retranslating
from gui.setting_fields import (
    add_row,
    combo,
    float_spin,
    select_data,
    set_field_texts,
    set_item_texts,
    settings_form,
)

_BOOK_RATES = ", ".join(
    f"{OPTIMIZER_TITLES[name]} {BOOK_LEARNING_RATES[name]:g}" for name in OPTIMIZER_NAMES
)


class OptimizerSettingsWidget(Retranslating, QGroupBox):
    """The optimizer, its learning rate (changeable while training) and its own settings."""

    changed = Signal()
    learning_rate_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="optimizerGroup")
        self.optimizer_combo = combo("optimizerCombo", OPTIMIZER_NAMES)
        set_item_texts(self.optimizer_combo, OPTIMIZER_TITLES)  # the book's names everywhere
        self.learning_rate_spin = float_spin("learningRateSpin", "learning_rate", 10)
        self.momentum_spin = float_spin("momentumSpin", "momentum", 4)
        self.decay_rate_spin = float_spin("decayRateSpin", "decay_rate", 4)
        self.beta1_spin = float_spin("beta1Spin", "beta1", 4)
        self.beta2_spin = float_spin("beta2Spin", "beta2", 5)
        self.setting_spins = {
            "momentum": self.momentum_spin,
            "decay_rate": self.decay_rate_spin,
            "beta1": self.beta1_spin,
            "beta2": self.beta2_spin,
        }
        self.form = settings_form(self)
        self.labels = {
            field: add_row(self.form, field)
            for field in (
                self.optimizer_combo,
                self.learning_rate_spin,
                *self.setting_spins.values(),
            )
        }
        self.show_config(TrainConfig())
        self.retranslate()

        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer_combo_changed)
        self.learning_rate_spin.valueChanged.connect(self.learning_rate_changed)
        self.learning_rate_spin.valueChanged.connect(self.changed)
        for spin in self.setting_spins.values():
            spin.valueChanged.connect(self.changed)

    def fields(self) -> list[QWidget]:
        """The input fields, top to bottom."""
        return list(self.labels)

    def retranslate(self) -> None:
        """Set the title, labels, tooltips and accessible names."""
        self.setTitle(self.tr("Optimizer"))
        rows = {
            self.optimizer_combo: (
                self.tr("Optimizer"),
                self.tr(
                    "How the gradient updates the weights (chapter 6). Choosing one sets the "
                    "learning rate to the book's default for it: {rates}."
                ).format(rates=_BOOK_RATES),
            ),
            self.learning_rate_spin: (
                self.tr("Learning rate"),
                self.tr(
                    "The optimizer's step size (lr); can be changed while training "
                    "(applies from the next iteration)"
                ),
            ),
            self.momentum_spin: (
                self.tr("Momentum"),
                self.tr("Momentum and Nesterov: how much velocity is kept"),
            ),
            self.decay_rate_spin: (
                self.tr("Decay rate"),
                self.tr("RMSprop: how much of the running average of squared gradients is kept"),
            ),
            self.beta1_spin: (
                self.tr("Beta 1"),
                self.tr("Adam: decay of the running mean of the gradients"),
            ),
            self.beta2_spin: (
                self.tr("Beta 2"),
                self.tr("Adam: decay of the running mean of the squared gradients"),
            ),
        }
        for field, (text, tip) in rows.items():
            set_field_texts(self.labels[field], field, text, tip)

    def optimizer(self) -> str:
        """The chosen optimizer's name (``'adam'``)."""
        return str(self.optimizer_combo.currentData())

    def values(self) -> dict[str, Any]:
        """The optimizer's settings as ``TrainConfig`` keyword arguments."""
        values: dict[str, Any] = {
            "optimizer": self.optimizer(),
            "learning_rate": self.learning_rate_spin.value(),
        }
        values |= {name: spin.value() for name, spin in self.setting_spins.items()}
        return values

    def show_config(self, config: TrainConfig) -> None:
        """Show the optimizer settings of ``config``, its learning rate included."""
        select_data(self.optimizer_combo, config.optimizer)
        self.learning_rate_spin.setValue(config.learning_rate)
        for name, spin in self.setting_spins.items():
            spin.setValue(getattr(config, name))
        self._show_rows()

    def set_locked(self, locked: bool) -> None:
        """Lock everything but the learning rate (a run's optimizer is fixed)."""
        self.optimizer_combo.setEnabled(not locked)
        for spin in self.setting_spins.values():
            spin.setEnabled(not locked)

    def _show_rows(self) -> None:
        used = OPTIMIZER_SETTINGS[self.optimizer()]
        for name, spin in self.setting_spins.items():
            self.form.setRowVisible(spin, name in used)

    def _on_optimizer_combo_changed(self) -> None:
        self._show_rows()
        self.learning_rate_spin.setValue(BOOK_LEARNING_RATES[self.optimizer()])
        self.changed.emit()
