"""The main window's files: models, exports and the runs folder.

Mixed into ``MainWindow``. Reading and writing happen off the GUI thread
(``gui.background``); a file is checked completely before anything in the
window changes, and every problem becomes one message that names the file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from core.model_file import ModelFileError, SavedModel, load_model_file
from core.path_display import show_path
from core.resume import save_state, state_of
from core.run_files import MODEL_NPZ, RUN_JSON
from core.run_list import RunInfo
from core.run_store import read_run_info, runs_dir
from core.session import Phase
from gui import exports
from gui.background import call_in_background
from gui.core_text import shown

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _model_filter(window: MainWindow) -> str:
    return QCoreApplication.translate("WindowFiles", "Models (*.npz)")


class WindowFiles:
    """Open/Save model and the exports of the window (a mixin of ``MainWindow``)."""

    message_box: QMessageBox | None = None

    def _show_message(self: MainWindow, title: str, text: str) -> None:
        """A warning that does not block (the window goes on redrawing)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("messageBox")
        box.open()
        self.message_box = box

    # -- models ------------------------------------------------------------------------------

    def ask_open_model(self: MainWindow) -> None:
        """File > Open model: ask for a file, then open it."""
        path = self.dialogs.open_path("models", self.tr("Open model"), _model_filter(self))
        if path:
            self.open_model(path)

    def open_model(self: MainWindow, path: str, run_dir: Path | None = None) -> None:
        """Read the model at ``path`` in the background, then show it; Continue trains it on.

        ``model_opened(path)`` or ``open_failed(message)`` follows. ``run_dir`` is
        the run folder it belongs to (continuing the run writes there again); a
        model inside a run folder is taken to belong to it.
        """
        if self.session.phase.active:
            self._show_stop_first()
            return
        self.status.showMessage(self.tr("Opening {file}…").format(file=show_path(path)))

        def done(saved: SavedModel | None, error: BaseException | None) -> None:
            self._on_model_read(path, run_dir, saved, error)

        call_in_background(lambda: load_model_file(path), done, "open-model")

    def _on_model_read(
        self: MainWindow,
        path: str,
        run_dir: Path | None,
        saved: SavedModel | None,
        error: BaseException | None,
    ) -> None:
        self.status.clearMessage()
        if error is not None or saved is None:
            text = shown(error) if isinstance(error, ModelFileError) else _unexpected(path, error)
            self._show_message(self.tr("Could not open the model"), text)
            self.open_failed.emit(text)
            return
        if self.session.phase.active:  # a run was started while the file was read
            self._show_stop_first()
            return
        folder = run_dir or _run_folder_of(Path(path))
        info = read_run_info(folder) if folder is not None else None
        self.reset()
        self.controls.set_config(saved.config)
        self.controller.open_run(
            saved.config,
            state_of(saved),
            trained=saved.iterations_done > 0 or saved.format_version == 1,
            run_dir=folder,
            elapsed_before=(info.duration_s or 0.0) if info is not None else 0.0,
        )
        self.status.showMessage(self.tr("Opened {file}").format(file=show_path(path)), 5000)
        self.model_opened.emit(path)

    def _show_stop_first(self: MainWindow) -> None:
        self._show_message(self.tr("Stop first"), self.tr("Stop the run before opening a model."))
        self.open_failed.emit("a run is training")

    def ask_save_model(self: MainWindow) -> None:
        """File > Save model: check there is one to save, ask for a file, save it."""
        if not self._check_can_save():
            return
        path = self.dialogs.save_path(
            "models", self.tr("Save model"), "model.npz", _model_filter(self), ".npz"
        )
        if path:
            config, state = self.session.config, self.session.trainer_state()
            call_in_background(
                lambda: save_state(path, config, state),
                lambda _, error: self._on_file_written(path, error, "model"),
                "save-model",
            )

    def save_model(self: MainWindow, path: str) -> bool:
        """Save the run (network, config, metrics, generator state) to ``path`` now."""
        if not self._check_can_save():
            return False
        try:
            save_state(path, self.session.config, self.session.trainer_state())
        except (OSError, ModelFileError) as exc:
            self._show_message(
                self.tr("Could not save the model"),
                self.tr("{file}: {error}").format(file=show_path(path), error=shown(exc)),
            )
            return False
        self.status.showMessage(
            self.tr("Saved the model to {file}").format(file=show_path(path)), 5000
        )
        return True

    def _check_can_save(self: MainWindow) -> bool:
        session = self.session
        if session.params is None:
            self._show_message(
                self.tr("Nothing to save"), self.tr("Train a network first (Start or Step).")
            )
            return False
        if not session.can_save:
            if session.phase is Phase.STOPPING:
                text = self.tr("Wait until it has stopped, then save the model.")
            else:
                text = self.tr("Pause, then save the model.")
            self._show_message(self.tr("Pause first"), text)
            return False
        return True

    # -- pictures and metrics ----------------------------------------------------------------

    def ask_save_png(self: MainWindow, which: str) -> None:
        """File > Save … as PNG: the loss or accuracy plot or the weights, at twice their size."""
        image = self.export_image(which)
        path = self.dialogs.save_path(
            "images", self.tr("Save as PNG"), f"{which}.png", self.tr("PNG (*.png)"), ".png"
        )
        if path:
            call_in_background(
                lambda: exports.save_png(image, path),
                lambda _, error: self._on_file_written(path, error, "picture"),
                "save-png",
            )

    def export_image(self: MainWindow, which: str) -> QImage:
        """The picture File > Save … as PNG writes for ``which`` ("loss", "accuracy", "weights")."""
        if which == "weights":
            return self.weights_view.export_image(exports.EXPORT_SCALE)
        widget = self.loss_plot.plot_widget if which == "loss" else self.accuracy_plot
        return exports.render_widget(widget)

    def ask_export_metrics(self: MainWindow) -> None:
        """File > Export metrics: every iteration's loss and every epoch's accuracy, as CSV."""
        path = self.dialogs.save_path(
            "metrics", self.tr("Export metrics"), "metrics.csv", self.tr("CSV (*.csv)"), ".csv"
        )
        if path:
            history = self.session.history
            losses, epochs, first = history.losses, list(self.session.epochs), history.start
            call_in_background(
                lambda: exports.save_metrics_csv(path, losses, epochs, first),
                lambda _, error: self._on_file_written(path, error, "metrics"),
                "export-metrics",
            )

    def export_metrics(self: MainWindow, path: str) -> None:
        """Write every iteration's loss and every epoch's accuracy to ``path`` as CSV, now."""
        history = self.session.history
        exports.save_metrics_csv(path, history.losses, self.session.epochs, history.start)

    def _on_file_written(
        self: MainWindow, path: str, error: BaseException | None, what: str
    ) -> None:
        if error is None:
            self.status.showMessage(self.tr("Saved {file}").format(file=show_path(path)), 5000)
            self.file_saved.emit(path)
            return
        texts = {
            "model": self.tr("Could not write the model to {file}: {error}"),
            "picture": self.tr("Could not write the picture to {file}: {error}"),
            "metrics": self.tr("Could not write the metrics to {file}: {error}"),
            "animation": self.tr("Could not write the animation to {file}: {error}"),
        }
        template = texts.get(what, self.tr("Could not write {file}: {error}"))
        text = template.format(file=show_path(path), error=shown(error))
        self._show_message(self.tr("Could not save"), text)
        self.file_save_failed.emit(text)

    # -- the runs folder ----------------------------------------------------------------

    @property
    def runs_root(self: MainWindow) -> Path:
        """Where runs are saved: the setting, else $MNIST_TRAINER_DATA or the data folder."""
        chosen = self._settings.value("runs/folder", "")
        return Path(chosen) if chosen else runs_dir()

    def set_runs_folder(self: MainWindow, folder: str) -> None:
        """Save runs to ``folder`` from now on (remembered); "" goes back to the default."""
        self._settings.setValue("runs/folder", folder)
        self.runs.set_root(self.runs_root)

    def _on_runs_open_requested(self: MainWindow, model: Path) -> None:
        self.open_model(str(model), run_dir=model.parent)

    def _on_controller_run_saved(self: MainWindow, folder: str) -> None:
        self.runs.refresh()

    def _on_controller_save_failed(self: MainWindow, message: str) -> None:
        self.status.showMessage(message, 15_000)

    def _on_runs_overlay_changed(self: MainWindow, runs: list) -> None:
        names = [_overlay_name(info) for info, _, _ in runs]
        colors = [info.group.color if info.group is not None else None for info, _, _ in runs]
        self.loss_plot.set_overlays(
            [(name, losses) for name, (_, losses, _) in zip(names, runs, strict=True)], colors
        )
        self.accuracy_plot.set_overlays(
            [(name, epochs) for name, (_, _, epochs) in zip(names, runs, strict=True)], colors
        )

    def ask_runs_folder(self: MainWindow) -> None:
        """File > Runs folder: choose where runs are saved."""
        folder = self.dialogs.folder("runs", self.tr("Folder for saved runs"), str(self.runs_root))
        if folder:
            self.set_runs_folder(folder)


def _overlay_name(info: RunInfo) -> str:
    """A run's name in the plots' legends: a race's contestant by what tells it apart."""
    return info.group.label if info.group is not None else info.name


def _run_folder_of(model: Path) -> Path | None:
    """The run folder ``model`` is the model of, if it is one."""
    if model.name == MODEL_NPZ and (model.parent / RUN_JSON).is_file():
        return model.parent
    return None


def _unexpected(path: str, error: BaseException | None) -> str:
    log.error("unexpected error reading %s", path, exc_info=error)
    return QCoreApplication.translate("WindowFiles", "{file} could not be read: {error}").format(
        file=show_path(path), error=f"{type(error).__name__}: {error}"
    )
