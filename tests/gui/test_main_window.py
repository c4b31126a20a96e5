"""The main window driven through its buttons, with real training in its child process."""

from __future__ import annotations

import csv
import threading

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QPushButton, QSpinBox

from core.config import TrainConfig
from core.run_store import list_runs
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
    qtbot.waitUntil(lambda: len(window.session.history) >= at_least, timeout=30_000)


def test_named_widgets_exist(window):
    for name in ("startButton", "pauseButton", "stopButton", "resetButton", "stepButton"):
        assert button(window, name) is not None, name
    for name in (
        "learningRateSpin",
        "batchSizeSpin",
        "trainSizeSpin",
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
    assert window.session.config.gradient == "numerical"
    assert window.session.iterations_done == 30


def test_defaults_are_the_books(window):
    assert window.controls.config() == TrainConfig()
    assert spin(window, "iterationsSpin").maximum() >= 1_000_000
    assert spin(window, "batchSizeSpin").maximum() == 60_000  # never above the training set


def test_one_click_restores_the_books_settings(window):
    for name, value in (
        ("trainSizeSpin", 300),
        ("learningRateSpin", 0.7),
        ("batchSizeSpin", 32),
        ("iterationsSpin", 777),
        ("weightInitSpin", 1.0),
        ("seedSpin", 9),
    ):
        spin(window, name).setValue(value)
    combo = window.findChild(QComboBox, "gradientMethodCombo")
    combo.setCurrentIndex(combo.findData("numerical"))
    assert window.controls.config() != TrainConfig()
    button(window, "bookSettingsButton").click()
    assert window.controls.config() == TrainConfig()
    assert window.actions.book_settings.text().startswith("Restore the &book")


def test_short_run_fills_both_plots_and_the_weights(qtbot, window):
    set_iterations(window, 1250)
    button(window, "startButton").click()
    wait_for_state(qtbot, window, RunState.FINISHED)
    window.loss_plot.refresh()
    window.accuracy_plot.refresh()

    session = window.session
    x, y = window.loss_plot.plotted()
    np.testing.assert_array_equal(x, np.arange(1250))
    np.testing.assert_array_equal(y, session.history.losses)
    np.testing.assert_array_equal(window.loss_plot.drawn_epoch_markers, [0, 600, 1200])

    epochs, train = window.accuracy_plot.train_curve.getOriginalDataset()
    assert list(epochs) == [0, 1, 2]
    assert list(train) == [e.train_acc for e in session.epochs]
    np.testing.assert_array_equal(window.weights_view.weights, session.params["W1"])
    assert session.params_iteration == 1249
    assert window.status.fields["iteration"].text() == "iteration 1,250 / 1,250"
    assert "epoch 2" in window.status.fields["epoch"].text()
    assert not button(window, "startButton").isEnabled()
    assert button(window, "resetButton").isEnabled()


def test_pause_holds_and_resume_goes_on(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 50)
    button(window, "pauseButton").click()
    assert button(window, "pauseButton").text() == "Resume"
    qtbot.waitUntil(lambda: window.session.paused_at is not None, timeout=10_000)
    held = len(window.session.history)
    assert held == window.session.paused_at == window.session.checkpoint.iterations_done
    qtbot.wait(300)
    assert len(window.session.history) == held

    button(window, "pauseButton").click()
    assert button(window, "pauseButton").text() == "Pause"
    wait_for_losses(qtbot, window, held + 50)
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)


