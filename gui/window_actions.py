"""The main window's menus and shortcuts.

The training shortcuts (Space, F10, Shift+F5, Ctrl+R) work from anywhere in
the application, floating docks included, and also while a spin box or a
button has the keyboard focus: a spin box would otherwise take Space for
itself (and erase its value). Digits still go to the spin box.

Menus and actions get their texts in ``WindowActions.retranslate`` (at the
start and at each language change); every action is in a menu, reachable
with the Alt accelerators of the menu bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMenu,
    QWidget,
)

from core.experiments import EXPERIMENTS
from gui.experiment_texts import experiment_description, experiment_title
from gui.window_my_digits import add_book_params_action
from gui.window_view import ViewActions, build_view_menu

if TYPE_CHECKING:
    from gui.main_window import MainWindow

TRAINING_KEYS = {"start_pause": "Space", "step": "F10", "stop": "Shift+F5", "reset": "Ctrl+R"}


@dataclass
class WindowActions:
    """Every action of the window's menus (the tests and the toolbar find them here)."""

    start_pause: QAction
    step: QAction
    stop: QAction
    reset: QAction
    book_settings: QAction
    open_model: QAction
    save_model: QAction
    runs_folder: QAction
    export_metrics: QAction
    save_loss_png: QAction
    save_accuracy_png: QAction
    save_weights_png: QAction
    quit: QAction
    fit_loss_plot: QAction
    view: ViewActions
    menus: dict[str, QMenu] = field(default_factory=dict)

    def retranslate(self) -> None:
        """Set every menu title, action text and tooltip in the current language."""
        for name, title in (
            ("file", QCoreApplication.translate("WindowActions", "&File")),
            ("training", QCoreApplication.translate("WindowActions", "&Training")),
            ("experiments", QCoreApplication.translate("WindowActions", "&Experiments")),
            ("view", QCoreApplication.translate("WindowActions", "&View")),
        ):
            self.menus[name].setTitle(title)
        texts = (
            (
                self.start_pause,
                QCoreApplication.translate("WindowActions", "Start / &Pause"),
                QCoreApplication.translate("WindowActions", "Start a run, or pause and resume it"),
            ),
            (
                self.step,
                QCoreApplication.translate("WindowActions", "&Step"),
                QCoreApplication.translate("WindowActions", "Train one iteration, then pause"),
            ),
            (
                self.stop,
                QCoreApplication.translate("WindowActions", "S&top"),
                QCoreApplication.translate("WindowActions", "Stop the run; Start continues it"),
            ),
            (
                self.reset,
                QCoreApplication.translate("WindowActions", "&Reset"),
                QCoreApplication.translate("WindowActions", "Forget the run and start afresh"),
            ),
            (
                self.book_settings,
                QCoreApplication.translate("WindowActions", "Restore the &book's settings"),
                QCoreApplication.translate(
                    "WindowActions", "Put every setting back to the book's values"
                ),
            ),
            (
                self.open_model,
                QCoreApplication.translate("WindowActions", "&Open model…"),
                QCoreApplication.translate(
                    "WindowActions", "Open a saved model to read or train on"
                ),
            ),
            (
                self.save_model,
                QCoreApplication.translate("WindowActions", "&Save model…"),
                QCoreApplication.translate("WindowActions", "Save the network and its training"),
            ),
            (
                self.runs_folder,
                QCoreApplication.translate("WindowActions", "Runs &folder…"),
                QCoreApplication.translate("WindowActions", "Choose where finished runs are saved"),
            ),
            (
                self.export_metrics,
                QCoreApplication.translate("WindowActions", "&Export metrics as CSV…"),
                QCoreApplication.translate(
                    "WindowActions", "Every iteration's loss and every epoch's accuracy, as CSV"
                ),
            ),
            (
                self.save_loss_png,
                QCoreApplication.translate("WindowActions", "Save &loss plot as PNG…"),
                QCoreApplication.translate(
                    "WindowActions", "The loss plot as a picture, at twice its size"
                ),
            ),
            (
                self.save_accuracy_png,
                QCoreApplication.translate("WindowActions", "Save &accuracy plot as PNG…"),
                QCoreApplication.translate(
                    "WindowActions", "The accuracy plot as a picture, at twice its size"
                ),
            ),
            (
                self.save_weights_png,
                QCoreApplication.translate("WindowActions", "Save &weights as PNG…"),
                QCoreApplication.translate(
                    "WindowActions", "The weights as a picture, at twice their size"
                ),
            ),
            (
                self.quit,
                QCoreApplication.translate("WindowActions", "&Quit"),
                QCoreApplication.translate("WindowActions", "Close the window (the run is saved)"),
            ),
            (
                self.fit_loss_plot,
                QCoreApplication.translate("WindowActions", "&Fit the loss plot"),
                QCoreApplication.translate("WindowActions", "Show the whole loss curve again"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
        for action in self.menus["experiments"].actions():
            name = action.objectName().removeprefix("experiment-")
            if name in EXPERIMENTS:
                experiment = EXPERIMENTS[name]
                action.setText(experiment_title(experiment))
                action.setToolTip(f"{experiment.script}: {experiment_description(experiment)}")
        self.view.retranslate()


def _action(
    window: QWidget,
    name: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: slot())
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> WindowActions:
    """Create the File, Training, Experiments and View menus of ``window`` (texts included)."""
    bar = window.menuBar()
    menus = {name: bar.addMenu("") for name in ("file", "training", "experiments", "view")}
    for name, menu in menus.items():
        menu.setObjectName(f"{name}Menu")
    actions = WindowActions(
        start_pause=_action(window, "startPauseAction", window.start_or_pause, "Space"),
        step=_action(window, "stepAction", window.step, "F10"),
        stop=_action(window, "stopAction", window.stop, "Shift+F5"),
        reset=_action(window, "resetAction", window.reset, "Ctrl+R"),
        book_settings=_action(window, "bookSettingsAction", window.restore_book_settings),
        open_model=_action(window, "openModelAction", window.ask_open_model, "Ctrl+O"),
        save_model=_action(window, "saveModelAction", window.ask_save_model, "Ctrl+S"),
        runs_folder=_action(window, "runsFolderAction", window.ask_runs_folder),
        export_metrics=_action(window, "exportMetricsAction", window.ask_export_metrics, "Ctrl+E"),
        save_loss_png=_action(window, "saveLossPngAction", lambda: window.ask_save_png("loss")),
        save_accuracy_png=_action(
            window, "saveAccuracyPngAction", lambda: window.ask_save_png("accuracy")
        ),
        save_weights_png=_action(
            window, "saveWeightsPngAction", lambda: window.ask_save_png("weights")
        ),
        quit=_action(window, "quitAction", window.close, QKeySequence.StandardKey.Quit),
        fit_loss_plot=_action(window, "fitLossPlotAction", window.loss_plot.fit, "Ctrl+0"),
        view=ViewActions(window),
        menus=menus,
    )
    for action in (actions.start_pause, actions.step, actions.stop, actions.reset):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    menu = menus["file"]
    for action in (actions.open_model, actions.save_model, actions.runs_folder):
        menu.addAction(action)
    menu.addSeparator()
    for action in (actions.save_loss_png, actions.save_accuracy_png, actions.save_weights_png):
        menu.addAction(action)
    menu.addAction(actions.export_metrics)
    add_book_params_action(window, menu)  # File > Export for the book's scripts…
    menu.addSeparator()
    menu.addAction(actions.quit)

    menu = menus["training"]
    for action in (actions.start_pause, actions.step, actions.stop):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.reset)
    menu.addAction(actions.book_settings)

    menu = menus["experiments"]
    for name in EXPERIMENTS:
        action = _action(
            window, f"experiment-{name}", lambda name=name: window.ask_experiment(name)
        )
        menu.addAction(action)

    menu = menus["view"]
    for dock in window.docks:
        menu.addAction(dock.toggleViewAction())
    menu.addSeparator()
    menu.addAction(actions.fit_loss_plot)
    build_view_menu(menu, actions.view)
    for menu in menus.values():
        menu.setToolTipsVisible(True)
    actions.retranslate()
    return actions


class TrainingKeys(QObject):
    """Lets the training shortcuts through while an input widget of ``window`` has the focus.

    Installed on the application. A focused spin box, combo box or button asks
    for Space first (a ``ShortcutOverride`` it accepts); this filter swallows
    that request so the shortcut fires instead. Text fields in dialogs keep
    their spaces.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._keys = [QKeySequence(key) for key in TRAINING_KEYS.values()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if not self._is_training_key(event) or watched.window() is not self._window:
            return False
        owner = watched
        while owner is not None and not isinstance(
            owner, QAbstractSpinBox | QComboBox | QAbstractButton
        ):
            owner = owner.parentWidget()
        return owner is not None  # True: the widget never hears it, the shortcut fires

    def _is_training_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self._keys
        )

    def install(self) -> None:
        """Start filtering (until the window is destroyed)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
