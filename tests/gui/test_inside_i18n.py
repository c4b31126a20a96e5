"""The look-inside views in another language and theme, with class names, keys and tooltips.

A translator made from a few test translations (``pyside6-lrelease``) is installed;
every view sets its texts again on the language change Qt sends.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QWidget,
)

from core.gradcheck import gradient_check
from core.network import TwoLayerNet
from gui.activation_histograms_widget import ActivationHistograms
from gui.appearance import DARK, LIGHT, appearance
from gui.backprop_panel_widget import BackpropPanel
from gui.confusion_matrix_widget import ConfusionMatrixView, text_color
from gui.gradcheck_widget import GradCheckWidget
from gui.gradient_norms_widget import GradientNormsPlot
from gui.mistakes_gallery_widget import THUMBNAIL, MistakesGallery, thumbnail_pixmap
from gui.mistakes_panel import MistakesPanel
from tests.gui.catalogue import compiled

FAKE = {
    "ConfusionMatrixView": {
        "read as": "読み取り",
        "true class": "正解クラス",
        "Confusion matrix of the test set: after the first epoch": "混同行列「テストデータ」",
        "Rates (each row sums to 100%)": "割合",
    },
    "MistakesPanel": {
        "First 20 mistakes (book)": "最初の 20 個の誤り「本」",
        "&Show:": "表示(&S):",
    },
    "MistakesGallery": {"and {count} more": "ほか {count} 枚"},
    "ActivationHistograms": {"count": "個数"},
    "GradientNormsPlot": {"iteration": "繰り返し", "1e-3 (rule of thumb)": "1e-3「目安」"},
    "BackpropPanel": {"Next ▶": "次へ ▶", "Test image": "テスト画像"},
    "GraphStrip": {"forward": "順伝播"},
    "BackpropNodes": {
        "Target t = {t}; the network's answer is {answer}.": "正解 t = {t}、答えは {answer}。"
    },
    "GradCheckWidget": {"Run check": "勾配確認を実行", "values compared": "比べた値の数"},
    "GradCheckDiagnosisWidget": {"Worst entries": "誤差の大きい要素"},
    "GradCheckHints": {
        "Backprop is right: every relative error is at most {threshold} "
        "(largest {error}, {key}).": "正しい、{threshold} 以下「最大 {error}、{key}」"
    },
}
LONG_NAMES = [f"A rather long class name number {k}" for k in range(10)]


@pytest.fixture
def japanese(tmp_path):
    """Install the fake translator (Qt sends LanguageChange); removed after the test."""
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, "ja", FAKE)))
    app = QCoreApplication.instance()

    def install() -> None:
        app.installTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    yield install
    app.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def dark():
    """Force the dark theme; back to the system's after the test."""
    yield lambda: appearance().set_theme("dark")
    appearance().set_theme("light")
    appearance().set_theme("system")


def _controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)
    return [
        w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(widget)
    ]


def _assert_described(widget: QWidget) -> None:
    controls = _controls(widget)
    assert controls
    for control in controls:
        if control.parent() is not None and isinstance(control.parent(), QAbstractItemView):
            continue  # the views' own scroll bars and corner buttons
        name = control.objectName() or type(control).__name__
        assert control.toolTip(), f"{name} has no tooltip"
        assert control.accessibleName(), f"{name} has no accessible name"


def _confusion() -> np.ndarray:
    confusion = np.random.default_rng(1).integers(0, 30, size=(10, 10))
    confusion[np.arange(10), np.arange(10)] += 900
    return confusion


# -- the confusion matrix and the galleries ---------------------------------------------------


def test_matrix_retranslates_and_follows_the_theme(qtbot, japanese, dark):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    axis = view.matrix_plot.getAxis("bottom")
    assert axis.labelText == "read as"
    assert "after the first epoch" in view.title_label.text()
    japanese()
    assert axis.labelText == "読み取り"
    assert view.title_label.text() == "混同行列「テストデータ」"
    assert view.rates_check.text() == "割合"
    assert view.plots.backgroundBrush().color() != QColor(DARK.background)
    dark()
    assert view.plots.backgroundBrush().color() == QColor(DARK.background)
    assert axis.labelStyle["color"] == QColor(DARK.foreground).name()
    _assert_described(view)


def test_cell_numbers_contrast_with_their_cells():
    assert text_color(np.array([8, 48, 107])) == "#ffffff"  # darkest blue
    assert text_color(np.array([255, 255, 255])) == "#000000"
    assert text_color(np.array([253, 208, 162])) == "#000000"  # light orange


