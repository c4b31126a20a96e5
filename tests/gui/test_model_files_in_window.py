"""File > Save model and File > Open model in the window."""

from __future__ import annotations

import numpy as np

from core.model_file import load_model_file
from gui.controls_widget import RunState
from gui.main_window import MainWindow


def settle(qtbot, window: MainWindow, state: RunState) -> None:
    qtbot.waitUntil(
        lambda: window.state is state and not window.is_training_thread_running(), timeout=30_000
    )


def test_save_then_open_shows_the_same_run(qtbot, window, tmp_path):
    window.controls.iterations_spin.setValue(700)
    window.controls.hidden_size_spin.setValue(30)
    window.start()
    settle(qtbot, window, RunState.FINISHED)
    path = tmp_path / "model.npz"
    assert window.save_model(str(path))
    saved = load_model_file(path)
    assert saved.iterations_done == 700
    np.testing.assert_array_equal(saved.params["W1"], window.trainer.network.params["W1"])

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_model(str(path))
    assert other.state is RunState.FINISHED
    assert other.controls.config() == window.controls.config()
    np.testing.assert_array_equal(other.loss_plot.losses, window.loss_plot.losses)
    assert other.accuracy_plot.epochs.tolist() == [0, 1]
    np.testing.assert_array_equal(
        other.weights_view.image_item.image[:28, :28], saved.params["W1"][:, 0].reshape(28, 28)
    )
    other.reader.test_digit_button.click()
    assert other.reader.reading is not None
    assert "not been trained" not in other.reader.reading_label.text()


def test_an_opened_unfinished_run_continues_where_it_stopped(qtbot, window, tmp_path):
    window.controls.iterations_spin.setValue(1_000_000)
    window.start()
    qtbot.waitUntil(lambda: window.loss_plot.count >= 30, timeout=30_000)
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    path = tmp_path / "model.npz"
    assert window.save_model(str(path))
    done = window.trainer.iterations_done

    window.reset()
    assert window.open_model(str(path))
    assert window.state is RunState.STOPPED and window.loss_plot.count == done
    window.start()  # Continue
    qtbot.waitUntil(lambda: window.loss_plot.count >= done + 30, timeout=30_000)
    assert window.trainer.iterations_done >= done + 30
    window.stop()
    settle(qtbot, window, RunState.STOPPED)
    np.testing.assert_array_equal(window.loss_plot.losses, window.trainer.train_loss_list)


def test_a_broken_file_is_refused_and_the_current_run_kept(qtbot, window, tmp_path):
    window.controls.iterations_spin.setValue(200)
    window.start()
    settle(qtbot, window, RunState.FINISHED)
    before = window.loss_plot.losses
    path = tmp_path / "broken.npz"
    path.write_bytes(b"PK\x03\x04 this is not a whole zip file")
    assert not window.open_model(str(path))
    assert "broken.npz" in window.message_box.text()
    assert window.state is RunState.FINISHED
    np.testing.assert_array_equal(window.loss_plot.losses, before)
    window.message_box.close()


def test_saving_needs_a_network(window, tmp_path):
    assert not window.save_model(str(tmp_path / "model.npz"))
    assert "Train a network first" in window.message_box.text()
    assert not (tmp_path / "model.npz").exists()
    window.message_box.close()