def test_stop_then_continue_then_reset(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 20)
    assert not window.controls.hidden_layers_edit.isEnabled()
    assert spin(window, "learningRateSpin").isEnabled()
    button(window, "stopButton").click()
    assert window.state is RunState.STOPPING  # at once, before the process confirms
    assert window.status.fields["phase"].text() == "Stopping…"
    assert not button(window, "stopButton").isEnabled()
    wait_for_state(qtbot, window, RunState.STOPPED)
    stopped_at = window.session.iterations_done
    assert len(window.session.history) == stopped_at < LONG
    assert button(window, "startButton").text() == "Continue"
    assert not window.controls.hidden_layers_edit.isEnabled()

    button(window, "startButton").click()  # continues the same run
    wait_for_losses(qtbot, window, stopped_at + 20)
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)
    assert window.session.checkpoint.iterations_done == len(window.session.history)

    button(window, "resetButton").click()
    assert window.state is RunState.IDLE
    assert window.session.config is None
    assert len(window.loss_plot.losses) == 0
    assert len(window.accuracy_plot.epochs) == 0
    assert window.weights_view.weights is None
    assert window.controls.hidden_layers_edit.isEnabled()


def test_step_runs_one_iteration_at_a_time(qtbot, window):
    set_iterations(window, LONG)
    button(window, "stepButton").click()
    qtbot.waitUntil(lambda: window.session.paused_at == 1, timeout=30_000)
    assert len(window.session.history) == 1
    window.loss_plot.refresh()
    assert window.loss_plot.last_point.data["x"].tolist() == [0]  # the one point shows
    (x0, x1), _ = window.loss_plot.plot_item.viewRange()
    assert x0 <= 0
    assert x1 < 100
    button(window, "stepButton").click()
    qtbot.waitUntil(lambda: window.session.paused_at == 2, timeout=10_000)
    assert len(window.session.history) == 2
    assert window.state is RunState.PAUSED
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)


def test_learning_rate_change_reaches_the_training_process(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 20)
    spin(window, "learningRateSpin").setValue(0.05)
    button(window, "pauseButton").click()
    qtbot.waitUntil(lambda: window.session.paused_at is not None, timeout=10_000)
    assert window.session.checkpoint.learning_rate == pytest.approx(0.05)
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)


def test_divergence_pauses_names_the_rate_and_is_not_repeated_after_resume(qtbot, window):
    set_iterations(window, LONG)
    spin(window, "learningRateSpin").setValue(50.0)
    button(window, "startButton").click()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    assert window.state is RunState.DIVERGED
    text = window.banner.label.text()
    assert "learning rate 50 is too large" in text
    assert "0.1" in text
    assert "Reset" in text
    qtbot.waitUntil(lambda: window.session.paused_at is not None, timeout=10_000)
    window.loss_plot.refresh()
    y_low, y_high = window.loss_plot.plot_item.viewRange()[1]
    assert np.isfinite([y_low, y_high]).all()

    # The learner follows the advice to lower the rate and resumes: no new alarm.
    spin(window, "learningRateSpin").setValue(0.1)
    button(window, "pauseButton").click()  # Resume
    assert not window.banner.isVisible()
    resumed_at = len(window.session.history)
    wait_for_losses(qtbot, window, resumed_at + 200)
    assert not window.banner.isVisible()
    assert window.state is RunState.RUNNING
    button(window, "resetButton").click()
    wait_for_state(qtbot, window, RunState.IDLE)


def test_a_run_stopped_while_diverged_is_saved_as_diverged_banner_or_not(qtbot, window):
    set_iterations(window, LONG)
    spin(window, "learningRateSpin").setValue(50.0)
    button(window, "startButton").click()
    qtbot.waitUntil(lambda: window.state is RunState.DIVERGED, timeout=30_000)
    window.banner.findChild(type(window.banner.close_button), "messageBannerClose").click()
    assert not window.banner.isVisible()  # dismissed: the run is still diverged
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)
    qtbot.waitUntil(lambda: not window.controller.saver.busy, timeout=30_000)
    (info,) = list_runs(window.runs_root)
    assert info.status == "diverged"


def test_close_during_training_stops_the_worker_quickly(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 20)
    timer = QElapsedTimer()
    timer.start()
    window.close()
    assert not window.is_training_thread_running()
    assert not window.controller.process.is_alive
    assert timer.elapsed() < 3000
    assert len(list_runs(window.runs_root)) == 1  # and the run was saved first