def test_matrix_names_its_classes_and_elides_long_names(qtbot, japanese):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    assert view.axis_ticks("bottom") == [str(k) for k in range(10)]
    view.set_class_names(LONG_NAMES)
    for side in ("bottom", "left"):
        ticks = view.axis_ticks(side)
        assert len(ticks) == 10
        assert all(tick.endswith("…") for tick in ticks)  # too long for a column
        assert all(LONG_NAMES[k].startswith(tick[:-1]) for k, tick in enumerate(ticks))
    view.set_confusion(_confusion(), 2)
    assert LONG_NAMES[3] in view.cell_tip(3, 5)
    assert LONG_NAMES[5] in view.cell_tip(3, 5)
    japanese()
    assert view.matrix_plot.getAxis("left").labelText == "正解クラス"
    assert len(view.axis_ticks("bottom")) == 10
    with pytest.raises(ValueError, match="10 class names"):
        view.set_class_names(["a", "b"])


def test_matrix_is_usable_with_the_keyboard(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.set_confusion(_confusion(), 1)
    view.show()
    qtbot.waitExposed(view)
    assert view.plots.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(view.plots, Qt.Key.Key_Down)  # the first key outlines (0, 0)
    assert view.selected_cell == (0, 0)
    qtbot.keyClick(view.plots, Qt.Key.Key_Down)
    qtbot.keyClick(view.plots, Qt.Key.Key_Right)
    qtbot.keyClick(view.plots, Qt.Key.Key_Right)
    assert view.selected_cell == (1, 2)
    with qtbot.waitSignal(view.cell_clicked) as blocker:
        qtbot.keyClick(view.plots, Qt.Key.Key_Return)
    assert blocker.args == [1, 2]


@pytest.fixture
def test_set():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(100, 784), dtype=np.uint8)
    labels = rng.integers(10, size=100)
    return images, labels, rng.dirichlet(np.ones(10), size=100)


def test_gallery_names_classes_and_retranslates(qtbot, test_set, japanese):
    images, labels, probabilities = test_set
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    gallery.set_class_names(LONG_NAMES)
    gallery.show_images("t", np.arange(70), images, labels, probabilities)
    item = gallery.thumbnails.item(0)
    label, answer = int(labels[0]), int(probabilities[0].argmax())
    first, second = item.text().split("\n")
    assert LONG_NAMES[label].startswith(first.rstrip("…"))
    assert second.startswith("→ ")
    assert LONG_NAMES[label] in item.toolTip()
    assert LONG_NAMES[answer] in item.toolTip()
    assert gallery.more_label.text() == "and 10 more"
    japanese()
    assert gallery.more_label.text() == "ほか 10 枚"
    _assert_described(gallery)


def test_gallery_is_usable_with_the_keyboard(qtbot, test_set):
    images, labels, probabilities = test_set
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    gallery.show()
    qtbot.waitExposed(gallery)
    gallery.show_images("t", np.array([4, 8, 15]), images, labels, probabilities)
    gallery.thumbnails.setFocus()
    gallery.thumbnails.setCurrentRow(0)
    qtbot.keyClick(gallery.thumbnails, Qt.Key.Key_Right)
    assert gallery.thumbnails.currentRow() == 1
    with qtbot.waitSignal(gallery.image_chosen) as blocker:
        qtbot.keyClick(gallery.thumbnails, Qt.Key.Key_Return)
    assert blocker.args[1] == labels[8]


def test_thumbnails_are_drawn_at_the_device_pixel_ratio():
    image = np.arange(784, dtype=np.uint8)
    pixmap = thumbnail_pixmap(image, 2.0)
    assert (pixmap.width(), pixmap.height()) == (2 * THUMBNAIL, 2 * THUMBNAIL)
    assert pixmap.devicePixelRatio() == 2.0
    pixels = pixmap.toImage()
    assert QColor(pixels.pixel(0, 0)).red() == QColor(pixels.pixel(3, 3)).red() == 0  # not smoothed
    assert QColor(pixels.pixel(4, 0)).red() == 1
    assert thumbnail_pixmap(image).devicePixelRatio() == 1.0


