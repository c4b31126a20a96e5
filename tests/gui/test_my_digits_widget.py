"""The My digits view, the reader's Save to my digits, and their place in the window."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QListWidget, QTableWidget

from core.model_file import save_model_file
from core.my_digits import MyDigitsStore
from gui.digit_reader_widget import DigitReaderWidget
from gui.my_digits_widget import MyDigitsWidget
from gui.save_digit_widget import SaveDigitWidget
from tests.core.my_digits_nets import CONFIG, hand_net, lit, save_run


@pytest.fixture
def store(isolated_data_folder):
    store = MyDigitsStore()
    # The hand net reads: 3, 5, 0, 3.
    store.add_many([lit(0), lit(1), lit(), lit(0)], [3, 5, 7, 4])
    return store


def _widget(qtbot, tmp_path, runs=()) -> MyDigitsWidget:
    root = tmp_path / "runs"
    for name, network in runs:
        save_run(root, name, network)
    widget = MyDigitsWidget(runs_root=lambda: root)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.scoring and widget.scores.rowCount() == 1 + len(runs))
    return widget


def _texts(gallery: QListWidget) -> list[str]:
    return [gallery.item(i).text() for i in range(gallery.count())]


def _row(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_gallery_shows_each_drawing_with_its_label(qtbot, tmp_path, store):
    widget = _widget(qtbot, tmp_path)
    gallery = widget.findChild(QListWidget, "myDigitsGallery")
    assert _texts(gallery) == ["3", "5", "7", "4"]
    assert [gallery.item(i).data(Qt.ItemDataRole.UserRole) for i in range(4)] == [1, 2, 3, 4]
    assert not gallery.item(0).icon().isNull()
    assert widget.summary.text().startswith("Drawings: 4")
    assert _row(widget.scores, 0) == ["Live network", "—", "—"]


def test_the_live_network_and_each_run_are_scored_and_marked(qtbot, tmp_path, store):
    runs = [("20250101-100000", hand_net(5, 3)), ("20250102-100000", hand_net(3, 4))]
    widget = _widget(qtbot, tmp_path, runs)
    key = [1]
    widget.set_live_source(lambda: key[0], hand_net)

    table = widget.findChild(QTableWidget, "myDigitsScores")
    assert _row(table, 0) == ["Live network", "50.0%", "4"]
    # Newest first: the second run reads 3, 4, 0, 3 (1 of 4); the first 5, 3, 0, 5 (none).
    assert _row(table, 1) == ["20250102-100000", "25.0%", "4"]
    assert _row(table, 2) == ["20250101-100000", "0.0%", "4"]
    gallery = widget.gallery
    assert _texts(gallery) == ["3 ✓", "5 ✓", "7 ✗ 0", "4 ✗ 3"]
    table.selectRow(2)
    assert _texts(gallery) == ["3 ✗ 5", "5 ✗ 3", "7 ✗ 0", "4 ✗ 5"]
    assert "the model reads 5" in gallery.item(0).toolTip()


def test_a_new_drawing_is_seen_and_everything_rescored(qtbot, tmp_path, store):
    widget = _widget(qtbot, tmp_path, [("20250101-100000", hand_net())])
    widget.set_live_source(lambda: 1, hand_net)
    store.add(lit(1), 5)
    widget.refresh()
    qtbot.waitUntil(lambda: not widget.scoring and widget.run_scores[0].score.n == 5)
    assert _texts(widget.gallery)[-1] == "5 ✓"
    assert _row(widget.scores, 0) == ["Live network", "60.0%", "5"]
    assert _row(widget.scores, 1) == ["20250101-100000", "60.0%", "5"]


def test_delete_removes_the_selected_drawings_after_asking(qtbot, tmp_path, store, monkeypatch):
    widget = _widget(qtbot, tmp_path)
    asked = []
    answer = [False]
    monkeypatch.setattr(widget, "_confirm", lambda q: asked.append(q) or answer[0])
    widget.gallery.item(1).setSelected(True)
    widget.gallery.item(2).setSelected(True)
    assert widget.remove_button.isEnabled()
    qtbot.keyClick(widget.gallery, Qt.Key.Key_Delete)
    assert asked == ["Remove the selected drawings from My digits (2)?"]
    assert len(store.load()) == 4  # said no
    answer[0] = True
    widget.remove_button.click()
    assert store.load().labels.tolist() == [3, 4]
    assert _texts(widget.gallery) == ["3", "4"]
    assert widget.message.text() == "Removed drawings: 2"
    qtbot.waitUntil(lambda: not widget.scoring)


def test_export_then_import_through_the_view(qtbot, tmp_path, store):
    widget = _widget(qtbot, tmp_path)
    with qtbot.waitSignal(widget.files_done, timeout=5000):
        widget.export_to(tmp_path / "out")
    assert widget.message.text().startswith("Exported 4 drawings")
    (tmp_path / "out" / "9_bad.png").write_text("no image")
    with qtbot.waitSignal(widget.files_done, timeout=5000):
        widget.import_from(tmp_path / "out")
    assert widget.message.text() == "Added 4 drawings; skipped 1 files."
    assert "9_bad.png: it is not a PNG image" in widget.message.toolTip()
    assert len(store.load()) == 8
    assert widget.gallery.count() == 8
    qtbot.waitUntil(lambda: not widget.scoring)
    with qtbot.waitSignal(widget.files_done, timeout=5000):
        widget.export_to(tmp_path / "out")  # not empty now
    assert "not an empty folder" in widget.message.text()


def test_every_control_has_a_tooltip_and_an_accessible_name(qtbot, tmp_path, store):
    widget = _widget(qtbot, tmp_path)
    saver = SaveDigitWidget(lambda: None)
    qtbot.addWidget(saver)
    for parent in (widget, saver):
        controls = parent.findChildren(QAbstractButton) + parent.findChildren(QAbstractSpinBox)
        controls += parent.findChildren(QListWidget) + parent.findChildren(QTableWidget)
        assert controls
        for control in controls:
            if control.objectName().startswith("qt_"):  # Qt's own parts of a table
                continue
            assert control.objectName()
            assert control.toolTip(), control.objectName()
            assert control.accessibleName(), control.objectName()


def test_a_language_change_sets_the_texts_again(qtbot, tmp_path, store):
    widget = _widget(qtbot, tmp_path)
    widget.export_button.setText("stale")
    widget.scores.setHorizontalHeaderLabels(["x", "y", "z"])
    widget.summary.setText("stale")
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert widget.export_button.text() == "Export…"
    assert widget.scores.horizontalHeaderItem(1).text() == "Accuracy"
    assert widget.summary.text().startswith("Drawings: 4")
    saver = SaveDigitWidget(lambda: None)
    qtbot.addWidget(saver)
    saver.save_button.setText("stale")
    QCoreApplication.sendEvent(saver, QEvent(QEvent.Type.LanguageChange))
    assert saver.save_button.text() == "Save to my digits"


def test_save_to_my_digits_saves_what_the_network_sees(qtbot, isolated_data_folder):
    image = [None]
    saver = SaveDigitWidget(lambda: image[0])
    qtbot.addWidget(saver)
    messages = []
    saver.message.connect(messages.append)
    saver.save_button.click()
    assert messages == ["Nothing to save: draw a digit first."]
    image[0] = lit(5, 6).reshape(28, 28)
    saver.label_spin.setValue(8)
    with qtbot.waitSignal(saver.saved) as blocker:
        saver.save_button.click()
    assert blocker.args == [8, 1]
    assert messages[-1] == "Saved as a 8 to My digits (drawings: 1)."
    digits = MyDigitsStore().load()
    assert digits.labels.tolist() == [8]
    assert digits.images[0].reshape(784)[[4, 5, 6, 7]].tolist() == [0, 255, 255, 0]


def test_the_reader_has_save_to_my_digits(qtbot, isolated_data_folder):
    reader = DigitReaderWidget(test_set_loader=lambda: (np.zeros((1, 784), np.uint8), [2]))
    qtbot.addWidget(reader)
    reader.show()
    button = reader.findChild(QAbstractButton, "saveToMyDigitsButton")
    spin = reader.findChild(QAbstractSpinBox, "myDigitLabelSpin")
    assert button is not None
    assert spin is not None
    reader.show_image(lit(*range(300, 320)).reshape(28, 28))
    spin.setValue(1)
    button.click()
    assert MyDigitsStore().load().labels.tolist() == [1]
    assert reader.message_label.text().startswith("Saved as a 1")


def test_the_window_has_a_my_digits_tab_and_exports_the_books_params(
    qtbot, window, tmp_path, store
):
    model = tmp_path / "hand.npz"
    save_model_file(model, hand_net(), CONFIG)
    with qtbot.waitSignal(window.model_opened, timeout=10_000):
        window.open_model(str(model))

    dock = window.findChild(type(window.reader_dock), "myDigitsDock")
    assert dock is not None
    assert dock.windowTitle() == "My digits"
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    assert any(dock.toggleViewAction() in menu.actions() for menu in menus)  # View
    assert not window.my_digits_page.built
    dock.raise_()
    qtbot.waitUntil(lambda: window.my_digits_page.built)
    view = window.my_digits_page.widget()
    view.refresh()
    qtbot.waitUntil(lambda: view.live_score is not None and not view.scoring)
    assert _row(view.scores, 0) == ["Live network", "50.0%", "4"]

    action = window.findChild(type(window.actions.export_metrics), "exportBookParamsAction")
    assert action is not None
    assert action.text() == "Export for the &book's scripts…"
    out = tmp_path / "params.pkl"
    from gui.window_my_digits import export_book_params

    with qtbot.waitSignal(window.file_saved, timeout=10_000):
        export_book_params(window, str(out))
    with open(out, "rb") as f:  # only the test loads the pickle
        params = pickle.load(f)
    assert list(params) == ["W1", "b1", "W2", "b2"]
    for key, value in hand_net().params.items():
        np.testing.assert_array_equal(params[key], value.astype(np.float64))


def test_a_damaged_set_is_said_and_stays_said_after_a_language_change(
    qtbot, tmp_path, isolated_data_folder
):
    path = MyDigitsStore().path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage")
    widget = _widget(qtbot, tmp_path)
    assert widget.message.text().startswith("Could not read My digits: ")
    assert "digits.npz" in widget.message.text()
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert widget.message.text().startswith("Could not read My digits: ")
    assert widget.gallery.count() == 0
