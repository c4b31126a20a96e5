"""Fashion-MNIST in the window: the dock's choice, class names where labels show, races."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from core.config import TrainConfig
from core.datasets import CLASS_NAMES
from core.network import TwoLayerNet
from gui.class_names import class_names
from gui.controls_widget import ControlsWidget
from gui.dataset_combo import DatasetCombo
from gui.digit_reader_widget import DigitReaderWidget
from tests.gui.catalogue import compiled

FASHION = list(CLASS_NAMES["fashion"])  # tests/core/test_data_fashion.py checks them


@pytest.fixture
def japanese(qapp, tmp_path):
    """The Japanese catalogue, installed for the test."""
    translator = QTranslator()
    assert translator.load(str(compiled(tmp_path, "ja")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_class_names_in_english_and_japanese(japanese):
    assert class_names("mnist") == [str(k) for k in range(10)]
    assert class_names(None) == [str(k) for k in range(10)]
    names = class_names("fashion")
    assert names[0] == "Tシャツ/トップ"
    assert names[9] == "アンクルブーツ"
    assert len(set(names)) == 10


def test_class_names_are_english_without_a_translator():
    assert class_names("fashion") == FASHION


def test_dataset_combo_keeps_its_choice_across_a_language_change(qtbot, japanese):
    combo = DatasetCombo()
    qtbot.addWidget(combo)
    combo.set_dataset("fashion")
    QCoreApplication.sendEvent(combo, QEvent(QEvent.Type.LanguageChange))
    assert combo.dataset() == "fashion"
    assert combo.currentText() == "Fashion-MNIST\uff08衣類\uff09"  # full-width brackets
    assert combo.itemText(0) == "MNIST\uff08手書き数字\uff09"
    assert combo.label.text() == "データセット"
    assert combo.accessibleName() == "データセット"
    assert "Fashion-MNIST" in combo.toolTip()
    assert combo.toolTip().startswith("ネットワーク")


def test_dataset_combo_in_english(qtbot):
    combo = DatasetCombo()
    qtbot.addWidget(combo)
    assert combo.objectName() == "datasetCombo"
    assert [combo.itemData(i) for i in range(combo.count())] == ["mnist", "fashion"]
    assert [combo.itemText(i) for i in range(2)] == ["MNIST (digits)", "Fashion-MNIST (clothes)"]
    assert combo.dataset() == "mnist"
    assert combo.toolTip().startswith("The images the network learns")
    assert combo.accessibleName() == "Dataset"
    combo.set_dataset("nonsense")
    assert combo.dataset() == "mnist"


def test_the_dock_names_the_dataset_in_its_config(qtbot):
    controls = ControlsWidget()
    qtbot.addWidget(controls)
    combo = controls.findChild(DatasetCombo, "datasetCombo")
    assert controls.config().dataset == "mnist"
    combo.set_dataset("fashion")
    assert controls.config().dataset == "fashion"
    controls.set_config(TrainConfig())
    assert combo.dataset() == "mnist"
    controls.set_config(TrainConfig(dataset="fashion"))
    assert combo.dataset() == "fashion"
    controls.schedule.set_locked(True)
    assert not combo.isEnabled()


def test_the_reader_names_clothes_and_prepares_them_as_fashion_mnist(qtbot):
    from core.data import load_mnist

    (_, _), (x_test, t_test) = load_mnist(normalize=False, dataset="fashion")
    reader = DigitReaderWidget(rng=np.random.default_rng(0))
    qtbot.addWidget(reader)
    params = TwoLayerNet(784, 20, 10, weight_init_std=0.1, rng=1).params
    reader.set_network(params, trained=True, config=TrainConfig(hidden_sizes=(20,)))
    reader.set_dataset("fashion")
    reader.set_class_names(class_names("fashion"))
    assert reader.bars.labels() == FASHION
    assert reader.bars.horizontal  # names beside the bars (elided to fit), not under them
    reader.show_image(x_test[0].reshape(28, 28) / 255.0, int(t_test[0]))
    # A Fashion-MNIST image comes back about as it was, smoothed by the pad's 10x
    # enlargement (MNIST's preparation would shrink it into 20 px: correlation ~0.5).
    assert _correlation(reader.preview_image, x_test[0]) > 0.95
    top = reader.reading.top
    assert f"The network reads {FASHION[top]} (" in reader.reading_label.text()
    assert "Ankle boot" in reader.reading_label.text()  # the first test image's label
    reader.show_test_digit()
    label = reader.true_label
    index = np.flatnonzero(t_test == label)
    assert max(_correlation(reader.preview_image, x_test[i]) for i in index) > 0.9


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(np.ravel(a), np.ravel(b).astype(np.float64))[0, 1])


# -- in the window -------------------------------------------------------------------------


def _settle(qtbot, window, timeout: int = 90_000) -> None:
    from gui.controls_widget import RunState

    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and not window.is_training_thread_running(),
        timeout=timeout,
    )


def _ticks(axis) -> list[str]:
    return [name for _, name in axis._tickLevels[0]]


def test_a_fashion_run_in_the_window_names_clothes_and_is_saved_as_fashion(qtbot, window):
    from core.data import load_mnist
    from core.run_store import list_runs

    window.controls.set_config(TrainConfig(hidden_sizes=(10,), iters_num=30, dataset="fashion"))
    window.start()
    _settle(qtbot, window)
    assert window.session.config.dataset == "fashion"
    assert window.reader.bars.labels() == FASHION  # beside the bars, elided to fit
    assert window.reader.bars.horizontal
    window.mistakes_dock.raise_()
    assert window.mistakes.matrix_view.class_names == tuple(FASHION)  # ticks elide to fit
    qtbot.waitUntil(lambda: not window.controller.saver.busy, timeout=30_000)
    (run,) = list_runs(window.runs_root)
    assert run.config.dataset == "fashion"
    network = window.session.network()
    (_, _), (x_test, t_test) = load_mnist(dataset="fashion")
    assert run.final_test_acc == pytest.approx(network.accuracy(x_test, t_test), abs=1e-4)

    window.reset()
    window.controls.set_config(TrainConfig(hidden_sizes=(10,), iters_num=5))
    window.start()
    _settle(qtbot, window)
    assert _ticks(window.reader.probability_bars.getAxis("bottom")) == [str(k) for k in range(10)]
    assert not window.reader.bars.horizontal

    # The fashion model opened again: its dataset comes with it, in the dock and the views.
    window.reset()
    with qtbot.waitSignal(window.model_opened, timeout=30_000):
        window.open_model(str(run.path / "model.npz"))
    assert window.controls.config().dataset == "fashion"
    assert window.session.config.dataset == "fashion"
    qtbot.waitUntil(lambda: window.reader.bars.labels() == FASHION, timeout=5000)


def test_a_race_does_not_mix_datasets(qtbot, window):
    window.controls.set_config(TrainConfig(hidden_sizes=(10,)))
    window.add_to_race()
    window.controls.set_config(TrainConfig(hidden_sizes=(20,), dataset="fashion"))
    window.add_to_race()
    assert len(window.race_setup.configs) == 1
    box = window.message_box
    assert box.windowTitle() == "Another dataset"
    assert "This race trains on MNIST" in box.text()
    box.close()
    window.controls.set_config(TrainConfig(hidden_sizes=(20,)))
    window.add_to_race()
    assert len(window.race_setup.configs) == 2


def _save_photo(path: Path, image: np.ndarray) -> str:
    """A Fashion-MNIST image as a product photo: dark garment on a white page, 6x, margins."""
    from PySide6.QtGui import QImage

    garment = 255 - np.kron(np.asarray(image).reshape(28, 28), np.ones((6, 6), dtype=np.uint8))
    page = np.full((240, 200), 255, dtype=np.uint8)
    page[40:208, 10:178] = garment
    rgba = np.repeat(page[:, :, None], 4, axis=2)
    rgba[:, :, 3] = 255
    h, w = page.shape
    assert QImage(rgba.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).save(str(path))
    return str(path)


def test_a_photo_of_clothes_opened_on_the_pad_is_read_as_fashion_mnist(qtbot, tmp_path):
    from core.data import load_mnist

    (_, _), (x_test, _) = load_mnist(normalize=False, dataset="fashion")
    reader = DigitReaderWidget()
    qtbot.addWidget(reader)
    reader.set_network(TwoLayerNet(784, 20, 10, 0.1, rng=1).params, trained=True)
    reader.set_dataset("fashion")
    for index in (0, 1, 2):  # an ankle boot, a pullover, trousers
        with qtbot.waitSignal(reader.image_loaded, timeout=10_000):
            reader.open_image(_save_photo(tmp_path / f"photo{index}.png", x_test[index]))
        assert _correlation(reader.preview_image, x_test[index]) > 0.9