def test_panel_passes_names_on_and_retranslates(qtbot, japanese):
    panel = MistakesPanel(test_set_loader=lambda: (np.zeros((1, 784), np.uint8), np.zeros(1)))
    qtbot.addWidget(panel)
    panel.set_class_names(LONG_NAMES)
    assert panel.matrix_view.class_names == tuple(LONG_NAMES)
    assert panel.gallery.class_names == tuple(LONG_NAMES)
    assert panel.mode_combo.itemText(0) == "First 20 mistakes (book)"
    japanese()
    assert panel.mode_combo.itemText(0) == "最初の 20 個の誤り「本」"
    assert panel.mode_combo.currentData() == "first"
    assert panel.show_label.text() == "表示(&S):"
    assert panel.show_label.buddy() is panel.mode_combo
    _assert_described(panel)


# -- the other views ------------------------------------------------------------------------


def test_histograms_and_gradient_norms_retranslate_and_follow_the_theme(qtbot, japanese, dark):
    histograms = ActivationHistograms(images=np.zeros((4, 784), np.float32))
    norms = GradientNormsPlot()
    for widget in (histograms, norms):
        qtbot.addWidget(widget)
    histograms._build_plots(2)
    assert histograms.plots[0].getAxis("left").labelText == "count"
    assert norms.ratio_plot.getPlotItem().getAxis("bottom").labelText == "iteration"
    assert norms.reference_line.label.format == "1e-3 (rule of thumb)"
    assert histograms.toolTip()
    assert norms.toolTip()
    japanese()
    assert histograms.plots[0].getAxis("left").labelText == "個数"
    assert norms.ratio_plot.getPlotItem().getAxis("bottom").labelText == "繰り返し"
    assert norms.reference_line.label.format == "1e-3「目安」"
    dark()
    assert histograms.view.backgroundBrush().color() == QColor(DARK.background)
    assert norms.norm_plot.backgroundBrush().color() == QColor(DARK.background)
    assert norms.reference_line.pen.color() == QColor(DARK.foreground)
    assert histograms.bars[0].opts["fillBrush"] is not None


def test_backprop_panel_translates_its_steps(qtbot, japanese, dark):
    panel = BackpropPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    with qtbot.waitSignal(panel.walked, timeout=5000):
        panel.set_network(TwoLayerNet(784, 8, 10, rng=0))
        panel.set_input(np.zeros((28, 28)), 3)
    panel.go_to(3)  # Softmax+Loss forward: its note names the target
    assert panel.note.text().startswith("Target t = 3; the network's answer is")
    assert panel.step_label.text().endswith("Softmax+Loss, forward")
    _assert_described(panel)
    japanese()
    assert panel.note.text().startswith("正解 t = 3、答えは ")
    assert panel.step_label.text().endswith("Softmax+Loss, 順伝播")
    assert panel.next_button.text() == "次へ ▶"
    assert panel.graph.accessibleDescription().endswith("順伝播")
    assert str(panel.current_step.note).startswith("Target t = 3")  # the core's English stays
    dark()
    assert panel.graph.grab().toImage().pixelColor(1, 1) == QColor(DARK.background)


def test_gradcheck_translates_its_verdict_and_headers(qtbot, japanese):
    widget = GradCheckWidget()
    qtbot.addWidget(widget)
    rng = np.random.default_rng(0)
    x, t = rng.random((2, 784)), rng.integers(10, size=2)
    result = gradient_check(TwoLayerNet(784, 4, 10, rng=0), x, t)
    widget.diagnosis_view.show_result(result)
    view = widget.diagnosis_view
    assert view.verdict_label.text().startswith("Backprop is right")
    assert widget.table.horizontalHeaderItem(3).text() == "values compared"
    _assert_described(widget)
    japanese()
    assert view.verdict_label.text().startswith("正しい、1e-5 以下「最大 ")
    assert str(view.diagnosis.verdict).startswith("Backprop is right")
    assert widget.table.horizontalHeaderItem(3).text() == "比べた値の数"
    assert widget.run_button.text() == "勾配確認を実行"
    assert view.tabs.tabText(1) == "誤差の大きい要素"


def test_gradcheck_tiles_follow_the_theme(qtbot, dark):
    widget = GradCheckWidget()
    qtbot.addWidget(widget)
    view = widget.diagnosis_view
    appearance().set_theme("light")
    assert view.bar_view.backgroundBrush().color() == QColor(LIGHT.background)
    dark()
    assert view.bar_view.backgroundBrush().color() == QColor(DARK.background)
    assert view.canvas._background == QColor(DARK.background)