def test_twenty_start_stop_reset_cycles_leave_nothing_behind(qtbot, window):
    import gc

    from core.trainer import Trainer
    from gui.training_worker import TrainingWorker

    python_threads = threading.active_count()
    set_iterations(window, LONG)
    for _ in range(20):
        button(window, "startButton").click()
        wait_for_losses(qtbot, window, 1)
        button(window, "stopButton").click()
        wait_for_state(qtbot, window, RunState.STOPPED)
        button(window, "resetButton").click()
        wait_for_state(qtbot, window, RunState.IDLE)
    qtbot.waitUntil(lambda: not window.controller.saver.busy, timeout=60_000)
    qtbot.wait(50)  # deferred deletes
    gc.collect()
    assert sum(isinstance(o, TrainingWorker) for o in gc.get_objects()) == 0
    assert sum(isinstance(o, Trainer) for o in gc.get_objects()) == 0  # it trains elsewhere
    assert threading.active_count() <= python_threads + 1  # + the saver's thread
    assert len(list_runs(window.runs_root)) == 20


def test_reset_while_running_stops_first(qtbot, window):
    set_iterations(window, LONG)
    button(window, "startButton").click()
    wait_for_losses(qtbot, window, 10)
    button(window, "resetButton").click()
    wait_for_state(qtbot, window, RunState.IDLE)
    assert window.session.config is None
    assert len(window.loss_plot.losses) == 0


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
    before = window.session.iterations_done
    clock.start()
    ticker.start()
    qtbot.waitUntil(lambda: len(lateness) >= 200, timeout=20_000)
    ticker.stop()
    during = window.session.iterations_done - before
    button(window, "stopButton").click()
    wait_for_state(qtbot, window, RunState.STOPPED)
    assert during > 100  # it really trained while the lateness was measured
    assert np.percentile(lateness[1:], 99) < 50


def test_an_error_becomes_a_message(qtbot):
    def broken_loader():
        raise OSError("disk on fire")

    w = MainWindow(data_loader=broken_loader)
    qtbot.addWidget(w)
    button(w, "startButton").click()
    qtbot.waitUntil(lambda: w.error_box is not None, timeout=10_000)
    assert "disk on fire" in w.error_box.text()
    assert "Traceback" in w.error_box.detailedText()
    assert w.state is RunState.STOPPED
    assert not button(w, "startButton").isEnabled()
    w.error_box.close()
    w.close()


def test_export_metrics_csv(qtbot, window, tmp_path):
    set_iterations(window, 700)
    button(window, "startButton").click()
    wait_for_state(qtbot, window, RunState.FINISHED)
    path = tmp_path / "metrics.csv"
    window.export_metrics(str(path))
    rows = list(csv.DictReader(path.read_text().splitlines()))
    assert len(rows) == 700
    assert float(rows[5]["loss"]) == pytest.approx(window.session.history.losses[5], rel=1e-6)
    with_accuracy = [r for r in rows if r["train_acc"]]
    assert [int(r["iteration"]) for r in with_accuracy] == [0, 600]
    assert float(with_accuracy[1]["test_acc"]) == pytest.approx(
        window.session.epochs[1].test_acc, abs=1e-6
    )


def test_settings_are_remembered_in_the_test_folder(qtbot, isolated_settings):
    first = MainWindow()
    qtbot.addWidget(first)
    first.controls.hidden_layers_edit.setText("77, 30")
    spin(first, "learningRateSpin").setValue(0.25)
    first.close()
    assert QSettings.Format.IniFormat == open_settings().format()
    assert open_settings().fileName().startswith(str(isolated_settings))
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.controls.config().hidden_sizes == (77, 30)
    assert second.controls.config().learning_rate == pytest.approx(0.25)
    second.close()
