"""The digit reader: a drawing on the pad, what the network sees, and its answer."""

from __future__ import annotations

import itertools
from contextlib import nullcontext

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from core.data import load_mnist
from core.drawing import preprocess_drawing
from core.network import TwoLayerNet
from core.reading import read_digit
from gui.digit_reader_widget import (
    EMPTY_CLOTHES_HINT,
    EMPTY_HINT,
    NO_NETWORK_HINT,
    DigitReaderWidget,
)
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
    assert f"The true label is {reader.true_label}." in reader.reading_label.text()
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


# -- class names, language, theme, layout, keyboard ------------------------------------------


def bar_ticks(reader) -> list[str]:
    """The labels as shown: under the bars for digits, beside them for names."""
    return reader.bars.axis_labels()


def test_the_bars_are_labelled_by_the_class_names(qtbot, reader, params):
    assert reader.bar_labels() == [str(k) for k in range(10)]
    assert bar_ticks(reader) == [str(k) for k in range(10)]
    names = ["T-shirt", "Trouser", "Pullover", "Dress", "Coat"] + [f"c{k}" for k in range(5, 10)]
    reader.set_network(params, trained=True)
    reader.show_image(np.eye(28, dtype=np.float32), label=3)
    reader.set_class_names(names)
    assert bar_ticks(reader) == names
    assert reader.bar_labels() == names
    assert f"reads {names[reader.reading.top]} (" in reader.reading_label.text()
    assert "label is Dress." in reader.reading_label.text()
    with pytest.raises(ValueError, match="10 class names"):
        reader.set_class_names(["a", "b"])


FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat"]
FASHION += ["Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def test_digits_stand_under_vertical_bars(reader, params):
    reader.set_network(params, trained=True)
    reader.show_image(np.eye(28, dtype=np.float32))
    bars = reader.bars
    assert not bars.horizontal
    assert bars.label_axis() is reader.probability_bars.getAxis("bottom")
    assert reader.probability_bars.getAxis("left")._tickLevels is None  # numbers, 0 to 1
    np.testing.assert_allclose(reader.bar_item.opts["height"], reader.reading.probabilities)
    np.testing.assert_allclose(reader.bar_item.opts["x"], np.arange(10))
    assert reader.bar_item.opts["width"] == pytest.approx(0.7)
    assert not reader.probability_bars.getViewBox().yInverted()
    assert reader.probability_bars.getViewBox().viewRange()[1] == [0, 1]


def test_class_names_lie_beside_horizontal_bars_and_come_back_to_digits(reader, params):
    reader.set_network(params, trained=True)
    reader.show_image(np.eye(28, dtype=np.float32), label=3)
    probabilities = reader.reading.probabilities
    top = reader.reading.top
    reader.set_class_names(FASHION)
    bars, item, view = reader.bars, reader.bar_item, reader.probability_bars.getViewBox()
    assert bars.horizontal
    assert bars.label_axis() is reader.probability_bars.getAxis("left")
    bottom = [
        [text for _, text in level]
        for level in reader.probability_bars.getAxis("bottom")._tickLevels
    ]
    assert bottom == [["0", "1"], ["0.5"]]  # the probabilities
    assert bars.labels() == FASHION
    # One row per class, class 0 at the top; the bar's length is the probability.
    np.testing.assert_allclose(item.opts["y"], np.arange(10))
    np.testing.assert_allclose(item.opts["width"], probabilities)
    np.testing.assert_allclose(bars.probabilities(), probabilities)
    assert item.opts["x0"] == 0
    assert view.yInverted()
    assert view.viewRange()[0] == pytest.approx([-0.02, 1.1])
    assert view.viewRange()[1] == [-0.5, 9.5]
    # The answer's bar is still the highlighted one.
    from gui.appearance import appearance

    colors = [pg.mkBrush(b).color().name() for b in item.opts["brushes"]]
    assert colors[top] == pg.mkBrush(appearance().palette.bar_top).color().name()
    assert {c for k, c in enumerate(colors) if k != top} == {
        pg.mkBrush(appearance().palette.bar).color().name()
    }
    # The probabilities get more of the row than the hidden units.
    row = bars.layout()
    assert row.stretch(0) > row.stretch(1)

    reader.set_class_names([str(k) for k in range(10)])
    assert not bars.horizontal
    assert bar_ticks(reader) == [str(k) for k in range(10)]
    assert reader.probability_bars.getAxis("left")._tickLevels is None
    assert reader.probability_bars.getAxis("left").fixedWidth is None
    assert reader.probability_bars.getAxis("bottom").style["hideOverlappingLabels"] is True
    np.testing.assert_allclose(item.opts["height"], probabilities)
    np.testing.assert_allclose(item.opts["x"], np.arange(10))
    assert item.opts["y"] is None
    assert not view.yInverted()
    assert view.viewRange()[1] == [0, 1]
    assert row.stretch(0) == row.stretch(1)


def test_long_names_are_elided_to_the_plot_and_whole_in_its_tooltip(qtbot, reader):
    from PySide6.QtGui import QFontMetrics

    from gui.reading_bars import NAME_SHARE

    names = [f"A very long name of class number {k}" for k in range(10)]
    reader.set_class_names(names)
    qtbot.waitUntil(lambda: reader.bars.axis_labels() != names)
    shown = reader.bars.axis_labels()
    assert all(text.endswith("…") for text in shown)
    metrics = QFontMetrics(QApplication.font())
    room = reader.probability_bars.width() * NAME_SHARE
    assert max(metrics.horizontalAdvance(text) for text in shown) <= room
    assert reader.probability_bars.getAxis("left").width() <= room
    assert reader.probability_bars.toolTip().splitlines()[1:] == names
    # Wider, the short ones fit whole and the tooltip needs no list.
    reader.set_class_names(FASHION)
    reader.resize(2400, 320)
    qtbot.waitUntil(lambda: reader.bars.axis_labels() == FASHION)
    assert len(reader.probability_bars.toolTip().splitlines()) == 1
    widest = max(metrics.horizontalAdvance(name) for name in FASHION)
    assert reader.probability_bars.getAxis("left").width() >= widest


def test_names_are_measured_in_the_presentation_font(qtbot, reader):
    from gui.appearance import appearance
    from tests.gui.views_i18n import theme

    reader.set_class_names(FASHION)
    reader.resize(2400, 320)
    qtbot.waitUntil(lambda: reader.bars.axis_labels() == FASHION)
    before = reader.probability_bars.getAxis("left").fixedWidth
    with theme("light"):
        appearance().set_scale(2.0)
        assert reader.probability_bars.getAxis("left").fixedWidth > 1.5 * before
    assert reader.probability_bars.getAxis("left").fixedWidth == before


def test_names_shrink_to_fit_short_rows(qtbot, reader):
    from PySide6.QtGui import QFontMetrics

    from gui.appearance import appearance
    from gui.reading_bars import MIN_NAME_POINTS
    from tests.gui.views_i18n import theme

    reader.set_class_names(FASHION)
    axis = reader.probability_bars.getAxis("left")
    assert axis.style["tickFont"] == QApplication.font()  # tall rows: the interface's font
    with theme("light"):
        appearance().set_scale(2.0)
        reader.resize(1000, reader.minimumSizeHint().height())
        view = reader.probability_bars.getViewBox()
        qtbot.waitUntil(lambda: axis.style["tickFont"] != QApplication.font())
        font = axis.style["tickFont"]
        assert font.pointSizeF() < QApplication.font().pointSizeF()
        pitch = view.height() / 10
        assert QFontMetrics(font).height() <= pitch + 1 or font.pointSizeF() == MIN_NAME_POINTS
    reader.set_class_names([str(k) for k in range(10)])
    assert axis.style["tickFont"] == QApplication.font()


def test_the_texts_do_not_say_mnist_for_clothes(reader, params):
    tip = reader.test_digit_button.toolTip()
    assert tip == "Put a random image of the MNIST test data on the pad"
    assert reader.reading_label.text() == EMPTY_HINT
    reader.set_dataset("fashion")
    assert "Fashion-MNIST test data" in reader.test_digit_button.toolTip()
    assert reader.test_digit_button.accessibleDescription() == reader.test_digit_button.toolTip()
    assert reader.reading_label.text() == EMPTY_CLOTHES_HINT
    reader.set_class_names(FASHION)
    reader.set_network(params, trained=True)
    reader.show_image(np.eye(28, dtype=np.float32), label=9)
    assert reader.reading_label.text().splitlines()[1] == "The true label is Ankle boot."
    assert "MNIST" not in reader.reading_label.text()
    reader.set_dataset("mnist")
    assert reader.test_digit_button.toolTip() == tip


def test_texts_follow_the_language_and_come_back(qtbot, reader, params):
    from tests.gui.views_i18n import installed

    assert reader.reading_label.text() == EMPTY_HINT
    with installed("ja"):
        assert reader.clear_button.text() == "消去"
        assert reader.open_button.text() == "画像を開く…"
        assert reader.reading_label.text().startswith("パッドに数字を")
        assert reader.probability_bars.getPlotItem().titleLabel.text == "確率"
        reader.set_network(params, trained=False)
        reader.show_image(np.eye(28, dtype=np.float32), label=4)
        lines = reader.reading_label.text().splitlines()
        assert lines[0].startswith("ネットワークの答え: ")
        assert lines[1] == "正解ラベル: 4"
        assert lines[2] == "まだ学習していないネットワークなので、当てずっぽうの答えです。"
    assert reader.reading_label.text().startswith("The network reads ")
    assert reader.clear_button.text() == "Clear"
    assert reader.hidden_plot.getPlotItem().titleLabel.text == "hidden units z1"


def test_the_opening_message_follows_the_language(qtbot, reader, tmp_path):
    from tests.gui.views_i18n import installed

    reader._on_pad_loading_started(str(tmp_path / "seven.png"))
    assert reader.message_label.text().startswith("Opening ")
    with installed("zh_CN"):
        assert reader.message_label.text().startswith("正在打开 ")
        assert "seven.png" in reader.message_label.text()


def test_bars_and_plots_follow_the_theme(qtbot, reader, params):
    from gui.appearance import DARK, LIGHT
    from tests.gui.views_i18n import theme

    reader.set_network(params, trained=True)
    reader.show_image(np.eye(28, dtype=np.float32))
    top = reader.reading.top
    other = (top + 1) % 10

    def brush(k: int) -> str:
        return pg.mkBrush(reader.bar_item.opts["brushes"][k]).color().name()

    with theme("dark"):
        assert (brush(top), brush(other)) == (DARK.bar_top.lower(), DARK.bar.lower())
        assert reader.probability_bars.backgroundBrush().color().name() == DARK.background
        title = reader.hidden_plot.getPlotItem().titleLabel
        assert title.opts["color"] == DARK.foreground
    with theme("light"):
        assert (brush(top), brush(other)) == (LIGHT.bar_top.lower(), LIGHT.bar.lower())
        assert reader.probability_bars.backgroundBrush().color().name() == LIGHT.background


def test_the_preview_pixmap_is_made_at_the_device_pixel_ratio(qtbot, reader, monkeypatch):
    from gui.digit_preview import digit_pixmap

    image = np.zeros((28, 28), dtype=np.float32)
    image[3, 5] = 1.0
    for ratio, side, pixels in ((1.0, 84, 84), (2.0, 84, 168), (2.0, 90, 168), (1.0, 20, 28)):
        pixmap = digit_pixmap(image, side, ratio)
        assert (pixmap.width(), pixmap.height()) == (pixels, pixels)
        assert pixmap.devicePixelRatio() == ratio
    block = digit_pixmap(image, 84, 2.0).toImage()  # whole blocks, never smoothed
    assert block.pixelColor(5 * 6, 3 * 6).value() == 255
    assert block.pixelColor(5 * 6 - 1, 3 * 6).value() == 0
    reader.show_image(image)
    preview = reader.preview
    side = min(preview.width(), preview.height())
    monkeypatch.setattr(preview, "devicePixelRatioF", lambda: 2.0)
    assert preview.shown_pixmap().devicePixelRatio() == 2.0
    assert preview.shown_pixmap().width() == 28 * (2 * side // 28)


def test_enter_on_the_pad_reads_at_once(qtbot, reader, params):
    reader.set_network(params, trained=True)
    reader.pad.setFocus()
    draw_seven(qtbot, reader.pad)
    assert reader._read_timer.isActive()  # a reading is on its way
    qtbot.keyClick(reader.pad, Qt.Key.Key_Return)
    assert not reader._read_timer.isActive()
    assert reader.reading is not None


def test_tab_visits_the_pad_then_the_buttons_then_one_more(qtbot, reader):
    from PySide6.QtWidgets import QPushButton

    from tests.gui.views_i18n import focus_chain

    chain = focus_chain(reader)
    expected = [reader.pad, reader.clear_button, reader.test_digit_button, reader.open_button]
    assert [w for w in chain if w in expected] == expected
    save = QPushButton("Save to my digits")
    reader.add_button(save)
    qtbot.waitUntil(save.isVisible)  # Qt shows a widget added to a shown layout soon after
    chain = focus_chain(reader)
    assert chain.index(save) == chain.index(reader.open_button) + 1
    assert reader.open_button.geometry().bottom() < save.geometry().top()


def test_every_control_has_a_tooltip_and_an_accessible_name(reader):
    from tests.gui.views_i18n import focus_chain

    for widget in focus_chain(reader):
        assert widget.toolTip(), widget.objectName()
        assert widget.accessibleName(), widget.objectName()
    for widget in (reader.preview, reader.probability_bars, reader.hidden_plot):
        assert widget.toolTip(), widget.objectName()
        assert widget.accessibleName(), widget.objectName()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_at_a_small_size_no_text_lies_over_an_image(qtbot, reader, params, language):
    from tests.gui.views_i18n import installed, rect_in

    reader.set_network(params, trained=False)
    reader.show_image(np.eye(28, dtype=np.float32), label=4)
    reader._show_message("Opening a file with a long name in a folder far away…")
    with installed(language) if language != "en" else nullcontext():
        reader.resize(300, 200)
        qtbot.waitUntil(lambda: reader.width() < 1000)
        texts = [reader.preview_caption, reader.reading_label, reader.message_label]
        texts += [reader.clear_button, reader.test_digit_button, reader.open_button]
        images = [reader.pad, reader.preview, reader.probability_bars, reader.hidden_plot]
        for text in texts:
            for image in images:
                overlap = rect_in(text, reader).intersects(rect_in(image, reader))
                assert not overlap, (text.objectName(), image.objectName())
        for a, b in itertools.pairwise(texts):
            assert not rect_in(a, reader).intersects(rect_in(b, reader))
