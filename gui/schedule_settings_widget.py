"""The "Data and schedule" group of the Training dock: which images, how many, how often.

Holds the training-set size and sampling, batch size, iterations, seed and the
gradient method; the numerical gradient is offered only for the book's
two-layer sigmoid network, which the dock says through ``allow_numerical``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from core.config import BOUNDS, TRAIN_SIZE, ConfigError, TrainConfig
from gui.dataset_combo import DatasetCombo
from gui.setting_fields import combo, int_spin, select_data

GRADIENT_TIP = (
    "How the gradient is computed: backpropagation, or the book's numerical central "
    "differences (vectorised, still ~15x slower). Same curves, different speed."
)
NUMERICAL_ONLY_TIP = (
    "The numerical gradient is offered for the book's two-layer sigmoid network only "
    "(one hidden layer, sigmoid, a std init, no weight decay, dropout or batch norm)."
)


class ScheduleSettingsWidget(QGroupBox):
    """Training images, sampling, batch size, iterations, seed, gradient method, epoch hint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Data and schedule", parent, objectName="scheduleGroup")
        self.train_size_spin = QSpinBox(
            objectName="trainSizeSpin",
            toolTip="Train on the first N training images (the book's overfitting "
            "experiment uses 300), or all of them",
        )
        self.train_size_spin.setRange(0, int(BOUNDS["train_size"].high))
        self.train_size_spin.setSpecialValueText(f"All ({TRAIN_SIZE:,})")
        self.train_size_spin.setGroupSeparatorShown(True)
        self.sampling_combo = combo(
            "samplingCombo",
            {"random (book)": "replacement", "shuffled epochs": "shuffle"},
            "How batches are drawn: uniformly with replacement, as the book does, or by "
            "walking a fresh shuffle of the images each epoch (each image once per epoch)",
        )
        self.batch_size_spin = int_spin(
            "batchSizeSpin",
            "batch_size",
            f"Training images per iteration (at most the {TRAIN_SIZE:,} of the training set)",
        )
        self.iterations_spin = int_spin("iterationsSpin", "iters_num", "Number of iterations")
        self.seed_spin = int_spin(
            "seedSpin",
            "seed",
            "Same seed, same run, bit for bit: it seeds the initial weights, the batches "
            "and the dropout masks",
        )
        self.gradient_combo = combo(
            "gradientMethodCombo",
            {"backprop": "backprop", "numerical (slow)": "numerical"},
            GRADIENT_TIP,
        )
        self.epoch_hint = QLabel(objectName="epochHint", wordWrap=True)
        self.dataset_combo = DatasetCombo()  # translates itself and its label
        form = QFormLayout(self)
        form.addRow(self.dataset_combo.label, self.dataset_combo)
        form.addRow("Training images", self.train_size_spin)
        form.addRow("Sampling", self.sampling_combo)
        form.addRow("Batch size", self.batch_size_spin)
        form.addRow("Iterations", self.iterations_spin)
        form.addRow("Seed", self.seed_spin)
        form.addRow("Gradient", self.gradient_combo)
        form.addRow(self.epoch_hint)
        self.show_config(TrainConfig())

        for spin in (self.train_size_spin, self.batch_size_spin, self.iterations_spin):
            spin.valueChanged.connect(self._on_schedule_changed)
        self.seed_spin.valueChanged.connect(self.changed)
        self.sampling_combo.currentIndexChanged.connect(self.changed)
        self.gradient_combo.currentIndexChanged.connect(self.changed)
        self.dataset_combo.currentIndexChanged.connect(self.changed)

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
        for widget in (
            self.train_size_spin,
            self.sampling_combo,
            self.batch_size_spin,
            self.iterations_spin,
            self.seed_spin,
            self.gradient_combo,
            self.dataset_combo,
        ):
            widget.setEnabled(not locked)

    def allow_numerical(self, allowed: bool) -> None:
        """Offer the numerical gradient, or grey it out and switch to backprop."""
        model = self.gradient_combo.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.gradient_combo.findData("numerical"))
        item.setEnabled(allowed)
        item.setData(None if allowed else NUMERICAL_ONLY_TIP, Qt.ItemDataRole.ToolTipRole)
        self.gradient_combo.setToolTip(
            GRADIENT_TIP if allowed else f"{GRADIENT_TIP}\n\n{NUMERICAL_ONLY_TIP}"
        )
        if not allowed:
            select_data(self.gradient_combo, "backprop")

    def numerical_allowed(self) -> bool:
        """True if the numerical gradient can be chosen."""
        model = self.gradient_combo.model()
        assert isinstance(model, QStandardItemModel)
        return model.item(self.gradient_combo.findData("numerical")).isEnabled()

    def _on_schedule_changed(self) -> None:
        try:
            schedule = TrainConfig(
                batch_size=self.batch_size_spin.value(),
                iters_num=self.iterations_spin.value(),
                train_size=self.train_size_spin.value() or None,
            )
        except ConfigError as exc:  # a batch larger than the training images
            self.epoch_hint.setText(str(exc))
        else:
            per_epoch = schedule.iter_per_epoch(TRAIN_SIZE)
            epochs = schedule.iters_num / per_epoch
            self.epoch_hint.setText(
                f"{per_epoch:,} iterations per epoch; {epochs:,.1f} epochs in all"
            )
        self.changed.emit()
