"""The side panel: the book's hyperparameters and the run buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.config import BOUNDS, TRAIN_SIZE, TrainConfig
from core.session import Phase

DEFAULTS = TrainConfig()
RunState = Phase  # the window's name for where the run is


def _int_spin(name: str, setting: str, value: int, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(BOUNDS[setting].low, BOUNDS[setting].high)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    spin.setToolTip(tip)
    return spin


def _float_spin(name: str, setting: str, value: float, decimals: int, tip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(decimals)
    spin.setRange(BOUNDS[setting].low, BOUNDS[setting].high)
    spin.setValue(value)
    spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
    spin.setToolTip(tip)
    return spin


class ControlsWidget(QWidget):
    """Hyperparameters (defaults: the book's) and Start, Pause/Resume, Step, Stop, Reset.

    The buttons only announce the user's intent through signals; the window
    decides and calls ``set_state``, which enables what makes sense and locks
    every setting but the learning rate while a run exists.
    """

    start_requested = Signal()
    pause_toggled = Signal()
    step_requested = Signal()
    stop_requested = Signal()
    reset_requested = Signal()
    book_settings_requested = Signal()
    learning_rate_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controls")
        d = DEFAULTS
        self.hidden_size_spin = _int_spin(
            "hiddenSizeSpin", "hidden_size", d.hidden_size, "Units in the hidden layer (784-H-10)"
        )
        self.learning_rate_spin = _float_spin(
            "learningRateSpin",
            "learning_rate",
            d.learning_rate,
            4,
            "SGD step size; can be changed while training (applies from the next iteration)",
        )
        self.batch_size_spin = _int_spin(
            "batchSizeSpin",
            "batch_size",
            d.batch_size,
            f"Training images per iteration (at most the {TRAIN_SIZE:,} of the training set)",
        )
        self.iterations_spin = _int_spin(
            "iterationsSpin", "iters_num", d.iters_num, "Number of SGD iterations"
        )
        self.weight_init_spin = _float_spin(
            "weightInitSpin",
            "weight_init_std",
            d.weight_init_std,
            4,
            "Standard deviation of the initial weights",
        )
        self.seed_spin = _int_spin("seedSpin", "seed", d.seed, "Same seed, same run: bit for bit")
        self.gradient_combo = QComboBox()
        self.gradient_combo.setObjectName("gradientMethodCombo")
        self.gradient_combo.addItem("backprop", "backprop")
        self.gradient_combo.addItem("numerical (slow)", "numerical")
        self.gradient_combo.setToolTip(
            "How the gradient is computed: backpropagation, or the book's numerical "
            "central differences (vectorised, still ~15x slower). Same curves, different speed."
        )
        self.epoch_hint = QLabel()
        self.epoch_hint.setObjectName("epochHint")
        self.epoch_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Hidden units", self.hidden_size_spin)
        form.addRow("Learning rate", self.learning_rate_spin)
        form.addRow("Batch size", self.batch_size_spin)
        form.addRow("Iterations", self.iterations_spin)
        form.addRow("Weight init std", self.weight_init_spin)
        form.addRow("Seed", self.seed_spin)
        form.addRow("Gradient", self.gradient_combo)
        form.addRow(self.epoch_hint)
        settings_box = QGroupBox("Network and training")
        settings_box.setLayout(form)

        self.start_button = self._button("startButton", "Start", "Start training (Space)")
        self.pause_button = self._button("pauseButton", "Pause", "Pause or resume (Space)")
        self.step_button = self._button("stepButton", "Step", "One iteration while paused (F10)")
        self.stop_button = self._button("stopButton", "Stop", "Stop this run (Shift+F5)")
        self.reset_button = self._button(
            "resetButton", "Reset", "Forget this run and unlock the settings (Ctrl+R)"
        )
        self.book_settings_button = self._button(
            "bookSettingsButton",
            "Book's settings",
            "Restore the book's chapter-4 settings: 50 hidden units, learning rate 0.1, "
            "batch 100, 10,000 iterations, init std 0.01, seed 0, backprop (Reset first)",
        )
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.step_button, 1, 0)
        buttons.addWidget(self.stop_button, 1, 1)
        buttons.addWidget(self.reset_button, 2, 0, 1, 2)
        form.addRow(self.book_settings_button)

        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.start_button.clicked.connect(self.start_requested)
        self.pause_button.clicked.connect(self.pause_toggled)
        self.step_button.clicked.connect(self.step_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.reset_button.clicked.connect(self.reset_requested)
        self.book_settings_button.clicked.connect(self.book_settings_requested)
        self.learning_rate_spin.valueChanged.connect(self.learning_rate_changed)
        self.batch_size_spin.valueChanged.connect(self._on_schedule_changed)
        self.iterations_spin.valueChanged.connect(self._on_schedule_changed)
        self._on_schedule_changed()
        self.set_state(RunState.IDLE)
        self.setMinimumWidth(self.sizeHint().width())

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    @property
    def _locked_spins(self) -> tuple[QAbstractSpinBox, ...]:
        return (
            self.hidden_size_spin,
            self.batch_size_spin,
            self.iterations_spin,
            self.weight_init_spin,
            self.seed_spin,
        )

    def config(self) -> TrainConfig:
        """The settings as a ``TrainConfig``."""
        return TrainConfig(
            hidden_size=self.hidden_size_spin.value(),
            learning_rate=self.learning_rate_spin.value(),
            batch_size=self.batch_size_spin.value(),
            iters_num=self.iterations_spin.value(),
            weight_init_std=self.weight_init_spin.value(),
            seed=self.seed_spin.value(),
            gradient=self.gradient_combo.currentData(),
        )

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config`` in the spin boxes (clamped to their ranges)."""
        self.hidden_size_spin.setValue(config.hidden_size)
        self.learning_rate_spin.setValue(config.learning_rate)
        self.batch_size_spin.setValue(config.batch_size)
        self.iterations_spin.setValue(config.iters_num)
        self.weight_init_spin.setValue(config.weight_init_std)
        self.seed_spin.setValue(config.seed)
        self.gradient_combo.setCurrentIndex(max(self.gradient_combo.findData(config.gradient), 0))

    def restore_book_settings(self) -> None:
        """Show the book's chapter-4 settings (``TrainConfig()``), the learning rate included."""
        self.set_config(DEFAULTS)

    def set_state(self, state: Phase, *, can_continue: bool = True) -> None:
        """Enable the buttons that make sense in ``state`` and lock the settings of a run.

        ``can_continue`` is False for a stopped run that cannot go on (it failed).
        """
        self.state = state
        paused = state in (Phase.PAUSED, Phase.DIVERGED)
        startable = state is Phase.IDLE or (state is Phase.STOPPED and can_continue)
        self.start_button.setEnabled(startable)
        self.start_button.setText("Continue" if state is Phase.STOPPED else "Start")
        self.pause_button.setEnabled(state is Phase.RUNNING or paused)
        self.pause_button.setText("Resume" if paused else "Pause")
        self.step_button.setEnabled(startable or paused)
        self.stop_button.setEnabled(state is Phase.RUNNING or paused)
        self.reset_button.setEnabled(state is not Phase.IDLE)
        idle = state is Phase.IDLE
        for widget in (*self._locked_spins, self.gradient_combo, self.book_settings_button):
            widget.setEnabled(idle)

    def _on_schedule_changed(self) -> None:
        batch = self.batch_size_spin.value()
        per_epoch = max(TRAIN_SIZE // batch, 1)
        epochs = self.iterations_spin.value() / per_epoch
        self.epoch_hint.setText(f"{per_epoch:,} iterations per epoch; {epochs:,.1f} epochs in all")
