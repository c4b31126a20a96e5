"""The digit reader: a drawing on the pad, what the network sees, and its answer."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from core.data import load_mnist
from core.drawing import preprocess_drawing
from core.network import TwoLayerNet
from core.reading import read_digit
from gui.digit_reader_widget import EMPTY_HINT, NO_NETWORK_HINT, DigitReaderWidget
from gui.draw_pad_widget import array_to_qimage
from gui.main_window import MainWindow


@pytest.fixture(scope="module")
def test_set():
    (_, _), (x_test, t_test) = load_mnist(normalize=False)
    return x_test[:50], t_test[:50]


@pytest.fixture
def params():
    return TwoLayerNet(784, 20, 10, weight_init_std=0.1, rng=1).params


@pytest.fixture
def reader(qtbot, test_set):
    widget = DigitReaderWidget(test_set_loader=lambda: test_set, rng=np.random.default_rng(3))
    qtbot.addWidget(widget)
    widget.resize(1000, 320)
    widget.show()
    return widget


def draw_seven(qtbot, pad) -> None:
    side = min(pad.width(), pad.height())
    left = (pad.width() - side) // 2
    top = (pad.height() - side) // 2

    def at(fx: float, fy: float) -> QPoint:
        return QPoint(left + int(fx * side), top + int(fy * side))

    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=at(0.25, 0.2))
    qtbot.mouseMove(pad, at(0.75, 0.2))
    qtbot.mouseMove(pad, at(0.45, 0.85))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at(0.45, 0.85))


def test_empty_pad_shows_a_hint_and_no_reading(reader, params):
    reader.set_network(params, trained=True)
    assert reader.reading is None
    assert reader.preview_image is None
    assert reader.reading_label.text() == EMPTY_HINT
    assert reader.bar_item.opts["height"].tolist() == [0.0] * 10


def test_a_stroke_changes_the_preview_and_the_bars(qtbot, reader, params):
    reader.set_network(params, trained=True)
    draw_seven(qtbot, reader.pad)
    qtbot.waitUntil(lambda: reader.reading is not None, timeout=2000)
    expected_x = preprocess_drawing(reader.pad.canvas_array())
    np.testing.assert_allclose(reader.preview_image, expected_x.reshape(28, 28))
    expected = read_digit(params, expected_x)
    np.testing.assert_allclose(reader.bar_item.opts["height"], expected.probabilities)
    top = expected.top
    assert reader.bar_item.opts["brushes"][top] != reader.bar_item.opts["brushes"][(top + 1) % 10]
    assert f"reads {top} (" in reader.reading_label.text()
    np.testing.assert_allclose(reader.hidden_item.opts["height"], expected.hidden)


def test_clear_empties_the_preview_and_the_bars(qtbot, reader, params):
    reader.set_network(params, trained=True)
    draw_seven(qtbot, reader.pad)
    qtbot.waitUntil(lambda: reader.reading is not None, timeout=2000)
    with qtbot.waitSignal(reader.units_highlighted) as blocker:
        reader.clear_button.click()
    assert blocker.args == [[]]
    assert reader.reading is None
    assert reader.preview_image is None
    assert reader.bar_item.opts["height"].tolist() == [0.0] * 10
    assert reader.reading_label.text() == EMPTY_HINT


def test_no_network_and_untrained_network_say_so(qtbot, reader, params):
    draw_seven(qtbot, reader.pad)
    reader.read_now()
    assert reader.reading_label.text() == NO_NETWORK_HINT
    assert reader.preview_image is not None  # the preprocessing is shown all the same
    reader.set_network(params, trained=False)
    assert "not been trained yet" in reader.reading_label.text()
    reader.set_network(params, trained=True)
    assert "not been trained" not in reader.reading_label.text()


def test_test_digit_puts_a_labelled_mnist_image_on_the_pad(reader, params, test_set):
    reader.set_network(params, trained=True)
    reader.test_digit_button.click()
    images, labels = test_set
    assert reader.true_label in labels.tolist()
    assert f"The MNIST label is {reader.true_label}" in reader.reading_label.text()
    assert not reader.pad.is_empty()
    # What the network sees is close to the original digit.
    matches = [
        np.corrcoef(reader.preview_image.ravel(), image / 255.0)[0, 1]
        for image, label in zip(images, labels, strict=True)
        if label == reader.true_label
    ]
    assert max(matches) > 0.8


def test_opening_a_dark_on_light_png_reads_it(qtbot, reader, params, tmp_path, test_set):
    reader.set_network(params, trained=True)
    digit = 1.0 - test_set[0][0].reshape(28, 28) / 255.0  # black ink on white paper
    path = tmp_path / "digit.png"
    array_to_qimage(np.kron(digit, np.ones((8, 8)))).save(str(path))
    with qtbot.waitSignal(reader.image_loaded) as blocker:
        reader.open_image(str(path))
        assert "Opening" in reader.message_label.text()
    assert blocker.args == [str(path)]
    assert reader.reading is not None
    assert reader.message_label.text() == ""
    assert np.corrcoef(reader.preview_image.ravel(), test_set[0][0] / 255.0)[0, 1] > 0.8


def test_a_file_that_is_not_an_image_is_explained(qtbot, reader, params, tmp_path):
    reader.set_network(params, trained=True)
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    with qtbot.waitSignal(reader.load_failed) as blocker:
        reader.open_image(str(path))
    message = blocker.args[0]
    assert f"{path}: it is not an image this app can read" in message
    assert reader.message_label.text() == message
    assert reader.pad.is_empty()
    reader.set_network(params, trained=True)  # a new reading does not hide the message
    assert reader.message_label.text() == message


def test_a_blank_image_keeps_the_drawing_and_its_reading(qtbot, reader, params, tmp_path):
    reader.set_network(params, trained=True)
    draw_seven(qtbot, reader.pad)
    reader.read_now()
    drawing, reading = reader.pad.canvas_array(), reader.reading
    path = tmp_path / "white.png"
    white = QImage(50, 50, QImage.Format.Format_RGB32)
    white.fill(0xFFFFFFFF)
    assert white.save(str(path))
    with qtbot.waitSignal(reader.load_failed) as blocker:
        reader.open_image(str(path))
    assert "No digit in" in blocker.args[0]
    assert "white.png" in blocker.args[0]
    np.testing.assert_array_equal(reader.pad.canvas_array(), drawing)
    assert reader.reading is reading
    assert reader.message_label.isVisible()
    draw_seven(qtbot, reader.pad)  # drawing again: the message was about the old state
    assert reader.message_label.text() == ""
    assert not reader.message_label.isVisible()


LONG_NAME = "a_photo_of_my_handwritten_digit_" * 6 + ".png"


def show_long_texts(qtbot, reader, params, folder) -> None:
    """The longest things the column shows: a reading with its notes, an error with a long path."""
    reader.set_network(params, trained=False)
    reader.show_test_digit()
    with qtbot.waitSignal(reader.load_failed):
        reader.open_image(str(folder / LONG_NAME))
    assert reader.message_label.isVisible()


def test_no_widget_draws_over_another_at_any_size(qtbot, reader, params, tmp_path, overlaps):
    show_long_texts(qtbot, reader, params, tmp_path)
    smallest = reader.minimumSizeHint()
    widths = np.linspace(smallest.width(), 1800, 5).astype(int)
    heights = np.linspace(smallest.height(), 900, 5).astype(int)
    for width in widths:
        for height in heights:
            reader.resize(int(width), int(height))
            qtbot.waitUntil(lambda w=width, h=height: reader.size() == QSize(w, h))
            QApplication.processEvents()  # let the layouts settle
            assert overlaps(reader) == [], f"at {width} x {height}"
            assert reader.rect().contains(reader.pad.geometry())


def test_long_messages_wrap_and_elide_inside_their_label(qtbot, reader, params, tmp_path):
    show_long_texts(qtbot, reader, params, tmp_path)
    smallest = reader.minimumSizeHint()
    for size in (smallest, QSize(1000, 320), QSize(1400, 800)):
        reader.resize(size)
        QApplication.processEvents()
        for label in (reader.message_label, reader.reading_label):
            area = label.contentsRect()
            lines = label.displayed_lines()
            assert len(lines) >= 1
            assert len(lines) * label.line_height() <= area.height()
            metrics = label.fontMetrics()
            assert all(metrics.horizontalAdvance(line) <= area.width() for line in lines)
            if label.is_elided():
                assert lines[-1].endswith("…")
                assert label.toolTip() == label.text()
            else:
                assert "".join(lines).replace(" ", "") == label.text().replace(" ", "").replace(
                    "\n", ""
                )
        if size == smallest:  # too small to show it all: cut, and all of it in the tooltip
            assert reader.message_label.is_elided()


def test_the_pad_keeps_reading_while_training(qtbot, test_set):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.controls.iterations_spin.setValue(1_000_000)
    window.reader.pad.set_canvas(test_set[0][0].reshape(28, 28) / 255.0)
    window.start()
    qtbot.waitUntil(lambda: window.reader.reading is not None, timeout=30_000)
    first = window.reader.reading.probabilities.copy()
    qtbot.waitUntil(
        lambda: not np.allclose(window.reader.reading.probabilities, first), timeout=30_000
    )
    qtbot.waitUntil(lambda: bool(window.weights_view.highlighted_units), timeout=30_000)
    assert window.weights_view.highlighted_units == window.reader.reading.strongest_units(5)
    window.stop_thread(5000)
    qtbot.waitUntil(lambda: not window.is_training_thread_running(), timeout=5000)


def draw_small_zero(qtbot, pad) -> None:
    """A 0 about 32 canvas px tall in the pad's top-left corner: the 23-px pen fills it in."""
    side = min(pad.width(), pad.height())
    left, top = (pad.width() - side) // 2, (pad.height() - side) // 2
    scale = side / 280  # widget pixels per canvas pixel

    def at(angle: float) -> QPoint:
        x, y = 40 + 9 * np.cos(angle), 40 + 16 * np.sin(angle)
        return QPoint(left + round(x * scale), top + round(y * scale))

    angles = np.linspace(0, 2 * np.pi, 40)
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=at(angles[0]))
    for angle in angles[1:]:
        qtbot.mouseMove(pad, at(angle))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at(angles[-1]))


def test_a_small_drawing_is_read_with_strokes_scaled_to_it(qtbot, reader, params):
    reader.set_network(params, trained=True)
    draw_small_zero(qtbot, reader.pad)
    strokes = reader.pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) >= 30
    reader.read_now()
    seen = reader.preview_image
    # The loop of the 0 stays open: its middle is background, as in MNIST's zeros.
    assert seen[13:16, 13:16].max() < 0.2
    as_painted = preprocess_drawing(reader.pad.canvas_array()).reshape(28, 28)
    assert as_painted[13:16, 13:16].max() > 0.5  # the fat pen had filled it in


def test_a_test_digit_on_the_pad_is_read_from_its_pixels(reader, params):
    reader.set_network(params, trained=True)
    reader.show_test_digit()
    assert reader.pad.strokes() is None  # no path: the pixels are what there is
    reader.pad.clear()
    assert reader.pad.strokes() == []
