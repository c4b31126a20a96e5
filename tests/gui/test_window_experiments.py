"""The Experiments menu: each preset shows its settings, runs, and draws the book's figure."""

from __future__ import annotations

import functools

from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMenu

import gui.special_experiment
from core import experiments
from core.experiments import EXPERIMENTS, settings_text, shortened
from core.hyperparameter_search import run_search
from gui.controls_widget import RunState


def test_the_menu_has_one_action_per_preset(window):
    menu = window.findChild(QMenu, "experimentsMenu")
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == [f"experiment-{name}" for name in EXPERIMENTS]
    assert window.findChild(QAction, "experiment-optimizer-compare") is not None


def test_an_experiment_shows_its_settings_before_it_starts(window):
    window.ask_experiment("weight-init-compare")
    box = window.experiment_box
    assert box.informativeText() == settings_text(EXPERIMENTS["weight-init-compare"])
    assert not window.race.active  # nothing starts before Start
    box.reject()


def test_a_race_preset_races_and_draws_the_books_figure(qtbot, window, monkeypatch):
    short = shortened(EXPERIMENTS["optimizer-compare"], 40)
    monkeypatch.setitem(experiments.EXPERIMENTS, "optimizer-compare", short)
    window.start_experiment("optimizer-compare")
    assert window.race.active
    assert [s.config for s in window.race.sessions] == [c.config for c in window.race.contestants]
    assert [c.config.optimizer for c in window.race.contestants] == [
        "sgd",
        "momentum",
        "adagrad",
        "adam",
    ]
    qtbot.waitUntil(lambda: window.figure_written is not None, timeout=120_000)
    assert window.state is RunState.FINISHED
    image = QImage(str(window.figure_written))
    assert not image.isNull()
    assert (
        window.race_setup.configs == [c.config for c in window.race.contestants]
        or len(window.race_setup.configs) == 4
    )


def test_activation_histograms_ask_for_the_activation_and_scale(window):
    window.start_experiment("activation-histograms")
    dialog = window.histogram_dialog
    assert dialog.choice() == ("relu", "he")  # the script as shipped
    dialog.activation_combo.setCurrentIndex(dialog.activation_combo.findData("sigmoid"))
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData("1"))
    dialog.accept()
    assert window.figure_written.name.endswith("-sigmoid-1.png")
    assert not QImage(str(window.figure_written)).isNull()


def test_the_search_fills_the_results_view_live(qtbot, window, monkeypatch):
    monkeypatch.setattr(
        gui.special_experiment, "run_search", functools.partial(run_search, trials=3, epochs=2)
    )
    window.start_experiment("hyperparameter-search")
    qtbot.waitUntil(lambda: window.figure_written is not None, timeout=120_000)
    assert not window.special.running
    assert window.special.kind == "search"
    assert len(window.results_view.search.trials) == 3  # each shown as it finished
