"""The main window: layout, actions and wiring around one run's model.

The run lives in a Qt-free ``core.session.TrainingSession``; a ``RunController``
connects it to the training process and saves finished runs. The window lays
out the views, forwards the learner's intents, and redraws what changed about
30 times a second (never per iteration). Files (models, exports) are handled
by ``gui.window_files``, the docks and their layout by ``gui.window_layout``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from core.architecture import Network
from core.config import TrainConfig
from core.data import Dataset
from core.datasets import DEFAULT_DATASET, dataset_of
from core.session import (
    Cleared,
    EpochAdded,
    Phase,
    PhaseChanged,
    RunDiverged,
    RunEnded,
    SessionEvent,
    TrainingSession,
    WeightsChanged,
)
from gui import window_settings
from gui.accuracy_plot_widget import AccuracyPlotWidget
from gui.activation_histograms_widget import ActivationHistograms
from gui.backprop_panel_widget import BackpropPanel
from gui.class_names import class_names
from gui.controls_widget import ControlsWidget
from gui.digit_reader_widget import DigitReaderWidget
from gui.file_dialogs import FileDialogs
from gui.gradcheck_widget import GradCheckWidget
from gui.gradient_norms_widget import GradientNormsPlot
from gui.i18n import Retranslating
from gui.lazy_page import LazyPage
from gui.loss_plot_widget import LossPlotWidget
from gui.message_banner import MessageBanner, divergence_advice
from gui.optimizer_lab_widget import OptimizerLabWidget
from gui.pyqtgraph_texts import retranslate_plots
from gui.race_controller import RaceController
from gui.race_setup_widget import RaceSetupWidget
from gui.race_view_widget import RaceViewWidget
from gui.run_controller import RunController
from gui.runs_widget import RunsWidget
from gui.search_view_widget import SearchViewWidget
from gui.status_bar import RunStatus, TrainingStatusBar
from gui.weights_widget import WeightsWidget
from gui.window_actions import TrainingKeys, build_menus
from gui.window_files import WindowFiles
from gui.window_inside import WindowInside
from gui.window_layout import WINDOW_STATE_VERSION, WindowLayout
from gui.window_race import WindowRace
from gui.window_view import restore_view_choices

log = logging.getLogger(__name__)

REDRAW_INTERVAL_MS = 33  # ~30 Hz: the screen's pace, not the trainer's
STATUS_EVERY_N_REDRAWS = 3  # the status bar at ~10 Hz
WEIGHTS_EVERY_N_REDRAWS = 6  # the mosaic at ~5 Hz: weights change slowly, and it is large
SHUTDOWN_SECONDS = 10.0


class MainWindow(Retranslating, WindowFiles, WindowRace, WindowInside, WindowLayout, QMainWindow):
    """MNIST Trainer's window.

    Parameters
    ----------
    parent : QWidget, optional
    data_loader : callable returning a Dataset, optional
        Data to train on instead of the bundled MNIST (called at the first run).
    """

    model_opened = Signal(str)  # the file
    open_failed = Signal(str)  # why
    file_saved = Signal(str)  # a model, picture or metrics file written in the background
    file_save_failed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, data_loader: Callable[[], Dataset] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = window_settings.open_settings()
        restore_view_choices(self._settings)
        self.dialogs = FileDialogs(self, self._settings)
        self.session = TrainingSession()
        self.controller = RunController(self.session, lambda: self.runs_root, data_loader, self)
        self.controls = ControlsWidget()
        self.loss_plot = LossPlotWidget(history=self.session.history)
        self.accuracy_plot = AccuracyPlotWidget()
        self.accuracy_plot.set_source(self.session.epochs)
        self.weights_view = WeightsWidget()
        self.reader = DigitReaderWidget()
        self.runs = RunsWidget(root=None)
        self.gradcheck = GradCheckWidget()
        self.race = RaceController(lambda: self.runs_root, data_loader, self)
        self.race_setup = RaceSetupWidget()
        # Built when first needed (LazyPage; the race view when a race starts).
        self._race_view: RaceViewWidget | None = None
        self.lab_page = LazyPage(OptimizerLabWidget, "optimizerLabPage")
        self.results_page = LazyPage(SearchViewWidget, "experimentResultsPage")
        self.mistakes_page = LazyPage(self._build_mistakes, "mistakesPage")
        self.gradients_page = LazyPage(GradientNormsPlot, "gradientsPage")
        self.activation_histograms = ActivationHistograms()
        self.backprop = BackpropPanel()
        self._race_weights_shown = (-1, -2)  # (contestant, params_iteration) the views show
        self._class_names_dataset = DEFAULT_DATASET  # whose class names the views show
        self.banner = MessageBanner()
        self.status = TrainingStatusBar()
        self.setStatusBar(self.status)
        self.error_box: QMessageBox | None = None
        self._weights_shown = -2  # the params_iteration the views show
        self._redraws = 0
        self._build_layout()
        self.actions = build_menus(self)
        self._default_layout = QByteArray(self.saveState(WINDOW_STATE_VERSION))
        TrainingKeys(self).install()
        self._connect()
        self.redraw_timer = QTimer(self, interval=REDRAW_INTERVAL_MS)
        self.redraw_timer.timeout.connect(self._on_redraw_timer_timeout)
        self.redraw_timer.start()
        self._restore_settings()
        self._keep_tab_titles_whole()
        self.runs.set_root(self.runs_root)
        self._on_phase_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """The window's title, the docks' titles (and tabs), the menus and the status bar."""
        self.setWindowTitle(self.tr("MNIST Trainer"))
        self._retranslate_docks()
        self.actions.retranslate()
        self.status.retranslate()
        self._show_class_names(self._class_names_dataset, again=True)
        retranslate_plots(self)  # pyqtgraph's own menus

    def _connect(self) -> None:
        c = self.controls
        c.start_requested.connect(self.start)
        c.pause_toggled.connect(self.toggle_pause)
        c.step_requested.connect(self.step)
        c.stop_requested.connect(self.stop)
        c.reset_requested.connect(self.reset)
        c.book_settings_requested.connect(self.restore_book_settings)
        c.learning_rate_changed.connect(self.controller.set_learning_rate)
        self.reader.units_highlighted.connect(self.weights_view.highlight_units)
        self.runs.overlay_changed.connect(self._on_runs_overlay_changed)
        self.runs.open_requested.connect(self._on_runs_open_requested)
        self.gradcheck.set_network_source(self.current_network)
        self.controller.training_failed.connect(self._on_training_failed)
        self.controller.run_saved.connect(self._on_controller_run_saved)
        self.controller.save_failed.connect(self._on_controller_save_failed)
        self.controller.thread_finished.connect(self._on_phase_changed)
        self.session.subscribe(self._on_session_event)
        self.race_setup.add_requested.connect(self.add_to_race)
        self.race_setup.start_requested.connect(self.start_race)
        self.race_setup.contestant_opened.connect(self._on_race_contestant_opened)
        self.race.phase_changed.connect(self._on_phase_changed)
        self.race.race_ended.connect(self._on_race_ended)
        self.race.contestant_failed.connect(self._on_training_failed)
        self.race.save_failed.connect(self._on_controller_save_failed)
        self.backprop.input_requested.connect(self._on_backprop_input_requested)
        self.weights_view.history_bar.export_requested.connect(self.ask_export_weights_animation)

    # -- the learner's intents ---------------------------------------------------------------

    @property
    def state(self) -> Phase:
        """Where the run is (or the race, while there is one)."""
        return self.race.phase if self.race.active else self.session.phase

    def is_training_thread_running(self) -> bool:
        """True while a worker thread relays a run (or a contestant's)."""
        return self.controller.is_training or self.race.is_training

    def start(self) -> None:
        """Start a new run, or continue a stopped one (or an opened model, or a race)."""
        if self.race.active:
            if self.race.phase is Phase.STOPPED:
                self.race.resume_stopped()
            return
        config = self._valid_settings()
        if config is not None:
            self.controller.start(config)

    def step(self) -> None:
        """One iteration: of a paused run, or of a new or stopped one (which then pauses)."""
        if self.race.active:
            self.race.step()
            return
        config = self._valid_settings()
        if config is not None:
            self.controller.step(config)

    def _valid_settings(self) -> TrainConfig | None:
        """The settings a new run would use, or None after saying what is wrong with them.

        A run that exists goes on with its own settings (the dock is locked then).
        """
        if self.state is not Phase.IDLE:
            return self.controls.last_valid_config()
        error = self.controls.settings_error()
        if error is None:
            return self.controls.config()
        self._show_message(
            self.tr("The settings need a fix"),
            self.tr("{error}. Change it in the Training dock.").format(error=error),
        )
        return None

    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        if self.race.active:
            self.race.toggle_pause()
        else:
            self.controller.toggle_pause()

    def start_or_pause(self) -> None:
        """The Space key: start, pause or resume, whichever makes sense."""
        if self.state in (Phase.IDLE, Phase.STOPPED):
            self.start()
        else:
            self.toggle_pause()

    def stop(self) -> None:
        """End the run at the next iteration; Start continues it."""
        if self.special is not None and self.special.running:
            self.special.cancel()
        if self.race.active:
            self.race.stop()
        else:
            self.controller.stop()

    def reset(self) -> None:
        """Forget the run (or the race): clear the plots and unlock the settings."""
        if self.race.active:
            self.reset_race()
        else:
            self.controller.reset()

    def restore_book_settings(self) -> None:
        """Put the book's chapter-4 settings back (while no run holds them)."""
        if self.state is Phase.IDLE:
            self.controls.restore_book_settings()

    def current_network(self) -> Network | None:
        """A copy of the network as last seen (for the gradient check), or None.

        In a race: the contestant selected in the race table (the first by default).
        """
        if self.race.active:
            index = max(self.race_view.selected_index(), 0)
            return self.race.sessions[index].network()
        return self.session.network()

    # -- what the session says -----------------------------------------------------------------

    def _on_session_event(self, event: SessionEvent) -> None:
        if isinstance(event, PhaseChanged):
            self._on_phase_changed()
        elif isinstance(event, EpochAdded):
            self.loss_plot.add_epoch_marker(event.epoch.iteration)
        elif isinstance(event, WeightsChanged) and self.session.phase is not Phase.RUNNING:
            self._show_weights()  # a pause: show them now
        elif isinstance(event, RunDiverged):
            diverged = event.event
            self.banner.show_message(lambda: divergence_advice(diverged))
        elif isinstance(event, Cleared):
            self._on_session_cleared()
        elif isinstance(event, RunEnded):
            self._on_single_experiment_ended(event.record)

    def _on_phase_changed(self) -> None:
        self.race_setup.set_locked(self.race.active)
        if self.race.active:
            phase = self.race.phase
            can_continue = any(session.can_continue for session in self.race.sessions)
            self.controls.set_state(phase, can_continue=can_continue)
            if phase is not Phase.RUNNING:
                self._show_race_weights()
            self._update_status()
            return
        session = self.session
        self.controls.set_state(session.phase, can_continue=session.can_continue)
        if session.divergence is None and session.phase is not Phase.STOPPING:
            self.banner.hide()
        self.loss_plot.show_last_point(session.phase is not Phase.RUNNING)
        if session.phase is Phase.RUNNING:
            self.loss_plot.set_total_iterations(session.total_iterations)
        else:
            self._show_weights()  # a pause or the end: the exact weights, now
        self._update_status()

    def _on_session_cleared(self) -> None:
        self._clear_inside()
        self.loss_plot.clear()
        self.accuracy_plot.refresh()
        self.weights_view.clear()
        self.reader.set_network(None, trained=False)
        self.gradcheck.clear()
        self.banner.hide()
        self._weights_shown = -2

    def _on_training_failed(self, message: str, details: str) -> None:
        box = QMessageBox(self, objectName="errorBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Training failed"))
        box.setText(
            self.tr("Training stopped because of an error:\n\n{message}").format(message=message)
        )
        box.setDetailedText(details)
        box.open()
        self.error_box = box

    # -- redraw --------------------------------------------------------------------------------

    def _on_redraw_timer_timeout(self) -> None:
        self._redraws += 1
        if self._redraws % WEIGHTS_EVERY_N_REDRAWS == 0:
            self._refresh_inside()
        if self.race.active:
            self.race_view.refresh()
            if self._redraws % WEIGHTS_EVERY_N_REDRAWS == 0:
                self._show_race_weights()
            if self._redraws % STATUS_EVERY_N_REDRAWS == 0:
                self._update_status()
            return
        self.loss_plot.refresh()
        self.accuracy_plot.refresh()
        if self._redraws % WEIGHTS_EVERY_N_REDRAWS == 0:
            self._show_weights()
        if self._redraws % STATUS_EVERY_N_REDRAWS == 0:
            self._update_status()

    def _show_weights(self) -> None:
        session = self.session
        if session.params is None or session.params_iteration == self._weights_shown:
            return
        self._weights_shown = session.params_iteration
        self.weights_view.set_params(session.params)
        self._show_class_names(dataset_of(session.config))
        self.reader.set_network(
            session.params, trained=session.trained, config=session.config, buffers=session.buffers
        )

    def _show_class_names(self, dataset: str, *, again: bool = False) -> None:
        """Show ``dataset``'s classes (and test images) in the reader and Mistakes.

        Called when the shown run's weights arrive (its dataset may be another);
        ``again`` after a language change, to translate the names.
        """
        if dataset == self._class_names_dataset and not again:
            return
        self._class_names_dataset = dataset
        names = class_names(dataset)
        self.reader.set_dataset(dataset)
        self.reader.set_class_names(names)
        if self.mistakes_page.built:
            self.mistakes.set_dataset(dataset)
            self.mistakes.set_class_names(names)

    def _update_status(self) -> None:
        session = self.session
        if self.race.active:  # the contestant selected in the race table
            session = self.race.sessions[max(self.race_view.selected_index(), 0)]
        total = session.total_iterations or self.controls.iterations_spin.value()
        self.status.show_status(RunStatus.of(session, total))

    # -- settings and closing ----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        self.controls.set_config(window_settings.load_config(self._settings))
        if not window_settings.restore_window(self, self._settings, WINDOW_STATE_VERSION):
            # First launch: the plots get most of the width (applied once laid out).
            QTimer.singleShot(0, self._set_default_dock_sizes)

    def save_settings(self) -> None:
        """Remember the hyperparameters, the geometry and the dock layout."""
        window_settings.save_config(self._settings, self.controls.last_valid_config())
        window_settings.save_window(self, self._settings, WINDOW_STATE_VERSION)

    def stop_thread(self, timeout_ms: int = 3000) -> bool:
        """Stop the run and wait for its thread to end; True if it ended in time."""
        return self.controller.shut_down(timeout_ms / 1000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.gradcheck.stop_and_wait()
        self.redraw_timer.stop()
        if not self.controller.shut_down(SHUTDOWN_SECONDS):
            log.warning("the run did not stop or save in time")
        if not self.race.shut_down(SHUTDOWN_SECONDS):
            log.warning("the race did not stop or save in time")
        if self.special is not None:
            self.special.cancel()
            self.special.wait(SHUTDOWN_SECONDS)
        super().closeEvent(event)
