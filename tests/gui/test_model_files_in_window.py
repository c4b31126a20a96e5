"""File > Save model and File > Open model in the window."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog

from core.model_file import load_model_file
from gui.controls_widget import RunState
from gui.main_window import MainWindow


def settle(qtbot, window: MainWindow, state: RunState) -> None:
    qtbot.waitUntil(
        lambda: window.state is state and not window.is_training_thread_running(), timeout=30_000
    )


def open_and_wait(qtbot, window: MainWindow, path) -> None:
    with qtbot.waitSignal(window.model_opened, timeout=10_000):
        window.open_model(str(path))


def test_save_then_open_shows_the_same_run(qtbot, window, tmp_path):
    window.controls.iterations_spin.setValue(700)
    window.controls.hidden_layers_edit.setText("30")
    window.start()
    settle(qtbot, window, RunState.FINISHED)
    path = tmp_path / "model.npz"
    assert window.save_model(str(path))
    saved = load_model_file(path)
    assert saved.iterations_done == 700
    np.testing.assert_array_equal(saved.params["W1"], window.session.params["W1"])

    other = MainWindow()
    qtbot.addWidget(other)
    open_and_wait(qtbot, other, path)
    assert other.state is RunState.FINISHED
    assert other.controls.config() == window.controls.config()
    np.testing.assert_array_equal(other.loss_plot.losses, window.loss_plot.losses)
    assert other.accuracy_plot.epochs.tolist() == [0, 1]
    np.testing.assert_array_equal(other.weights_view.weights, saved.params["W1"])
    other.reader.test_digit_button.click()
    assert other.reader.reading is not None
    assert "not been trained" not in other.reader.reading_label.text()
    other.close()


def test_an_opened_model_can_be_saved_again(qtbot, window, tmp_path, monkeypatch):
    window.controls.iterations_spin.setValue(200)
    window.start()
    settle(qtbot, window, RunState.FINISHED)
    first = tmp_path / "first.npz"
    assert window.save_model(str(first))
    window.reset()
    open_and_wait(qtbot, window, first)
    second = tmp_path / "second"  # no extension: .npz is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(second), ""))
    with qtbot.waitSignal(window.file_saved, timeout=10_000):
        window.actions.save_model.trigger()
    saved = load_model_file(tmp_path / "second.npz")
    np.testing.assert_array_equal(saved.losses, load_model_file(first).losses)


def test_save_model_says_why_before_asking_for_a_file(window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    window.actions.save_model.trigger()
    assert asked == []
    assert "Train a network first" in window.message_box.text()
    window.message_box.close()


def test_an_opened_unfinished_run_continues_where_it_stopped(qtbot, window, tmp_path):
    window.controls.iterations_spin.setValue(1_000_000)
    window.start()
    qtbot.waitUntil(lambda: window.loss_plot.count >= 30, timeout=30_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    path = tmp_path / "model.npz"
    assert window.save_model(str(path))
    done = window.session.iterations_done

    window.reset()
    open_and_wait(qtbot, window, path)
    assert window.state is RunState.STOPPED
    assert window.loss_plot.count == done
    window.start()  # Continue
    qtbot.waitUntil(lambda: window.loss_plot.count >= done + 30, timeout=30_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    assert window.session.checkpoint.iterations_done == window.loss_plot.count >= done + 30


def test_a_broken_file_is_refused_and_the_current_run_kept(qtbot, window, tmp_path):
    window.controls.iterations_spin.setValue(200)
    window.start()
    settle(qtbot, window, RunState.FINISHED)
    before = window.loss_plot.losses
    path = tmp_path / "broken.npz"
    path.write_bytes(b"PK\x03\x04 this is not a whole zip file")
    with qtbot.waitSignal(window.open_failed, timeout=10_000):
        window.open_model(str(path))
    assert "broken.npz" in window.message_box.text()
    assert window.state is RunState.FINISHED
    np.testing.assert_array_equal(window.loss_plot.losses, before)
    window.message_box.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_refused_without_blocking_the_window(qtbot, window, tmp_path):
    fifo = tmp_path / "model.npz"
    os.mkfifo(fifo)
    with qtbot.waitSignal(window.open_failed, timeout=10_000):
        window.open_model(str(fifo))
    assert "not a regular file" in window.message_box.text()
    assert window.state is RunState.IDLE
    window.message_box.close()


def test_saving_needs_a_network(window, tmp_path):
    assert not window.save_model(str(tmp_path / "model.npz"))
    assert "Train a network first" in window.message_box.text()
    assert not (tmp_path / "model.npz").exists()
    window.message_box.close()
