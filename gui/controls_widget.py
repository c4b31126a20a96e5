"""The Training dock: the run's settings (chapters 4 to 6) and the run buttons.

The settings sit in four groups (``gui/*_settings_widget.py``) inside a scroll
area, so a small window never clips them; under them, always visible, a line
describing the network and the buttons.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.config import TRAIN_SIZE, ConfigError, TrainConfig
from core.session import Phase
from gui.appearance import appearance
from gui.i18n import Retranslating
from gui.network_settings_widget import NetworkSettingsWidget
from gui.network_text import config_text, network_layers_text
from gui.optimizer_settings_widget import OptimizerSettingsWidget
from gui.regularisation_settings_widget import RegularisationSettingsWidget
from gui.schedule_settings_widget import ScheduleSettingsWidget
from gui.settings_messages import error_color, explain_config_error

DEFAULTS = TrainConfig()
RunState = Phase  # the window's name for where the run is


class VerticalScrollArea(QScrollArea):
    """A scroll area as narrow as its page allows, that only ever scrolls vertically."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = page.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(width, hint.height())


class ControlsWidget(Retranslating, QWidget):
    """Hyperparameters (defaults: the book's) and Start, Pause/Resume, Step, Stop, Reset.

    The buttons only announce the user's intent through signals; the window
    decides and calls ``set_state``, which enables what makes sense and locks
    every setting but the learning rate while a run exists. ``config()`` raises
    ConfigError while a setting is invalid (``settings_error()`` says why, in
    the user's language).
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
        self.network = NetworkSettingsWidget()
        self.optimizer = OptimizerSettingsWidget()
        self.regularisation = RegularisationSettingsWidget()
        self.schedule = ScheduleSettingsWidget()
        self.groups = (self.network, self.optimizer, self.regularisation, self.schedule)
        self.hidden_layers_edit = self.network.hidden_layers_edit
        self.weight_init_spin = self.network.weight_init_spin
        self.learning_rate_spin = self.optimizer.learning_rate_spin
        self.batch_size_spin = self.schedule.batch_size_spin
        self.iterations_spin = self.schedule.iterations_spin
        self.seed_spin = self.schedule.seed_spin
        self.gradient_combo = self.schedule.gradient_combo
        self.epoch_hint = self.schedule.epoch_hint
        self.summary_label = QLabel(objectName="networkSummaryLabel", wordWrap=True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._showing = False  # set_config is filling in the fields
        self._last_valid = DEFAULTS
        self._error: str | None = None
        self.state = Phase.IDLE

        self.book_settings_button = QPushButton(objectName="bookSettingsButton")
        self.start_button = QPushButton(objectName="startButton")
        self.pause_button = QPushButton(objectName="pauseButton")
        self.step_button = QPushButton(objectName="stepButton")
        self.stop_button = QPushButton(objectName="stopButton")
        self.reset_button = QPushButton(objectName="resetButton")
        self._lay_out()
        self._set_tab_order()

        self.start_button.clicked.connect(self.start_requested)
        self.pause_button.clicked.connect(self.pause_toggled)
        self.step_button.clicked.connect(self.step_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.reset_button.clicked.connect(self.reset_requested)
        self.book_settings_button.clicked.connect(self.book_settings_requested)
        self.optimizer.learning_rate_changed.connect(self.learning_rate_changed)
        for group in self.groups:
            group.changed.connect(self._on_settings_changed)
        appearance().changed.connect(self._on_appearance_changed)
        self._on_settings_changed()
        self.set_state(Phase.IDLE)
        self.retranslate()

    def _lay_out(self) -> None:
        page = QWidget(objectName="settingsPage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        for group in self.groups:
            page_layout.addWidget(group)
        page_layout.addWidget(self.book_settings_button)
        page_layout.addStretch(1)
        self.scroll = VerticalScrollArea(objectName="settingsScroll")
        self.scroll.setWidget(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.step_button, 1, 0)
        buttons.addWidget(self.stop_button, 1, 1)
        buttons.addWidget(self.reset_button, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)

    def focus_order(self) -> list[QWidget]:
        """The controls in the order Tab visits them: the layout's, top to bottom."""
        fields = [field for group in self.groups for field in group.fields()]
        return [
            *fields,
            self.book_settings_button,
            self.start_button,
            self.pause_button,
            self.step_button,
            self.stop_button,
            self.reset_button,
        ]

    def _set_tab_order(self) -> None:
        order = self.focus_order()
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        """Set the buttons' texts and tooltips, and the summary, in the current language."""
        button_texts = {
            self.step_button: (
                self.tr("Step"),
                self.tr("One iteration while paused (F10)"),
            ),
            self.stop_button: (self.tr("Stop"), self.tr("Stop this run (Shift+F5)")),
            self.reset_button: (
                self.tr("Reset"),
                self.tr("Forget this run and unlock the settings (Ctrl+R)"),
            ),
            self.book_settings_button: (
                self.tr("Book's settings"),
                self.tr(
                    "Restore the book's chapter-4 settings: {network}, batch {batch}, "
                    "{iterations} iterations on all {images} images drawn with replacement, "
                    "no regularisation, seed {seed}, backprop (Reset first)"
                ).format(
                    network=network_layers_text(DEFAULTS),
                    batch=DEFAULTS.batch_size,
                    iterations=f"{DEFAULTS.iters_num:,}",
                    images=f"{TRAIN_SIZE:,}",
                    seed=DEFAULTS.seed,
                ),
            ),
        }
        for button, (text, tip) in button_texts.items():
            self._set_button_texts(button, text, tip)
        self._show_run_buttons()
        self.summary_label.setToolTip(
            self.tr("The network these settings make, and its parameter count")
        )
        self._on_settings_changed()
        self.scroll.updateGeometry()

    def _set_button_texts(self, button: QPushButton, text: str, tip: str) -> None:
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))

    def _show_run_buttons(self) -> None:
        """The texts of Start/Continue and Pause/Resume, which follow the run's state."""
        state = self.state
        paused = state in (Phase.PAUSED, Phase.DIVERGED)
        if state is Phase.STOPPED:
            start = (self.tr("Continue"), self.tr("Continue this run (Space)"))
        else:
            start = (self.tr("Start"), self.tr("Start training (Space)"))
        self._set_button_texts(self.start_button, *start)
        pause = self.tr("Resume") if paused else self.tr("Pause")
        self._set_button_texts(self.pause_button, pause, self.tr("Pause or resume (Space)"))

    def config(self) -> TrainConfig:
        """The settings as a ``TrainConfig``; ConfigError (saying what to fix) if invalid.

        The message is in the user's language (``settings_error`` gives it too).
        """
        values: dict = {}
        for group in self.groups:
            values |= group.values()  # the hidden-layers text may raise already
        try:
            return TrainConfig(**values)
        except ConfigError as exc:
            raise ConfigError(explain_config_error(values, exc)) from exc

    def settings_error(self) -> str | None:
        """Why the settings cannot start a run (e.g. an invalid hidden-layers text), or None."""
        try:
            self.config()
        except ConfigError as exc:
            return str(exc)
        return None

    def last_valid_config(self) -> TrainConfig:
        """The settings as they were when last valid (what to remember on closing)."""
        return self._last_valid

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config`` (the defaults, a remembered one, an opened model's)."""
        self._showing = True
        try:
            self.network.show_config(config)
            self.optimizer.show_config(config)
            self.regularisation.show_config(config)
            self.schedule.allow_numerical(config.is_two_layer_net)
            self.schedule.show_config(config)
        finally:
            self._showing = False
        self._on_settings_changed()

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
        self.pause_button.setEnabled(state is Phase.RUNNING or paused)
        self._show_run_buttons()
        self.step_button.setEnabled(startable or paused)
        self.stop_button.setEnabled(state is Phase.RUNNING or paused)
        self.reset_button.setEnabled(state is not Phase.IDLE)
        idle = state is Phase.IDLE
        for group in self.groups:
            group.set_locked(not idle)
        self.book_settings_button.setEnabled(idle)

    def _on_settings_changed(self) -> None:
        if self._showing:
            return
        self._showing = True  # allow_numerical may switch the gradient: one refresh is enough
        try:
            self.schedule.allow_numerical(self._is_two_layer_net())
        finally:
            self._showing = False
        try:
            self._last_valid = self.config()
            self._error = None
        except ConfigError as exc:
            self._error = str(exc)
        self.summary_label.setText(self._error or config_text(self._last_valid))
        self._colour_summary()

    def _colour_summary(self) -> None:
        """The summary in the theme's red while it says what to fix."""
        colour = f"color: {error_color()};"
        self.summary_label.setStyleSheet(colour if self._error else "")

    def _on_appearance_changed(self) -> None:
        self._colour_summary()
        self.scroll.updateGeometry()  # fonts may have grown (presentation mode)

    def _is_two_layer_net(self) -> bool:
        values = {}
        try:
            for group in self.groups:
                values |= group.values()
            return TrainConfig(**(values | {"gradient": "backprop"})).is_two_layer_net
        except ConfigError:
            return self.schedule.numerical_allowed()  # cannot tell yet: leave it as it is
