"""File dialogs that remember their folder, exports that name and size their files right."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from core.session import Phase


@pytest.fixture
def trained(qtbot, window):
    window.controls.iterations_spin.setValue(650)
    window.start()
    qtbot.waitUntil(lambda: window.state is Phase.FINISHED, timeout=30_000)
    return window


def test_a_png_export_gets_its_extension_and_twice_the_size(qtbot, trained, tmp_path, monkeypatch):
    window = trained
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "loss"), ""))
    with qtbot.waitSignal(window.file_saved, timeout=10_000):
        window.ask_save_png("loss")
    image = QImage(str(tmp_path / "loss.png"))
    plot = window.loss_plot.plot_widget
    assert image.width() >= 2 * plot.width()
    assert image.height() >= 2 * plot.height()


def test_the_weights_export_is_the_views_picture_without_its_hover_line(trained):
    view = trained.weights_view
    image = trained.export_image("weights")
    assert image == view.export_image(2)  # not a grab of the dock, which shows the hover line
    mosaic_h, mosaic_w = view.mosaic.shape
    assert image.width() >= 2 * mosaic_w
    assert image.height() >= 2 * mosaic_h


def test_file_dialogs_start_in_the_folder_last_used(qtbot, trained, tmp_path, monkeypatch):
    window = trained
    asked_in = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def save_dialog(parent, title, start, filter_text):
        asked_in.append(start)
        return str(folder / "metrics.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(window.file_saved, timeout=10_000):
        window.ask_export_metrics()
    with qtbot.waitSignal(window.file_saved, timeout=10_000):
        window.ask_export_metrics()
    assert Path(asked_in[1]).parent == folder
    assert (folder / "metrics.csv").is_file()


def test_a_file_that_cannot_be_written_is_a_message_not_a_traceback(
    qtbot, trained, tmp_path, monkeypatch
):
    window = trained
    target = tmp_path / "missing-folder" / "loss.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    with qtbot.waitSignal(window.file_save_failed, timeout=10_000):
        window.ask_save_png("loss")
    assert "loss.png" in window.message_box.text()
    window.message_box.close()
