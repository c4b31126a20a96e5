"""The main window driven through its buttons, with real training in its worker thread."""

from __future__ import annotations

import csv
import threading

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QPushButton, QSpinBox

from core.trainer import TrainConfig
from gui.controls_widget import RunState
from gui.main_window import MainWindow
from gui.window_settings import open_settings

LONG = 1_000_000


def button(window: MainWindow, name: str) -> QPushButton:
    return window.findChild(QPushButton, name)


def spin(window: MainWindow, name: str) -> QSpinBox | QDoubleSpinBox:
    return window.findChild(QSpinBox, name) or window.findChild(QDoubleSpinBox, name)


def set_iterations(window: MainWindow, n: int) -> None:
    spin(window, "iterationsSpin").setValue(n)


def wait_for_state(qtbot, window: MainWindow, state: RunState, timeout: int = 30_000) -> None:
    settled = state in (RunState.FINISHED, RunState.STOPPED, RunState.IDLE)

    def reached() -> bool:
        return window.state is state and not (settled and window.is_training_thread_running())

    qtbot.waitUntil(reached, timeout=timeout)


def wait_for_losses(qtbot, window: MainWindow, at_least: int) -> None:
    qtbot.waitUntil(lambda: window.loss_plot.count >= at_least, timeout=30_000)


def test_named_widgets_exist(window):
    for name in ("startButton", "pauseButton", "stopButton", "resetButton", "stepButton"):
        assert button(window, name) is not None, name
    for name in (
        "learningRateSpin",
        "batchSizeSpin",
        "hiddenSizeSpin",
        "iterationsSpin",
        "weightInitSpin",
        "seedSpin",
    ):
        assert spin(window, name) is not None, name
    assert window.findChild(type(window.loss_plot), "lossPlot") is window.loss_plot
    assert window.findChild(type(window.accuracy_plot), "accuracyPlot") is window.accuracy_plot
    assert window.findChild(type(window.weights_view), "weightsView") is window.weights_view
    assert window.windowTitle() == "MNIST Trainer"


def test_gradient_method_is_a_setting_of_the_run(qtbot, window):
    combo = window.findChild(QComboBox, "gradientMethodCombo")
    combo.setCurrentIndex(combo.findData("numerical"))
    assert window.controls.config().gradient == "numerical"
    set_iterations(window, 30)
    button(window, "startButton").click()
    assert not combo.isEnabled()
    wait_for_state(qtbot, window, RunState.FINISHED)
    assert window.trainer.config.gradient == "numerical"
    assert window.trainer.iterations_done == 30


def test_defaults_are_the_books(window):
    assert window.controls.config() == TrainConfig()
    assert spin(window, "iterationsSpin").maximum() >= 1_000_000
    assert spin(window, "batchSizeSpin").maximum() == 60_000  # never above the training set


def test_short_run_fills_both_plots_and_the_weights(qtbot, window):
    set_iterations(window, 1250)
    button(window, "startButton").click()
    wait_for_state(qtbot, window, RunState.FINISHED)

    x, y = window.loss_plot.plotted()
    assert len(x) == len(y) == 1250
    np.testing.assert_array_equal(x, np.arange(1250))
    np.testing.assert_array_equal(y, window.trainer.train_loss_list)
    assert [line.value() for line in window.loss_plot.epoch_lines] == [0, 600, 1200]

    epochs, train = window.accuracy_plot.train_curve.getOriginalDataset()
    assert list(epochs) == [0, 1, 2]
    assert list(train) == window.trainer.train_acc_list
    assert list(window.accuracy_plot.test_curve.getOriginalDataset()[1]) == (
        window.trainer.test_acc_list
    )

    W1 = window.trainer.network.params["W1"]
    mosaic = window.weights_view.image_item.image
    assert window.weights_view.grid_shape[0] * window.weights_view.grid_shape[1] >= 50
    np.testing.assert_array_equal(mosaic[:28, :28], W1[:, 0].reshape(28, 28))
    assert "iteration 1,250 / 1,250" in window.status.fields["iteration"].text()
    assert "epoch 2" in window.status.fields["epoch"].text()
    assert not button(window, "startButton").isEnabled()
    assert button(window, "resetButton").isEnabled()


def test_pause_holds_and_resume_goes_on(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 50)
    button(window, "pauseButton").click()
    assert button(window, "pauseButton").text() == "Resume"
    qtbot.waitUntil(lambda: window.paused_at is not None, timeout=10_000)
    qtbot.wait(100)  # let in-flight chunks land
    held = len(window.loss_plot.losses)
    assert held == window.paused_at == window.trainer.iterations_done
    qtbot.wait(300)
    assert len(window.loss_plot.losses) == held
    assert window.trainer.iterations_done == held

    button(window, "pauseButton").click()
    assert button(window, "pauseButton").text() == "Pause"
    wait_for_losses(qtbot, window, held + 50)
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)


def test_stop_then_continue_then_reset(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 20)
    assert not spin(window, "hiddenSizeSpin").isEnabled()
    assert spin(window, "learningRateSpin").isEnabled()
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)
    stopped_at = window.trainer.iterations_done
    assert len(window.loss_plot.losses) == stopped_at < LONG
    assert button(window, "startButton").text() == "Continue"
    assert not spin(window, "hiddenSizeSpin").isEnabled()

    button(window, "startButton").click()  # continues the same run
    wait_for_losses(qtbot, window, stopped_at + 20)
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)
    np.testing.assert_array_equal(window.loss_plot.losses, window.trainer.train_loss_list)

    button(window, "resetButton").click()
    assert window.state is RunState.IDLE and window.trainer is None
    assert len(window.loss_plot.losses) == 0
    assert len(window.accuracy_plot.epochs) == 0
    assert window.weights_view.image_item.image is None
    assert spin(window, "hiddenSizeSpin").isEnabled()


