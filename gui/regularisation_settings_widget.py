"""The "Regularisation" group of the Training dock: weight decay, dropout, batch norm."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QWidget

from core.config import TrainConfig
from gui.i18n import Retranslating
from gui.setting_fields import add_row, float_spin, set_field_texts, settings_form


class RegularisationSettingsWidget(Retranslating, QGroupBox):
    """L2 weight decay, dropout and batch normalisation; all off in the book's chapter 4."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="regularisationGroup")
        self.weight_decay_spin = float_spin("weightDecaySpin", "weight_decay_lambda", 6)
        self.dropout_spin = float_spin("dropoutSpin", "dropout_ratio", 2)
        self.dropout_spin.setSingleStep(0.05)
        self.batch_norm_check = QCheckBox(objectName="batchNormCheck")
        form = settings_form(self)
        # The check box's text is its row's label: a label wraps, a check box does not.
        self.labels = {
            field: add_row(form, field)
            for field in (self.weight_decay_spin, self.dropout_spin, self.batch_norm_check)
        }
        self.show_config(TrainConfig())
        self.retranslate()

        self.weight_decay_spin.valueChanged.connect(self.changed)
        self.dropout_spin.valueChanged.connect(self.changed)
        self.batch_norm_check.toggled.connect(self.changed)

    def fields(self) -> list[QWidget]:
        """The input fields, top to bottom."""
        return list(self.labels)

    def retranslate(self) -> None:
        """Set the title, labels, tooltips and accessible names."""
        self.setTitle(self.tr("Regularisation"))
        off = self.tr("off")
        self.weight_decay_spin.setSpecialValueText(off)
        self.dropout_spin.setSpecialValueText(off)
        set_field_texts(
            self.labels[self.weight_decay_spin],
            self.weight_decay_spin,
            self.tr("Weight decay"),
            self.tr(
                "L2 weight decay lambda: the loss gains 0.5 * lambda * sum(W**2) for every "
                "layer (the book's overfitting experiment uses 0.1); 0 is off"
            ),
        )
        set_field_texts(
            self.labels[self.dropout_spin],
            self.dropout_spin,
            self.tr("Dropout"),
            self.tr(
                "Share of hidden units dropped at random in each training iteration "
                "(the book tries 0.2); 0 is off"
            ),
        )
        set_field_texts(
            self.labels[self.batch_norm_check],
            self.batch_norm_check,
            self.tr("Batch normalisation"),
            self.tr(
                "Normalise every hidden layer's input over the batch (with a learnt "
                "scale and shift) after its Affine layer"
            ),
        )

    def values(self) -> dict[str, Any]:
        """The regularisation settings as ``TrainConfig`` keyword arguments."""
        return {
            "weight_decay_lambda": self.weight_decay_spin.value(),
            "dropout_ratio": self.dropout_spin.value(),
            "use_batchnorm": self.batch_norm_check.isChecked(),
        }

    def show_config(self, config: TrainConfig) -> None:
        """Show the regularisation of ``config``."""
        self.weight_decay_spin.setValue(config.weight_decay_lambda)
        self.dropout_spin.setValue(config.dropout_ratio)
        self.batch_norm_check.setChecked(config.use_batchnorm)

    def set_locked(self, locked: bool) -> None:
        """Lock every setting (a run's network is fixed)."""
        for widget in (self.weight_decay_spin, self.dropout_spin, self.batch_norm_check):
            widget.setEnabled(not locked)
