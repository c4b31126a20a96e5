"""Every run from the window is saved, listed in the Runs panel, and can be overlaid."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import QItemSelectionModel

from core.run_store import list_runs
from gui.controls_widget import RunState
from gui.main_window import MainWindow


def settle(qtbot, window: MainWindow, state: RunState) -> None:
    qtbot.waitUntil(
        lambda: window.state is state and not window.is_training_thread_running(), timeout=30_000
    )
    qtbot.waitUntil(lambda: not window.controller.saver.busy, timeout=30_000)


def train(qtbot, window: MainWindow, iterations: int) -> None:
    window.controls.iterations_spin.setValue(iterations)
    window.start()
    settle(qtbot, window, RunState.FINISHED)


def test_a_finished_run_is_saved_and_listed(qtbot, window, isolated_data_folder):
    train(qtbot, window, 650)
    assert window.runs_root == isolated_data_folder / "runs"
    (info,) = list_runs(window.runs_root)
    record = json.loads((info.path / "run.json").read_text())
    assert record["summary"]["status"] == "finished"
    assert record["summary"]["iterations_done"] == 650
    assert 0.5 < record["summary"]["final_test_acc"] <= 1  # measured in the background
    assert (info.path / "model.npz").is_file()
    assert (info.path / "output.png").is_file()
    qtbot.waitUntil(lambda: window.runs.table.topLevelItemCount() == 1, timeout=5000)


def test_a_run_is_listed_as_running_while_it_trains(qtbot, window):
    window.controls.iterations_spin.setValue(1_000_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.session.history) > 10, timeout=30_000)
    (info,) = list_runs(window.runs_root)
    assert info.status == "running"
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    (info,) = list_runs(window.runs_root)
    assert info.status == "stopped"


def test_selected_runs_are_overlaid_on_the_plots(qtbot, window):
    train(qtbot, window, 650)
    window.reset()
    train(qtbot, window, 700)
    window.runs.refresh()
    table = window.runs.table
    assert table.topLevelItemCount() == 2
    for row in range(2):
        table.selectionModel().select(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.waitUntil(lambda: len(window.loss_plot.overlay_curves) == 2, timeout=10_000)
    assert len(window.accuracy_plot.overlay_curves) == 2
    lengths = sorted(len(history) for history in window.loss_plot._overlays)
    assert lengths == [650, 700]
    table.clearSelection()
    assert window.loss_plot.overlay_curves == []
    assert window.accuracy_plot.overlay_curves == []


def test_the_gradient_check_uses_the_current_network(qtbot, window):
    assert window.current_network() is None
    train(qtbot, window, 50)
    network = window.current_network()
    np.testing.assert_array_equal(network.params["W1"], window.session.params["W1"])
    with qtbot.waitSignal(window.gradcheck.finished, timeout=30_000):
        window.gradcheck.run_check()
    result = window.gradcheck.result
    assert [check.key for check in result.checks] == ["W1", "b1", "W2", "b2"]
    assert max(check.relative_error for check in result.checks) < 1e-5


def test_the_gradient_check_forgets_its_results_on_reset(qtbot, window):
    train(qtbot, window, 50)
    with qtbot.waitSignal(window.gradcheck.finished, timeout=30_000):
        window.gradcheck.run_check()
    assert window.gradcheck.result is not None
    window.reset()
    assert window.gradcheck.result is None
    assert window.gradcheck.table.item(0, 0) is None


def test_runs_folder_setting(qtbot, window, tmp_path):
    window.set_runs_folder(str(tmp_path / "elsewhere"))
    assert window.runs_root == tmp_path / "elsewhere"
    train(qtbot, window, 20)
    assert len(list_runs(tmp_path / "elsewhere")) == 1


def test_a_run_opened_from_the_panel_and_continued_is_one_run_that_grows(qtbot, window):
    window.controls.iterations_spin.setValue(1_000_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.session.history) >= 30, timeout=30_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    done = window.session.iterations_done
    window.reset()
    window.runs.refresh()
    window.runs.table.topLevelItem(0).setSelected(True)
    with qtbot.waitSignal(window.model_opened, timeout=10_000):
        window.runs.open_button.click()
    assert window.state is RunState.STOPPED
    assert window.loss_plot.count == done
    window.start()
    qtbot.waitUntil(lambda: window.loss_plot.count >= done + 20, timeout=30_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    (info,) = list_runs(window.runs_root)  # still one run, now longer
    assert info.iterations_done == window.session.iterations_done > done
