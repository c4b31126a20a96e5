"""The main window: controls, live loss and accuracy plots, the weights, the status bar.

The window owns the run's state machine (``RunState``) and the worker thread.
Worker signals only append to the plots' buffers; a ~30 Hz timer redraws.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, Qt, QThread, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.data import load_mnist
from core.model_file import ModelFileError, SavedModel, load_model_file
from core.network import TwoLayerNet
from core.resume import resume_trainer, save_trainer
from core.run_store import new_run_dir, runs_dir
from core.trainer import Dataset, DivergedEvent, EpochEvent, TrainConfig, Trainer
from gui import exports, window_settings
from gui.accuracy_plot_widget import AccuracyPlotWidget
from gui.controls_widget import ControlsWidget, RunState
from gui.digit_reader_widget import DigitReaderWidget
from gui.gradcheck_widget import GradCheckWidget
from gui.loss_plot_widget import LossPlotWidget
from gui.message_banner import MessageBanner
from gui.run_writer import RunWriter
from gui.runs_widget import RunsWidget
from gui.status_bar import RunClock, RunStatus, TrainingStatusBar
from gui.training_worker import TrainingWorker
from gui.weights_widget import WeightsWidget
from gui.worker_thread import thread_for

log = logging.getLogger(__name__)

REDRAW_INTERVAL_MS = 33  # ~30 Hz: the screen's pace, not the trainer's
STATUS_EVERY_N_REDRAWS = 3  # the status bar at ~10 Hz
WEIGHTS_EVERY_N_REDRAWS = 6  # the mosaic at ~5 Hz: weights change slowly, and it is large
THREAD_STOP_TIMEOUT_MS = 3000
WINDOW_STATE_VERSION = 3  # bump when the docks change, so an old layout is not restored


def load_bundled_mnist() -> Dataset:
    """The bundled MNIST as uint8 pixels and integer labels (the trainer normalises)."""
    return load_mnist(normalize=False)


class MainWindow(QMainWindow):
    """MNIST Trainer's window.

    Parameters
    ----------
    parent : QWidget, optional
    data_loader : callable returning a Dataset, optional
        Called in the worker thread when a run starts; the bundled MNIST by default.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_loader: Callable[[], Dataset] = load_bundled_mnist,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("MNIST Trainer")
        self._data_loader = data_loader
        self._trainer: Trainer | None = None
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._reset_when_stopped = False
        self._opened_model: SavedModel | None = None
        self._run_writer: RunWriter | None = None
        self._last_params: dict[str, np.ndarray] | None = None  # copies, safe to read
        self.message_box: QMessageBox | None = None
        self._latest_weights: dict[str, np.ndarray] | None = None
        self._latest_weights_iteration = -1
        self._redraws = 0
        self.paused_at: int | None = None  # set when the worker confirms a pause
        self.clock = RunClock()
        self.epochs: list[EpochEvent] = []

        self.controls = ControlsWidget()
        self.loss_plot = LossPlotWidget()
        self.accuracy_plot = AccuracyPlotWidget()
        self.weights_view = WeightsWidget()
        self.reader = DigitReaderWidget()
        self.reader.units_highlighted.connect(self.weights_view.highlight_units)
        self.runs = RunsWidget(root=None)
        self.runs.overlay_changed.connect(self._on_runs_overlay_changed)
        self.runs.open_requested.connect(lambda path: self.open_model(str(path)))
        self.gradcheck = GradCheckWidget()
        self.gradcheck.set_network_source(self.current_network)
        self.banner = MessageBanner()
        self.status = TrainingStatusBar()
        self.setStatusBar(self.status)
        self._build_layout()
        self._build_actions()
        self._connect_controls()

        self.redraw_timer = QTimer(self)
        self.redraw_timer.setInterval(REDRAW_INTERVAL_MS)
        self.redraw_timer.timeout.connect(self._on_redraw_timer_timeout)

        self._settings = window_settings.open_settings()
        self._restore_settings()
        self.runs.set_root(self.runs_root)
        self._set_state(RunState.IDLE)

    # -- construction -------------------------------------------------------------

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("plotSplitter")
        splitter.addWidget(self.loss_plot)
        splitter.addWidget(self.accuracy_plot)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.controls_dock = self._dock("controlsDock", "Training", self.controls)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)
        self.weights_dock = self._dock("weightsDock", "Weights W1", self.weights_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.weights_dock)
        self.reader_dock = self._dock("readerDock", "Read a digit", self.reader)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reader_dock)
        self.runs_dock = self._dock("runsDock", "Runs", self.runs)
        self.gradcheck_dock = self._dock("gradcheckDock", "Gradient check", self.gradcheck)
        self.tabifyDockWidget(self.reader_dock, self.runs_dock)
        self.tabifyDockWidget(self.runs_dock, self.gradcheck_dock)
        self.reader_dock.raise_()
        # The side docks run the full height; the reader sits under the plots only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.resize(1400, 900)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _action(self, text: str, slot: Callable[[], None], *shortcuts: str) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self._action("&Open model…", self._on_open_model, "Ctrl+O"))
        file_menu.addAction(self._action("&Save model…", self._on_save_model, "Ctrl+S"))
        file_menu.addAction(self._action("Runs &folder…", self._on_choose_runs_folder))
        file_menu.addSeparator()
        file_menu.addAction(self._action("Save &loss plot as PNG…", self._on_save_loss_png))
        file_menu.addAction(self._action("Save &accuracy plot as PNG…", self._on_save_accuracy_png))
        file_menu.addAction(self._action("Save &weights as PNG…", self._on_save_weights_png))
        file_menu.addAction(
            self._action("&Export metrics as CSV…", self._on_export_metrics, "Ctrl+E")
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        train_menu = self.menuBar().addMenu("&Training")
        self.start_pause_action = self._action("Start / &Pause", self.start_or_pause, "Space")
        self.step_action = self._action("&Step", self.step, "F10")
        self.stop_action = self._action("S&top", self.stop, "Shift+F5")
        self.reset_action = self._action("&Reset", self.reset, "Ctrl+R")
        for action in (self.start_pause_action, self.step_action, self.stop_action):
            train_menu.addAction(action)
        train_menu.addSeparator()
        train_menu.addAction(self.reset_action)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.controls_dock.toggleViewAction())
        view_menu.addAction(self.weights_dock.toggleViewAction())
        view_menu.addAction(self.reader_dock.toggleViewAction())
        view_menu.addAction(self.runs_dock.toggleViewAction())
        view_menu.addAction(self.gradcheck_dock.toggleViewAction())

    def _connect_controls(self) -> None:
        c = self.controls
        c.start_requested.connect(self.start)
        c.pause_toggled.connect(self.toggle_pause)
        c.step_requested.connect(self.step)
        c.stop_requested.connect(self.stop)
        c.reset_requested.connect(self.reset)
        c.learning_rate_changed.connect(self._on_controls_learning_rate_changed)

    # -- state -------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        """Where the run is."""
        return self.controls.state

    @property
    def trainer(self) -> Trainer | None:
        """The current run's trainer (None before the first Start or after Reset)."""
        return self._trainer

    def is_training_thread_running(self) -> bool:
        """True while a worker thread exists."""
        return self._thread is not None

    def _set_state(self, state: RunState) -> None:
        if state is not RunState.PAUSED:
            self.paused_at = None
        self.controls.set_state(state)
        if state is RunState.RUNNING:
            self.clock.start()
        else:
            self.clock.pause()
        self._update_status()

    # -- user intent ---------------------------------------------------------------

    def start(self) -> None:
        """Start a new run, or continue a stopped one (or an opened model)."""
        if self.state is RunState.IDLE:
            self._launch(self._new_trainer_factory())
        elif self.state is RunState.STOPPED and self._continuation() is not None:
            self._launch(self._continuation())

    def _continuation(self) -> Trainer | Callable[[], Trainer] | None:
        """What Continue goes on with: the stopped trainer, or the opened model's run."""
        if self._trainer is not None:
            return self._trainer
        if self._opened_model is not None:
            saved, loader = self._opened_model, self._data_loader
            return lambda: resume_trainer(saved, loader())
        return None

    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        if self._worker is None:
            return
        if self.state is RunState.RUNNING:
            self._worker.pause()
            self._set_state(RunState.PAUSED)
        elif self.state is RunState.PAUSED:
            self.banner.hide()
            self._worker.resume()
            self._set_state(RunState.RUNNING)

    def start_or_pause(self) -> None:
        """The Space key: start, pause or resume, whichever makes sense."""
        if self.state in (RunState.IDLE, RunState.STOPPED):
            self.start()
        else:
            self.toggle_pause()

    def step(self) -> None:
        """One iteration: from a paused run, or from a new or stopped one (which then pauses)."""
        if self.state is RunState.PAUSED and self._worker is not None:
            self._worker.step()
        elif self.state is RunState.IDLE:
            self._launch(self._new_trainer_factory(), step=True)
        elif self.state is RunState.STOPPED and self._continuation() is not None:
            self._launch(self._continuation(), step=True)

    def stop(self) -> None:
        """End the run at the next iteration; Start continues it."""
        if self._worker is not None:
            self._worker.stop()

    def reset(self) -> None:
        """Forget the run: clear the plots and unlock the settings."""
        if self._worker is not None:
            self._reset_when_stopped = True
            self._worker.stop()
            return
        self._trainer = None
        self._opened_model = None
        self._run_writer = None
        self._last_params = None
        self.epochs = []
        self._latest_weights = None
        self.loss_plot.clear()
        self.accuracy_plot.clear()
        self.weights_view.clear()
        self.reader.set_network(None, trained=False)
        self.banner.hide()
        self.clock = RunClock()
        self._set_state(RunState.IDLE)

    def _on_controls_learning_rate_changed(self, learning_rate: float) -> None:
        if self._worker is not None:
            self._worker.set_learning_rate(learning_rate)
        elif self._trainer is not None:
            self._trainer.set_learning_rate(learning_rate)

    # -- the worker thread -----------------------------------------------------------

    def _new_trainer_factory(self) -> Callable[[], Trainer]:
        config: TrainConfig = self.controls.config()
        loader = self._data_loader
        return lambda: Trainer(config, loader())

    def _launch(self, trainer: Trainer | Callable[[], Trainer], *, step: bool = False) -> None:
        worker = TrainingWorker(trainer)
        thread = thread_for(worker, "trainingThread")
        worker.trainer_ready.connect(self._on_worker_trainer_ready)
        worker.losses_arrived.connect(self._on_worker_losses_arrived)
        worker.epoch_finished.connect(self._on_worker_epoch_finished)
        worker.weights_changed.connect(self._on_worker_weights_changed)
        worker.paused.connect(self._on_worker_paused)
        worker.diverged.connect(self._on_worker_diverged)
        worker.failed.connect(self._on_worker_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        if step:
            worker.step()
        worker.set_learning_rate(self.controls.learning_rate_spin.value())
        self.banner.hide()
        self._set_state(RunState.PAUSED if step else RunState.RUNNING)
        self.redraw_timer.start()
        thread.start()

    def _on_worker_trainer_ready(self, trainer: Trainer) -> None:
        if self._run_writer is None or self._run_writer.trainer is not trainer:
            self._run_writer = self._new_run_writer(trainer)
        self._trainer = trainer
        self._opened_model = None
        self.loss_plot.set_iteration_range(trainer.config.iters_num)

    def _on_worker_losses_arrived(self, first_iteration: int, losses: np.ndarray) -> None:
        self.loss_plot.append(first_iteration, losses)
        self.clock.record(first_iteration + len(losses))

    def _on_worker_epoch_finished(self, event: EpochEvent) -> None:
        self.epochs.append(event)
        self.accuracy_plot.add_epoch(event.epoch, event.iteration, event.train_acc, event.test_acc)
        self.loss_plot.add_epoch_marker(event.iteration)

    def _on_worker_weights_changed(self, iteration: int, params: dict[str, np.ndarray]) -> None:
        self._latest_weights = params
        self._last_params = params
        self._latest_weights_iteration = iteration

    def _on_worker_paused(self, iterations_done: int) -> None:
        self.paused_at = iterations_done
        if self.state is RunState.RUNNING:  # paused by the trainer itself
            self._set_state(RunState.PAUSED)
        self._refresh()

    def _on_worker_diverged(self, event: DivergedEvent) -> None:
        lr = self.controls.learning_rate_spin.value()
        self.banner.show_message(
            f"Training paused at iteration {event.iteration + 1:,}: {event.reason}. "
            f"The learning rate {lr:g} is too large: lower it (the book uses 0.1) and "
            "Resume, or Reset to start over."
        )
        self._set_state(RunState.PAUSED)

    def _on_worker_failed(self, message: str, details: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("errorBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Training failed")
        box.setText(f"Training stopped because of an error:\n\n{message}")
        box.setDetailedText(details)
        box.open()
        self.error_box = box

    def _on_thread_finished(self) -> None:
        thread = self._thread
        self._thread = self._worker = None  # the worker was deleted with its thread
        if thread is not None:
            thread.deleteLater()
        self.redraw_timer.stop()
        self._refresh()
        self._write_run()
        if self._reset_when_stopped:
            self._reset_when_stopped = False
            self.reset()
        elif self._trainer is None:
            self._set_state(RunState.IDLE)
        elif self._trainer.finished:
            self._set_state(RunState.FINISHED)
        else:
            self._set_state(RunState.STOPPED)

    def stop_thread(self, timeout_ms: int = THREAD_STOP_TIMEOUT_MS) -> bool:
        """Stop the worker and wait for its thread; True if it ended in time."""
        thread = self._thread
        if thread is None:
            return True
        if self._worker is not None:
            self._worker.stop()
        return thread.wait(timeout_ms)

    # -- redraw --------------------------------------------------------------------

    def _on_redraw_timer_timeout(self) -> None:
        self._redraws += 1
        weights = self._redraws % WEIGHTS_EVERY_N_REDRAWS == 0
        if weights and self._worker is not None and self.weights_dock.isVisible():
            self._worker.request_weights()  # arrives for the next redraw
        self._refresh(
            weights=self._redraws % WEIGHTS_EVERY_N_REDRAWS == 1,
            status=self._redraws % STATUS_EVERY_N_REDRAWS == 0,
        )

    def _refresh(self, *, weights: bool = True, status: bool = True) -> None:
        """Push what arrived to the plots, and to the weights view and status bar if asked."""
        self.loss_plot.refresh()
        self.accuracy_plot.refresh()
        if weights and self._latest_weights is not None:
            self.weights_view.set_weights(self._latest_weights["W1"])
            trained = self._latest_weights_iteration >= 0  # -1: no iteration yet
            self.reader.set_network(self._latest_weights, trained=trained)
            self._latest_weights = None
        if status:
            self._update_status()

    def _update_status(self) -> None:
        last = self.epochs[-1] if self.epochs else None
        done = self.loss_plot.count
        running = self.state is RunState.RUNNING
        self.status.show_status(
            RunStatus(
                iterations_done=done,
                total=(self._trainer.config if self._trainer else self.controls.config()).iters_num,
                epoch=last.epoch if last else None,
                loss=self.loss_plot.last_loss,
                train_acc=last.train_acc if last else None,
                test_acc=last.test_acc if last else None,
                rate=self.clock.rate if running else self.clock.average_rate(done),
                elapsed=self.clock.elapsed,
            )
        )

    # -- runs ----------------------------------------------------------------------------

    @property
    def runs_root(self) -> Path:
        """Where runs are saved: the setting, else $MNIST_TRAINER_DATA or the data folder."""
        chosen = self._settings.value("runs/folder", "")
        return Path(chosen) if chosen else runs_dir()

    def _new_run_writer(self, trainer: Trainer) -> RunWriter | None:
        try:
            return RunWriter(new_run_dir(self.runs_root), trainer)
        except OSError as exc:
            log.warning("cannot save runs in %s: %s", self.runs_root, exc)
            self.status.showMessage(f"This run will not be saved: {exc}", 10_000)
            return None

    def _write_run(self) -> None:
        """Save the run that just stopped (config, metrics, model, chart) to its folder."""
        trainer, writer = self._trainer, self._run_writer
        if trainer is None or writer is None or writer.trainer is not trainer:
            return
        status = "finished" if trainer.finished else "stopped"
        if self.banner.isVisible():
            status = "diverged"
        try:
            writer.write_final(status)
        except OSError as exc:
            log.warning("could not save the run: %s", exc)
            self.status.showMessage(f"Could not save the run: {exc}", 10_000)
        self.runs.refresh()

    def _on_runs_overlay_changed(self, runs: list) -> None:
        self.loss_plot.set_overlays([(info.name, losses) for info, losses, _ in runs])
        self.accuracy_plot.set_overlays([(info.name, epochs) for info, _, epochs in runs])

    def _on_choose_runs_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Folder for saved runs", str(self.runs_root)
        )
        if folder:
            self.set_runs_folder(folder)

    def set_runs_folder(self, folder: str) -> None:
        """Save runs to ``folder`` from now on (remembered); "" goes back to the default."""
        self._settings.setValue("runs/folder", folder)
        self.runs.set_root(self.runs_root)

    def current_network(self) -> TwoLayerNet | None:
        """A copy of the network as last seen (for the gradient check), or None."""
        if self._last_params is None:
            return None
        W1 = self._last_params["W1"]
        network = TwoLayerNet(W1.shape[0], W1.shape[1], self._last_params["W2"].shape[1])
        network.params = {key: value.copy() for key, value in self._last_params.items()}
        return network

    # -- models ------------------------------------------------------------------------

    def _show_message(self, title: str, text: str) -> None:
        """A warning that does not block (the window goes on redrawing)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("messageBox")
        box.open()
        self.message_box = box

    def _on_save_model(self) -> None:
        path = self._ask_save_path("Save model", "model.npz", "Models (*.npz)")
        if path:
            self.save_model(path)

    def save_model(self, path: str) -> bool:
        """Save the run (network, config, metrics, generator state) to ``path``."""
        if self._trainer is None:
            self._show_message("Nothing to save", "Train a network first (Start or Step).")
            return False
        if self._thread is not None and self.paused_at is None:
            self._show_message("Pause first", "Pause or stop the run, then save the model.")
            return False
        try:
            save_trainer(path, self._trainer)
        except (OSError, ModelFileError) as exc:
            self._show_message("Could not save the model", str(exc))
            return False
        self.status.showMessage(f"Saved the model to {path}", 5000)
        return True

    def _on_open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open model", "", "Models (*.npz)")
        if path:
            self.open_model(path)

    def open_model(self, path: str) -> bool:
        """Show the model saved at ``path``; Continue trains it on. The file is checked first."""
        if self._thread is not None:
            self._show_message("Stop first", "Stop the run before opening a model.")
            return False
        try:
            saved = load_model_file(path)
        except ModelFileError as exc:
            self._show_message("Could not open the model", str(exc))
            return False
        self.reset()
        self._opened_model = saved
        self.controls.set_config(saved.config)
        self.loss_plot.set_iteration_range(saved.config.iters_num)
        if len(saved.losses):
            self.loss_plot.append(0, saved.losses)
        for event in saved.epochs:
            self._on_worker_epoch_finished(event)
        self.weights_view.set_weights(saved.params["W1"])
        self._last_params = dict(saved.params)
        trained = saved.iterations_done > 0 or saved.format_version == 1
        self.reader.set_network(dict(saved.params), trained=trained)
        done = saved.iterations_done >= saved.config.iters_num
        self._set_state(RunState.FINISHED if done else RunState.STOPPED)
        self._refresh()
        self.status.showMessage(f"Opened {path}", 5000)
        return True

    # -- files -----------------------------------------------------------------------

    def _ask_save_path(self, title: str, name: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, filter_text)
        return path or None

    def _save_png(self, widget: QWidget, name: str) -> None:
        path = self._ask_save_path("Save as PNG", name, "PNG images (*.png)")
        if path:
            self._write_file(lambda: exports.save_widget_png(widget, path), path)

    def _on_save_loss_png(self) -> None:
        self._save_png(self.loss_plot, "loss.png")

    def _on_save_accuracy_png(self) -> None:
        self._save_png(self.accuracy_plot, "accuracy.png")

    def _on_save_weights_png(self) -> None:
        self._save_png(self.weights_view, "weights.png")

    def _on_export_metrics(self) -> None:
        path = self._ask_save_path("Export metrics", "metrics.csv", "CSV files (*.csv)")
        if path:
            self._write_file(lambda: self.export_metrics(path), path)

    def export_metrics(self, path: str) -> None:
        """Write every iteration's loss and every epoch's accuracy to ``path`` as CSV."""
        exports.save_metrics_csv(path, self.loss_plot.losses, self.epochs)

    def _write_file(self, write: Callable[[], None], path: str) -> None:
        try:
            write()
        except OSError as exc:
            QMessageBox.warning(self, "Could not save", f"Could not write {path}:\n{exc}")
        else:
            self.status.showMessage(f"Saved {path}", 5000)

    # -- settings and closing ----------------------------------------------------------

    def _restore_settings(self) -> None:
        self.controls.set_config(window_settings.load_config(self._settings))
        geometry, state = window_settings.load_window(self._settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is None or not self.restoreState(state, WINDOW_STATE_VERSION):
            # First launch: the plots get most of the width (applied once laid out).
            QTimer.singleShot(0, self._set_default_dock_sizes)

    def _set_default_dock_sizes(self) -> None:
        self.resizeDocks(
            [self.controls_dock, self.weights_dock], [250, 360], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.reader_dock], [300], Qt.Orientation.Vertical)

    def save_settings(self) -> None:
        """Remember the hyperparameters, the geometry and the dock layout."""
        window_settings.save_config(self._settings, self.controls.config())
        window_settings.save_window(
            self._settings,
            QByteArray(self.saveGeometry()),
            QByteArray(self.saveState(WINDOW_STATE_VERSION)),
        )
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.gradcheck.stop_and_wait()
        if not self.stop_thread():
            log.warning("the training thread did not stop in time")
        self.redraw_timer.stop()
        super().closeEvent(event)
