"""The mistakes panel: the confusion matrix, the gallery, and the panel reading the test set."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from core.architecture import build_network
from core.config import TrainConfig
from core.mistakes import caption, read_images
from gui.confusion_matrix_widget import ConfusionMatrixView
from gui.mistakes_gallery_widget import (
    INDEX_ROLE,
    LABEL_ROLE,
    MAX_THUMBNAILS,
    PROBABILITY_ROLE,
    MistakesGallery,
)
from gui.mistakes_panel import NO_CELL, NO_NETWORK, MistakesPanel

N_IMAGES = 300


@pytest.fixture
def test_set():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(N_IMAGES, 784), dtype=np.uint8)
    return images, rng.integers(10, size=N_IMAGES)


def _network(seed: int):
    return build_network(
        TrainConfig(hidden_sizes=(16,), weight_init_std=1.0), rng=np.random.default_rng(seed)
    )


def _confusion(seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    confusion = rng.integers(0, 30, size=(10, 10))
    confusion[np.arange(10), np.arange(10)] += 900
    confusion[6] = 0  # a digit with no images
    return confusion


# -- the confusion matrix ------------------------------------------------------------------


def test_matrix_shows_counts_rates_accuracy_and_epoch(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    confusion = _confusion()
    view.set_confusion(confusion, 3)
    assert "epoch 3" in view.title_label.text()
    assert f"{np.trace(confusion):,} of {confusion.sum():,}" in view.title_label.text()
    assert view.cell_texts() == [[str(c) for c in row] for row in confusion]

    view.rates_check.setChecked(True)
    texts = view.cell_texts()
    for i in range(10):
        total = confusion[i].sum()
        for j in range(10):
            rate = 0.0 if total == 0 else confusion[i, j] / total
            expected = "0" if rate == 0 else (f"{rate:.0%}" if rate >= 0.1 else f"{rate:.1%}")
            assert texts[i][j] == expected
    accuracy = view.accuracy_texts()
    assert accuracy[0] == f"{confusion[0, 0] / confusion[0].sum():.1%}"
    assert accuracy[6] == "no images"
    widths = view.accuracy_bars.opts["width"]
    np.testing.assert_allclose(widths[0], confusion[0, 0] / confusion[0].sum())
    assert widths[6] == 0


def test_matrix_colours_the_diagonal_apart_from_the_mistakes(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    confusion = _confusion()
    confusion[4, 9] = 500  # the worst mistake
    view.set_confusion(confusion, 0)
    rgb = view.image_item.image.astype(int)
    diagonal = np.eye(10, dtype=bool)
    diagonal[6, 6] = False  # an empty row is white
    assert np.all(rgb[diagonal][:, 2] > rgb[diagonal][:, 0])  # blue
    off = ~np.eye(10, dtype=bool) & (confusion > 0)
    assert np.all(rgb[off][:, 0] >= rgb[off][:, 2])  # orange (or white)
    darkness = rgb.sum(axis=2)
    assert darkness[4, 9] == darkness[off].min()  # the worst mistake is the darkest


def test_clicking_a_cell_emits_it_and_outlines_it(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_confusion(_confusion(), 2)
    box = view.matrix_plot.getViewBox()
    scene_point = box.mapViewToScene(QPointF(9.5, 4.5))
    pos = view.plots.mapFromScene(scene_point)
    with qtbot.waitSignal(view.cell_clicked) as blocker:
        qtbot.mouseClick(view.plots.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [4, 9]
    assert view.selected_cell == (4, 9)


def test_cell_at_and_an_empty_matrix(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    assert view.cell_at(9.99, 0.0) == (0, 9)
    assert view.cell_at(10.0, 3.0) is None
    assert view.cell_at(-0.1, 3.0) is None
    view.set_confusion(_confusion(), 1)
    view.set_confusion(None, -1)
    assert view.confusion is None
    assert all(text == "" for row in view.cell_texts() for text in row)
    assert "first epoch" in view.title_label.text()
    with pytest.raises(ValueError, match="10x10"):
        view.set_confusion(np.zeros((3, 3)), 1)


# -- the gallery ------------------------------------------------------------------------------


def test_gallery_captions_bounds_and_chooses(qtbot, test_set):
    images, labels = test_set
    probabilities = np.random.default_rng(2).dirichlet(np.ones(10), size=N_IMAGES)
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    indices = np.arange(N_IMAGES)[::-1]
    gallery.show_images("some", indices, images, labels, probabilities)
    assert gallery.count == MAX_THUMBNAILS
    assert gallery.shown_indices() == indices[:MAX_THUMBNAILS].tolist()
    first = int(indices[0])
    answer = int(probabilities[first].argmax())
    assert gallery.captions()[0] == caption(
        int(labels[first]), answer, probabilities[first, answer]
    )
    item = gallery.thumbnails.item(0)
    assert item.data(LABEL_ROLE) == labels[first]
    assert item.data(PROBABILITY_ROLE) == pytest.approx(probabilities[first].max())
    assert gallery.more_label.text() == f"and {N_IMAGES - MAX_THUMBNAILS} more"
    assert not gallery.more_label.isHidden()
    icon = item.icon().pixmap(56, 56).toImage()
    assert (icon.width(), icon.height()) == (56, 56)

    with qtbot.waitSignal(gallery.image_chosen) as blocker:
        gallery.choose(1)
    image, label = blocker.args
    index = gallery.thumbnails.item(1).data(INDEX_ROLE)
    assert label == labels[index]
    assert image.shape == (28, 28)
    assert image.dtype == np.float32
    np.testing.assert_allclose(image.ravel(), images[index] / 255.0, rtol=1e-6)

    gallery.show_images("few", indices[:5], images, labels, probabilities, total=5)
    assert gallery.count == 5
    assert gallery.more_label.isHidden()
    gallery.show_message("nothing")
    assert gallery.count == 0
    assert gallery.title_label.text() == "nothing"


def test_clicking_a_thumbnail_emits_its_image(qtbot, test_set):
    images, labels = test_set
    probabilities = np.full((N_IMAGES, 10), 0.1)
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    gallery.resize(400, 300)
    gallery.show()
    qtbot.waitExposed(gallery)
    gallery.show_images("some", np.array([7, 3, 5]), images, labels, probabilities)
    rect = gallery.thumbnails.visualItemRect(gallery.thumbnails.item(2))
    with qtbot.waitSignal(gallery.image_chosen) as blocker:
        qtbot.mouseClick(
            gallery.thumbnails.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert blocker.args[1] == labels[5]
    np.testing.assert_allclose(blocker.args[0].ravel(), images[5] / 255.0, rtol=1e-6)


# -- the panel ----------------------------------------------------------------------------------


class CountingLoader:
    def __init__(self, test_set, gate: threading.Event | None = None) -> None:
        self.test_set, self.calls, self.gate = test_set, 0, gate

    def __call__(self):
        self.calls += 1
        if self.gate is not None:
            self.gate.wait(5)
        return self.test_set


def _shown_panel(qtbot, loader) -> MistakesPanel:
    panel = MistakesPanel(test_set_loader=loader)
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    return panel


def _wait_for_readings(qtbot, panel: MistakesPanel) -> None:
    qtbot.waitUntil(lambda: panel.readings is not None and not panel.is_reading, timeout=10_000)


def test_panel_galleries_hold_the_books_and_the_confident_mistakes(qtbot, test_set):
    images, labels = test_set
    panel = _shown_panel(qtbot, CountingLoader(test_set))
    assert panel.gallery.title_label.text() == NO_NETWORK
    network = _network(3)
    panel.set_network(network)
    _wait_for_readings(qtbot, panel)
    probabilities = network.probabilities(images / np.float32(255.0))
    answers = probabilities.argmax(axis=1)
    wrong = [i for i in range(N_IMAGES) if answers[i] != labels[i]]
    assert len(wrong) > MAX_THUMBNAILS  # a random network: plenty of mistakes

    assert panel.mode == "first"
    assert panel.gallery.shown_indices() == wrong[:20]
    assert f"of {len(wrong)} mistakes" in panel.gallery.title_label.text()

    panel.set_mode("confident")
    shown = panel.gallery.shown_indices()
    confidence = [probabilities[i, answers[i]] for i in shown]
    assert len(shown) == MAX_THUMBNAILS
    assert confidence == sorted(confidence, reverse=True)
    assert min(confidence) >= max(probabilities[i, answers[i]] for i in set(wrong) - set(shown))
    assert panel.gallery.more_label.text() == f"and {len(wrong) - MAX_THUMBNAILS} more"


def test_panel_clicked_cell_shows_its_images_and_reemits_a_choice(qtbot, test_set):
    images, labels = test_set
    panel = _shown_panel(qtbot, CountingLoader(test_set))
    network = _network(4)
    panel.set_network(network)
    _wait_for_readings(qtbot, panel)
    answers = read_images(network, images).answers
    true, read = int(labels[0]), int(answers[0])
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (labels, answers), 1)
    panel.set_confusion(confusion, 1)
    panel.set_mode("cell")
    assert panel.gallery.title_label.text() == NO_CELL

    panel.matrix_view.cell_clicked.emit(true, read)
    assert panel.mode == "cell"
    expected = [i for i in range(N_IMAGES) if labels[i] == true and answers[i] == read]
    assert panel.gallery.shown_indices() == expected
    assert panel.matrix_view.selected_cell == (true, read)
    assert "changed since" not in panel.gallery.title_label.text()

    confusion[true, read] += 5  # a matrix from another network than the gallery's
    panel.set_confusion(confusion, 2)
    assert "changed since" in panel.gallery.title_label.text()

    with qtbot.waitSignal(panel.image_chosen) as blocker:
        panel.gallery.choose(0)
    assert blocker.args[1] == labels[expected[0]]
    np.testing.assert_allclose(blocker.args[0].ravel(), images[expected[0]] / 255.0, rtol=1e-6)


def test_panel_loads_once_reads_each_network_once_and_only_the_latest(qtbot, test_set):
    gate = threading.Event()
    loader = CountingLoader(test_set, gate)
    panel = _shown_panel(qtbot, loader)
    panel.set_network(_network(5))
    qtbot.waitUntil(lambda: loader.calls == 1)
    assert panel.is_reading
    latest = _network(6)
    panel.set_network(latest)  # while the first is still being read
    gate.set()
    _wait_for_readings(qtbot, panel)
    expected = read_images(latest, test_set[0])
    np.testing.assert_array_equal(panel.readings.answers, expected.answers)
    assert loader.calls == 1

    readings = panel.readings
    panel.set_mode("confident")
    panel.set_mode("first")
    assert panel.readings is readings  # cached: not read again for the same network

    panel.clear()
    assert panel.readings is None
    assert panel.matrix_view.confusion is None
    assert panel.gallery.title_label.text() == NO_NETWORK


def test_hidden_panel_reads_only_when_shown(qtbot, test_set):
    loader = CountingLoader(test_set)
    panel = MistakesPanel(test_set_loader=loader)
    qtbot.addWidget(panel)
    panel.set_network(_network(7))
    assert not panel.is_reading
    assert loader.calls == 0
    panel.show()
    _wait_for_readings(qtbot, panel)
    assert loader.calls == 1


def test_panel_says_why_the_test_set_could_not_be_read(qtbot):
    def failing():
        raise OSError("no MNIST here")

    panel = _shown_panel(qtbot, failing)
    panel.set_network(_network(8))
    qtbot.waitUntil(lambda: "no MNIST here" in panel.gallery.title_label.text(), timeout=5000)
    panel.set_mode("confident")
    assert "no MNIST here" in panel.gallery.title_label.text()
