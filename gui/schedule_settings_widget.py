"""The "Data and schedule" group of the Training dock: which images, how many, how often.

Holds the training-set size and sampling, batch size, iterations, seed and the
gradient method; the numerical gradient is offered only for the book's
two-layer sigmoid network, which the dock says through ``allow_numerical``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGroupBox, QLabel, QSpinBox, QWidget

from core.config import BOUNDS, TRAIN_SIZE, ConfigError, TrainConfig
from gui.dataset_combo import DatasetCombo
from gui.i18n import Retranslating
from gui.setting_fields import (
    add_row,
    combo,
    int_spin,
    select_data,
    set_field_texts,
    set_item_texts,
    settings_form,
)
from gui.settings_messages import batch_too_large


class ScheduleSettingsWidget(Retranslating, QGroupBox):
    """Training images, sampling, batch size, iterations, seed, gradient method, epoch hint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="scheduleGroup")
        self.train_size_spin = QSpinBox(objectName="trainSizeSpin")
        self.train_size_spin.setRange(0, int(BOUNDS["train_size"].high))
        self.train_size_spin.setGroupSeparatorShown(True)
        self.sampling_combo = combo("samplingCombo", ("replacement", "shuffle"))
        self.batch_size_spin = int_spin("batchSizeSpin", "batch_size")
        self.iterations_spin = int_spin("iterationsSpin", "iters_num")
        self.seed_spin = int_spin("seedSpin", "seed")
        self.gradient_combo = combo("gradientMethodCombo", ("backprop", "numerical"))
        self.epoch_hint = QLabel(objectName="epochHint", wordWrap=True)
        self._numerical_allowed = True
        self.form = settings_form(self)
        # One row per field, top to bottom (the tab order follows): a new setting is one
        # more field here and one more entry in retranslate(). The dataset comes first.
        fields: tuple[QWidget, ...] = (
            self.train_size_spin,
            self.sampling_combo,
            self.batch_size_spin,
            self.iterations_spin,
            self.seed_spin,
            self.gradient_combo,
        )
        self.dataset_combo = DatasetCombo()  # translates itself and its row label
        self.form.addRow(self.dataset_combo.label, self.dataset_combo)
        self.labels: dict[QWidget, QLabel] = {self.dataset_combo: self.dataset_combo.label}
        self.labels |= {field: add_row(self.form, field) for field in fields}
        self.form.addRow(self.epoch_hint)
        self.show_config(TrainConfig())
        self.retranslate()

        for spin in (self.train_size_spin, self.batch_size_spin, self.iterations_spin):
            spin.valueChanged.connect(self._on_schedule_changed)
        self.seed_spin.valueChanged.connect(self.changed)
        self.sampling_combo.currentIndexChanged.connect(self.changed)
        self.gradient_combo.currentIndexChanged.connect(self.changed)
        self.dataset_combo.currentIndexChanged.connect(self.changed)

    def fields(self) -> list[QWidget]:
        """The input fields, top to bottom."""
        return list(self.labels)

    def retranslate(self) -> None:
        """Set the title, labels, tooltips, accessible names, combo texts and the epoch hint."""
        self.setTitle(self.tr("Data and schedule"))
        self.train_size_spin.setSpecialValueText(
            self.tr("All ({count})").format(count=f"{TRAIN_SIZE:,}")
        )
        set_field_texts(
            self.labels[self.train_size_spin],
            self.train_size_spin,
            self.tr("Training images"),
            self.tr(
                "Train on the first N training images (the book's overfitting "
                "experiment uses 300), or all of them"
            ),
        )
        set_field_texts(
            self.labels[self.sampling_combo],
            self.sampling_combo,
            self.tr("Sampling"),
            self.tr(
                "How mini-batches are drawn: uniformly with replacement, as the book does, or "
                "by walking a fresh shuffle of the images each epoch (each image once per epoch)"
            ),
        )
        set_item_texts(
            self.sampling_combo,
            {"replacement": self.tr("random (book)"), "shuffle": self.tr("shuffled epochs")},
        )
        set_field_texts(
            self.labels[self.batch_size_spin],
            self.batch_size_spin,
            self.tr("Batch size"),
            self.tr(
                "Training images per iteration (at most the {count} of the training set)"
            ).format(count=f"{TRAIN_SIZE:,}"),
        )
        set_field_texts(
            self.labels[self.iterations_spin],
            self.iterations_spin,
            self.tr("Iterations"),
            self.tr("Number of iterations (parameter updates)"),
        )
        set_field_texts(
            self.labels[self.seed_spin],
            self.seed_spin,
            self.tr("Seed"),
            self.tr(
                "Same seed, same run, bit for bit: it seeds the initial weights, the "
                "mini-batches and the dropout masks"
            ),
        )
        self.labels[self.gradient_combo].setText(self.tr("Gradient"))
        set_item_texts(
            self.gradient_combo,
            {"backprop": self.tr("backprop"), "numerical": self.tr("numerical (slow)")},
        )
        self._show_gradient_tips()
        self._show_epoch_hint()

    def _gradient_tip(self) -> str:
        return self.tr(
            "How the gradient is computed: backpropagation, or the book's numerical central "
            "differences (vectorised, still ~15x slower). Same curves, different speed."
        )

    def _numerical_only_tip(self) -> str:
        return self.tr(
            "The numerical gradient is offered for the book's two-layer sigmoid network only "
            "(one hidden layer, sigmoid, a std init, no weight decay, dropout or batch norm)."
        )

    def values(self) -> dict[str, Any]:
        """The data and schedule settings as ``TrainConfig`` keyword arguments."""
        return {
            "train_size": self.train_size_spin.value() or None,
            "sampling": self.sampling_combo.currentData(),
            "batch_size": self.batch_size_spin.value(),
            "iters_num": self.iterations_spin.value(),
            "seed": self.seed_spin.value(),
            "gradient": self.gradient_combo.currentData(),
            "dataset": self.dataset_combo.dataset(),
        }

    def show_config(self, config: TrainConfig) -> None:
        """Show the data and schedule of ``config``."""
        self.train_size_spin.setValue(config.train_size or 0)
        select_data(self.sampling_combo, config.sampling)
        self.batch_size_spin.setValue(config.batch_size)
        self.iterations_spin.setValue(config.iters_num)
        self.seed_spin.setValue(config.seed)
        select_data(self.gradient_combo, config.gradient)
        self.dataset_combo.set_dataset(config.dataset)
        self._on_schedule_changed()

    def set_locked(self, locked: bool) -> None:
        """Lock every setting (a run's schedule is fixed; only Stop ends it early)."""
        for widget in self.fields():
            widget.setEnabled(not locked)

    def allow_numerical(self, allowed: bool) -> None:
        """Offer the numerical gradient, or grey it out and switch to backprop."""
        self._numerical_allowed = allowed
        self._numerical_item().setEnabled(allowed)
        self._show_gradient_tips()
        if not allowed:
            select_data(self.gradient_combo, "backprop")

    def numerical_allowed(self) -> bool:
        """True if the numerical gradient can be chosen."""
        return self._numerical_item().isEnabled()

    def _numerical_item(self) -> QStandardItem:
        model = self.gradient_combo.model()
        assert isinstance(model, QStandardItemModel)
        return model.item(self.gradient_combo.findData("numerical"))

    def _show_gradient_tips(self) -> None:
        allowed = self._numerical_allowed
        only = self._numerical_only_tip()
        self._numerical_item().setData(None if allowed else only, Qt.ItemDataRole.ToolTipRole)
        tip = self._gradient_tip()
        set_field_texts(
            None, self.gradient_combo, self.tr("Gradient"), tip if allowed else f"{tip}\n\n{only}"
        )

    def _show_epoch_hint(self) -> None:
        batch, images = self.batch_size_spin.value(), self.train_size_spin.value() or None
        try:
            schedule = TrainConfig(
                batch_size=batch, iters_num=self.iterations_spin.value(), train_size=images
            )
        except ConfigError as exc:  # a batch larger than the training images
            text = batch_too_large(batch, images) if images is not None else str(exc)
        else:
            per_epoch = schedule.iter_per_epoch(TRAIN_SIZE)
            epochs = schedule.iters_num / per_epoch
            text = self.tr("{per_epoch} iterations per epoch; {epochs} epochs in all").format(
                per_epoch=f"{per_epoch:,}", epochs=f"{epochs:,.1f}"
            )
        self.epoch_hint.setText(text)

    def _on_schedule_changed(self) -> None:
        self._show_epoch_hint()
        self.changed.emit()
