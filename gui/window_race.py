"""The main window's races and the book's experiments (a mixin of ``MainWindow``).

A race replaces the single run's plots with the race view while it exists;
Start, Pause, Step, Stop and Reset then act on the whole race. The Experiments
menu shows a preset's settings, then races its contestants (or trains its one
network), and draws the book's figure from the result into the runs folder.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core.config import TrainConfig
from core.datasets import TITLES, dataset_of, shared_dataset
from core.path_display import show_path
from core.race import make_race
from core.run_record import RunRecord
from core.session import Phase
from gui.experiment_texts import experiment_settings_text, experiment_title

if TYPE_CHECKING:
    from core.experiments import Experiment
    from gui.histogram_choice_dialog import HistogramChoiceDialog
    from gui.main_window import MainWindow
    from gui.special_experiment import SpecialExperiment

log = logging.getLogger(__name__)


class WindowRace:
    """Race mode and the Experiments menu of the window."""

    experiment_box: QMessageBox | None = None
    special: SpecialExperiment | None = None
    histogram_dialog: HistogramChoiceDialog | None = None
    figure_written: Path | None = None
    _experiment: Experiment | None = None

    # -- setting a race up ------------------------------------------------------------------

    def add_to_race(self: MainWindow) -> None:
        """Add the Training dock's settings to the next race."""
        error = self.controls.settings_error()
        if error is not None:
            self._show_message(
                self.tr("The settings need a fix"),
                self.tr("{error}. Change it in the Training dock.").format(error=error),
            )
            return
        config = self.controls.config()
        try:  # a race compares networks on one set of images
            shared_dataset([c.dataset for c in self.race_setup.configs] + [config.dataset])
        except ValueError:
            self._show_message(
                self.tr("Another dataset"),
                self.tr(
                    "This race trains on {dataset}: its contestants must all learn the same "
                    "images. Choose {dataset} in the Training dock, or clear the race first."
                ).format(dataset=TITLES[self.race_setup.configs[0].dataset]),
            )
            return
        if not self.race_setup.add(config):
            self._show_message(
                self.tr("The race is full"), self.tr("A race has at most 6 contestants.")
            )

    def start_race(self: MainWindow, name: str = "race") -> None:
        """Race the contestants set up in the Training dock."""
        configs = self.race_setup.configs
        if self.session.phase.active or self.race.active:
            self._show_message(
                self.tr("Cannot start a race now"),
                self.tr("Stop the current run or race, and Reset it, before starting a race."),
            )
            return
        self.controller.reset()
        contestants = make_race(configs, batch_seed=configs[0].seed)
        self.race.start(contestants, name)
        self.race_view.set_race(contestants, self.race.sessions)
        self._show_contestant_settings(0)
        self.central_stack.setCurrentWidget(self.race_view)
        self._on_phase_changed()

    def reset_race(self: MainWindow) -> None:
        """Forget the race and go back to single runs."""
        self.race.reset()
        self.race_view.clear()
        self.central_stack.setCurrentWidget(self.plots)
        self._experiment = None
        self._race_weights_shown = (-1, -2)
        self.weights_view.clear()
        self.reader.set_network(None, trained=False)
        self._on_phase_changed()

    def _on_race_contestant_opened(self: MainWindow, config: TrainConfig) -> None:
        if self.state is Phase.IDLE:
            self.controls.set_config(config)

    # -- during a race -------------------------------------------------------------------------

    def _show_race_weights(self: MainWindow) -> None:
        """Show the selected contestant's latest weights in the weights view and the reader."""
        index = max(self.race_view.selected_index(), 0)
        if index >= len(self.race.sessions):
            return
        session = self.race.sessions[index]
        if session.params is None or (index, session.params_iteration) == self._race_weights_shown:
            return
        self._race_weights_shown = (index, session.params_iteration)
        self.weights_view.set_params(session.params)
        self._show_class_names(dataset_of(session.config))
        self.reader.set_network(
            session.params, trained=session.trained, config=session.config, buffers=session.buffers
        )

    def _on_race_contestant_selected(self: MainWindow, index: int) -> None:
        self._race_weights_shown = (-1, -2)
        self._show_race_weights()
        self._show_contestant_settings(index)

    def _show_contestant_settings(self: MainWindow, index: int) -> None:
        """The Training dock shows (locked) the settings of the contestant selected."""
        if 0 <= index < len(self.race.contestants):
            self.controls.set_config(self.race.contestants[index].config)

    def _on_race_ended(self: MainWindow, records: list[RunRecord]) -> None:
        experiment, self._experiment = self._experiment, None
        if experiment is not None:
            losses = [record.state.losses for record in records]
            self._write_figure(experiment, lambda: _loss_figure(experiment, losses))

    # -- experiments ---------------------------------------------------------------------------

    def ask_experiment(self: MainWindow, name: str) -> None:
        """Show what the experiment ``name`` will run; Start runs it."""
        from core.experiments import EXPERIMENTS

        experiment = EXPERIMENTS[name]
        title = experiment_title(experiment)
        box = QMessageBox(self, objectName="experimentBox")
        box.setWindowTitle(title)
        box.setText(self.tr("{title} ({script})").format(title=title, script=experiment.script))
        box.setInformativeText(experiment_settings_text(experiment))
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: box.clickedButton() is start and self.start_experiment(name))
        box.open()
        self.experiment_box = box

    def start_experiment(self: MainWindow, name: str) -> None:
        """Run the experiment ``name`` as its book script sets it up (no questions asked)."""
        from core.experiments import EXPERIMENTS

        experiment = EXPERIMENTS[name]
        if experiment.kind not in ("loss", "accuracy"):
            self.start_special_experiment(experiment)
            return
        if self.session.phase.active or self.race.active:
            self._show_message(
                self.tr("Cannot start an experiment now"),
                self.tr(
                    "Stop the current run or race, and Reset it, before starting an experiment."
                ),
            )
            return
        configs = list(experiment.contestants)
        self._experiment = experiment
        if len(configs) == 1:
            self.controller.reset()
            self.controls.set_config(configs[0])
            self.start()
            return
        self.race_setup.set_configs(configs)
        self.start_race(experiment.name)

    def _on_single_experiment_ended(self: MainWindow, record: RunRecord) -> None:
        experiment, self._experiment = self._experiment, None
        if experiment is not None and not self.race.active:
            self._write_figure(experiment, lambda: _accuracy_figure(experiment, record))

    def start_special_experiment(self: MainWindow, experiment: Experiment) -> None:
        """The activation histograms at once; the batch-norm grid or the search in background."""
        if experiment.kind == "histograms":
            from gui.histogram_choice_dialog import HistogramChoiceDialog

            dialog = HistogramChoiceDialog(self)
            dialog.accepted.connect(lambda: self.draw_histograms(experiment, *dialog.choice()))
            dialog.open()
            self.histogram_dialog = dialog
            return
        if self.special is not None and self.special.running:
            self._show_message(
                self.tr("An experiment is running"), self.tr("Stop it (Shift+F5) first.")
            )
            return
        from gui.special_experiment import SpecialExperiment

        kind = "batch-norm" if experiment.kind == "batch-norm" else "search"
        runner = SpecialExperiment(kind, self)
        view = self.results_view
        if kind == "batch-norm":
            view.show_batch_norm()
            runner.item_finished.connect(view.add_batch_norm_run)
        else:
            view.show_search()
            runner.item_finished.connect(view.add_trial)
        runner.finished.connect(
            lambda result, error: self._on_special_finished(experiment, result, error)
        )
        self.results_dock.show()
        self.results_dock.raise_()
        self.special = runner
        runner.start()
        self.banner.show_message(
            lambda: QCoreApplication.translate(
                "WindowRace",
                "{title}: training in the background; Stop (Shift+F5) keeps what is done.",
            ).format(title=experiment_title(experiment))
        )

    def draw_histograms(
        self: MainWindow, experiment: Experiment, activation: str = "relu", scale: str = "he"
    ) -> None:
        """Draw the activation histograms for ``activation`` and ``scale`` into the runs folder."""
        from core.activation_histograms import run_activation_histograms
        from gui.special_figures import render_histograms_figure

        result = run_activation_histograms(activation, scale)
        self._write_figure(
            experiment, lambda: render_histograms_figure(result), f"-{activation}-{scale}"
        )

    def _on_special_finished(
        self: MainWindow, experiment: Experiment, result: object, error: object
    ) -> None:
        if error is not None or result is None:
            self._show_message(
                self.tr("{title} failed").format(title=experiment_title(experiment)), str(error)
            )
            return
        from gui.special_figures import (
            render_batch_norm_figure,
            render_search_figure,
            render_search_scatter,
        )

        if experiment.kind == "batch-norm":
            self._write_figure(experiment, lambda: render_batch_norm_figure(result))  # type: ignore[arg-type]
        else:
            self._write_figure(experiment, lambda: render_search_figure(result))  # type: ignore[arg-type]
            self._write_figure(experiment, lambda: render_search_scatter(result), "-scatter")  # type: ignore[arg-type]

    def _write_figure(
        self: MainWindow, experiment: Experiment, render: object, suffix: str = ""
    ) -> None:
        """Draw the book's figure of ``experiment`` into the runs folder and say where."""
        from core.run_files import write_png

        try:
            png = render()  # type: ignore[operator]
            folder = self.runs_root
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{experiment.name}-{_stamp()}{suffix}.png"
            write_png(path, png)
        except Exception as exc:  # the runs are saved; only the picture is missing
            log.exception("could not draw the figure of %s", experiment.name)
            self._show_message(self.tr("The figure was not saved"), f"{type(exc).__name__}: {exc}")
            return
        self.figure_written = path
        self.banner.show_message(
            lambda: QCoreApplication.translate(
                "WindowRace", "The book's figure of {title}: {file}"
            ).format(title=experiment_title(experiment), file=show_path(path))
        )


def _stamp() -> str:
    from datetime import datetime

    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _loss_figure(experiment: Experiment, losses: list) -> bytes:
    from gui.experiment_figures import render_loss_figure

    return render_loss_figure(experiment, list(experiment.labels), losses)


def _accuracy_figure(experiment: Experiment, record: RunRecord) -> bytes:
    from gui.experiment_figures import render_accuracy_figure

    return render_accuracy_figure(experiment, record.epochs)