def test_step_runs_one_iteration_at_a_time(qtbot, window):
    set_iterations(window, LONG)
    button(window, "stepButton").click()
    qtbot.waitUntil(lambda: window.paused_at == 1, timeout=30_000)
    assert len(window.loss_plot.losses) == 1
    button(window, "stepButton").click()
    qtbot.waitUntil(lambda: window.paused_at == 2, timeout=10_000)
    window._refresh()
    assert len(window.loss_plot.losses) == 2 == window.trainer.iterations_done
    assert window.state is RunState.PAUSED
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)


def test_learning_rate_change_reaches_the_trainer(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 20)
    assert window.trainer.learning_rate == pytest.approx(0.1)
    spin(window, "learningRateSpin").setValue(0.05)
    qtbot.waitUntil(lambda: window.trainer.learning_rate == pytest.approx(0.05), timeout=5000)
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)


def test_divergence_pauses_and_explains(qtbot, window):
    set_iterations(window, LONG)
    spin(window, "learningRateSpin").setValue(50.0)
    button(window, "startButton").click()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    assert window.state is RunState.PAUSED
    assert "too large" in window.banner.label.text()
    assert "0.1" in window.banner.label.text()
    qtbot.waitUntil(lambda: window.paused_at is not None, timeout=10_000)
    window._refresh()
    y_low, y_high = window.loss_plot.getPlotItem().viewRange()[1]
    assert np.isfinite([y_low, y_high]).all()
    button(window, "resetButton").click()
    wait_for_state(qtbot, window, RunState.IDLE)
    assert not window.banner.isVisible()


def test_close_during_training_stops_the_worker_quickly(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 20)
    thread = window._thread
    timer = QElapsedTimer()
    timer.start()
    window.close()
    assert thread.isFinished()
    assert timer.elapsed() < 1000


def test_twenty_start_stop_reset_cycles(qtbot, window):
    python_threads = threading.active_count()
    set_iterations(window, LONG)
    for _ in range(20):
        button(window, "startButton").click()
        wait_for_losses(qtbot, window, 1)
        button(window, "stopButton").click()
        wait_for_state(qtbot, window, RunState.STOPPED)
        button(window, "resetButton").click()
        wait_for_state(qtbot, window, RunState.IDLE)
    assert threading.active_count() == python_threads


def test_reset_while_running_stops_first(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 10)
    button(window, "resetButton").click()
    wait_for_state(qtbot, window, RunState.IDLE)
    assert window.trainer is None and len(window.loss_plot.losses) == 0


def test_gui_stays_responsive_while_training(qtbot, window):
    set_iterations(window, LONG)
    lateness: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)

    def on_tick() -> None:
        now = clock.restart()
        lateness.append(max(now - 10, 0))

    ticker.timeout.connect(on_tick)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 100)
    before = window.trainer.iterations_done
    clock.start()
    ticker.start()
    qtbot.waitUntil(lambda: len(lateness) >= 200, timeout=20_000)
    ticker.stop()
    during = window.trainer.iterations_done - before
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)
    assert during > 100  # it really trained while the lateness was measured
    assert np.percentile(lateness[1:], 99) < 50


def test_worker_error_becomes_a_message(qtbot):
    def broken_loader():
        raise OSError("disk on fire")

    w = MainWindow(data_loader=broken_loader)
    qtbot.addWidget(w)
    button(w, "startButton").click()
    qtbot.waitUntil(lambda: getattr(w, "error_box", None) is not None, timeout=10_000)
    assert "disk on fire" in w.error_box.text()
    assert "Traceback" in w.error_box.detailedText()
    wait_for_state(qtbot, w, RunState.IDLE)
    w.error_box.close()


def test_export_metrics_csv(qtbot, window, tmp_path):
    set_iterations(window, 700)
    button(window, "startButton").click()
    wait_for_state(qtbot, window, RunState.FINISHED)
    path = tmp_path / "metrics.csv"
    window.export_metrics(str(path))
    rows = list(csv.DictReader(path.read_text().splitlines()))
    assert len(rows) == 700
    assert float(rows[5]["loss"]) == pytest.approx(window.trainer.train_loss_list[5], rel=1e-6)
    with_accuracy = [r for r in rows if r["train_acc"]]
    assert [int(r["iteration"]) for r in with_accuracy] == [0, 600]
    assert float(with_accuracy[1]["test_acc"]) == pytest.approx(
        window.trainer.test_acc_list[1], abs=1e-6
    )


def test_settings_are_remembered_in_the_test_folder(qtbot, isolated_settings):
    first = MainWindow()
    qtbot.addWidget(first)
    spin(first, "hiddenSizeSpin").setValue(77)
    spin(first, "learningRateSpin").setValue(0.25)
    first.close()
    assert QSettings.Format.IniFormat == open_settings().format()
    assert open_settings().fileName().startswith(str(isolated_settings))
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.controls.config().hidden_size == 77
    assert second.controls.config().learning_rate == pytest.approx(0.25)


def test_shortcuts(window):
    assert "Space" in [s.toString() for s in window.start_pause_action.shortcuts()]
    assert window.step_action.shortcut().toString() == "F10"
    assert window.reset_action.shortcut().toString() == "Ctrl+R"
