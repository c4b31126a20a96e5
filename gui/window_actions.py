"""The main window's menus and shortcuts.

The training shortcuts (Space, F10, Shift+F5, Ctrl+R) work from anywhere in
the application, floating docks included, and also while a spin box or a
button has the keyboard focus: a spin box would otherwise take Space for
itself (and erase its value). Digits still go to the spin box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget

from core.experiments import EXPERIMENTS
from gui.window_my_digits import add_book_params_action

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


def _action(
    window: QWidget, text: str, slot: Callable[[], object], shortcut: str | None = None
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: slot())
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> WindowActions:
    """Create the File, Training and View menus of ``window``."""
    menu = window.menuBar().addMenu("&File")
    actions = WindowActions(
        start_pause=_action(window, "Start / &Pause", window.start_or_pause, "Space"),
        step=_action(window, "&Step", window.step, "F10"),
        stop=_action(window, "S&top", window.stop, "Shift+F5"),
        reset=_action(window, "&Reset", window.reset, "Ctrl+R"),
        book_settings=_action(window, "Restore the &book's settings", window.restore_book_settings),
        open_model=_action(window, "&Open model…", window.ask_open_model, "Ctrl+O"),
        save_model=_action(window, "&Save model…", window.ask_save_model, "Ctrl+S"),
        runs_folder=_action(window, "Runs &folder…", window.ask_runs_folder),
        export_metrics=_action(
            window, "&Export metrics as CSV…", window.ask_export_metrics, "Ctrl+E"
        ),
    )
    for action in (actions.start_pause, actions.step, actions.stop, actions.reset):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    menu.addAction(actions.open_model)
    menu.addAction(actions.save_model)
    menu.addAction(actions.runs_folder)
    menu.addSeparator()
    for text, name in (
        ("Save &loss plot as PNG…", "loss"),
        ("Save &accuracy plot as PNG…", "accuracy"),
        ("Save &weights as PNG…", "weights"),
    ):
        menu.addAction(_action(window, text, lambda name=name: window.ask_save_png(name)))
    menu.addAction(actions.export_metrics)
    add_book_params_action(window, menu)  # File > Export for the book's scripts…
    menu.addSeparator()
    quit_action = _action(window, "&Quit", window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    menu.addAction(quit_action)

    menu = window.menuBar().addMenu("&Training")
    for action in (actions.start_pause, actions.step, actions.stop):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.reset)
    menu.addAction(actions.book_settings)

    menu = window.menuBar().addMenu("&Experiments")
    menu.setObjectName("experimentsMenu")
    for name, experiment in EXPERIMENTS.items():
        action = _action(window, experiment.title, lambda name=name: window.ask_experiment(name))
        action.setObjectName(f"experiment-{name}")
        action.setToolTip(f"{experiment.script}: {experiment.description}")
        menu.addAction(action)

    menu = window.menuBar().addMenu("&View")
    for dock in window.docks:
        menu.addAction(dock.toggleViewAction())
    menu.addSeparator()
    menu.addAction(_action(window, "&Fit the loss plot", window.loss_plot.fit, "Ctrl+0"))
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
